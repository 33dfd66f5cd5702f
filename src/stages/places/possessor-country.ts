import { COUNTRY_CODES } from '../../geo/gazetteer.ts';
import type { RawPlace } from './detect.ts';

/**
 * "Pakistan's Punjab province", "eastern Syria s Deir al-Zor province", "Nigeria's northeastern Borno state": a country
 * in the possessive right before a place's name says which country the place is in, as "Punjab, Pakistan" would. The
 * words between are at most two lowercase descriptors; wire copy that lost its apostrophes prints the "'s" as a lone "s".
 */
const POSSESSIVE_BETWEEN = /^(?:['’]s|\s+s)\s+(?:[a-z][a-z-]*\s+){0,2}$/;

const countryOf = (r: RawPlace): string | null => {
  const top = r.candidates[0];
  return top && COUNTRY_CODES.has(top.featureCode) ? top.countryCode : null;
};

/** Links each such place to its possessor country as its container (linkContainers' stated regions come first). */
export function possessorContainers(text: string, raws: RawPlace[]): void {
  for (let k = 0; k + 1 < raws.length; k++) {
    const [r, next] = [raws[k], raws[k + 1]];
    const cc = countryOf(r);
    if (!cc || next.container !== null || next.isContainer || countryOf(next) !== null) continue;
    if (!POSSESSIVE_BETWEEN.test(text.slice(r.end, next.start))) continue;
    // only where the country has a reading of the name: "Russia's Putin" is no place in Russia, whatever a namesake abroad
    if (!next.candidates.some((c) => c.countryCode === cc)) continue;
    next.container = r.text;
    r.isContainer = true;
    r.containerLevel = 3;
  }
}
