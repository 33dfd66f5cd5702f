/**
 * Turning lexicon words into regular-expression source. One copy, so every lexicon-built pattern escapes the same
 * characters (seven hand-written copies had drifted: one also escaped '/', one left out '*').
 */

/** `s` as a literal inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `s` as a literal whose spaces match any run of white space ("al  Bab" and "al\nBab" match "al Bab"). */
export function escapeWords(s: string): string {
  return escapeRegExp(s).replace(/\s+/g, String.raw`\s+`);
}
