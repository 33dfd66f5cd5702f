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

/** Not the numeral of "World War I" or "Phase I". */
const NOT_NUMERAL = String.raw`(?<!\b(?:War|Phase|Stage|Class|Type|Article|Chapter|Part|Round|Level|Grade|Category)\s)`;

/**
 * "I" or "you" as the subject of a clause, with a word after it: "I saw", "I m" (an apostrophe lost), "You arrest", "you
 * used". Case-sensitive "I".
 */
const SPEAKER = new RegExp(String.raw`(?<![\w'’-])${NOT_NUMERAL}(?:I|[Yy]ou)\s+[a-z]`);

/**
 * "we", "I" or "you" in the trigger's own stretch of its clause: no comma or closing quote between ("We are angry, the
 * minister said after troops killed …" and "he said “we will respond” after rebels attacked" keep their events). Case
 * matters: "I" is the pronoun.
 */
const SPEAKER_TO_TRIGGER = new RegExp(String.raw`(?:^|[\s(“"])${NOT_NUMERAL}(?:[Ww]e|I|[Yy]ou)\s[^,”"]*$`);

/**
 * Whether the clause that holds a trigger, up to it, is said by a "we" or an "I" or to a "you": speech with its marks
 * lost ("on this ground we fought and died", "I was at the front and a mortar exploded"). Two readings of one class,
 * which differ in reach: `clause` is the realis stage's clause before the trigger, read for "we" up to the trigger;
 * the window here runs up to 100 characters back to the last clause break, with the trigger's first letter.
 */
export function spokenInPerson(text: string, sentenceStart: number, at: number, clause: string): boolean {
  if (SPEAKER_TO_TRIGGER.test(clause)) return true;
  const from = Math.max(sentenceStart, at - CLAUSE_REACH);
  // (with the trigger's first letter: in "You arrest the manager" the trigger is the speaker's own verb)
  const window = text.slice(from, at + 1);
  let cut = 0;
  for (const m of window.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return SPEAKER.test(window.slice(cut));
}
