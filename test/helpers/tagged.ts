import type { Token } from '../../src/model/document.ts';

/** Tokens of a short sentence with hand-given parts of speech ("word/POS word/POS …"), for rules that read POS tags. */
export function tagged(s: string): { text: string; tokens: Token[] } {
  let text = '';
  const tokens: Token[] = [];
  for (const [i, wp] of s.split(' ').entries()) {
    const cut = wp.lastIndexOf('/');
    if (i > 0) text += ' ';
    tokens.push({ start: text.length, end: text.length + cut, pos: wp.slice(cut + 1) } as Token);
    text += wp.slice(0, cut);
  }
  return { text, tokens };
}
