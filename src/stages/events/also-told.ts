/**
 * "also" is the weakest of the words that mark another event (lexicons/event-triggers.jsonl, cue-separate): it adds
 * as often to the event already told as to a new one ("The car bomb also wounded 56 people", "Mateen also emerged from
 * the hole and was shot dead by officers"). A telling marked by "also" alone may still join an earlier event that is
 * the very same one (same type, sides, place and day) or that it names again by a definite noun; "another attack",
 * "separately", "a second blast" keep it apart as before (merge.ts).
 */
import type { Document } from '../../model/document.ts';
import type { Candidate } from './candidate.ts';
import { loadTriggerLexicon, type TriggerLexicon } from './triggers.ts';

const ALSO = /\balso\b/gi;

/** Whether the candidate's separate cue rests on "also" only: the cue's pattern finds nothing once "also" is blanked out. */
export function separateByAlsoOnly(doc: Document, c: Candidate, lex: TriggerLexicon = loadTriggerLexicon()): boolean {
  if (!c.separate) return false;
  const rules = lex.cues.filter((r) => r.cue === 'separate');
  const s = doc.sentences[c.sentences[0]];
  if (!s || !rules.length) return false;
  const text = doc.text.slice(s.start, s.end);
  if (!ALSO.test(text)) return false;
  ALSO.lastIndex = 0;
  const blanked = text.replace(ALSO, (w) => ' '.repeat(w.length));
  return rules.every((r) => {
    r.re.lastIndex = 0;
    return !r.re.test(blanked);
  });
}
