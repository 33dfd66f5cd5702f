import { addDays } from '../../model/date-value.ts';
import { mentionsOf, type Document, type Sentence } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';

/**
 * Old history retold in a news story, past the reach of the date stage's per-clause reading:
 *
 * 1. A narrative run. "In 1994 the EZLN led armed insurgents in a declaration of war. A 12-day battle with the Army
 *    claimed 140 lives.": a sentence with no date of its own that follows, in the story's body, a sentence dated years
 *    back goes on telling that past (the reference time of narration carries over until a new date resets it).
 * 2. A named past event. "the 1963 assassination of President Kennedy … Kennedy's assassination was the result of a
 *    conspiracy", "the 1969 Stonewall riots … a police raid that triggered riots": once the story has named an event
 *    by its year, a later undated mention with the same event noun is that event again (event coreference), not news.
 *
 * Both apply only to an event whose own clause has no date, and never in the story's first sentence (its news).
 */

/** How old a date must be to open a past narrative: a year, so that "last month" background is left to the date rules. */
const PAST_DAYS = 365;
/**
 * The narrative's time is set by the sentence just before: two sentences back, a date is as often another thread's
 * ("… since Buhari came to power in 2015. Residents said attackers entered the town. They said the insurgents shot …").
 */
const NARRATIVE_REACH = 1;
/** The story's news: no history is read into its first sentence. */
const LEAD = 1;
/**
 * A sentence told in the present or the perfect ("The reappearance of the device, which militias used before their
 * withdrawal in 2011, has startled officials") is told from now: its old date is a relative clause's, not the time of
 * the narrative. So is one that reports what someone says ("she said she had concerns about Clinton's support in the
 * 1990s for crime legislation"): the old date is inside their words, and the story goes on with the scene it reports.
 */
const PRESENT_TOLD = /\b(?:has|have|is|are|says?|said|told)\b/i;
/** A date after "since" opens a span that runs to now ("hit since the 2001 invasion"): no past narrative time. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,8}$/i;
/** A relative pronoun opening the clause a date stands in. */
const RELATIVE = /^\s*(?:[\w'’.-]+\s+){0,3}?(?:who|which|whose|whom|where)\b/i;
/** Words that tell the sentence's own event as recent ("A recent visit … was greeted by a rocket attack"). */
const RECENT = /\b(?:recent(?:ly)?|latest|this (?:week|month|year)|now|currently)\b/i;

function oldDates(doc: Document, sentence: number): boolean | null {
  const published = doc.article.published;
  if (!published) return null;
  const s = doc.sentences[sentence];
  const ds = mentionsOf(doc, 'DATE').filter((m) => m.sentence === sentence && !m.dateline);
  if (!ds.length) return null;
  const limit = addDays(published, -PAST_DAYS);
  // (nor a date in a relative clause: "the militants, who swept through a third of Iraq in 2014" describes them)
  const clauseOf = (m: { start: number }) => doc.text.slice(s.start, m.start).split(/[,;]/).pop() ?? '';
  const sinceless = ds.filter((m) => !SINCE_BEFORE.test(clauseOf(m)) && !RELATIVE.test(clauseOf(m)));
  return sinceless.length > 0 && sinceless.length === ds.length && ds.every((m) => m.value.latest < limit) && !PRESENT_TOLD.test(doc.text.slice(s.start, s.end));
}

/** Whether the sentence just before `s` (in the body) dates only years-old things, told in the past. */
export function continuesPastNarrative(doc: Document, s: Sentence, ownDate: boolean): boolean {
  if (ownDate || s.index < LEAD + 1 || RECENT.test(doc.text.slice(s.start, s.end))) return false;
  for (let k = s.index - 1; k >= Math.max(LEAD, s.index - NARRATIVE_REACH); k--) {
    const old = oldDates(doc, k);
    if (old !== null) return old;
  }
  return narratedRun(doc, s);
}

/**
 * How many undated sentences a narrative run may carry its old time through: "The events of June 1969 started the
 * movement. A week of clashes … became known as the Stonewall riots. The crackdown was also tied up in a dispute
 * between the Mafia and corrupt police." A run told wholly in the past, no word of it in the present, the perfect or
 * someone's saying, goes on telling the same history.
 */
const NARRATIVE_RUN = 3;

/** Whether an undated sentence, told in the past, follows a run of such sentences that opens on a years-old date. */
function narratedRun(doc: Document, s: Sentence): boolean {
  const told = (i: number) => doc.text.slice(doc.sentences[i].start, doc.sentences[i].end);
  if (PRESENT_TOLD.test(told(s.index))) return false;
  // (k is an undated sentence of the run, k - 1 the one before it, which may open it)
  for (let k = s.index - 1; k >= Math.max(LEAD + 1, s.index - NARRATIVE_RUN); k--) {
    if (PRESENT_TOLD.test(told(k)) || RECENT.test(told(k))) return false;
    const old = oldDates(doc, k - 1);
    if (old !== null) return old;
  }
  return false;
}

/**
 * Event nouns a story names its past events by. Kept to nouns that name one event (not "war" or "conflict", which
 * run on into the present, nor "attack", which a story about a new attack compares with an old one).
 */
const EVENT_NOUN = 'assassination|massacre|riots?|uprising|genocide|bombing|coup|invasion|revolution|rebellion|siege';
/** "the 1963 assassination", "the 1969 Stonewall riots", "the 1995 Srebrenica massacre": a year before the noun. */
const YEAR_NAMED = new RegExp(`\\b(1[89]\\d\\d|20\\d\\d)(?:s)?\\s+(?:[A-Z][\\w'’.-]*\\s+){0,3}(${EVENT_NOUN})\\b`, 'g');

function stem(noun: string): string {
  return noun.toLowerCase().replace(/s$/, '');
}

/**
 * Whether the trigger's word is an event noun the story named earlier with a year at least PAST_DAYS before
 * publication. `hit` is the trigger's span.
 */
export function namedPastEvent(doc: Document, hit: Span, ownDate: boolean): boolean {
  const published = doc.article.published;
  if (ownDate || !published) return false;
  const word = doc.text.slice(hit.start, hit.end).toLowerCase();
  const nouns = new Set<string>();
  const limitYear = Number(addDays(published, -PAST_DAYS).slice(0, 4));
  for (const m of doc.text.slice(0, hit.start).matchAll(YEAR_NAMED)) if (Number(m[1]) < limitYear) nouns.add(stem(m[2]));
  if (!nouns.size) return false;
  return word.split(/\s+/).some((w) => nouns.has(stem(w)));
}
