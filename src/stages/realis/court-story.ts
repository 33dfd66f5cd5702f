import { readShippedOnce } from '../../lexicons/load.ts';
import { phraseAlternation } from './phrase-rows.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { mentionsOf, sentenceAt, type Document, type EventMention } from '../../model/document.ts';
import type { EventType } from '../../model/taxonomy.ts';

/**
 * "Ex-commander convicted of genocide" … "Many of these men were beaten while awaiting their execution, he said";
 * "Second day of jury deliberation ends with no verdict" … "only two were arrested by U.S. authorities": when the
 * story's news is a stage of a trial (its headline or first sentence, lexicons/court-stories.jsonl), the violence and
 * the arrests its body tells without a day of their own are the case's subject, done long before the hearing, not
 * news of the day the story went out (the events stage would date them by the lead). A body sentence that dates its
 * event ("police detained 20 protesters outside the court on Monday") stays, and so do protests and riots, which
 * gather at trials on the day.
 */
export const loadCourtStories = readShippedOnce((dir: string): RegExp => {
  return lexiconRegExp(`(?<![\\w-])(?:${phraseAlternation('court-stories.jsonl', dir)})(?![\\w-])`, 'i');
});

/** What a trial judges: violence and arrests; crowds at the courthouse are the day's news. */
const JUDGED: ReadonlySet<EventType> = new Set(['Violence against civilians', 'Battles', 'Explosions/Remote violence', 'Strategic developments']);

export function courtStoryBackground(doc: Document, ev: EventMention, court: RegExp = loadCourtStories()): boolean {
  if (!JUDGED.has(ev.eventType)) return false;
  if (ev.eventType === 'Strategic developments' && ev.subEventType !== 'Arrests') return false;
  const lead = doc.sentences[0];
  const title = doc.article.title ?? '';
  if (!court.test(title) && !(lead && court.test(doc.text.slice(lead.start, lead.end)))) return false;
  // every sentence the event rests on lies past the lead and names no current day of its own
  const told = ev.evidence.map((e) => sentenceAt(doc.sentences, e.start));
  if (told.some((i) => i < 1)) return false;
  const dates = mentionsOf(doc, 'DATE').filter((m) => !m.past && !m.dateline);
  return !told.some((i) => dates.some((m) => m.start >= doc.sentences[i].start && m.end <= doc.sentences[i].end));
}
