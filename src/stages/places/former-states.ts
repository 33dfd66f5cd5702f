import type { Gazetteer } from '../../geo/gazetteer.ts';
import { plainSpelling } from '../../geo/normalize-name.ts';

/**
 * "the Soviet Union": a former state's name (geo-regions.jsonl, feature code PCLH) that ends in an organisation's word
 * ("Union") is the state's, not a body's; the detector would otherwise cut it at "Union" and read "Soviet" alone.
 * Only the hand-listed former states, spelled as listed: "the Teachers' Union" and "European Union" keep their rules.
 */
export function namesFormerState(gazetteer: Gazetteer, name: string): boolean {
  const said = plainSpelling(name.replace(/^(?:the|The)\s+/, ''));
  return gazetteer.candidates(name).some((c) => c.featureCode === 'PCLH' && c.geonameid === null && plainSpelling(c.name) === said);
}
