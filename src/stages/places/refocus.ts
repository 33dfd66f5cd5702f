import { distanceKm } from '../../geo/gazetteer.ts';
import type { Place } from '../../model/place.ts';
import type { RawPlace } from './detect.ts';
import type { FocusEvidence } from './resolve.ts';

/**
 * A big city's name votes for its country before anything is resolved ("London" for Britain). When the story
 * then reads that name as a namesake elsewhere (London, Ontario, beside Sarnia and Brampton), its votes spoke
 * for a country the story is not about, and pulled the other names there ("Erie" read as Ely, "Brampton" as an
 * English village). The focus without those votes, for a second reading of the story; null when no vote misled.
 */
/** How near another of the story's towns must lie to the namesake. */
const NEAR_KM = 250;

export function withoutMisledVotes(raws: readonly RawPlace[], evidence: FocusEvidence, placed: readonly (Place | null)[]): FocusEvidence | null {
  let counts: Map<string, number> | null = null;
  const own = evidence.own.map((votes, k) => {
    const p = placed[k];
    const first = raws[k].candidates[0];
    // only a town's vote for its own country, read as a town of another
    if (!p || p.geonameid === null || !p.featureCode.startsWith('PPL') || !first?.featureCode.startsWith('PPL') || first.countryCode === p.countryCode) return votes;
    // and only where another of the story's towns lies near the namesake (Sarnia by London, Ontario): a namesake
    // read from far-off votes alone (Edmonton, Alberta, for an English story's London) proves nothing
    const near = placed.some((q, j) => q && q !== p && q.geonameid !== null && q.featureCode.startsWith('PPL') && raws[j].text !== raws[k].text && distanceKm(q.latitude, q.longitude, p.latitude, p.longitude) <= NEAR_KM);
    if (!near) return votes;
    const misled = votes.filter(([cc]) => cc === first.countryCode && cc !== p.countryCode);
    if (!misled.length) return votes;
    counts ??= new Map(evidence.counts);
    for (const [cc, w] of misled) counts.set(cc, Math.max(0, (counts.get(cc) ?? 0) - w));
    return votes.filter((v) => !misled.includes(v));
  });
  return counts ? { ...evidence, counts, own } : null;
}
