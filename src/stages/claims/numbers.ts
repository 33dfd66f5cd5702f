import type { ClaimLexicon } from './lexicon.ts';
import { escapeWords } from '../../lexicons/escape.ts';

/** Regex source matching one written number: digits ("1,200", "2.5 million"), a phrase ("a dozen") or spelled words ("twenty-five"). */
export function numberPattern(lex: ClaimLexicon): string {
  const words: string[] = [];
  const phrases: string[] = [];
  for (const [w, v] of lex.numberValues) (v.kind === 'phrase' ? phrases : words).push(w);
  const word = alternation(words);
  const scale = alternation([...lex.numberValues].filter(([, v]) => v.kind === 'scale').map(([w]) => w));
  const digits = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
  const spelled = `(?:${word})(?:(?:[\\s-]+|\\s+and\\s+)(?:${word}))*`;
  return `(?:(?:${digits})(?:\\s+(?:${scale}))?|${alternation(phrases)}|${spelled})`;
}

/** Escaped regex alternation, longest first so "a dozen" wins over "a". */
export function alternation(items: Iterable<string>): string {
  return [...new Set(items)]
    .sort((a, b) => b.length - a.length)
    .map(escapeWords)
    .join('|');
}

/** Value of a number matched by numberPattern; null when it does not parse (e.g. "two and three"). */
export function parseNumber(raw: string, lex: ClaimLexicon): number | null {
  const text = raw.toLowerCase().trim().replace(/\s+/g, ' ');
  const phrase = lex.numberValues.get(text);
  if (phrase && phrase.kind === 'phrase') return phrase.value;
  const digits = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?: (\w+))?$/.exec(text);
  if (digits) {
    const base = Number(digits[1].replace(/,/g, ''));
    if (!digits[2]) return base;
    const scale = lex.numberValues.get(digits[2]);
    return scale && scale.kind === 'scale' ? Math.round(base * scale.value) : null;
  }
  let total = 0;
  let current = 0;
  let lastKind: string | null = null;
  for (const part of text.split(/[\s-]+/)) {
    if (part === 'and') {
      // "and" only joins a scale to what follows ("one hundred and twenty")
      if (lastKind !== 'scale') return null;
      continue;
    }
    const v = lex.numberValues.get(part);
    if (!v || v.kind === 'phrase') return null;
    if (v.kind === 'scale') {
      current = (current || 1) * v.value;
      if (v.value >= 1000) {
        total += current;
        current = 0;
      }
    } else {
      // two units in a row ("five six") is a list, not a number
      if ((lastKind === 'unit' || (lastKind === 'ten' && v.kind === 'ten')) && current % 100 !== 0) return null;
      current += v.value;
    }
    lastKind = v.kind;
  }
  return total + current;
}
