import { sentenceAt, type Document } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { entityTypeOf, type EntityTagger, type EntityType } from '../../models/ner/model.ts';
import { plainSpelling } from '../../geo/normalize-name.ts';
import { spelledAlike, spelledAlikeAtEnd, spelledAlikeUnswapped, type RawPlace } from './detect.ts';
import { datelineSpan } from './choose.ts';

/** Which decided that a capitalised name is a place: the words around it (a rule) or the entity tagger. */
export type PlaceDecider = 'rule' | 'model';

/** "the town of X", "the province of X": the kind of place said before its name. */
const KIND_OF_BEFORE = /\b(?:town|city|village|villages|towns|district|districts|suburb|outskirts|countryside|neighbou?rhood|camp|region|province|governorate|state|county|port|capital|island)\s+of\s+(?:the\s+)?$/i;

/**
 * "attackers entered Magumeri", "the army recaptured Tal Afar": what troops enter, take or besiege is a place. A village
 * the tagger does not know reads as a person ("a military source said Magumeri had been attacked"), and the story's one
 * specific place would go, leaving the state capital it is measured from.
 */
const TAKEN_BEFORE = /\b(?:entered|captured|seized|recaptured|retook|overran|stormed|besieged|shelled|bombarded)\s+(?:the\s+)?$/i;

/**
 * A country, or a region, landmark or capital spelled as the gazetteer spells it, or a city of a
 * million: names the words around need not vouch for ("Syria", "Idlib", "al-Tanf", "Aleppo").
 * "Saab" is no Sabah, though the two share a key.
 */
function isUnambiguousPlace(c: Place, surface: string): boolean {
  if (c.featureCode === 'PCLI') return true;
  const curated = c.geonameid === null && c.featureCode !== 'ADM2';
  const major = c.featureCode === 'PPLC' || (c.population ?? 0) >= 1_000_000;
  // "Pentagon" is the gazetteer's "The Pentagon"
  const [name, said] = [c.name.replace(/^the\s+/i, ''), surface.replace(/^the\s+/i, '')];
  // a landmark's transliterations vary inside the word; a big city's name read one letter off is someone's name ("Putin", Putian)
  return (curated && spelledAlike(name, said)) || (major && spelledAlikeAtEnd(name, said));
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
  if (KIND_OF_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start)) || TAKEN_BEFORE.test(text.slice(Math.max(0, r.start - 20), r.start))) return true;
  // "EU", "UK": the detector keeps short capitals only where they name a country or union
  if (r.text.length <= 4 && r.text === r.text.toUpperCase()) return true;
  // "Myrtle Beach", "Avondale Estates": a name of several words that a place bears as written is seldom anyone's name
  const severalWords = /\s/.test(r.text.trim());
  // "Nguyen Van Oai": a region's name inside a longer run of capitalised words may be part of a person's name
  // "Lee Ming" is Leiming with one letter swapped: several words must be the place's name, give or take a letter
  return r.candidates.some((c) => (isUnambiguousPlace(c, r.text) && (!r.partial || c.featureCode === 'PCLI')) || (severalWords && !r.partial && spelledAlikeUnswapped(c.name, r.text)));
}

/** The first token at or after offset, by binary search over the document's tokens. */
export function tokenIndexAt(doc: Document, offset: number): number {
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

/** The words of each sentence, made once per document as the gate asks for them. */
export function sentenceWords(doc: Document): (sentence: number) => readonly string[] {
  const made = new Map<number, string[]>();
  return (index) => {
    let words = made.get(index);
    if (!words) {
      const sentence = doc.sentences[index];
      words = [];
      for (let k = sentence.firstToken; k < sentence.endToken; k++) words.push(doc.text.slice(doc.tokens[k].start, doc.tokens[k].end));
      made.set(index, words);
    }
    return words;
  };
}

/** How the tagger reads a candidate. */
export interface SpanReading {
  /** Mean probability over the span's tokens that they belong to a person's or an organisation's name. */
  readonly personOrOrg: number;
  /** Of which a person's. */
  readonly person: number;
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
 * Reads a candidate with the tagger. Only the span, the token after it and a few before it are
 * decoded (the rest of the sentence serves as context): the cost is a handful of tokens per candidate.
 */
export function readSpan(doc: Document, tagger: EntityTagger, span: { start: number; end: number; sentence: number }, wordsOf: (sentence: number) => readonly string[] = sentenceWords(doc)): SpanReading | null {
  const sentence = doc.sentences[span.sentence];
  if (!sentence) return null;
  const first = tokenIndexAt(doc, span.start);
  if (first >= sentence.endToken || first < sentence.firstToken) return null;
  let last = first;
  while (last + 1 < sentence.endToken && doc.tokens[last + 1].start < span.end) last++;
  // one token past the span is decoded too, to see whether a longer name goes on
  const decodeEnd = Math.min(sentence.endToken, last + 2);
  const words = wordsOf(span.sentence);
  const from = Math.max(0, first - LEFT_CONTEXT - sentence.firstToken);
  const own = first - sentence.firstToken - from;
  const count = last - first + 1;
  const read = tagger.tagWithProbabilities?.(words, from, decodeEnd - sentence.firstToken);
  const tags = read?.tags ?? tagger.tag(words, from, decodeEnd - sentence.firstToken);
  let personOrOrg = 0;
  let person = 0;
  let location = 0;
  for (let k = own; k < own + count; k++) {
    const p = read?.probabilities[k];
    const type = entityTypeOf(tags[k]);
    // a fake tagger without probabilities is taken at its word
    personOrOrg += p ? PERSON_OR_ORG.reduce((sum, c) => sum + p[c], 0) : type === 'PER' || type === 'ORG' ? 1 : 0;
    person += p ? p[1] + p[2] : type === 'PER' ? 1 : 0;
    location += p ? LOCATION.reduce((sum, c) => sum + p[c], 0) : type === 'LOC' ? 1 : 0;
  }
  const isNamePart = (tag: string | undefined) => tag !== undefined && (tag.endsWith('-ORG') || tag.endsWith('-MISC'));
  const next = tags[own + count];
  const continues = next?.startsWith('I-') && isNamePart(next);
  const inside = tags[own]?.startsWith('I-') && isNamePart(tags[own]);
  return { personOrOrg: personOrOrg / count, person: person / count, location: location / count, insideLongerName: Boolean(continues || inside) };
}

/**
 * How sure the tagger must be that a candidate is a person's or organisation's name to drop it.
 * Chosen on the geoparsing corpora's non-TEST documents and the Reuters sample (MODEL.md): at 0.95
 * nine in ten of the listed person names go while toponym recall falls about one point; at 0.5
 * recall on local news (LGL) falls four.
 */
export const DROP_AT = 0.95;

/** "The EU", "the UN", "The U.S.": an article and an acronym (or its first letter, where the name reads "The U"). */
const THE_ACRONYM = /^[Tt]he\s+\p{Lu}{1,5}$/u;

/** "Mohammed bin Salman", "Hamza bin Laden": a name after a given name and "son of" is a father's, not a town (As Salmān). */
const PATRONYMIC_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{Ll}'’-]+\s+(?:bin|ibn|bint|ben)\s+$/u;

/** First words that open a place's name as often as a person's: "The Mansfield", "North Arlington", "Lake Mary". */
const NOT_GIVEN_NAME = /^(?:The|A|An|In|At|On|Of|For|To|From|By|North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Old|Lake|Port|Fort|Mount|San|Santa|Saint|St|Metro|Greater|Downtown|Upper|Lower|Little|Great)$/;
const GIVEN_NAME_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{Ll}'’.-]+) $/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Where "Barack Obama", "Megyn Kelly" stand in the text: each occurrence of the surface, whole, after
 * a capitalised word and one space; found with indexOf, since a pattern per surface costs more than
 * the tagger.
 */
function fullNames(text: string, surface: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    const after = text[at + surface.length];
    if (after !== undefined && LETTER_OR_DIGIT.test(after)) continue;
    const before = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
    if (before && !NOT_GIVEN_NAME.test(before[1])) out.push({ start: at - before[1].length - 1, end: at + surface.length });
  }
  return out;
}

/**
 * A name is one person's or organisation's all through a story: how surely the tagger reads the
 * surface as a person's or organisation's name anywhere in the document, at the candidates
 * themselves or where it follows a capitalised word ("Democrat Barack Obama … Obama's order").
 */
function documentReading(doc: Document, tagger: EntityTagger, surface: string, readings: readonly (SpanReading | null)[], wordsOf: (sentence: number) => readonly string[], wantPerson: boolean): { any: number; person: number } {
  let any = 0;
  let person = 0;
  for (const reading of readings) {
    if (!reading || reading.insideLongerName) continue;
    any = Math.max(any, reading.personOrOrg);
    person = Math.max(person, reading.person);
  }
  // already sure where it stands: the story's full names cannot make it surer
  if (wantPerson ? person >= DROP_AT : any >= DROP_AT) return { any, person };
  for (const name of fullNames(doc.text, surface)) {
    const sentence = sentenceAt(doc.sentences, name.start);
    if (sentence < 0) continue;
    const whole = readSpan(doc, tagger, { ...name, sentence }, wordsOf);
    // only a person's full name speaks for the bare name: "Evansville Federal Credit Union" says nothing of "Evansville"
    if (whole && !whole.insideLongerName) {
      any = Math.max(any, whole.person);
      person = Math.max(person, whole.person);
    }
    // the surname where it follows the given name: "Senate Majority Leader Mitch McConnell" is read whole as an office
    // (or averaged with a given name the tagger hardly knows), while the surname there is plainly a person's
    if ((wantPerson ? person : any) >= DROP_AT) break;
    const own = readSpan(doc, tagger, { start: name.end - surface.length, end: name.end, sentence }, wordsOf);
    if (own && !own.insideLongerName) {
      any = Math.max(any, own.person);
      person = Math.max(person, own.person);
    }
    // sure now: the story's other full names cannot make it surer
    if ((wantPerson ? person : any) >= DROP_AT) break;
  }
  return { any, person };
}

/**
 * "the election in Sochi, which is to host", "flights into Malakal": where a locative preposition stands before the
 * mention and the tagger, reading it in its own words, is this sure it names a location, a person's or organisation's
 * reading of the same surface elsewhere in the story (a headline's "Joins Sochi Mayor Race", "SOS Children's Village
 * Malakal") does not drop it: one sense per story fails for a town that also names a body's office or a building. Chosen on the geoparsing corpora's non-TEST documents: "in Sochi"
 * reads 0.95, a surname the story uses bare ("Kelly said") below 0.1.
 */
export const OWN_LOCATION_KEEP = 0.9;

/**
 * A locative preposition before the mention ("in", "near", "outside", "the area of"); not "at", which as often stands
 * before a school or a firm named after its street or founder ("a teacher at Franklin").
 */
const IN_OR_NEAR_BEFORE = /\b(?:in|near|outside|around|inside|across|into|towards?|(?:area|outskirts|suburbs?) of)\s+$/i;

/** "in Modi's office", "in Modi s office" (copy that lost its apostrophes): a possessive after the name makes it an owner's. */
const POSSESSIVE_AFTER = /^(?:['’]s?|\s+s)\b/;

/** A locative preposition before the mention, no possessive after, and the tagger's own reading there a location's. */
function locatedHere(text: string, r: RawPlace, reading: SpanReading | null | undefined): boolean {
  return (reading?.location ?? 0) >= OWN_LOCATION_KEEP && IN_OR_NEAR_BEFORE.test(text.slice(Math.max(0, r.start - 20), r.start)) && !POSSESSIVE_AFTER.test(text.slice(r.end, r.end + 4));
}

/** A town of this many people, a country or a first-level region: read as an organisation, it is its team, council or government. */
const BIG_PLACE = 100_000;
/** Of the tagger's reading of such a name as a person's or organisation's, how much must be a person's to drop it. */
export const PERSON_SHARE = 0.5;

/**
 * "Liverpool have gained popularity", "outlasted Louisville in OT": a big place's name the tagger reads as an
 * organisation stands for the place's club, council or government, still a toponym; only a person's reading drops it.
 */
function isBigPlace(r: RawPlace): boolean {
  // the place's own name as written: "Bernie" is no Berne, "Mitt" no Mitte
  const said = plainSpelling(r.text);
  return r.candidates.some((c) => plainSpelling(c.name) === said && (c.featureCode === 'PCLI' || c.featureCode === 'ADM1' || (c.geonameid !== null && (c.population ?? 0) >= BIG_PLACE)));
}

/**
 * "the Dakota Access Pipeline", "the Upper Big Branch mine", "Great American Pac": a word inside a longer name the tagger
 * reads as an organisation's or a thing's, whose other words are common ones (so the detector did not take the name as
 * a person's with the place partly in it), names a place only as a town's own institution does ("Mansfield Police
 * Department", marked settlement) or where the place is one every reader knows: a country, a region, a capital, a
 * city of 100,000, a hand-placed landmark ("University of Rochester", "Aleppo Central Prison"). A hamlet of that
 * spelling (Dakota, Wisconsin; Branch, Minnesota) is a coincidence of words. Such a name stays a toponym for geoparsing
 * (local-news gold counts "Sandy Hook" in "Sandy Hook Elementary"), but never an event's place (gatePlaces' namePart).
 */
function vouchedInsideName(r: RawPlace): boolean {
  if (r.settlement || r.container !== null || r.isContainer || r.codedTo || r.county) return true;
  return r.candidates.some((c) => c.geonameid === null || COUNTRY_OR_REGION.has(c.featureCode) || c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || (c.population ?? 0) >= BIG_PLACE);
}
const COUNTRY_OR_REGION = new Set(['PCLI', 'PCLD', 'PCLS', 'PCLF', 'PCL', 'TERR', 'ADM1']);

/** A place that a sentence's first word may name without the words around saying so: a seat of government or a sizeable town. */
const SENTENCE_START_MIN_POPULATION = 100_000;
const SEAT_OR_REGION = new Set(['PCLI', 'ADM1', 'PPLC', 'PPLA']);

/**
 * "Work is progressing", "Bomb disposal experts": a sentence's first word is capitalised whatever it is, so its capital
 * says nothing. One word there that no place bears as spelt (only hamlets reached by its sound: Al Wurqā’, Al Būmbah)
 * and that names no seat or sizeable town is the common word. "Raqqa" (Ar Raqqah) and "Homs" (a city) stay.
 */
export function sentenceInitialWord(doc: Document, r: RawPlace): boolean {
  if (/[\s-]/.test(r.text.trim())) return false;
  const sentence = doc.sentences[r.sentence];
  if (!sentence) return false;
  const opensAt = (from: number) => /^[\s"“‘'(]*$/.test(doc.text.slice(from, r.start));
  // ("CAIRO (Reuters) - Armed militants killed …": the story's first word comes right after the dateline; the dateline is
  // looked for only when the word does not open its sentence, since a word that opens it also opens what follows the dateline)
  if (!opensAt(sentence.start)) {
    const filed = datelineSpan(doc);
    if (!filed || filed.end > r.start || filed.end < sentence.start || !opensAt(filed.end)) return false;
  }
  return !r.candidates.some((c) => spelledAlike(c.name, r.text) || SEAT_OR_REGION.has(c.featureCode) || c.geonameid === null || (c.population ?? 0) >= SENTENCE_START_MIN_POPULATION);
}

/**
 * "A capitalised word becomes a place only when the tagger or strong locative context says so":
 * keeps the candidates the words around vouch for (decided by rule), and of the rest those the
 * tagger does not read as a person's or organisation's name anywhere in the story (decided by the
 * model); drops "President Barack Obama said", "Kelly said", "Fethullah Gulen". A name inside a
 * longer organisation's name stays to the detector's organisation rules. Without a tagger every
 * candidate stays, decided by rule as before.
 */
export function gatePlaces(doc: Document, raws: readonly RawPlace[], tagger: EntityTagger | null, dropAt = DROP_AT): { kept: RawPlace[]; decidedBy: Map<RawPlace, PlaceDecider>; namePart: Set<RawPlace> } {
  const kept: RawPlace[] = [];
  const decidedBy = new Map<RawPlace, PlaceDecider>();
  const namePart = new Set<RawPlace>();
  const asked: RawPlace[] = [];
  for (const r of raws) {
    // "“The district court …”": a determiner is no country's name, whatever cue stands beside it
    if (r.tokenPos === 'DET' && !/\s/.test(r.text.trim())) continue;
    // "The EU has sanctions": an article before an acronym makes no place's name ("The EU" is no Thieu, Belgium)
    if (THE_ACRONYM.test(r.text) && !r.candidates.some((c) => plainSpelling(c.name) === plainSpelling(r.text))) continue;
    // "Paul Ryan", "Speaker Ryan": a given name and a surname are a person's, unless a container is stated ("Ryan, Oklahoma");
    // and so is the bare surname elsewhere in the story ("Ryan said"), unless the words around make it a place
    if (r.personName === 'here' && r.container === null && !r.isContainer && !r.codedTo) continue;
    if (r.personName === 'elsewhere' && !hasLocativeContext(r, doc.text)) {
      // "the Sports Center in Arlington", though "Arlington" is someone's surname elsewhere: the tagger reads this one
      if (tagger && locatedHere(doc.text, r, readSpan(doc, tagger, r))) {
        kept.push(r);
        decidedBy.set(r, 'model');
      }
      continue;
    }
    if (sentenceInitialWord(doc, r) && !hasLocativeContext(r, doc.text)) continue;
    if (!tagger || hasLocativeContext(r, doc.text)) {
      kept.push(r);
      decidedBy.set(r, 'rule');
    } else if (!PATRONYMIC_BEFORE.test(doc.text.slice(Math.max(0, r.start - 40), r.start))) asked.push(r);
  }
  if (!tagger || !asked.length) return { kept, decidedBy, namePart };
  const wordsOf = sentenceWords(doc);
  const bySurface = new Map<string, RawPlace[]>();
  for (const r of asked) bySurface.set(r.text, [...(bySurface.get(r.text) ?? []), r]);
  for (const [surface, mentions] of bySurface) {
    const readings = mentions.map((r) => readSpan(doc, tagger, r, wordsOf));
    const big = mentions.some(isBigPlace);
    const reading = documentReading(doc, tagger, surface, readings, wordsOf, big);
    const named = reading.any >= dropAt && (!big || reading.person >= PERSON_SHARE);
    for (const [k, r] of mentions.entries()) {
      // inside an organisation's longer name, the detector's organisation rules have already decided
      if (readings[k]?.insideLongerName) {
        if (!vouchedInsideName(r)) namePart.add(r);
        kept.push(r);
        decidedBy.set(r, 'rule');
      } else if (!named || locatedHere(doc.text, r, readings[k])) {
        kept.push(r);
        decidedBy.set(r, 'model');
      }
    }
  }
  kept.sort((a, b) => a.start - b.start);
  return { kept, decidedBy, namePart };
}
