import type { DateValue } from '../../model/date-value.ts';
import { addDays } from '../../model/date-value.ts';
import type { Document, EventActor, PlaceMention } from '../../model/document.ts';
import { eventTypeOf, type SubEventType } from '../../model/taxonomy.ts';
import { distanceKm } from '../../geo/gazetteer.ts';
import { mergedPlace } from './merged-place.ts';
import { forceKilledSomeone } from './attacker-killed.ts';
import { mayBeBomber } from './bomber-taken.ts';
import { firedAndStopped } from './coref.ts';
import { separateByAlsoOnly } from './also-told.ts';
import { namesMeans, retells, retoldByTarget, retoldEvent, vaguerTelling } from './retelling.ts';
import { attribute, CROWD_KINDS, distinctSides, OWN_DATE, sameForce, type Candidate } from './candidate.ts';
import { bareVictim, provincesApart, sameStateSide, wholeArticle } from './tellings.ts';
import { meansTypesToll, tollOfMeans } from './told-means.ts';
import { retoldByAttacker } from './definite-attacker.ts';
import { upToTheStatement } from './clause-dates.ts';

/**
 * Unknown matches anything; a faction matches its parent organisation; given the event's country (whole articles),
 * one state's side matches however told.
 */
export function sameActor(a: EventActor | null, b: EventActor | null, state?: { country: string | null }): boolean {
  if (!a || !b) return true;
  const x = a.actor;
  const y = b.actor;
  if (x.id === y.id || x.name === y.name || x.parent === y.id || y.parent === x.id) return true;
  // "Military Forces of Iraq (2014-)" and "Iraqi troops", "Syria" and "the Syrian army": one state's side (tellings.ts)
  if (state && sameStateSide(x, y, state.country)) return true;
  // an actor the text implies but does not name ("were detained": the police) may be any named actor of its kind
  if ((!a.mention || !b.mention) && x.inter === y.inter) return true;
  // "gunmen", "a suicide bomber", or civilians no word names: a guess at who, which a named side on the same day and place
  // ("Islamic State claimed the bombing") tells; the two tellings are one event
  if (x.kind === 'unknown' || y.kind === 'unknown' || (!a.mention && x.kind === 'civilians') || (!b.mention && y.kind === 'civilians')) return true;
  // "Protesters (Palestine)" named by the actors stage and the conventional "Protesters ({country})" are one crowd
  return !!x.kind && x.kind === y.kind && CROWD_KINDS.has(x.kind) && (!x.country || !y.country || x.country === y.country);
}


/** One and the same day, told to the day: not the day after, nor a span two tellings already joined. */
function sameDay(a: DateValue | null, b: DateValue | null): boolean {
  return !!a && !!b && a.precision === 1 && b.precision === 1 && a.earliest === b.earliest;
}

/** One named place: the same gazetteer entry (or the same name where the gazetteer abstained). */
function samePlace(a: PlaceMention | null, b: PlaceMention | null): boolean {
  if (!a?.place || !b?.place) return !a?.place && !b?.place;
  return a.place.geonameid !== null ? a.place.geonameid === b.place.geonameid : a.place.name === b.place.name;
}

/** The sides of a battle, in either order: "IS attacked the SDF" and "the SDF fought IS" tell one clash. */
function sameSides(o: Candidate, c: Candidate, article: boolean): boolean {
  // compared as finish() will write them: a target that repeats the attacker is no target ("attackers … the attackers")
  const [o1, o2] = distinctSides(o);
  const [c1, c2] = distinctSides(c);
  const country = o.place?.place?.countryCode || c.place?.place?.countryCode || null;
  // "killed 12 people" … "killed 12 Taliban fighters" on one day: victims told only as people are the ones another
  // telling names (strikes on consecutive days that killed people and fighters stay two)
  const day = sameDay(o.date, c.date);
  // (a note or a CASE snippet tells one event: its sides are compared as they always were)
  const same = (a: EventActor | null, b: EventActor | null) => sameActor(a, b, article ? { country } : undefined) || (article && day && !!a && !!b && (bareVictim(a, b) || bareVictim(b, a)));
  return (same(o1, c1) && same(o2, c2)) || (eventTypeOf(o.sub) === 'Battles' && same(o1, c2) && same(o2, c1));
}

/** Whether an actor is the one already coded on the other side of the event (by id, or as the same state force). */
function onOtherSide(a: EventActor | null, other: EventActor | null): boolean {
  return !!a && !!other && !CROWD_KINDS.has(a.actor.kind ?? '') && (a.actor.id === other.actor.id || sameForce(a.actor, other.actor, null));
}

/** Overlapping, or on consecutive days (fighting "on Thursday … into Friday"). */
export function datesOverlap(a: DateValue | null, b: DateValue | null): boolean {
  if (!a || !b) return true;
  return a.earliest <= addDays(b.latest, 1) && b.earliest <= addDays(a.latest, 1);
}

/**
 * The time a telling gives its event, as finish() will write it: a day that is only a statement's ("accused Russia on
 * Tuesday of shielding Syria from blame for a deadly gas attack") dates the event in the week up to it, so the lead that
 * names the attack by the accusation's day and the body's "April 4 sarin attack" are one event, not two days apart.
 */
function toldWhen(c: Candidate): DateValue | null {
  return c.statementDay && c.date ? upToTheStatement(c.date) : c.date;
}

/** The dead each telling counts, where both count them: two different tolls are two events ("killing eleven" on Monday, "killing three" told on Wednesday). */
function tollsDiffer(a: Candidate, b: Candidate): boolean {
  const ka = a.claims.find((k) => k.what === 'killed');
  const kb = b.claims.find((k) => k.what === 'killed');
  return !!ka && !!kb && (ka.low !== kb.low || ka.high !== kb.high);
}

/** Whether two tellings' times meet, a statement's day read as the week up to it unless their tolls tell them apart. */
function timesMeet(a: Candidate, b: Candidate): boolean {
  return tollsDiffer(a, b) ? datesOverlap(a.date, b.date) : datesOverlap(toldWhen(a), toldWhen(b));
}

export function placesCompatible(a: PlaceMention | null, b: PlaceMention | null): boolean {
  if (!a?.place || !b?.place) return true;
  if (a.place.geonameid !== null && a.place.geonameid === b.place.geonameid) return true;
  return distanceKm(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude) <= 30 || a.place.precision === 3 || b.place.precision === 3;
}

/**
 * One event told in other words keeps its event type ("twin explosions" … "the truck bombing"), but strategic
 * developments share a type without being one kind of event: a capture is not a group's founding.
 */
function sameKindOfEvent(a: SubEventType, b: SubEventType): boolean {
  // a gas attack is told by its agent, never as a blast or a strike: an explosion told beside it is another event, most
  // often the strike that answered it ("the nerve gas attack which prompted the U.S. missile strike")
  if ((a === 'Chemical weapon') !== (b === 'Chemical weapon')) return false;
  return eventTypeOf(a) === eventTypeOf(b) && (a === b || eventTypeOf(a) !== 'Strategic developments');
}

/**
 * A missile fired and the interception that stopped it, told at one named place and time ("intercepted a ballistic
 * missile fired towards Riyadh … The missile was brought down on Saturday"): the firer of the one is the side whose
 * weapon the other stopped.
 */
function interceptedMissile(doc: Document, o: Candidate, c: Candidate): boolean {
  if (!o.place?.place || !c.place?.place) return false;
  const textOf = (x: Candidate) => x.sentences.map((i) => doc.text.slice(doc.sentences[i].start, doc.sentences[i].end)).join(' ');
  if (!firedAndStopped(o.sub, c.sub, (w) => textOf(w === 'a' ? o : c))) return false;
  const [fired, stopped] = o.sub === 'Disrupted weapons use' ? [c, o] : [o, c];
  return sameActor(fired.actor1, stopped.actor2);
}

/** Sub-event types that name how an attack was made: the weapon, which the bare word "attack" leaves open. */
const MEANS = new Set<SubEventType>(['Suicide bomb', 'Remote explosive/landmine/IED', 'Air/drone strike', 'Grenade', 'Shelling/artillery/missile attack']);
/** The bare attack words of the "attack-on-armed" rule: an attack of no told kind ("an attack on a police station"). */
const BARE_ATTACK = /^(?:attack|assault)/i;

/**
 * An attack the lead tells only as "an attack" (typed an armed clash or attack for want of a weapon) and a later sentence
 * that tells its weapon on the same side ("two of the fighters … blew themselves up", "a motorcycle-borne IED was
 * detonated next to their patrol"): one event, of the weapon's type. ACLED types a compound attack by its most
 * specific means (a suicide attack with guns is a suicide bomb). Both tellings name one side the same, so two attacks
 * of one story on different targets stay two.
 */
function meansOfAttack(doc: Document, o: Candidate, c: Candidate): boolean {
  if (!MEANS.has(c.sub) || (o.sub !== 'Armed clash' && o.sub !== 'Attack') || o.trigger.rule.id !== 'attack-on-armed') return false;
  if (!BARE_ATTACK.test(doc.text.slice(o.trigger.start, o.trigger.end))) return false;
  const same = (a: EventActor | null, b: EventActor | null) => !!a?.mention && !!b?.mention && a.actor.id === b.actor.id;
  // two attackers named apart ("Taliban insurgents attacked a police post … the suicide bombing claimed by Islamic State
  // at the police post") are two attacks on one target, not one attack and its means
  if (o.actor1?.mention && c.actor1?.mention && !same(o.actor1, c.actor1) && !sameForce(o.actor1.actor, c.actor1.actor, null)) return false;
  if (same(o.actor1, c.actor1) || same(o.actor2, c.actor2)) return true;
  // "The third blew himself up later as reinforcements arrived": the weapon told in the next sentences, naming no
  // attacker and no other target, is the attack's own
  const unnamed = (a: EventActor | null) => !a?.mention;
  return unnamed(c.actor1) && (unnamed(c.actor2) || same(o.actor2, c.actor2)) && c.sentences[0] > Math.max(...o.sentences) && c.sentences[0] <= Math.max(...o.sentences) + 2;
}

/** Sentences of one report that tell the same event (same type, actors, place and time) become one event. */
export function mergeCandidates(doc: Document, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // a note or a brief tells one event: only a whole article's tellings are kept apart by their provinces
  const article = wholeArticle(doc);
  // the places of every telling merged into an event: "operations in Istanbul … in the province of Adana" stay two
  // events though the lead that first told them named only Turkey
  const placesTold = new Map<Candidate, (PlaceMention | null)[]>();
  for (const c of cands) {
    // one time and place: the same day or the next, one place or one inside the other, not two provinces
    const fits = (o: Candidate, dated: boolean): boolean =>
        o.historical === c.historical &&
        (!dated || timesMeet(o, c)) &&
        placesCompatible(o.place, c.place) &&
        !(article && (placesTold.get(o) ?? [o.place]).some((p) => provincesApart(p, c.place)));
    const tells = (o: Candidate, dated: boolean): boolean =>
        fits(o, dated) &&
        // one event told in the lead and again in the body, in other words ("twin explosions" … "the truck bombing")
        ((sameKindOfEvent(o.sub, c.sub) && sameSides(o, c, article)) ||
          interceptedMissile(doc, o, c) ||
          // "… the attackers targeted a checkpoint": a definite attacker with no day of its own retells the attack (definite-attacker.ts)
          retoldByAttacker(doc, o, c) ||
          meansOfAttack(doc, o, c) ||
          // "Army kills 31 terrorists" … "warplanes … killing 31 terrorists": a bare toll and its weapon (told-means.ts)
          tollOfMeans(doc, o, c) ||
          // "two drone strikes killed 11 … 11 were killed in today's attacks": a bare event noun names the event already told, of whatever type
          (c.generic && !o.generic) ||
          // "the rebels had been driven from the province": same battle told from the losing side
          (eventTypeOf(o.sub) === 'Battles' && eventTypeOf(c.sub) === 'Battles' && !c.actor1 && !!c.actor2 && o.actor2?.actor.id === c.actor2.actor.id) ||
          // one riot told again: its rioters are one crowd, whoever the telling names on the other side (police that
          // dispersed them, or no one)
          (eventTypeOf(o.sub) === 'Riots' && eventTypeOf(c.sub) === 'Riots' && (!o.actor2 || !c.actor2 || o.actor2.actor.inter === 1 || c.actor2.actor.inter === 1)));
    // "the gas attack", "before the attack" with no date of its own names the event the story told, whatever day it was:
    // a date lent by the lead or a reaction is no reason to make it another
    // … and the other way round in a whole article: "Somalia's deadliest truck bombing" in the lead, dated only by the
    // story, is the one a later sentence tells with its own day ("the twin explosions that hit Mogadishu on Saturday"),
    // if of its very sub-event type ("the fall of Hawija" is not the offensive "launched on Sept. 21")
    // "The car bomb also wounded 56 people": a telling marked only by "also" joins the very same event, or the one it names again (also-told.ts)
    const alsoOnly = c.separate && article && separateByAlsoOnly(doc, c);
    // "the assault on the checkpoint": the event that introduced that target, wherever the story's dateline placed the
    // re-mention (a place of the re-mention's own sentence must still agree)
    const ownPlace = !!c.place && c.place.sentence === c.sentences[0];
    const byTarget = article && (!c.separate || alsoOnly) ? retoldByTarget(doc, out.filter((o) => o.historical === c.historical && datesOverlap(o.date, c.date) && (!ownPlace || fits(o, true))), c, (a, b) => sameActor(a, b, { country: c.place?.place?.countryCode ?? null })) : undefined;
    const told = byTarget ? undefined : c.separate
      ? (alsoOnly ? out.find((o) => fits(o, true) && o.sub === c.sub && sameSides(o, c, article) && samePlace(o.place, c.place) && sameDay(o.date, c.date)) : undefined)
      : (out.find((o) => tells(o, true)) ??
        (c.definite && c.dateRank < OWN_DATE ? out.find((o) => tells(o, false)) : undefined) ??
        (article && c.dateRank === OWN_DATE ? out.find((o) => o.definite && o.dateRank < OWN_DATE && o.sub === c.sub && tells(o, false)) : undefined));
    // "a suicide bomber blew himself up … the assault on the station": a definite re-mention of a compatible type, or of
    // the event's target, at its time and place (retelling.ts)
    const retold = byTarget ?? (!told && article && (!c.separate || alsoOnly) ? retoldEvent(doc, out.filter((o) => fits(o, true)), c, (a, b) => sameActor(a, b, { country: c.place?.place?.countryCode ?? null })) : undefined);
    const target = told ?? retold;
    if (!target) {
      out.push({ ...c, sentences: [...c.sentences], claims: [...c.claims], context: [...c.context], assoc1: [...c.assoc1] });
      continue;
    }
    // the interception told after the missile: the event is ACLED's disrupted weapons use, with its sides
    if (c.sub === 'Disrupted weapons use' && target.sub !== c.sub && interceptedMissile(doc, target, c)) {
      const firer = target.actor1;
      Object.assign(target, { sub: c.sub, trigger: c.trigger, actor1: c.actor1, actor2: c.actor2 ?? firer });
    }
    // "carried out an attack on a police station … fired shots before blowing themselves up": the attack is the bombing
    if (meansOfAttack(doc, target, c) || meansTypesToll(doc, target, c)) Object.assign(target, { sub: c.sub, trigger: c.trigger });
    // "the attack" told first, "the suicide bombing" after: the event keeps the more specific type (lexicons/event-retellings.jsonl)
    else if (article && namesMeans(doc, c) && vaguerTelling(target.sub, c.sub) && retells(doc, target, c, () => true)) Object.assign(target, { sub: c.sub, trigger: c.trigger });
    if (!placesTold.has(target)) placesTold.set(target, [target.place]);
    placesTold.get(target)!.push(c.place);
    target.sentences.push(...c.sentences);
    target.claims.push(...c.claims);
    target.context.push(...c.context);
    if (c.attributed) attribute(target, c.attributed);
    // "gunmen" in the lead, "Islamic State said its fighter …" later: the named side is who it was
    // (never a force that shot someone, most often the attacker: attacker-killed.ts)
    // (a retelling's sides are told from another angle, "clashed with police officers" of the bombing of their station:
    // it lends none, only the claim that names who did it)
    // (nor a state force, as the bomber of a suicide bombing: bomber-taken.ts)
    const lends = !retold && !forceKilledSomeone(doc, c) && mayBeBomber(target.sub, c.actor1);
    // (… never the side the event struck: "gunmen attacked Afghan soldiers … Afghan soldiers fought back" keeps the gunmen)
    if (lends && target.actor1?.actor.kind === 'unknown' && c.actor1 && c.actor1.actor.kind !== 'unknown' && c.actor1.actor.kind !== 'civilians' && !onOtherSide(c.actor1, target.actor2)) target.actor1 = c.actor1;
    // a side the other telling leaves open is filled, but never by the actor already on the other side: "missiles on
    // Taliban hideouts" … "no militants were in the area when the drones struck" names the target twice, not its attacker
    if (lends && !target.actor1 && !onOtherSide(c.actor1, target.actor2)) target.actor1 = c.actor1;
    if (!retold && !target.actor2 && !onOtherSide(c.actor2, target.actor1)) target.actor2 = c.actor2;
    // (a retelling placed only by the story's dateline or the sentence before says nothing of where the event was)
    if (!retold || ownPlace) target.place = mergedPlace(doc, target.place, c.place);
    // a date the event's own words give outranks one it only took from the story (the lead's day, a reaction's week),
    // however precise: "a chemical weapons attack earlier this week" is not made Friday's by a later undated "used chemical weapons"
    if (c.date && target.date && c.dateRank !== target.dateRank) {
      if (c.dateRank > target.dateRank) Object.assign(target, { date: c.date, statementDay: c.statementDay, dateRank: c.dateRank });
    } else if (c.date && target.date && target.statementDay !== c.statementDay && c.date.precision <= 2 && target.date.precision <= 2) {
      // a day the event's own words give outranks the day a statement about it was made
      if (target.statementDay) Object.assign(target, { date: c.date, statementDay: false });
    } else if (c.date && (!target.date || c.date.precision < target.date.precision)) Object.assign(target, { date: c.date, statementDay: c.statementDay });
    else if (c.date && target.date && c.date.precision === target.date.precision && c.date.precision <= 2 && (c.date.earliest !== target.date.earliest || c.date.latest !== target.date.latest)) {
      // the same event told on two consecutive days spans both
      const earliest = c.date.earliest < target.date.earliest ? c.date.earliest : target.date.earliest;
      const latest = c.date.latest > target.date.latest ? c.date.latest : target.date.latest;
      target.date = { ...target.date, earliest, latest, precision: earliest === latest ? 1 : 2 };
    }
    target.score += c.score / 2;
  }
  return out;
}
