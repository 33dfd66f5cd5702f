import type { EventActor } from '../../model/document.ts';
import type { SubEventType } from '../../model/taxonomy.ts';

// Why: "Police clashed with protesters", "security forces fought with opposition supporters": a state force against an
// unarmed crowd is a riot the force met, not a battle (ACLED: a battle needs organised armed groups on both sides), and
// the crowd is the force's opponent. Read as an armed clash, ACLED's battles step then drops the crowd as "no side of a
// battle", leaving the police fighting no one.

/** The actor kinds that are a crowd in the street (demonstrators, rioters): a riot's side, never an armed group. */
export const FIGHTING_CROWDS: ReadonlySet<string> = new Set(['protesters', 'rioters']);

const isStateForce = (a: EventActor | null): boolean => !!a && a.actor.inter === 1 && a.actor.kind === 'state';
const isCrowd = (a: EventActor | null): boolean => !!a && FIGHTING_CROWDS.has(a.actor.kind ?? '');
/** People the words name as a group ("opposition supporters", "residents", "youths"), not only the dead of a toll. */
const isPeople = (a: EventActor | null): boolean => !!a?.mention && (a.actor.kind === 'civilians' || a.actor.inter === 7);
/** People named as campaigners: "activists", "rights campaigners", "opposition supporters' activists". */
const ACTIVISTS = /\b(?:activists?|campaigners?|dissidents?)$/i;
/** "19 people killed during fighting between troops and rebels": people a toll counts, or harm befell, did not fight. */
const COUNTED_BEFORE = /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|scores?|hundreds?|several|many)\b)[\s,]*(?:of\s+)?(?:[\w-]+\s+)?$/i;
const HARMED_AFTER = /^[^,.;]{0,20}?\b(?:killed|wounded|injured|dead|died|hurt|shot)\b/i;
/** Whether the words around a mention of people make them the harmed, not a crowd that fought. */
export function harmedPeople(text: string, m: { start: number; end: number }): boolean {
  return COUNTED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || HARMED_AFTER.test(text.slice(m.end, m.end + 40));
}

/**
 * The riot an armed clash between a state force and a crowd is: a crowd of protesters (or a protest the sentence tells)
 * makes a violent demonstration, any other crowd mob violence. People who are not yet a crowd ("supporters",
 * "residents") count only when the words tell two-sided fighting ("clashed with") with police: a force firing on them is
 * an attack, and troops fighting "supporters" of a warlord fight armed men.
 * Null when the event is no such clash.
 */
export function crowdOpponentSub(sub: SubEventType, actor1: EventActor | null, actor2: EventActor | null, mutual: boolean, protest: boolean, text: string, lethalForce = false): SubEventType | null {
  if (sub !== 'Armed clash') return null;
  const [force, crowd] = isStateForce(actor1) ? [actor1, actor2] : isStateForce(actor2) ? [actor2, actor1] : [null, null];
  if (!force || !crowd) return null;
  // "security forces opened fire on a crowd of marchers, killing three": shots one way into a crowd the sentence tells
  // was protesting, with no word of the crowd's own violence, are force against protesters (ACLED), not a riot they
  // fought (a bare "crowd" fired on is not known to be a protest: it stays the riot below)
  if (!mutual && lethalForce && crowd.actor.kind === 'protesters' && !!crowd.mention && PROTEST_WORDS.test(crowdWords(text, crowd.mention))) return 'Excessive force against protesters';
  if (isCrowd(crowd)) return crowd.actor.kind === 'protesters' || protest ? 'Violent demonstration' : 'Mob violence';
  // (people only against police: troops "battling ethnic minority insurgents" or "supporters of a renegade colonel" fight armed men)
  if (mutual && isPeople(crowd) && force.actor.name.startsWith('Police Forces') && !harmedPeople(text, crowd.mention!)) {
    if (protest) return 'Violent demonstration';
    // "police clashed with rights activists": activists are people who demonstrate, not a mob; with no word of their own
    // violence, ACLED codes the police's use of force on them as a protest with intervention
    return ACTIVISTS.test(text.slice(crowd.mention!.start, crowd.mention!.end)) ? 'Protest with intervention' : 'Mob violence';
  }
  return null;
}

/** A crowd's mention and the words that describe it ("a crowd of marchers", "a crowd protesting the vote"), up to punctuation. */
const crowdWords = (text: string, m: { start: number; end: number }): string => text.slice(m.start, m.end) + (/^[^,.;:]{0,30}/.exec(text.slice(m.end))?.[0] ?? '');

/**
 * In a riot the state force the sentence names is the rioters' opponent, ahead of the people a toll names ("police fought
 * protesters …, injuring 20 people"): the force replaces a civilian second side that no named people stand behind.
 */
export function forceOverVictims(actor2: EventActor | null, force: EventActor | null): EventActor | null {
  if (!force || !actor2 || actor2.actor.kind !== 'civilians' || actor2.actor.country) return actor2;
  return force;
}

/**
 * Why: "a man drove a truck into a crowd", "a suicide bomber blew himself up in a crowd": the lexicon reads a bare
 * "crowd" as protesters (what it names in protest stories), so attacks and bombings on a market or festival crowd were
 * coded against "Protesters (France)". A crowd an attack or bomb struck is civilians, unless the sentence says it was
 * protesting: then ACLED codes the protesters it hit.
 */
const CROWD_WORD = /^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?crowds?$/i;
const PROTEST_WORDS = /\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|march(?:es|ed|ing|ers)?|sit-ins?|vigils?)\b/i;
/** Event types whose target is the one harmed, never a side that fought. */
const HARM_TARGETS: ReadonlySet<SubEventType> = new Set(['Attack', 'Abduction/forced disappearance', 'Sexual violence', 'Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade', 'Chemical weapon', 'Air/drone strike', 'Shelling/artillery/missile attack']);

/** The second side of an attack or bombing: a crowd it struck is the civilians (the template given), not protesters. */
export function crowdStruck(sentence: string, sub: SubEventType, actor2: EventActor | null, civilians: EventActor['actor']): EventActor | null {
  if (!actor2?.mention || actor2.actor.kind !== 'protesters' || !HARM_TARGETS.has(sub) || !CROWD_WORD.test(actor2.mention.text) || PROTEST_WORDS.test(sentence)) return actor2;
  return { actor: civilians, mention: actor2.mention };
}
