import type { Actor } from '../../model/actor.ts';

// Why: ACLED codes a lone attacker in its North American data as "Sole Perpetrator (Country)" (ACLED 2022 sample: all 8
// such rows are US attacks; the news gold: US and Canadian shootings and rammings), not as an armed group. Elsewhere a
// gunman stays an "Unidentified Armed Group", as ACLED's Middle East and world rows code him.

/** Countries whose ACLED coverage names lone attackers so. */
const SOLE_PERPETRATOR_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA']);
/** The words of one attacker: "a gunman", "the shooter", "a lone attacker" (never "gunmen", "attackers"). */
const ONE_ATTACKER = /^(?:an?\s+|the\s+)?(?:lone\s+|unknown\s+|unidentified\s+)?(?:gunman|shooter|attacker|assailant)$/i;

const SOLE: Actor = { id: 'sole-perpetrator', name: 'Sole Perpetrator ({country})', inter: 3, country: null, kind: 'unknown' };

/** A story's words for one attacker, and for several (a couple, "the shooters", "gunmen"). */
const ONE_IN_STORY = /\b(?:gunman|shooter|lone attacker|lone assailant|lone wolf)\b/gi;
const SEVERAL_IN_STORY = /\b(?:gunmen|shooters|attackers|assailants|the couple|husband and wife|accomplices?)\b/gi;

/**
 * Whether a story speaks of one attacker: "Mateen … killed 49 people" leaves the event's own words with no actor noun,
 * but the story calls him "the gunman" more often than it speaks of several ("the couple", "the shooters"; a story
 * may still say "no other attackers" or "lone wolf attackers like Mateen" in passing).
 */
export function loneAttackerStory(text: string): boolean {
  return (text.match(ONE_IN_STORY)?.length ?? 0) > (text.match(SEVERAL_IN_STORY)?.length ?? 0);
}

/**
 * The lone attacker of an event in the US or Canada as ACLED names him there; any other actor unchanged. An unnamed
 * attacker (no mention: the unidentified armed group by convention) is the sole perpetrator when the story speaks of
 * one attacker only.
 */
export function soleAttacker(actor: Actor, mentionText: string | null, countryCode: string | null, loneStory = false): Actor {
  if (!countryCode || !SOLE_PERPETRATOR_COUNTRIES.has(countryCode) || !actor.id.startsWith('unidentified-armed-group')) return actor;
  if (mentionText ? ONE_ATTACKER.test(mentionText.trim()) : loneStory) return SOLE;
  return actor;
}
