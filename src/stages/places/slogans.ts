/**
 * What a crowd chants, a placard reads or a protester yells is said, not where anything happens: "yelling 'Welcome
 * USA'" names no Welcome (South Carolina), "chanting 'Death to America'" no event in the United States. A name is
 * inside such words when, in its sentence, a verb of chanting or writing is followed at once by an opening quote and
 * that quote (or a later one) is still open where the name stands. Quotes are counted by parity so that a list of
 * slogans ("yelling 'Kiir is a killer' and 'Welcome USA'") is followed; the Reuters copies in the shared samples lost
 * their quote marks, which left two spaces behind each, so two spaces count as a quote mark too.
 */

/** A verb of chanting, shouting or of a sign's wording, then an opening quote (or the two spaces a lost one left). */
const SLOGAN_OPENER = /\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|cr(?:y|ies|ied|ying)(?: out)?|sang|sing(?:s|ing)?|read(?:s|ing)?|sa(?:ying|id) on (?:a |the )?(?:banner|placard|sign)s?|bearing the words|with the words|slogans? (?:such as|like|of))\s*[:,]?(?:\s*["“«'‘]| {2,})/giu;

/**
 * The opener tried once over a sentence's text up to its last name: with none there, no shorter prefix holds one and
 * no name of the sentence is inside a slogan, so most sentences are spared a scan of their prefix for each name.
 */
const ANY_SLOGAN_OPENER = new RegExp(SLOGAN_OPENER.source, 'iu');

/** Whether some name standing at or before the end of `upToLastName` (a sentence's text) may be inside a slogan. */
export function maySloganIn(upToLastName: string): boolean {
  return ANY_SLOGAN_OPENER.test(upToLastName);
}

/** A quote mark of either hand, or two spaces where one was lost. */
const QUOTE_MARK = /["“”«»]| {2,}|(?<![\p{L}])['‘]|['’](?![\p{L}])/gu;

/** Whether a name standing right after `before` (its sentence's text up to the name) is inside a quoted slogan. */
export function insideSlogan(before: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(SLOGAN_OPENER)) last = m as RegExpExecArray;
  if (!last) return false;
  const rest = before.slice((last.index ?? 0) + last[0].length);
  // the opener's quote counts one; an even number since then leaves a quote open
  const marks = [...rest.matchAll(QUOTE_MARK)].length;
  return marks % 2 === 0;
}
