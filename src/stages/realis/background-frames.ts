import { z } from 'zod';
import { loadJsonlLexicon, readShippedOnce } from '../../lexicons/load.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { mentionsOf, sentenceAt, type Document, type EventMention } from '../../model/document.ts';

/**
 * Frames that make the event a trigger names part of the story's background, read in the trigger's own clause
 * (lexicons/background-frames.jsonl): a campaign's tally in the present perfect ("about 400 people have been killed in
 * the fighting"), the event that removed a ruler ("presidents toppled by violent riots") and a perception told in the
 * past perfect ("villagers had heard distant gunfire") or in a relative clause set off by a comma ("the group, which
 * had claimed the bombing of a church"); a group's record counted by a quantifier ("have launched several major
 * attacks") or a campaign's damage laid on a bare means of war ("destroyed by shelling and air strikes"); and, no event
 * at all, the course not taken ("rather than leading protests"). Each frame ends right before the trigger. The story's first
 * sentence is its news and is left alone, and so is a clause that dates the event ("… in the fighting on Sunday").
 */
const KINDS = ['toll', 'removed', 'perceived', 'alternative', 'relative', 'aggregate'] as const;
const entry = z.object({ id: z.string().min(1), kind: z.enum(KINDS), pattern: z.string().min(1), why: z.string().min(1) });

/** One pattern for all frames, anchored at the end of the clause text before the trigger. */
export const loadBackgroundFrames = readShippedOnce((dir: string): RegExp => {
  const rows = loadJsonlLexicon('background-frames.jsonl', entry, dir);
  return lexiconRegExp(`(?<![\\w-])(?:${rows.map((r) => `(?:${r.pattern})`).join('|')})$`, 'i');
});

/** Where a clause begins before a trigger: a comma, semicolon, colon or dash. */
const CLAUSE_START = /[,;:]|\s[-–—]\s/g;
/** Where it ends after the trigger. */
const CLAUSE_END = /[,;:.!?]|\s[-–—]\s/;
/** A date after "since" opens a span running to now: it does not date the event. */
const SINCE_BEFORE = /\bsince\s+(?:[\w'’.-]+\s+){0,3}$/i;

export function backgroundFrame(doc: Document, ev: EventMention, frames: RegExp = loadBackgroundFrames()): boolean {
  const si = sentenceAt(doc.sentences, ev.trigger.start);
  if (si < 1) return false;
  const s = doc.sentences[si];
  const before = doc.text.slice(s.start, ev.trigger.start);
  let from = 0;
  let mark = 0;
  for (const m of before.matchAll(CLAUSE_START)) {
    mark = m.index ?? 0;
    from = mark + m[0].length;
  }
  // (read from the clause's opening mark, so a frame may ask for the comma of a non-restrictive relative clause)
  if (!frames.test(before.slice(from > 0 ? mark : 0))) return false;
  const after = doc.text.slice(ev.trigger.end, s.end);
  const cut = after.search(CLAUSE_END);
  const start = s.start + from;
  const end = ev.trigger.end + (cut < 0 ? after.length : cut);
  const dated = mentionsOf(doc, 'DATE').some(
    (m) => m.start >= start && m.end <= end && !m.past && !m.dateline && !SINCE_BEFORE.test(doc.text.slice(start, m.start)),
  );
  return !dated;
}
