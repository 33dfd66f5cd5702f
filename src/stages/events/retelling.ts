/**
 * Event coreference inside one article (issue 10: one real event is one record, with every evidence span). A story
 * retells its main event several times (lead, body, toll, claim, reaction); a definite re-mention ("the attack", "the
 * blast", "those attacks") in a compatible retelling names the event already told, though the trigger's words alone
 * give another sub-event type ("a suicide bomber blew himself up … the assault on the station"). Which types may retell
 * which is data: lexicons/event-retellings.jsonl. merge.ts asks this beside its own checks of time and place.
 */
import { z } from 'zod';
import { loadJsonlLexicon, readShippedOnce } from '../../lexicons/load.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import type { Document, EventActor } from '../../model/document.ts';
import { SUB_EVENT_TYPES, type SubEventType } from '../../model/taxonomy.ts';
import type { Candidate } from './candidate.ts';

const sub = z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]);
const row = z.union([
  z.object({ nouns: z.string().min(1), why: z.string().min(1) }).strict(),
  z.object({ targets: z.string().min(1), why: z.string().min(1) }).strict(),
  z.object({ sub_event_type: sub, retells: z.array(sub).min(1), why: z.string().min(1) }).strict(),
]);

export interface Retellings {
  /** The last word of a trigger that, made definite, names an event told before. */
  readonly noun: RegExp;
  /** The head nouns of an attack's target a story names again ("a police station" … "the station"). */
  readonly target: RegExp;
  /** Vaguer type → the more specific types it may retell. */
  readonly vaguer: ReadonlyMap<SubEventType, ReadonlySet<SubEventType>>;
}

export const loadRetellings = readShippedOnce((dir: string): Retellings => {
  const rows = loadJsonlLexicon('event-retellings.jsonl', row, dir);
  const nouns = rows.flatMap((r) => ('nouns' in r ? [r.nouns] : []));
  const targets = rows.flatMap((r) => ('targets' in r ? [r.targets] : []));
  const vaguer = new Map<SubEventType, Set<SubEventType>>();
  for (const r of rows) if ('retells' in r) for (const s of r.retells) (vaguer.get(r.sub_event_type) ?? vaguer.set(r.sub_event_type, new Set()).get(r.sub_event_type)!).add(s);
  return { noun: lexiconRegExp(`^(?:${nouns.join('|') || '(?!)'})$`, 'i'), target: new RegExp(`^(?:${targets.join('|') || '(?!)'})$`, 'i'), vaguer };
});

/** Whether `general` is a vaguer telling of `specific` (the merged event keeps `specific`). */
export function vaguerTelling(general: SubEventType, specific: SubEventType, lex: Retellings = loadRetellings()): boolean {
  return lex.vaguer.get(general)?.has(specific) ?? false;
}

/** One type, or one a vaguer telling of the other. */
export function compatibleTypes(a: SubEventType, b: SubEventType, lex: Retellings = loadRetellings()): boolean {
  return a === b || vaguerTelling(a, b, lex) || vaguerTelling(b, a, lex);
}

/** Whether a candidate's trigger is a definite re-mention noun ("the blast", "Sunday's attack", "those attacks"). */
export function definiteRemention(doc: Document, c: Candidate, lex: Retellings = loadRetellings()): boolean {
  if (!c.definite) return false;
  const words = doc.text.slice(c.trigger.start, c.trigger.end).trim().split(/\s+/);
  return lex.noun.test(words[words.length - 1] ?? '');
}

/** Two sides the text names, and names as others: "Taliban" and "Islamic State" are not one attacker told twice. */
function named(a: EventActor | null): a is EventActor {
  return !!a?.mention && a.actor.kind !== 'unknown';
}
function sidesConflict(o: Candidate, c: Candidate, same: (a: EventActor, b: EventActor) => boolean): boolean {
  // the attacker, named in both and not the same (nor the other telling's target, a battle told from its other side)
  if (named(o.actor1) && named(c.actor1) && !same(o.actor1, c.actor1) && !(named(o.actor2) && same(o.actor2, c.actor1))) return true;
  // two armed targets named apart ("the attack on the army post" after an ambush of police); civilians told in
  // other words ("people", "worshippers") are one toll
  const armed = (a: EventActor) => a.actor.inter >= 1 && a.actor.inter <= 4;
  return named(o.actor2) && named(c.actor2) && armed(o.actor2) && armed(c.actor2) && !same(o.actor2, c.actor2) && !(named(o.actor1) && same(o.actor1, c.actor2));
}

/**
 * A later telling `c` names the earlier event `o` again: a definite re-mention noun, of the same type or one a vaguer
 * telling of the other, whose named sides do not contradict it. Time and place are merge.ts's checks (compatible dates,
 * one place or one inside the other); the text's own markers of another event ("another attack", "separately") keep
 * the candidate apart before this is asked.
 */
export function retells(doc: Document, o: Candidate, c: Candidate, same: (a: EventActor, b: EventActor) => boolean, lex: Retellings = loadRetellings()): boolean {
  if (o.generic || !(definiteRemention(doc, c, lex) || namesTargetAgain(doc, o, c, lex))) return false;
  if (!compatibleTypes(o.sub, c.sub, lex)) return false;
  return !sidesConflict(o, c, same);
}

/**
 * The earlier event a definite re-mention names, among those of its time and place: of its very type first ("the
 * airstrikes" after both a massacre and air raids names the raids), else the nearest told before it (a story retells
 * the event it has just told). None when no earlier event is a compatible retelling.
 */
export function retoldEvent(doc: Document, earlier: readonly Candidate[], c: Candidate, same: (a: EventActor, b: EventActor) => boolean, lex: Retellings = loadRetellings()): Candidate | undefined {
  const fit = earlier.filter((o) => retells(doc, o, c, same, lex));
  return fit.find((o) => o.sub === c.sub) ?? fit[fit.length - 1];
}

/**
 * Whether the re-mention names the means by a word before its noun ("the suicide bombing", "the air raid", "the car
 * bomb"), so its sub-event type is told rather than the trigger lexicon's guess for a bare noun ("the bombing" after
 * air raids is no roadside bomb): only then does the merged event take its type.
 */
export function namesMeans(doc: Document, c: Candidate): boolean {
  return doc.text.slice(c.trigger.start, c.trigger.end).trim().split(/\s+/).length >= 2;
}

// (the words after the determiner are looked ahead, not consumed: "the assault on the checkpoint" holds two phrases)
const INDEFINITE_TARGET = /\b(?:a|an)\s+(?=((?:[\w-]+\s+){0,2}[A-Za-z]+))/g;
const DEFINITE_TARGET = /\b(?:the|that|this)\s+(?=((?:[\w-]+\s+){0,2}[A-Za-z]+))/g;

/** "stations" and "station", "churches" and "church" are one noun. */
function singular(w: string): string {
  if (/(?:ches|shes|sses|uses)$/.test(w)) return w.slice(0, -2);
  return /[^su]s$/.test(w) ? w.slice(0, -1) : w;
}

/** The target nouns a text introduces ("a police station") or names again ("the al-Midan police station"), lower-cased. */
function targetNouns(text: string, re: RegExp, lex: Retellings): Set<string> {
  const out = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // every word of the phrase may be its head: "a police station in Damascus" is read up to "station"
    for (const w of m[1].split(/\s+/)) if (lex.target.test(w)) out.add(singular(w.toLowerCase()));
  }
  return out;
}

/**
 * "Two suicide bombers struck a police station in Damascus … four armed men assaulted the station": a telling whose
 * sentence names again, by a definite noun, the target the earlier event's first sentence introduced is a retelling
 * of it, whatever verb its trigger is (the type and sides are still checked by retells()).
 */
export function namesTargetAgain(doc: Document, o: Candidate, c: Candidate, lex: Retellings = loadRetellings()): boolean {
  const os = doc.sentences[o.sentences[0]];
  const cs = doc.sentences[c.sentences[0]];
  if (!os || !cs || cs.start <= os.start) return false;
  const introduced = targetNouns(doc.text.slice(os.start, os.end), INDEFINITE_TARGET, lex);
  if (!introduced.size) return false;
  for (const w of targetNouns(doc.text.slice(cs.start, cs.end), DEFINITE_TARGET, lex)) if (introduced.has(w)) return true;
  return false;
}

/**
 * "Taliban stormed a police checkpoint in Kunduz … a day after a suicide bombing in Kabul … the Taliban said they carried
 * out the assault on the checkpoint": a definite re-mention that names again the target of an earlier event, and not
 * of the event just told, retells the earlier one (index.ts would otherwise join it to the event just told).
 */
export function namesAnotherTarget(doc: Document, c: Candidate, last: Candidate, earlier: readonly Candidate[], lex: Retellings = loadRetellings()): boolean {
  return !namesTargetAgain(doc, last, c, lex) && earlier.some((o) => o !== last && namesTargetAgain(doc, o, c, lex));
}

/**
 * The one earlier event whose target a telling names again ("the assault on the checkpoint"), of a compatible type and
 * sides, among those `fit` allows; none when no event or several introduced that target. Asked before any other join,
 * as the target says which event is meant when a place lent from the story (a dateline, the sentence before) would not.
 */
export function retoldByTarget(doc: Document, earlier: readonly Candidate[], c: Candidate, same: (a: EventActor, b: EventActor) => boolean, lex: Retellings = loadRetellings()): Candidate | undefined {
  const fit = earlier.filter((o) => !o.generic && namesTargetAgain(doc, o, c, lex) && compatibleTypes(o.sub, c.sub, lex) && !sidesConflict(o, c, same));
  return fit.length === 1 ? fit[0] : undefined;
}
