/**
 * Mob justice is told through its victim's alleged offence: "a mob lynched a man accused of theft", "beaten up by a
 * crowd for allegedly insulting the prophet". The realis gate drops crimes told in a sentence of charges and
 * allegations (a court case, not an event), but in a mob's sentence the accusation is the crowd's motive, not the
 * report's hedge on the beating. A mob-violence trigger therefore stays when every legal word of its sentence is a
 * word of suspicion (accused, alleged, allegedly); a trial, a verdict or a charge still drops it. Only a crowd's own
 * words (a mob, a lynching, vigilantes, an angry crowd) carry the exception: "Erdogan accused Washington … a dispute
 * between two NATO members" is no mob justice.
 */

/** The trigger's words name a crowd taking justice into its hands. */
const MOB_WORDS = /\b(?:mobs?|lynch\w*|vigilant\w*|crowds?)\b/i;

/** The legal words that only say who is suspected of what. */
const SUSPICION = /^(?:accus(?:ed|es|ing|ations?)|alleg(?:ed|edly|ations?|es|ing))$/i;

/** A global copy of each lexicon pattern, made once (the shared one is tested with .test and must keep lastIndex 0). */
const globalCopy = new WeakMap<RegExp, RegExp>();

export function mobJustice(legal: RegExp, text: string, s: { start: number; end: number }, hit: { start: number; end: number }): boolean {
  return MOB_WORDS.test(text.slice(hit.start, hit.end)) && onlySuspicion(legal, text.slice(s.start, s.end));
}

function onlySuspicion(legal: RegExp, sentence: string): boolean {
  let g = globalCopy.get(legal);
  if (!g) {
    g = new RegExp(legal.source, legal.flags.includes('g') ? legal.flags : `${legal.flags}g`);
    globalCopy.set(legal, g);
  }
  g.lastIndex = 0;
  let any = false;
  for (let m = g.exec(sentence); m; m = g.exec(sentence)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    any = true;
    if (!SUSPICION.test(m[0].replace(/^\W+|\W+$/g, ''))) return false;
  }
  return any;
}
