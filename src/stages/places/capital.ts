/**
 * `\p{Lu}` for the opening of a pattern that V8 tries at every character (flag 'u'): an ASCII capital by its range,
 * any other character asked of the property only after it is read. The same characters as `\p{Lu}` (A-Z are
 * ASCII's only capitals; `[^\x00-\x7F]` reads a whole code point, which the lookbehind then checks), but the lower-case
 * letters that make up most of a text fail on two range checks instead of a search of the property's ranges: about a
 * third less time for such a scan.
 */
export const CAPITAL = String.raw`(?:[A-Z]|[^\x00-\x7F](?<=\p{Lu}))`;

/** What may open a run of capitalised words, as a lookahead: a capital, an article's "a" or "e" ("al-Bab", "el Arish"), or any non-ASCII character. */
export const CAPITAL_OR_ARTICLE_AHEAD = String.raw`(?=[A-Zae]|[^\x00-\x7F])`;
