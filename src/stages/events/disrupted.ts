import type { ActorMention } from '../../model/document.ts';
import type { Actor } from '../../model/actor.ts';
import type { Span } from '../../model/span.ts';
import { isParty } from './roles.ts';

/** Never the side whose weapon was stopped: a coalition of the interceptor's side, crowds and victims. */
const NOT_FIRERS: ReadonlySet<string> = new Set(['coalition', 'civilians', 'protesters', 'rioters']);

/**
 * The side whose missile, drone or bomb a force intercepted or defused (ACLED's actor2 of "Disrupted weapons use"),
 * when the event's clause left it unnamed: "A Saudi-led coalition accused Yemen's Houthi militia of a dangerous
 * escalation after Saudi air defense forces intercepted a ballistic missile fired towards Riyadh". It is an armed
 * side the same sentence names, never the interceptor's own (same actor or same country) nor an allied coalition;
 * a non-state armed group before a foreign state, then the one nearest the trigger.
 */
export function firerOf(interceptor: Actor | null, mentions: readonly ActorMention[], sentence: Span, trigger: Span): ActorMention | null {
  const own = (a: Actor) => !!interceptor && (a.id === interceptor.id || (!!a.country && a.country === interceptor.country));
  const candidates = mentions.filter(
    (m) => m.start >= sentence.start && m.end <= sentence.end && isParty(m) && m.actor!.inter >= 1 && m.actor!.inter <= 4 && !NOT_FIRERS.has(m.actor!.kind ?? '') && !own(m.actor!),
  );
  const rank = (m: ActorMention) => (m.actor!.inter === 1 ? 1 : 0) * 1e6 + Math.abs(m.start - trigger.start);
  return candidates.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/**
 * The firer when the trigger's sentence names none ("Saudi Arabia intercepted a missile fired towards its capital
 * Riyadh"): the one armed side the whole story names by name, other than the interceptor's own side and its allied
 * coalition ("… the Iran-aligned Houthis …" elsewhere). Two or more such sides, or no interceptor, leave it unnamed.
 */
export function firerInStory(interceptor: Actor | null, mentions: readonly ActorMention[]): ActorMention | null {
  if (!interceptor) return null;
  const own = (a: Actor) => a.id === interceptor.id || (!!a.country && a.country === interceptor.country);
  const named = mentions.filter(
    (m) => m.via === 'name' && !m.holds && isParty(m) && m.confidence >= 0.75 && m.actor!.inter >= 1 && m.actor!.inter <= 4 && !NOT_FIRERS.has(m.actor!.kind ?? '') && !own(m.actor!) && !m.actor!.name.includes('{country}'),
  );
  return new Set(named.map((m) => m.actor!.id)).size === 1 ? named[0] : null;
}
