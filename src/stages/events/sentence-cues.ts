import type { Sentence } from '../../model/document.ts';
import { findCues, type TriggerLexicon } from './triggers.ts';

/**
 * Each sentence's cues, found when first asked for. The events stage reads them only around a sentence with an event
 * word (its own, and the next few sentences' carried cues), yet it found them in every sentence: a third of a story's
 * sentences at most are asked about, and the cues cost 3% of the pipeline found in all.
 */
export function cuesBySentence(lex: TriggerLexicon, text: string, sentences: readonly Sentence[]): (i: number) => ReadonlySet<string> {
  const found: (Set<string> | undefined)[] = new Array(sentences.length);
  return (i) => (found[i] ??= findCues(lex, text, sentences[i].start, sentences[i].end));
}

/** How many sentences hold the cue: what counting the sentences whose cues (findCues) include it gives, with its rules alone. */
export function sentencesWithCue(lex: TriggerLexicon, cue: string, text: string, sentences: readonly Sentence[]): number {
  const rules = cue.endsWith('-before') ? [] : lex.cues.filter((c) => c.cue === cue);
  let count = 0;
  for (const s of sentences) {
    const t = text.slice(s.start, s.end);
    if (
      rules.some((c) => {
        c.re.lastIndex = 0;
        return c.re.test(t);
      })
    )
      count++;
  }
  return count;
}
