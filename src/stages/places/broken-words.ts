import type { RawPlace } from './detect.ts';

/** What a text may print for an apostrophe: the typewriter one, the typographic ones, a backtick. */
const APOSTROPHES = /['’‘`]/g;

/** A word spelt with the typewriter apostrophe, however the text prints it: the stop list is written with "'". */
export function plainApostrophes(word: string): string {
  return word.replace(APOSTROPHES, "'");
}

/** The lower-case letters right after a name, past one apostrophe or one space: "ite" in "Shi’ite" and in "Shi ite". */
const TAIL_AFTER = /^['’‘` ]([a-z]+)/;

/**
 * "Shi’ite militias", "the mostly Shi ite south" (wire copy that lost its apostrophes prints a space): a stop word that holds an
 * apostrophe is one word, whatever the text prints in its place, and its first half is no place (Shīt, Iran; Shī‘ah, Iraq).
 * Only stop words are joined this way: "Ma arrat" rejoined is a town's name, which the stop list never holds.
 */
export function partOfStopWord(text: string, r: Pick<RawPlace, 'text' | 'end'>, stop: ReadonlySet<string>): boolean {
  const said = plainApostrophes(r.text);
  if (said !== r.text && stop.has(said)) return true;
  const tail = TAIL_AFTER.exec(text.slice(r.end, r.end + 12));
  return tail !== null && stop.has(`${said}'${tail[1]}`);
}
