import type { Sentence, Token } from '../../model/document.ts';

/**
 * "Sen. Byron Dorgan, D-N.D., questioned", "Rep. Nick Rahall, D-W. Va., chairman": wink ends a sentence at a lone
 * capital's dot inside a dotted abbreviation, and the abbreviation's second half opens the next. A sentence that ends
 * in such an initial joins the next where that one opens with the abbreviation's rest and the clause goes on (a comma,
 * or a lower-case word): "… the U.S. The talks" stays two sentences, as its next word is a new sentence's.
 */
const ENDS_IN_INITIAL = /(?:^|[^\p{L}\p{N}])\p{Lu}\.$/u;
const OPENS_WITH_REST = /^\p{Lu}\p{Ll}{0,3}\.(?:\s*[,;:)]|\s+\p{Ll})/u;

export function joinSplitInitials(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): { sentences: Sentence[]; tokens: Token[] } {
  const joinNext = sentences.map((s, k) => k + 1 < sentences.length && ENDS_IN_INITIAL.test(text.slice(Math.max(s.start, s.end - 3), s.end)) && OPENS_WITH_REST.test(text.slice(sentences[k + 1].start, sentences[k + 1].start + 24)));
  if (!joinNext.some(Boolean)) return { sentences: [...sentences], tokens: [...tokens] };
  const out: Sentence[] = [];
  const toks: Token[] = [];
  let first = 0;
  for (let k = 0; k < sentences.length; k++) {
    if (joinNext[k]) continue;
    const index = out.length;
    const firstToken = toks.length;
    for (let t = sentences[first].firstToken; t < sentences[k].endToken; t++) toks.push({ ...tokens[t], sentence: index });
    out.push({ index, start: sentences[first].start, end: sentences[k].end, firstToken, endToken: toks.length });
    first = k + 1;
  }
  return { sentences: out, tokens: toks };
}
