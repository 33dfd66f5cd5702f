import type { PlaceMention, Sentence } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import type { TriggerHit } from './triggers.ts';

/**
 * "Eleven were arrested in the province of Adana and seven were arrested in the province of Izmir", "a man was swept up
 * in arrests in France, while a woman was detained in Switzerland": two clauses of one sentence, joined by "and",
 * "while" or a semicolon, that each tell an event of one type with its own place are two events (ACLED codes one
 * event per place). The sentence's event was built on one trigger; this finds the trigger of the other clause: one of
 * the same sub-event type with a clause joint between the two. Whether the two clauses name places apart is left to
 * placesApart, once the twin's event is built.
 */
const JOINT = /(?:,?\s+(?:and|while|whereas)\s+|;\s*)/i;

export function twinClauseHit(text: string, s: Sentence, hits: readonly TriggerHit[], chosen: TriggerHit): { hit: TriggerHit; joint: number } | null {
  const others = hits.filter((h) => h !== chosen && h.rule.sub === chosen.rule.sub && (h.end <= chosen.start || h.start >= chosen.end));
  for (const h of others) {
    if (h.start < s.start || h.end > s.end) continue;
    const from = h.start >= chosen.end ? chosen.end : h.end;
    const m = JOINT.exec(text.slice(from, h.start >= chosen.end ? h.start : chosen.start));
    if (m) return { hit: h, joint: from + m.index };
  }
  return null;
}

/**
 * Each clause names its own place: the place of the sentence's event before the joint and the twin's after it, or the
 * other way round (a twin whose clause names none took a place from elsewhere, the dateline's or the story's, and
 * tells nothing apart: "… capturing its last major city on one side of the border and Iraqi forces taking its last
 * substantial town on the other").
 */
export function ownClausePlaces(sentence: number, joint: number, chosen: Span, one: PlaceMention | null, two: PlaceMention | null): boolean {
  if (!one || !two || one.sentence !== sentence || two.sentence !== sentence) return false;
  const before = (m: Span) => m.end <= joint;
  return chosen.start < joint ? before(one) && !before(two) : !before(one) && before(two);
}

/**
 * Two places that cannot be one event's: in different countries, or in different first-level divisions of one (a
 * country alone is no division: "in Turkey … in Izmir" tells one place at two scales).
 */
export function placesApart(a: PlaceMention | null, b: PlaceMention | null): boolean {
  const p = a?.place;
  const q = b?.place;
  if (!p || !q || a!.demonym || b!.demonym) return false;
  if (p.countryCode && q.countryCode && p.countryCode !== q.countryCode) return true;
  return !!p.admin1 && !!q.admin1 && p.admin1 !== q.admin1;
}
