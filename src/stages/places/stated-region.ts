import { normalizeName } from '../../geo/normalize-name.ts';
import type { PlaceMention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import type { RawPlace } from './detect.ts';
import type { Resolved } from './resolve.ts';

/**
 * "Thruxton, Hampshire", "Croft, Yorkshire", "Rockingham, Northamptonshire": a name the words place in a region
 * the story resolves, whose every reading the region rules out (the gazetteer lacks the place, and knows only
 * namesakes elsewhere), is still a place of that region. The resolver drops it, since no reading is left; here
 * it becomes a toponym at the region (precision 3), flagged as a site by the caller: never an event's place.
 */

/** At most this between the name and its region: ", " and a word such as "county". */
const GAP = 12;

export function statedInRegion(resolved: readonly Resolved[], mentions: readonly PlaceMention[]): { raw: RawPlace; place: Place }[] {
  const out: { raw: RawPlace; place: Place }[] = [];
  for (const { raw, keep } of resolved) {
    if (keep || raw.container === null || raw.loose || raw.partial || !raw.candidates.length) continue;
    const key = normalizeName(raw.container.split(/\s*,\s*/)[0] ?? '');
    const region = mentions.find((m) => m.start >= raw.end && m.start - raw.end <= GAP && m.place?.featureCode === 'ADM1' && normalizeName(m.text) === key);
    if (region?.place) out.push({ raw, place: { ...region.place, name: raw.text, geonameid: null, precision: 3 } });
  }
  return out;
}
