import type { Actor } from '../../model/actor.ts';
import type { ActorMention } from '../../model/document.ts';
import { COUNTRY_PLACEHOLDER } from '../actors/generic.ts';
import { withoutPeriod } from './periods.ts';
import { isParty } from './roles.ts';

// Why: a battle has two sides (news gold TRAIN: 149 of 150 battles code both), but wire copy often names one side in
// the event's clause and the other only elsewhere ("The SDF captured the stadium on Sunday"; "the battle for Raqqa,
// Islamic State's headquarters"). Left blank, the event is wrong against the gold whatever else is right. The article's
// most-named armed actor other than the known side, and never the known side's backer or ally, is that other side.

/** Inter codes of organised armed actors: state forces, rebels, political and identity militias, external forces. */
const ARMED: ReadonlySet<number> = new Set([1, 2, 3, 4, 8]);

/** One side, under another name: the same id, a faction of it, or the same force with and without its period. */
function sameSide(a: Actor, b: Actor, eventCountry: string | null): boolean {
  if (a.id === b.id || a.parent === b.id || b.parent === a.id) return true;
  if (withoutPeriod(a.name) === withoutPeriod(b.name)) return true;
  // a state's forces are one side against a battle's enemy, whichever branch the words name ("troops", "police"); a force
  // the words leave without a country ("Police Forces of {country}") is the event country's
  const home = (x: Actor) => x.country ?? (x.name.includes(COUNTRY_PLACEHOLDER) ? eventCountry : null);
  return a.inter === 1 && b.inter === 1 && !!home(a) && home(a) === home(b);
}

/**
 * A force from outside the event's country: a coalition, or another state's military. In wire copy such forces are far
 * more often a side's backer, or a government that comments, than the side fought (news gold TRAIN: 3 of 67 battles).
 */
function foreign(a: Actor, eventCountry: string | null): boolean {
  return a.inter === 8 || a.kind === 'coalition' || (a.inter === 1 && !!a.country && !!eventCountry && a.country !== eventCountry);
}

/** An armed actor the article names as a party, inside the event's country: a side a battle there may have. */
function armedSide(m: ActorMention, eventCountry: string | null): boolean {
  const a = m.actor;
  if (!a || !(isParty(m) || m.holds) || !ARMED.has(a.inter) || foreign(a, eventCountry)) return false;
  // ("gunmen", "militants": a word that names no group is no side the article names; "troops", "police" are the country's)
  return a.inter === 1 || !a.name.includes(COUNTRY_PLACEHOLDER);
}

/** The mentions that pass, counted by actor (a force with and without its period is one), most-named first. */
function ranked(mentions: readonly ActorMention[], keep: (m: ActorMention) => boolean): { first: ActorMention; n: number }[] {
  const counts = new Map<string, { first: ActorMention; n: number }>();
  for (const m of mentions) {
    if (!keep(m)) continue;
    const key = withoutPeriod(m.actor!.name);
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { first: m, n: 1 });
  }
  return [...counts.values()].sort((x, y) => y.n - x.n || x.first.start - y.first.start);
}

/** The most-named, unless two are named equally often (a guess between them would be a coin toss). */
function mostNamed(list: readonly { first: ActorMention; n: number }[]): ActorMention | null {
  if (list.length === 0 || (list.length > 1 && list[1].n === list[0].n)) return null;
  return list[0].first;
}

/**
 * The article's armed actor that stands against `known` in a battle whose clause names only `known`, or null when the
 * article names none, or names two equally often.
 * A mention counts when it names a party (not a monitor, not a reporter's source) and is not `known`'s backer
 * ("U.S.-backed SDF": the United States fights on the SDF's side).
 */
export function battleOpponent(mentions: readonly ActorMention[], known: Actor, eventCountry: string | null, isHelper: (m: ActorMention) => boolean = () => false): ActorMention | null {
  // civilians, protesters: no side of a battle, so nothing to stand against
  if (!ARMED.has(known.inter)) return null;
  const backers = new Set(mentions.filter((m) => m.actor && m.backedBy && sameSide(m.actor, known, eventCountry)).map((m) => m.backedBy!));
  return mostNamed(ranked(mentions, (m) => {
    if (!armedSide(m, eventCountry)) return false;
    const a = m.actor!;
    // an unnamed armed group ("gunmen") is told fighting the state's forces; two jihadist groups of one story are far
    // more often one camp (a faction and its parent, allies) than two sides
    if ((known.kind === 'unknown' && a.inter !== 1) || (known.kind === 'jihadist' && a.kind === 'jihadist')) return false;
    return !(sameSide(a, known, eventCountry) || backers.has(a.id) || m.backedBy === known.id || isHelper(m));
  }));
}

/**
 * Both sides of a battle whose sentences name neither ("the battle for Raqqa is drawing to an end", "fighting destroyed
 * the city"): the article's most-named armed actor and its opponent, the state's forces first (ACLED's actor1 is the
 * side that acted; against a state, the story rarely says which); null unless the article names both.
 */
export function storySides(mentions: readonly ActorMention[], eventCountry: string | null, isHelper: (m: ActorMention, side: Actor) => boolean = () => false): [ActorMention, ActorMention] | null {
  const first = mostNamed(ranked(mentions, (m) => armedSide(m, eventCountry) && m.actor!.kind !== 'unknown'));
  if (!first) return null;
  const second = battleOpponent(mentions, first.actor!, eventCountry, (m) => isHelper(m, first.actor!));
  if (!second) return null;
  return second.actor!.inter === 1 && first.actor!.inter !== 1 ? [second, first] : [first, second];
}
