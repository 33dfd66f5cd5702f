import type { Actor } from '../../model/actor.ts';

// Why: ACLED codes a lone attacker in its North American data as "Sole Perpetrator (Country)" (ACLED 2022 sample: all 8
// such rows are US attacks; the news gold: US and Canadian shootings and rammings), not as an armed group. Elsewhere a
// gunman stays an "Unidentified Armed Group", as ACLED's Middle East and world rows code him.

/** Countries whose ACLED coverage names lone attackers so. */
const SOLE_PERPETRATOR_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA']);
/** The words of one attacker: "a gunman", "the shooter", "a lone attacker" (never "gunmen", "attackers"). */
const ONE_ATTACKER = /^(?:an?\s+|the\s+)?(?:lone\s+|unknown\s+|unidentified\s+)?(?:gunman|shooter|attacker|assailant)$/i;

const SOLE: Actor = { id: 'sole-perpetrator', name: 'Sole Perpetrator ({country})', inter: 3, country: null, kind: 'unknown' };

/** The lone attacker of an event in the US or Canada as ACLED names him there; any other actor unchanged. */
export function soleAttacker(actor: Actor, mentionText: string | null, countryCode: string | null): Actor {
  if (!countryCode || !SOLE_PERPETRATOR_COUNTRIES.has(countryCode) || !mentionText || !ONE_ATTACKER.test(mentionText.trim())) return actor;
  return actor.id.startsWith('unidentified-armed-group') ? SOLE : actor;
}
