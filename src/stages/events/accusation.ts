import type { Sentence } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import type { SubEventType } from '../../model/taxonomy.ts';

/**
 * An accused act is not asserted by the text. "Turkey accused Kurdish militants of shelling Kilis", "Russia accuses the
 * coalition of bombing a hospital": the act is the content of an accusation, which the report passes on without telling
 * it happened (GUIDELINE: allegations are no events). The realis lexicon's `accusation` cues end right before the
 * trigger ("accused X of", "accusations that X had"), read in the trigger's clause like a denial. An accused act the
 * sentence dates to a day is a particular attack told by one side, and stays (DAY_AFTER).
 *
 * "Britain said Assad had used chemical weapons", "told Syria's ambassador his government had used chemical weapons":
 * a chemical attack told only as someone having "used chemical weapons", in a perfect, after a verb of saying, is a
 * charge about a record, not an attack the report tells; a new chemical attack is told by what it did ("a chemical
 * attack killed 87 in Khan Sheikhoun"). Other weapons' use in a perfect ("police said the gunmen had used grenades") is
 * how wire copy tells the news itself, so this frame is kept to chemical weapons.
 */

/** "has used", "had repeatedly used", "have also deployed": a perfect of using, right before the weapon's words. */
const PERFECT_USE_BEFORE = /\b(?:has|have|had)\s+(?:(?:\w+ly|also|again|already|previously|since)\s+)*(?:used|deployed|employed|resorted\s+to)\s+(?:the\s+)?$/i;

/** A verb of saying, accusing or finding earlier in the sentence: the perfect is someone's charge. */
const CHARGE_FRAME = /\b(?:said|says|say|saying|told|telling|tells|accus\w*|alleg\w*|charg\w*|blam\w*|insist\w*|maintain\w*|believ\w*|concluded|found|assess\w*|conviction|evidence|proof)\b/i;

/**
 * A day the sentence gives after the trigger: "accused Ukrainian forces of shelling Donetsk on Monday, killing two
 * civilians" tells a particular attack, which one side reports and the other is blamed for, as ACLED codes many events;
 * the accusation without a day is a charge about someone's conduct.
 */
const DAY_AFTER = /\b(?:(?:on|last|this|early|late|overnight)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week(?:end)?|night|morning|afternoon|evening)|yesterday|today|tonight|overnight|on\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|on\s+\d{1,2}\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*)\b/i;

/**
 * How far back an accusation may stand from the act it charges: "accused the United States on Tuesday of pretending to
 * fight Islamic State and of deliberately reducing its air strikes" puts two charges between the verb and the strikes,
 * farther than the realis rules' usual clause window.
 */
const ACCUSATION_REACH = 180;

/** The trigger's clause before it, read back to ACCUSATION_REACH characters (stopping at a semicolon, colon or dash). */
function accusationClause(text: string, s: Sentence, at: number): string {
  const window = text.slice(Math.max(s.start, at - ACCUSATION_REACH), at);
  const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf(':'), window.lastIndexOf(' — '), window.lastIndexOf(' - '));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

export function accusedAct(accusedBefore: RegExp, text: string, s: Sentence, clauseBefore: string, hit: Span, sub: SubEventType): boolean {
  if (DAY_AFTER.test(text.slice(hit.end, s.end))) return false;
  if (accusedBefore.test(clauseBefore) || accusedBefore.test(accusationClause(text, s, hit.start))) return true;
  if (sub !== 'Chemical weapon') return false;
  const lead = text.slice(Math.max(s.start, hit.start - 60), hit.start);
  return PERFECT_USE_BEFORE.test(lead) && CHARGE_FRAME.test(text.slice(s.start, hit.start));
}
