/**
 * "at least 200 people have been detained", "one of the executives has been arrested", "he has been unlawfully
 * detained": a passive present perfect tells the state people are in (held, arrested), reached at a time the story
 * does not say. In a wire story's lead it is the news ("Another German couple is believed to have been detained in
 * Turkey this weekend"); deeper in the body, with no date in its own clause, it is background or a tally (GUIDELINE:
 * background is coded only with a year, totals over long periods are no events). Such an event is flagged as
 * background, not told as news. The active perfect is left alone: "Iraqi government forces have also captured the
 * city of Kirkuk", deep in a feature story, is its news.
 */

/** The lead: a wire story tells its news in its first sentences and goes on to background. */
export const PERFECT_NEWS_SENTENCES = 3;

/**
 * "has been", "have been" (not "had been": a pluperfect in reported speech is the news shifted back), with adverbs,
 * right before the trigger's word.
 */
const PASSIVE_PERFECT_BEFORE = /\b(?:has|have)(?:\s+(?:\w+ly|also|now|already|long|all|just))*\s+been(?:\s+(?:\w+ly|also|now|already|all|just))*\s+$/i;

/**
 * Whether an event told by the trigger at `hit` is an undated passive present perfect outside the story's lead.
 * `sentence`: the index of the trigger's sentence; `ownDate`: whether the trigger's clause dates it.
 */
export function perfectInBody(text: string, sentenceStart: number, sentence: number, hit: { start: number }, ownDate: boolean): boolean {
  if (ownDate || sentence < PERFECT_NEWS_SENTENCES) return false;
  return PASSIVE_PERFECT_BEFORE.test(text.slice(Math.max(sentenceStart, hit.start - 40), hit.start));
}
