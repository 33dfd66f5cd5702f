/**
 * "In January, militants stormed an army base in the north. They killed ten soldiers in the assault.": an undated
 * sentence that follows a sentence recalling a past month, or a day weeks before the report, goes on telling that past
 * (the time of narration carries over until a new date resets it), not the story's lead day. Years-old history is
 * past-narrative.ts's; this is the recent past the date rules mark as background (a month that ended before the report,
 * a day before the news window). Only a sentence told in the past: one in the present or the perfect, or with a word
 * that brings the story back to now ("Militants have since killed …", "They now hold …"), is told from the report's day.
 */
import { addDays } from '../../model/date-value.ts';
import type { DateValue } from '../../model/date-value.ts';
import type { DateMention, Document, Sentence } from '../../model/document.ts';

/** Words that tell a sentence from now: the present, the perfect, or an adverb of the present. */
const TOLD_FROM_NOW = /\b(?:has|have|is|are|now|currently|still|since|recent(?:ly)?|latest|this\s+(?:week|month|year))\b/i;
/**
 * A date inside a subordinate or relative clause ("… a boost for the government, where the Kurds last month voted",
 * "relieved it until an army advance in early September", "freed after they were found in October") dates that clause's
 * happening, not the time the story stands in; "since" opens a period running to now.
 */
const SUBORDINATE_BEFORE = /\b(?:since|after|until|till|when|whenever|before|because|while|as|where|which|who|whose|whom|that)\b/i;
/** The pluperfect tells background inside the narrative ("had for years besieged …"): the next sentence is back in the news. */
const PLUPERFECT = /\bhad\s+(?:\w+\s+){0,3}?\w+(?:ed|en|wn|ne|t)\b/i;
/** The news window (news-gold GUIDELINE: the news is about the last three weeks); older days are recalled. */
const NEWS_WINDOW_DAYS = 21;
/** Past a year back, history is past-narrative.ts's to read. */
const YEAR_DAYS = 365;

/** The past day or month the sentence before `s` recalls and `s` goes on telling, else null. */
export function recalledPast(doc: Document, s: Sentence, last: DateMention | undefined): DateValue | null {
  const published = doc.article.published;
  const prev = doc.sentences[s.index - 1];
  if (!last || !published || !prev || last.value.precision > 3) return null;
  const v = last.value;
  const recalled = v.precision === 3 ? v.latest < published : v.latest < addDays(published, -NEWS_WINDOW_DAYS);
  if (!recalled || v.latest < addDays(published, -YEAR_DAYS)) return null;
  const clause = doc.text.slice(prev.start, last.start).split(/[,;:—]/).pop() ?? '';
  if (SUBORDINATE_BEFORE.test(clause) || PLUPERFECT.test(doc.text.slice(prev.start, prev.end))) return null;
  const toldFromNow = (x: Sentence) => TOLD_FROM_NOW.test(doc.text.slice(x.start, x.end));
  return toldFromNow(prev) || toldFromNow(s) ? null : v;
}
