import { COUNTRY_CODES, type Gazetteer } from '../../geo/gazetteer.ts';
import type { RawPlace } from './detect.ts';

/**
 * "Pakistan's Punjab province", "eastern Syria s Deir al-Zor province", "Nigeria's northeastern Borno state": a country
 * in the possessive right before a place's name says which country the place is in, as "Punjab, Pakistan" would. The
 * words between are at most two lowercase descriptors; wire copy that lost its apostrophes prints the "'s" as a lone "s".
 */
const POSSESSIVE_BETWEEN = /^(?:['’]s|\s+s)\s+(?:[a-z][a-z-]*\s+){0,2}$/;

/**
 * "the Syrian border town of Ras al-Ain", "the Iraqi city of Tal Afar", "an Afghan village of": a people's adjective
 * before a kind of place says the same of the name after it (Ras al-Ain was Ceylanpinar, its Turkish twin across the border).
 */
const DEMONYM_KIND_BEFORE = /\b(?:the|a|an)\s+(\p{Lu}\p{Ll}+)\s+(?:[a-z][a-z-]*\s+){0,2}(?:town|city|village|province|region|district|governorate|state|port|capital)\s+of\s+$/u;

const countryOf = (r: RawPlace): string | null => {
  const top = r.candidates[0];
  return top && COUNTRY_CODES.has(top.featureCode) ? top.countryCode : null;
};

/** Links each such place to the country its possessor or demonym names, as its container (linkContainers' stated regions come first). */
export function possessorContainers(text: string, raws: RawPlace[], gazetteer: Gazetteer): void {
  for (let k = 0; k < raws.length; k++) {
    const next = raws[k];
    if (next.container !== null || next.isContainer || countryOf(next) !== null) continue;
    // only where the country has a reading of the name: "Russia's Putin" is no place in Russia, whatever a namesake abroad
    const r = k > 0 ? raws[k - 1] : null;
    const cc = r ? countryOf(r) : null;
    if (r && cc && POSSESSIVE_BETWEEN.test(text.slice(r.end, next.start)) && next.candidates.some((c) => c.countryCode === cc)) {
      next.container = r.text;
      r.isContainer = true;
      r.containerLevel = 3;
      continue;
    }
    const demonym = DEMONYM_KIND_BEFORE.exec(text.slice(Math.max(0, next.start - 80), next.start))?.[1];
    const iso2 = demonym ? (gazetteer.demonymCountry?.(demonym) ?? null) : null;
    const country = iso2 ? gazetteer.country?.(iso2) : null;
    if (country && next.candidates.some((c) => c.countryCode === iso2)) next.container = country.name;
  }
}
