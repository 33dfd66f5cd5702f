import { CAPITAL } from './capital.ts';

/**
 * "Freeport-McMoRan", "U-Haul", "Hewlett-Packard": two capitalised words joined by a hyphen, one of which is no place's
 * name, make a company's or a brand's name, and the other word is a part of it, not a place (Freeport, a district of the
 * Bahamas; Hau'ula, Hawaii). A story that names the company so names it so throughout: "Freeport said" and "a Freeport
 * vehicle" further on are the company too. Pairs of places ("Israel-Gaza", "Kirkuk-Erbil") and places whose own name
 * has a hyphen ("Guinea-Bissau", "Baden-Baden") are left alone, as are Arabic names that open with an article or a
 * generic word ("Al-Bab", "Deir-Ezzor", "Ras-Tanura").
 */
// (the guard "nothing word-like before" is read after the first capital: V8 tries the lookbehind only at capitals, the same matches)
const COMPOUND = new RegExp(String.raw`(${CAPITAL}(?<![\p{L}\p{N}\p{M}'’-]\p{Lu})[\p{L}\p{M}'’]*)-(\p{Lu}[\p{L}\p{M}'’]*)(?![\p{L}\p{N}\p{M}]|-\p{L})`, 'gu');

/** Words that open an Arabic, Hebrew or French place name before a hyphen ("Al-Bab", "Beit-Hanoun", "Saint-Denis"). */
const PLACE_NAME_HEAD = /^(?:Al|El|An|Ar|As|Ash|At|Ad|Az|Ed|Er|Es|Et|Ez|Bin|Ben|Abu|Umm|Ras|Tel|Tell|Ain|Deir|Dayr|Beit|Bayt|Bir|Kafr|Kfar|Jabal|Jebel|Wadi|Sidi|Ait|Saint|Sainte|St|Ste|Port|Fort|Mont|Mount|Bad|Nagorno)$/;

/**
 * "Indo-Pacific", "Trans-Sahara", "Anti-Assad", "Pan-Arab": a prefix before a region's or a person's name makes no
 * company; nor does a party's letter before a legislator's home town ("R-Florence", "D-Charleston").
 */
const PREFIX = /^(?:D|R|I|Indo|Trans|Anti|Pro|Pan|Sino|Euro|Afro|Russo|Franco|Anglo|Mid|Ex|Post|Pre|Non|Neo|Inter|Sub|Greater|Upper|Lower|North|South|East|West|Central)$/;

/** An abbreviation of two or more capitals. */
const ABBREVIATION = /^\p{Lu}{2,}$/u;
const POSSESSIVE = /['’]s$/;

/**
 * The words of the text that stand in a hyphened company's name beside a word that is no place's: the surfaces that
 * name the company, not a place, wherever they stand in the story. `isPlaceWord` says a word (or the whole compound)
 * is a place's name as spelt, or a people's.
 */
export function hyphenedNameParts(text: string, isPlaceWord: (word: string) => boolean): Set<string> {
  const parts = new Set<string>();
  if (!text.includes('-')) return parts;
  for (const m of text.matchAll(COMPOUND)) {
    const [whole, left, right] = m;
    if (PLACE_NAME_HEAD.test(left) || PREFIX.test(left) || isPlaceWord(whole)) continue;
    // "DFL-Minneapolis", "Watertown-ML", "Canada-U.S.": a party's, a school's or a country's abbreviation beside a place
    if (ABBREVIATION.test(left) || ABBREVIATION.test(right.replace(POSSESSIVE, ''))) continue;
    // the place word comes first in a company's name ("Freeport-McMoRan"); after a word, it is often a branch's seat
    // ("Chabad-Shadyside"), and only after a lone letter a brand ("U-Haul", "T-Mobile")
    if (left.length === 1 && !isPlaceWord(left)) parts.add(right);
    else if (left.length > 1 && !isPlaceWord(right)) parts.add(left);
  }
  return parts;
}
