/**
 * Direct speech whose quote marks the copy lost (the Reuters sample prints "I was at the front and a mortar exploded near
 * me." and "You arrest the general manager of my bank …, Erdogan said" without them): a speaker telling in the first
 * person singular, or addressing someone as "you", is a quote, not the reporter's own account (issue 10: on the news gold
 * TRAIN part every current event such a clause made was false; the reporter tells the news such a witness gives).
 */

/** How far before a trigger its clause is read. */
const CLAUSE_REACH = 100;

/** Where a clause (or a parenthesis, or a quote that kept its marks) starts: "(then) I saw …", "…, he said". */
const CLAUSE_BREAK = /[,;:()“”"«»—]|\s-\s/g;

/**
 * "I" or "you" as the subject of a clause, with a word after it: "I saw", "I m" (an apostrophe lost), "You arrest", "you
 * used". Case-sensitive "I", and not the numeral of "World War I" or "Phase I".
 */
const SPEAKER = /(?<![\w'’-])(?<!\b(?:War|Phase|Stage|Class|Type|Article|Chapter|Part|Round|Level|Grade|Category)\s)(?:I|[Yy]ou)\s+[a-z]/;

/** Whether the clause that holds a trigger, up to it, is said by an "I" or to a "you": speech with its marks lost. */
export function spokenInPerson(text: string, sentenceStart: number, at: number): boolean {
  const from = Math.max(sentenceStart, at - CLAUSE_REACH);
  // (with the trigger's first letter: in "You arrest the manager" the trigger is the speaker's own verb)
  const window = text.slice(from, at + 1);
  let cut = 0;
  for (const m of window.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return SPEAKER.test(window.slice(cut));
}
