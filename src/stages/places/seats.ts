import { createRequire } from 'node:module';
import { sentenceAt, type Document, type PlaceMention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { isCountry, type Gazetteer } from '../../geo/gazetteer.ts';
import type { Seat } from '../../geo/geo-lexicons.ts';
import { seatMention } from './seat-mention.ts';

/**
 * Words before an institution that make it the scene: a preposition of place ("outside Afghanistan's Supreme Court")
 * or a verb that strikes or enters it ("stormed the Iraqi parliament"). Without one the institution is an actor or a
 * speaker ("the Afghan defence ministry said"), which says nothing of where the event happened.
 */
const SCENE_BEFORE =
  /(?<![\p{L}\p{N}])(?:at|outside|inside|near|into|in|on|toward|towards|around|targeting|targeted|targets|attacked|attacking|attacks|stormed|storming|storms|struck|strikes|hit|hits|bombed|shelled|raided|besieged|surrounded|entered|seized|occupied|overran|gates\s+of|front\s+of|attack\s+on|assault\s+on|bombing\s+of|siege\s+of)\s+(?:the\s+)?$/iu;

/** The capital's name per country, from world-countries (already the gazetteer's source for countries). */
let capitalNames: Map<string, string> | null = null;
function capitalName(iso2: string): string | undefined {
  if (!capitalNames) {
    const require = createRequire(import.meta.url);
    const countries = require('world-countries/countries.json') as { cca2: string; capital?: string[] }[];
    capitalNames = new Map(countries.filter((c) => c.capital?.length).map((c) => [c.cca2, c.capital![0]]));
  }
  return capitalNames.get(iso2);
}

/** The capital as the gazetteer knows it: its PPLC of that country, else its most populous namesake there. */
export function capitalOf(gazetteer: Gazetteer, iso2: string): Place | null {
  const name = capitalName(iso2);
  if (!name) return null;
  const here = gazetteer.candidates(name).filter((p) => p.countryCode === iso2 && !isCountry(p) && p.featureCode !== 'ADM1');
  if (!here.length) return null;
  const seat = here.find((p) => p.featureCode === 'PPLC') ?? [...here].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
  return { ...seat, precision: 1 };
}

/**
 * National institutions named as an event's site, placed at the capital of their country: "outside Afghanistan's
 * Supreme Court" (a country's possessive), "stormed the Iraqi parliament" (a people's name), "shells hit the
 * presidential palace" (alone, where its sentence names exactly one country). `places` are the stage's mentions so far,
 * demonyms included. Each comes back flagged `seat`.
 */
/**
 * A phrase behind the guard "no letter or digit before", the guard read after the phrase's first letter
 * ("p(?<![\p{L}\p{N}]p)residential\s+palace"): the same matches, but V8 tries the lookbehind only where a phrase's
 * first letter stands, not at every character of the story (a third of the pattern's time over the Reuters sample).
 */
function guardAfterFirst(phrase: string): string {
  return /^[A-Za-z]/.test(phrase) ? String.raw`${phrase[0]}(?<![\p{L}\p{N}]${phrase[0]})${phrase.slice(1)}` : String.raw`(?<![\p{L}\p{N}])${phrase}`;
}

export function createSeatFinder(seats: readonly Seat[]): (doc: Document, places: readonly PlaceMention[], gazetteer: Gazetteer) => PlaceMention[] {
  if (!seats.length) return () => [];
  const phrases = [...new Set(seats.map((s) => s.phrase))].sort((a, b) => b.length - a.length).map((p) => p.replace(/'/g, "['’]").replace(/ /g, '\\s+'));
  const pattern = new RegExp(String.raw`(?:${phrases.map(guardAfterFirst).join('|')})(?![\p{L}\p{N}])`, 'giu');
  const cheap = new RegExp(seats.map((s) => s.phrase.split(' ')[0]).filter((w, k, a) => a.indexOf(w) === k).join('|'), 'i');
  return (doc, places, gazetteer) => {
    if (!cheap.test(doc.text)) return [];
    const out: PlaceMention[] = [];
    const countryOf = (m: PlaceMention) => (m.place && (m.demonym || isCountry(m.place)) ? m.place.countryCode : null);
    for (const hit of doc.text.matchAll(pattern)) {
      const at = hit.index;
      const end = at + hit[0].length;
      const sentence = sentenceAt(doc.sentences, at);
      if (sentence < 0) continue;
      // "Afghanistan's Supreme Court", "the Iraqi parliament": the owner ends right before the institution
      const owner = places.find((m) => m.end <= at && at - m.end <= 3 && /^(?:['’]s)?\s+$/.test(doc.text.slice(m.end, at)) && countryOf(m));
      let iso2: string | null = null;
      let start = at;
      if (owner) {
        iso2 = countryOf(owner);
        start = owner.start;
      } else {
        // "the presidential palace" alone: the one country its sentence names
        const named = new Set(places.filter((m) => m.sentence === sentence && !m.site).map(countryOf).filter((c): c is string => c !== null));
        if (named.size === 1) iso2 = [...named][0];
      }
      if (!iso2 || !SCENE_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start))) continue;
      const capital = capitalOf(gazetteer, iso2);
      if (!capital) continue;
      out.push(seatMention(doc, start, end, sentence, capital));
    }
    return out;
  };
}
