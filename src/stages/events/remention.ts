import type { Document } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import type { Candidate } from './candidate.ts';
import { placesCompatible } from './merge.ts';
import { namesAnotherTarget } from './retelling.ts';

/** "that attack", "the checkpoint attack", "Sunday's deadly bombing": a determiner and at most two words before the event noun. */
const ANAPHOR_BEFORE = /(?:\b(?:that|this|these|those|the same|the|its|their|such)|'s|’s)\s+(?:[\w.-]+\s+){0,2}$/i;
const EVENT_NOUN = /^(?:attacks?|assaults?|strikes?|air ?strikes?|raids?|bombings?|blasts?|explosions?|incidents?|killings?|shootings?|violence|massacre|operation|offensive)$/i;

/** Event nouns that say something happened but not what: their sub-event type is the rules' default guess. */
const GENERIC_EVENT_NOUN = /^(?:attacks?|assaults?|strikes?|incidents?|killings?|violence|operations?)$/i;
/** A determiner or possessive before it makes such a noun name an event already known ("the attacks", "Tuesday's attacks"; some wire copy drops the apostrophe). */
export const DEFINITE_BEFORE = /(?:\b(?:that|this|these|those|the same|the|its|their|both|all)|\w(?:'s|’s| s))\s+(?:[\w.-]+\s+){0,2}$/i;

/** "in Tuesday's attacks", "the strikes": a bare, definite event noun, which names an event the story has told ("an attack" is a new one). */
export function namesToldEvent(text: string, hit: Span): boolean {
  return GENERIC_EVENT_NOUN.test(text.slice(hit.start, hit.end)) && DEFINITE_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start));
}

/** Whether a candidate's trigger is a definite event noun naming the earlier event again ("that attack", "the blast"). */
export function refersBack(doc: Document, cand: Candidate, last: Candidate, earlier: readonly Candidate[]): boolean {
  const words = doc.text.slice(cand.trigger.start, cand.trigger.end);
  if (!EVENT_NOUN.test(words)) return false;
  if (!ANAPHOR_BEFORE.test(doc.text.slice(Math.max(0, cand.trigger.start - 40), cand.trigger.start))) return false;
  return (placesCompatible(cand.place, last.place) || !cand.place?.place) && !namesAnotherTarget(doc, cand, last, earlier);
}
