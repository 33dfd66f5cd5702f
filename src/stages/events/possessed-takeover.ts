import type { Span } from '../../model/span.ts';
import type { SubEventType } from '../../model/taxonomy.ts';

/**
 * "Russia's seizure of Crimea", "the Houthis' takeover of the capital", "its annexation of the peninsula": a change of
 * territory named by its noun with its taker as possessor is the known state of things the story refers to (who holds
 * the place and since when), not a capture it reports. When the story does tell a capture this way, its own clause
 * dates it ("Iraqi forces' recapture of Kirkuk on Monday"), and a dated one is left alone; so is one in the story's
 * first sentence, where a wire story puts its news.
 * Such an event is flagged as background, as a year-dated capture is ("which the militants captured in 2014").
 */

const TERRITORY: ReadonlySet<SubEventType> = new Set(['Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory']);

/** The nouns of taking territory, as the trigger's first word. */
const TAKEOVER_NOUN = /^(?:seizure|capture|recapture|takeover|take-over|annexation|occupation|conquest|fall|control)\b/i;

/**
 * A possessor right before the noun: a possessive pronoun, or a name with "'s" / "’s" / "s'" (wire copy that strips
 * apostrophes keeps "Russia s"), with up to two modifiers between ("its swift capture", "Russia's 2014 annexation").
 */
const POSSESSOR_BEFORE = /(?:\b(?:its|their|his|her)|[\p{L}.-]+(?:['’]s|s['’]|\ss))\s+(?:[\p{L}\d-]+\s+){0,2}$/u;

/** Sentences a wire story tells its news in. */
const NEWS_SENTENCES = 1;

export function possessedTakeover(text: string, sentenceStart: number, sentence: number, hit: Span, sub: SubEventType, ownDate: boolean): boolean {
  if (ownDate || sentence < NEWS_SENTENCES || !TERRITORY.has(sub)) return false;
  if (!TAKEOVER_NOUN.test(text.slice(hit.start, hit.end))) return false;
  return POSSESSOR_BEFORE.test(text.slice(Math.max(sentenceStart, hit.start - 50), hit.start));
}
