import type { Actor } from '../../model/actor.ts';
import type { SubEventType } from '../../model/taxonomy.ts';
import type { TriggerHit } from './triggers.ts';

// (who took territory, read from the clause's subject where the actors left it open)
export { stateTaker } from './state-taker.ts';
// (suicide words that name a person a force took or fought: bomber-taken.ts)
export { bomberFought, bomberTaken } from './bomber-taken.ts';
// (the killed is an armed group's leader: armed-victim.ts)
export { armedVictim } from './armed-victim.ts';
// (a weapons test or launch is no event: weapons-test.ts)
export { weaponsTest } from './weapons-test.ts';

/** Ties go to the more specific sub-event type: a suicide bombing is also an explosion. */
const PRIORITY: readonly SubEventType[] = [
  'Chemical weapon',
  'Suicide bomb',
  'Sexual violence',
  'Disrupted weapons use',
  'Air/drone strike',
  'Remote explosive/landmine/IED',
  'Shelling/artillery/missile attack',
  'Grenade',
  'Excessive force against protesters',
  'Protest with intervention',
  'Violent demonstration',
  'Mob violence',
  'Peaceful protest',
  'Abduction/forced disappearance',
  'Non-violent transfer of territory',
  'Government regains territory',
  'Non-state actor overtakes territory',
  'Attack',
  'Armed clash',
  'Arrests',
  'Looting/property destruction',
  'Agreement',
  'Headquarters or base established',
  'Change to group/activity',
  'Other',
];
const RANK = new Map(PRIORITY.map((s, i) => [s, i]));

export interface SubScore {
  readonly sub: SubEventType;
  readonly score: number;
  /** The strongest words for this sub-event type: the event's trigger. */
  readonly hit: TriggerHit;
}

/** Sums trigger weights per sub-event type; a rule counts once per sentence, repeats add a little. */
export function scoreHits(hits: readonly TriggerHit[]): SubScore[] {
  const byRule = new Map<string, { hit: TriggerHit; n: number }>();
  for (const h of hits) {
    const prev = byRule.get(h.rule.id);
    if (prev) prev.n++;
    else byRule.set(h.rule.id, { hit: h, n: 1 });
  }
  const bySub = new Map<SubEventType, { score: number; hit: TriggerHit }>();
  for (const { hit, n } of byRule.values()) {
    const s = hit.rule.weight * (hit.scale ?? 1) * (1 + 0.25 * Math.min(n - 1, 2));
    const prev = bySub.get(hit.rule.sub);
    if (!prev) bySub.set(hit.rule.sub, { score: s, hit });
    else {
      prev.score += s;
      if (hit.rule.weight * (hit.scale ?? 1) > prev.hit.rule.weight * (prev.hit.scale ?? 1)) prev.hit = hit;
    }
  }
  return [...bySub.entries()]
    .map(([sub, v]) => ({ sub, score: v.score, hit: v.hit }))
    .sort((a, b) => b.score - a.score || (RANK.get(a.sub) ?? 99) - (RANK.get(b.sub) ?? 99));
}

const PROTEST_FAMILY = new Set<SubEventType>(['Peaceful protest', 'Violent demonstration', 'Mob violence']);
const CROWD_WORDS = new Set<SubEventType>(['Armed clash', 'Arrests', 'Change to group/activity']);

/**
 * Picks the sub-event type from the scored triggers and the sentence's cues. The rules
 * encode the ACLED codebook's distinctions that single words cannot make: a protest
 * with intervention, a riot that is or is not a demonstration, who took territory.
 */
export function chooseSubType(scores: readonly SubScore[], cues: ReadonlySet<string>): SubScore | null {
  if (scores.length === 0) return null;
  const get = (s: SubEventType) => scores.find((x) => x.sub === s);
  const protest = get('Peaceful protest');
  const riot = get('Violent demonstration');
  const mob = get('Mob violence');
  const tagged = cues.has('protest-tag');
  const top = scores[0];
  const protestWeight = (protest?.score ?? 0) + (riot?.score ?? 0) + (tagged ? 6 : 0);
  // Crowd words ("clashed with", "arrested") also occur in protest reports; they compete at half weight.
  const rival = scores.filter((s) => !PROTEST_FAMILY.has(s.sub)).reduce((m, s) => Math.max(m, CROWD_WORDS.has(s.sub) ? s.score / 2 : s.score), 0);
  // "protested against rape/killings/shelling": the violence is the protest's subject, not an event of this report
  const topical = cues.has('protest-topic') && (protest || tagged) ? rival : 0;
  // "Troops shot dead three demonstrators": the killing words outweigh the crowd's, but whom they killed makes it force
  // against a protest (ACLED), whatever the rival's weight. Not when the sentence itself tells a riot ("protested,
  // throwing stones"): force against rioters is a violent demonstration's other side
  if ((protest || tagged) && !riot && cues.has('lethal-force')) return { sub: 'Excessive force against protesters', score: Math.max(protestWeight, rival), hit: (protest ?? top).hit };
  if ((protest || riot || tagged) && protestWeight + topical >= rival) {
    const hit = (protest ?? riot ?? mob ?? top).hit;
    const violent = !!riot || cues.has('violent-crowd');
    if (violent) {
      // A riot within a demonstration is a violent demonstration; rioters clashing with forces
      // or with each other, with no demonstration, are mob violence (ACLED codebook).
      if (protest || tagged) return { sub: protest ? 'Violent demonstration' : mob || cues.has('violent-crowd') ? 'Mob violence' : 'Violent demonstration', score: protestWeight, hit: riot?.hit ?? hit };
      return { sub: mob || cues.has('violent-crowd') ? 'Mob violence' : 'Violent demonstration', score: protestWeight, hit: riot?.hit ?? hit };
    }
    if (cues.has('intervention')) return { sub: 'Protest with intervention', score: protestWeight, hit };
    if (protest) return { sub: 'Peaceful protest', score: protestWeight, hit };
  }
  if (mob && top.sub === 'Mob violence') return mob;
  let best = scores.find((s) => !PROTEST_FAMILY.has(s.sub)) ?? top;
  // "clashed … after the latter killed a man", "a shoot-out … a man was shot": explicit two-sided fighting is a clash
  const clash = scores.find((s) => s.sub === 'Armed clash');
  if (best.sub === 'Attack' && clash && isMutual(clash)) best = clash;
  best = explosiveMeans(scores, best, cues);
  if (best.sub === 'Non-state actor overtakes territory' && cues.has('peaceful')) return { ...best, sub: 'Non-violent transfer of territory' };
  // "an operation aimed at capturing the town": an offensive, not (yet) a change of control
  if (best.sub === 'Non-state actor overtakes territory' && cues.has('attempt')) return { ...best, sub: 'Armed clash' };
  return best;
}

const EXPLOSIVES: readonly SubEventType[] = ['Suicide bomb', 'Remote explosive/landmine/IED'];

/**
 * "Militants attacked an army patrol with a roadside bomb and killed three soldiers": the attack and killing words add up
 * past the bomb's, yet the bomb is how the one-sided attack was made (ACLED codes the means). A clash or attack yields to
 * a bombing told in the same sentence unless the sentence tells two-sided fighting ("clashed", "a gun battle"), and to
 * an explosive device named as the attack's means ("attacked the checkpoint with explosives"). The device must be named:
 * "an explosion was heard" during an assault tells no bombing.
 */
function explosiveMeans(scores: readonly SubScore[], best: SubScore, cues: ReadonlySet<string>): SubScore {
  if ((best.sub !== 'Armed clash' && best.sub !== 'Attack') || cues.has('rule-two-sided') || !cues.has('rule-bomb-device')) return best;
  const bomb = scores.find((s) => EXPLOSIVES.includes(s.sub) && (s.hit.scale ?? 1) >= 1);
  if (bomb) return bomb;
  if (cues.has('rule-explosive-means')) return { ...best, sub: 'Remote explosive/landmine/IED' };
  return best;
}

/**
 * Refines the choice once the actors are known: who acted decides between an arrest and
 * an abduction and between a government's and a non-state actor's territorial gain;
 * an armed clash whose target is civilians is an attack.
 */
/**
 * Words of two-sided fighting (the "clash" rule), as opposed to one side's attack; an aircraft shot down ("aircraft-downed")
 * is fire exchanged between two armed sides (ACLED codes it as an armed clash), whoever was on board.
 */
export function isMutual(s: SubScore): boolean {
  return s.hit.rule.id === 'clash' || s.hit.rule.id === 'aircraft-downed';
}

export function refineByActors(sub: SubEventType, actor1: Actor | null, actor2: Actor | null, cues: ReadonlySet<string>, mutual = false): SubEventType {
  const state1 = actor1 !== null && (actor1.inter === 1 || actor1.kind === 'state');
  const civ2 = actor2?.kind === 'civilians' || actor2?.inter === 7;
  switch (sub) {
    case 'Non-state actor overtakes territory':
    case 'Government regains territory':
      // "The militants were driven out of Mogadishu": a non-state group that lost ground to an unnamed side lost it to the government
      return state1 || (!actor1 && actor2 !== null && actor2.inter >= 2 && actor2.inter <= 4) ? 'Government regains territory' : 'Non-state actor overtakes territory';
    case 'Arrests':
      // only armed men (rebels, militias, rioters) who seize people abduct them; "people familiar with his detention",
      // "protesters taken into custody": civilians or protesters the roles put first are never the arrester, and an
      // arrest of theirs is the state's own (or no event), not a kidnapping
      return actor1 && !state1 && actor1.inter >= 2 && actor1.inter <= 5 ? 'Abduction/forced disappearance' : 'Arrests';
    case 'Abduction/forced disappearance':
      return 'Abduction/forced disappearance';
    case 'Armed clash':
      if (!mutual && (civ2 || (!actor2 && cues.has('civilian-victim')))) return 'Attack';
      return sub;
    default:
      return sub;
  }
}
