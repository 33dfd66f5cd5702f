import { PERFECT_NEWS_SENTENCES } from './perfect-background.ts';

// Why: "The attacks in the capital prompted a ferocious response", "The shooting at the school influenced her choice":
// an event named by a definite noun as the subject of a verb of consequence is told as the known cause of something
// else. Past the story's lead and with no date of its own, it is background the story recalls (GUIDELINE: background
// is coded only with a date), not news. In the lead the cause is often the news itself ("The bombing prompted the
// government to close schools on Monday") and is left alone, as is an indefinite noun ("An attack sparked …").

/** A definite determiner opening the clause right before the event noun, with up to two modifiers between. */
const DEFINITE_SUBJECT_BEFORE = /(?:^|[,;:“"(]\s*|\b(?:and|but|while|after)\s+)(?:the|these|those|that|this)\s+(?:[\w'’-]+\s+){0,2}$/i;

/** A verb of consequence after the noun phrase (its "of/in/at/on …" complements, no comma or clause break between). */
const CONSEQUENCE_AFTER = /^[^,;:.!?“”"]{0,70}?\b(?:also\s+|have\s+|has\s+|had\s+)?(?:prompted|triggered|sparked|spurred|fuell?ed|provoked|influenced|shaped|inspired|galvani[sz]ed|led\s+to|gave\s+rise\s+to|brought\s+about|raised\s+(?:fears|concerns|questions)|drew\s+(?:condemnation|criticism))\b/i;

/** Words of harm between the event noun and the verb of consequence. */
const TOLD_ITSELF = /\b(?:killed|killing|wounded|wounding|injured|injuring|left\s+(?:\d|\w+\s+(?:dead|killed)))/i;

/**
 * Whether the trigger (a noun: the caller checks it is no verb) is the definite subject of a verb of consequence in a
 * sentence past the lead, undated by its own clause.
 */
export function causeInBody(text: string, sentenceStart: number, sentenceEnd: number, sentence: number, hit: { start: number; end: number }, ownDate: boolean): boolean {
  if (ownDate || sentence < PERFECT_NEWS_SENTENCES) return false;
  if (!DEFINITE_SUBJECT_BEFORE.test(text.slice(Math.max(sentenceStart, hit.start - 40), hit.start))) return false;
  const m = CONSEQUENCE_AFTER.exec(text.slice(hit.end, Math.min(sentenceEnd, hit.end + 120)));
  // "The ensuing clashes … killed at least 400 people and triggered the exodus": a clause that tells the event's own toll
  // tells the event itself, not only what it caused
  return !!m && !TOLD_ITSELF.test(m[0]);
}
