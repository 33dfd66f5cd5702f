import type { Document, Mention, PlaceMention } from '../../model/document.ts';
import { overlaps, type Span } from '../../model/span.ts';
import { distanceKm, isCountry } from '../../geo/gazetteer.ts';
import { choosePlace } from '../places/index.ts';
import { governmentMentions } from '../places/metonymy.ts';

/** Words that open another clause: a place beyond one belongs to another statement ("… as IS defends Raqqa"). */
const CLAUSE_BREAK = /\b(?:as|while|whereas|but|although|though)\b|;/i;

/** Parts of speech of a word that a country's name may qualify: "U.S. warplane", "U.S. intelligence officials". */
const QUALIFIED = new Set(['NOUN', 'ADJ']);

/**
 * A country's name used as a modifier: "a U.S. consulate employee", "U.S. warplanes", "a kidnapped U.S.-Canadian couple".
 * It says whose the person or thing is, not where the event happened ("the arrest of a U.S. consulate employee" in Istanbul).
 */
export function attributiveCountry(doc: Document, m: Mention): boolean {
  if (m.kind !== 'PLACE' || !m.place || !isCountry(m.place)) return false;
  const after = doc.text.slice(m.end, m.end + 30);
  // "U.S.-Canadian", "U.S.-Iraqi": two nationalities joined
  if (/^[-–]\p{Lu}\p{Ll}+(?:an|ian|ean|ish|ese|i)\b/u.test(after)) return true;
  if (!/^ \p{Ll}/u.test(after)) return false;
  const next = doc.tokens.find((t) => t.start === m.end + 1);
  return next !== undefined && QUALIFIED.has(next.pos);
}

/** A job a place name qualifies: "Middle East director at Human Rights Watch", "the U.N. Syria envoy", "Asia editor". */
const TITLE_AFTER = /^\s+(?:(?:deputy|regional|senior|country|programme|program)\s+)?(?:directors?|envoys?|representatives?|correspondents?|researchers?|analysts?|experts?|specialists?|editors?|coordinators?|advis[eo]rs?|scholars?|watchers?|bureau chief)\b/i;

/**
 * A place named in someone's job title says what the job covers, not where anything happened: any place, a region
 * ("Middle East") as much as a country, so this is not left to attributiveCountry's part-of-speech test.
 */
export function placeInTitle(doc: Document, m: Mention): boolean {
  return m.kind === 'PLACE' && TITLE_AFTER.test(doc.text.slice(m.end, m.end + 40));
}

/**
 * The event's place, by the places stage's rule, after dropping two kinds of place mention:
 * names that are part of an actor's name ("Shahid Ahmad al-Abdo group" — the actors stage runs
 * after places and knows better), and places of the trigger's sentence that sit in another clause.
 */
export function chooseEventPlace(doc: Document, sentenceIndexes: readonly number[], near: Span): PlaceMention | null {
  const names = doc.mentions.filter((m) => m.kind === 'ACTOR' && (m.via === 'name' || m.via === 'pattern'));
  const inOtherClause = (m: Mention) => {
    if (!sentenceIndexes.includes(m.sentence)) return false;
    const between = m.start >= near.end ? doc.text.slice(near.end, m.start) : doc.text.slice(m.end, near.start);
    return CLAUSE_BREAK.test(between);
  };
  // a demonym ("Palestinian lands") says whose, never where; so does a country's name before a noun ("a U.S. consulate employee")
  // and any place in a job title ("Middle East director"); a site is no event's place
  const named = doc.mentions.filter((m) => m.kind !== 'PLACE' || (!m.demonym && !m.site && !names.some((a) => overlaps(a, m)) && !attributiveCountry(doc, m) && !placeInTitle(doc, m)));
  const sameClause = named.filter((m) => m.kind !== 'PLACE' || !inOtherClause(m));
  // Keep other clauses' places when the trigger's own clause names none: a nearby place beats none. A government
  // ("as the United States steps up air strikes") names no scene.
  const governments = governmentMentions(doc, named.filter((m): m is PlaceMention => m.kind === 'PLACE'));
  const kept = sameClause.some((m) => m.kind === 'PLACE' && m.place && sentenceIndexes.includes(m.sentence) && !governments.has(m)) ? sameClause : named;
  const chosen = choosePlace(kept.length === doc.mentions.length ? doc : { ...doc, mentions: kept }, sentenceIndexes, near);
  // "the Qalamoun mountains to the northwest of Bir Qassab": the place is the one the relative phrase describes.
  // Only a phrase standing between the two points back: "Shadadah area" describes Shadadah, not the crossing named before it.
  if (chosen?.relation && sentenceIndexes.includes(chosen.sentence)) {
    const relation = chosen.relation.toLowerCase();
    const described = kept
      .filter((m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && m.sentence === chosen.sentence && m.end <= chosen.start && chosen.start - m.end <= 40)
      .filter((m) => {
        const between = doc.text.slice(m.end, chosen.start).toLowerCase();
        // "Bani Hasan (Abs) and west of Haradh": items of a list, not a place and its description
        return between.includes(relation) && !/[,;()]|\b(?:and|or)\b/.test(between.replace(relation, ''));
      })
      // a namesake far from the point it is said to lie beside ("Khaneh village in the countryside of Tell Abiad") is no description of it
      .filter((m) => {
        const [p, c] = [m.place!, chosen.place!];
        return p.countryCode === c.countryCode && distanceKm(p.latitude, p.longitude, c.latitude, c.longitude) <= 150;
      })
      .at(-1);
    if (described) return described;
  }
  return chosen;
}
