import { mentionsOf, sentenceAt, type Document, type EventMention } from '../../model/document.ts';
import { loadRealisLexicon, type RealisLexicon } from '../events/realis.ts';

/** Where a clause ends after a trigger: a comma, semicolon, colon, dash or stop. */
const CLAUSE_END = /[,;:.!?]|\s[-–—]\s/;
/** Where a clause begins before a trigger: the same marks. */
const CLAUSE_START = /[,;:]|\s[-–—]\s/g;

/**
 * "Myanmar says its security forces are fighting Rohingya militants", "the Houthis say they are fighting to fend off a
 * mercenary army": a present progressive of a fight verb (lexicons/realis-cues.jsonl, kind `progressive`) tells a
 * standing campaign, who is at war with whom, usually in someone's justification, not a clash of the day. A clause
 * that goes on to name a town, district or province ("is fighting Islamic State in the city of Deir al-Zor", "are
 * fighting to secure a corridor to troops in Deir al-Zor") or a day tells the day's fighting there, which the news gold
 * codes; it stays. A country alone ("the coalition is fighting IS in Iraq and Syria") is the campaign's setting.
 */
export function standingCampaign(doc: Document, ev: EventMention, lex: RealisLexicon = loadRealisLexicon()): boolean {
  const si = sentenceAt(doc.sentences, ev.trigger.start);
  if (si < 0) return false;
  const s = doc.sentences[si];
  const before = doc.text.slice(s.start, ev.trigger.end);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_START)) if ((m.index ?? 0) < ev.trigger.start - s.start) from = (m.index ?? 0) + m[0].length;
  if (!lex.progressiveEnd.test(before.slice(from))) return false;
  const after = doc.text.slice(ev.trigger.end, s.end);
  const cut = after.search(CLAUSE_END);
  const end = ev.trigger.end + (cut < 0 ? after.length : cut);
  const inClause = (m: { start: number; end: number }) => m.start >= ev.trigger.end && m.end <= end;
  const placed = mentionsOf(doc, 'PLACE').some((m) => inClause(m) && !m.demonym && !!m.place && !m.place.featureCode.startsWith('PCL'));
  const dated = mentionsOf(doc, 'DATE').some((m) => inClause(m) && !m.past && !m.dateline);
  return !placed && !dated;
}
