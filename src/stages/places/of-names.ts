/**
 * "Democratic Republic of Congo", "Republic of Ireland", "United States of America": a country (or first-level region)
 * whose name joins capitalised words with "of". Read word by word, the part after "of" is another country's name
 * ("Congo" alone is the Republic of the Congo), which moves a whole story to the wrong state; so such a run is looked
 * up whole first, and only a country's or region's reading is taken from it ("Gulf of Aden" stays as it is read now).
 */

/** Whether the sentence has an " of " between two capitalised words at all (most have none). */
export const OF_WORD = /\p{Lu}[\p{L}\p{M}'’]*\s+of\s+(?:the\s+)?\p{Lu}/u;

/** Up to three capitalised words, "of", an optional "the", and one or two capitalised words. (Capital first: see PERSON_RUN.) */
export const OF_NAME = /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})[\p{L}\p{M}'’]*(?:\s\p{Lu}[\p{L}\p{M}'’]*){0,2}\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’]*(?:\s\p{Lu}[\p{L}\p{M}'’]*)?/gu;

/** The phrases of an "of" run to look up, longest first: the words before "of" may start later, the words after end sooner. */
export function ofPhrases(match: string): string[] {
  const [left, right] = match.split(/\s+of\s+/);
  const ls = left.split(/\s+/);
  const article = /^the\s+/.test(right) ? 'the ' : '';
  const rs = right.replace(/^the\s+/, '').split(/\s+/);
  const out: string[] = [];
  for (let a = 0; a < ls.length; a++) {
    for (let b = rs.length; b >= 1; b--) out.push(`${ls.slice(a).join(' ')} of ${article}${rs.slice(0, b).join(' ')}`);
  }
  return out;
}
