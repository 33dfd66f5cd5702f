import { normalizeName } from './normalize-name.ts';

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** An Arabic article opening a transliterated name ("Al-Rasafah", "Ar Ruşāfah"). */
export const LEADING_ARTICLE = /^(?:al|el|an|ar|as|ash|at|ad|az|ed|er|es|et|ez)[- ]/i;

/**
 * How far apart two spellings of a name are once transliteration is folded (normalizeName) and an
 * opening article dropped: "Nimane" and "Nu‘mān" 1, "Nimane" and "Nu‘mānīyah" 4.
 */
export function spellingDistance(a: string, b: string): number {
  return editDistance(normalizeName(a.replace(LEADING_ARTICLE, '')), normalizeName(b.replace(LEADING_ARTICLE, '')));
}
