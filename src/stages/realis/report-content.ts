import { readShippedOnce } from '../../lexicons/load.ts';
import { phraseAlternation } from './phrase-rows.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { mentionsOf, sentenceAt, type Document, type EventMention } from '../../model/document.ts';

/**
 * "Among them was a child shot dead on a balcony, the rights groups said in the report"; "the U.N. report said
 * government forces used sarin in the attack": what a report, a study or a dossier gives as fact is its account of a
 * past period, not news of the day it came out, and with no day of its own the event would take the release date
 * (the story's lead). An event every sentence of which is told as a document's content
 * (lexicons/report-attributions.jsonl) and names no current day outside the attribution ("…said in a report released
 * on Monday" dates the report) is the report's subject, not an event of the news. A news agency's report ("a Reuters
 * report", "state media reported") is another thing: the words ask for a document (report, study, dossier).
 */
export const loadReportAttributions = readShippedOnce((dir: string): RegExp => {
  return lexiconRegExp(`(?<![\\w-])(?:${phraseAlternation('report-attributions.jsonl', dir)})(?![\\w-])`, 'gi');
});

/** Outlets whose "report" is news coverage, not a document of findings. */
const NEWS_OUTLET = String.raw`\b(?:news|media|Reuters|AP|AFP|Associated|agency|newspaper|television|TV|radio|broadcaster|press)\b`;
/** "a Reuters report", "a state television report": the outlet before the document word… */
const NEWS_BEFORE = new RegExp(`${NEWS_OUTLET}[^,;]{0,20}$`, 'i');
/** …or after it: "a report by state television", "according to a report in the local press". */
const NEWS_AFTER = new RegExp(`^\\s*(?:by|from|in|on|of)\\s+(?:[\\w.'’-]+\\s+){0,3}?${NEWS_OUTLET}`, 'i');

export function reportContent(doc: Document, ev: EventMention, attribution: RegExp = loadReportAttributions()): boolean {
  if (!ev.evidence.length) return false;
  const dates = mentionsOf(doc, 'DATE').filter((m) => !m.past && !m.dateline);
  for (const e of ev.evidence) {
    const s = doc.sentences[sentenceAt(doc.sentences, e.start)];
    if (!s) return false;
    const text = doc.text.slice(s.start, s.end);
    const spans = [...text.matchAll(attribution)].filter(
      (m) => !NEWS_BEFORE.test(m[0].replace(/\s(?:report|study|review|dossier|survey)\b.*$/i, '')) && !NEWS_AFTER.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60)),
    );
    if (!spans.length) return false;
    const inAttribution = (m: { start: number; end: number }) => spans.some((a) => m.start >= s.start + (a.index ?? 0) && m.end <= s.start + (a.index ?? 0) + a[0].length);
    if (dates.some((m) => m.start >= s.start && m.end <= s.end && !inAttribution(m))) return false;
  }
  return true;
}
