import { sentenceAt, type Document } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { entityTypeOf, type EntityTagger, type EntityType } from '../../models/ner/model.ts';
import { spelledAlike, type RawPlace } from './detect.ts';

/** Which decided that a capitalised name is a place: the words around it (a rule) or the entity tagger. */
export type PlaceDecider = 'rule' | 'model';

/** "the town of X", "the province of X": the kind of place said before its name. */
const KIND_OF_BEFORE = /\b(?:town|city|village|villages|towns|district|districts|suburb|outskirts|countryside|neighbou?rhood|camp|region|province|governorate|state|county|port|capital|island)\s+of\s+(?:the\s+)?$/i;

/**
 * A country, or a region, landmark or capital spelled as the gazetteer spells it, or a city of a
 * million: names the words around need not vouch for ("Syria", "Idlib", "al-Tanf", "Aleppo").
 * "Saab" is no Sabah, though the two share a key.
 */
function isUnambiguousPlace(c: Place, surface: string): boolean {
  if (c.featureCode === 'PCLI') return true;
  const curated = c.geonameid === null && c.featureCode !== 'ADM2';
  const major = c.featureCode === 'PPLC' || (c.population ?? 0) >= 1_000_000;
  return (curated || major) && spelledAlike(c.name, surface);
}

/**
 * Strong locative context: containment ("Obama, Japan", "(Idlib)"), a kind of place before or after
 * ("the town of X", "X province", "X town"), a dateline, a relative phrase ("north of X"), a county,
 * a home town ("Robert Ford, D-Charleston", "Jane Doe, 27, of Roswell"), an unambiguous name. A candidate with any of these is a place whatever the tagger says.
 */
export function hasLocativeContext(r: RawPlace, text: string): boolean {
  if (r.container !== null || r.isContainer || r.codedTo || r.adminCue || r.county || r.settlement || r.notCountry) return true;
  // "between Clinton and her rival" is no place's relation; "north of X", "near X", "X countryside" are
  if (r.relation !== null && !/^between\b/i.test(r.relation)) return true;
  if (KIND_OF_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start))) return true;
  // "EU", "UK": the detector keeps short capitals only where they name a country or union
  if (r.text.length <= 4 && r.text === r.text.toUpperCase()) return true;
  // "Myrtle Beach", "Avondale Estates": a name of several words that a place bears as written is seldom anyone's name
  const severalWords = /\s/.test(r.text.trim());
  return r.candidates.some((c) => isUnambiguousPlace(c, r.text) || (severalWords && !r.partial && spelledAlike(c.name, r.text)));
}

/** The first token at or after offset, by binary search over the document's tokens. */
function tokenIndexAt(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens before a candidate that the tagger decodes from, so "President Barack Obama" is read whole. */
const LEFT_CONTEXT = 3;
/** Words after the candidate, for features only. */
const RIGHT_CONTEXT = 2;

/** How the tagger reads a candidate. */
export interface SpanReading {
  /** Mean probability over the span's tokens that they belong to a person's or an organisation's name. */
  readonly personOrOrg: number;
  /** Mean probability that they belong to a location's name. */
  readonly location: number;
  /**
   * The span opens or sits inside a longer organisation or other name the tagger found ("Mansfield
   * Law Enforcement Center", "University of Rochester"): the detector's own rules for places named
   * in organisations' names decide those, not the person test.
   */
  readonly insideLongerName: boolean;
}

const PERSON_OR_ORG = [1, 2, 3, 4];
const LOCATION = [5, 6];

/**
 * Reads a candidate with the tagger. Only the sentence up to just past the span is read, and only
 * a few tokens before it are decoded: the cost is a handful of tokens per candidate.
 */
export function readSpan(doc: Document, tagger: EntityTagger, span: { start: number; end: number; sentence: number }): SpanReading | null {
  const sentence = doc.sentences[span.sentence];
  if (!sentence) return null;
  const first = tokenIndexAt(doc, span.start);
  if (first >= sentence.endToken || first < sentence.firstToken) return null;
  let last = first;
  while (last + 1 < sentence.endToken && doc.tokens[last + 1].start < span.end) last++;
  // one token past the span is decoded too, to see whether a longer name goes on
  const decodeEnd = Math.min(sentence.endToken, last + 2);
  const wordsEnd = Math.min(sentence.endToken, decodeEnd + RIGHT_CONTEXT);
  const words: string[] = [];
  for (let k = sentence.firstToken; k < wordsEnd; k++) words.push(doc.text.slice(doc.tokens[k].start, doc.tokens[k].end));
  const from = Math.max(0, first - LEFT_CONTEXT - sentence.firstToken);
  const own = first - sentence.firstToken - from;
  const count = last - first + 1;
  const read = tagger.tagWithProbabilities?.(words, from, decodeEnd - sentence.firstToken);
  const tags = read?.tags ?? tagger.tag(words, from, decodeEnd - sentence.firstToken);
  let personOrOrg = 0;
  let location = 0;
  for (let k = own; k < own + count; k++) {
    const p = read?.probabilities[k];
    const type = entityTypeOf(tags[k]);
    // a fake tagger without probabilities is taken at its word
    personOrOrg += p ? PERSON_OR_ORG.reduce((sum, c) => sum + p[c], 0) : type === 'PER' || type === 'ORG' ? 1 : 0;
    location += p ? LOCATION.reduce((sum, c) => sum + p[c], 0) : type === 'LOC' ? 1 : 0;
  }
  const isNamePart = (tag: string | undefined) => tag !== undefined && (tag.endsWith('-ORG') || tag.endsWith('-MISC'));
  const next = tags[own + count];
  const continues = next?.startsWith('I-') && isNamePart(next);
  const inside = tags[own]?.startsWith('I-') && isNamePart(tags[own]);
  return { personOrOrg: personOrOrg / count, location: location / count, insideLongerName: Boolean(continues || inside) };
}

/**
 * How sure the tagger must be that a candidate is a person's or organisation's name to drop it.
 * Chosen on the geoparsing corpora's non-TEST documents and the Reuters sample (MODEL.md): at 0.95
 * nine in ten of the listed person names go while toponym recall falls about one point; at 0.5
 * recall on local news (LGL) falls four.
 */
export const DROP_AT = 0.95;

/** "Barack Obama", "Megyn Kelly": a capitalised word, then the name, on one line. */
const fullNameBefore = (surface: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’.-]+ ${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{N}])`, 'gu');

/**
 * A name is one person's or organisation's all through a story: how surely the tagger reads the
 * surface as a person's or organisation's name anywhere in the document, at the candidates
 * themselves or where a capitalised word stands before it ("Democrat Barack Obama … Obama's order").
 * Read once per distinct surface.
 */
function documentReading(doc: Document, tagger: EntityTagger, surface: string, mentions: readonly RawPlace[]): number {
  let most = 0;
  for (const r of mentions) most = Math.max(most, readSpan(doc, tagger, r)?.insideLongerName ? 0 : (readSpan(doc, tagger, r)?.personOrOrg ?? 0));
  for (const m of doc.text.matchAll(fullNameBefore(surface))) {
    const start = (m.index ?? 0) + m[0].length - surface.length;
    const sentence = sentenceAt(doc.sentences, start);
    if (sentence < 0) continue;
    // the name as the tagger sees it whole: both words, from the one before
    const whole = readSpan(doc, tagger, { start: m.index ?? 0, end: start + surface.length, sentence });
    if (whole && !whole.insideLongerName) most = Math.max(most, whole.personOrOrg);
  }
  return most;
}

/**
 * "A capitalised word becomes a place only when the tagger or strong locative context says so":
 * keeps the candidates the words around vouch for (decided by rule), and of the rest those the
 * tagger does not read as a person's or organisation's name anywhere in the story (decided by the
 * model); drops "President Barack Obama said", "Kelly said", "Fethullah Gulen". A name inside a
 * longer organisation's name stays to the detector's organisation rules. Without a tagger every
 * candidate stays, decided by rule as before.
 */
export function gatePlaces(doc: Document, raws: readonly RawPlace[], tagger: EntityTagger | null, dropAt = DROP_AT): { kept: RawPlace[]; decidedBy: Map<RawPlace, PlaceDecider> } {
  const kept: RawPlace[] = [];
  const decidedBy = new Map<RawPlace, PlaceDecider>();
  const asked: RawPlace[] = [];
  for (const r of raws) {
    if (!tagger || hasLocativeContext(r, doc.text)) {
      kept.push(r);
      decidedBy.set(r, 'rule');
    } else asked.push(r);
  }
  if (!tagger || !asked.length) return { kept, decidedBy };
  const bySurface = new Map<string, RawPlace[]>();
  for (const r of asked) bySurface.set(r.text, [...(bySurface.get(r.text) ?? []), r]);
  for (const [surface, mentions] of bySurface) {
    const named = documentReading(doc, tagger, surface, mentions) >= dropAt;
    for (const r of mentions) {
      // inside an organisation's longer name, the detector's organisation rules have already decided
      if (readSpan(doc, tagger, r)?.insideLongerName) {
        kept.push(r);
        decidedBy.set(r, 'rule');
      } else if (!named) {
        kept.push(r);
        decidedBy.set(r, 'model');
      }
    }
  }
  kept.sort((a, b) => a.start - b.start);
  return { kept, decidedBy };
}
