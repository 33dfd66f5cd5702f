import type { Gazetteer } from '../../geo/gazetteer.ts';
import { plainSpelling } from '../../geo/normalize-name.ts';
import type { Place } from '../../model/place.ts';

/** Hand-placed lexicon entries (landmarks, physical features), not GeoNames towns or the regions of countries. */
const LEXICON_PLACE = (c: Place): boolean => c.geonameid === null && c.featureCode !== 'ADM1' && c.featureCode !== 'ADM2' && c.featureCode !== 'PCLI';

/** "Oval Office": a landmark of the lexicon bears this whole phrase, organisation's word and all, as its name. */
export function namesLandmark(gazetteer: Gazetteer, phrase: string): boolean {
  return gazetteer.candidates(phrase).some((c) => LEXICON_PLACE(c) && plainSpelling(c.name) === plainSpelling(phrase));
}

/** "Borno": a first-level region bears this very name. */
export function namesRegion(gazetteer: Gazetteer, word: string): boolean {
  return gazetteer.candidates(word).some((c) => c.featureCode === 'ADM1' && plainSpelling(c.name) === plainSpelling(word));
}
