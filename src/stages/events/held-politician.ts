import { z } from 'zod';
import type { EventActor } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import type { Actor } from '../../model/actor.ts';
import { loadJsonlLexicon, LEXICON_DIR, readShippedOnce } from '../../lexicons/load.ts';
import { escapeWords } from '../../lexicons/escape.ts';
import { slugOf } from '../actors/generic.ts';

const PartySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  aliases: z.array(z.string().min(1)).min(1),
}).strict();
export type PartyEntry = z.infer<typeof PartySchema>;

export function loadParties(dir = LEXICON_DIR): PartyEntry[] {
  return loadJsonlLexicon('actor-parties.jsonl', PartySchema, dir);
}

/** ACLED codes a party in a held or seized member's place as a political militia. */
const PARTY_INTER = 3;

/** Every alias as written (initials must be capitals: "PAS" is a party, "pas" is not), longest first. */
const partyPattern = readShippedOnce((dir) => {
  const parties = loadParties(dir);
  const byAlias = new Map<string, PartyEntry[]>();
  for (const p of parties) for (const a of p.aliases) {
    const had = byAlias.get(a.toLowerCase()) ?? [];
    if (!had.includes(p)) byAlias.set(a.toLowerCase(), [...had, p]);
  }
  const aliases = [...new Set(parties.flatMap((p) => p.aliases))].sort((a, b) => b.length - a.length);
  return { byAlias, pattern: new RegExp(String.raw`(?<![\w-])(?:${aliases.map(escapeWords).join('|')})(?![\w-])`, 'g') };
});

/** The words for a party's people: its leaders, lawmakers, members, officials. */
const POLITICIAN = String.raw`(?:leaders?|lawmakers?|legislators?|MPs?|parliamentarians?|deputies|deputy|politicians?|members?|officials?|activists?|co-chairs?|co-leaders?|chairman|chairwoman|chairperson|president|secretary-general|spokesman|spokeswoman|figures?|candidates?|mayors?|supporters?|workers|cadres)`;
/** "BNP leader", "HDP's co-chair", "AKP senior official": the party before its people (two modifiers at most). */
const PEOPLE_AFTER = new RegExp(String.raw`^(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?${POLITICIAN}\b`, 'i');
/** "lawmakers from the HDP", "a leader of the opposition Bangladesh Nationalist Party": the party after its people. */
const PEOPLE_BEFORE = new RegExp(String.raw`\b${POLITICIAN}\s+(?:from|of|in|with)\s+(?:the\s+|its\s+)?(?:(?:main|opposition|ruling|pro-[\w-]+|banned|outlawed|Islamist|Kurdish|former|largest|biggest)\s+){0,3}$`, 'i');
/** People named as a party's who speak are its source, not the ones held ("…, an HDP official said"). */
const SPEAKS_AFTER = /^[^,.;]{0,40}?\b(?:said|says|told|stated|added)\b/i;
/** "opposition leader", "opposition lawmakers", "an opposition politician": a party's people the sentence leaves unnamed. */
const OPPOSITION_PEOPLE = new RegExp(String.raw`\bopposition\s+(?:party\s+)?${POLITICIAN}\b(?![^,.;]{0,40}?\b(?:said|says|told)\b)`, 'i');
/** "the opposition Democratic Party", "the main opposition National Umma Party": a party the story names that no lexicon holds. */
const OPPOSITION_NAMED = /\bopposition\s+((?:[A-Z][\w'’-]+\s+){0,5}(?:Party|League|Movement|Congress|Front|Alliance))\b/;

/** "the main opposition BNP", "the opposition Cambodia National Rescue Party": a party the story calls the opposition. */
const OPPOSITION_BEFORE = /\bopposition\s+(?:[\w'’-]+\s+){0,2}$/i;
/** "the CNRP, the main opposition party". */
const OPPOSITION_AFTER = /^\s*(?:\([^)]*\)\s*)?,\s*(?:the|a)\s+(?:main\s+|largest\s+|biggest\s+|leading\s+)?opposition\b/i;

const HELD_TYPES: ReadonlySet<string> = new Set(['Arrests', 'Abduction/forced disappearance']);

const partyActor = (p: PartyEntry): Actor => ({ id: `party-${p.id}`, name: p.name, inter: PARTY_INTER, country: p.country, kind: 'other' });

/** The lexicon parties named in text[from, to), each with its span, of the event's country where an alias names two. */
function partiesIn(text: string, from: number, to: number, country: string | null): { party: PartyEntry; start: number; end: number }[] {
  const { byAlias, pattern } = partyPattern();
  const out: { party: PartyEntry; start: number; end: number }[] = [];
  // (matchAll reads a copy of the shared pattern, so its lastIndex stays 0)
  for (const m of text.slice(from, to).matchAll(pattern)) {
    const all = byAlias.get(m[0].toLowerCase().replace(/\s+/g, ' ')) ?? [];
    const party = all.find((p) => p.country === country) ?? (all.length === 1 ? all[0] : undefined);
    if (party && (!country || party.country === country)) out.push({ party, start: from + m.index!, end: from + m.index! + m[0].length });
  }
  return out;
}

/**
 * "Police arrested BNP leader X", "detained three lawmakers from the pro-Kurdish HDP", "the arrest of opposition leader Y":
 * the people held or seized are a party's leaders, lawmakers or members, and ACLED codes them as their party
 * (lexicons/actor-parties.jsonl), not as civilians. A party the sentence ties to its people names it; "opposition
 * leader" with no party in the sentence takes the one party the story calls the opposition (a lexicon party of the
 * event's country, else one it names "the opposition X Party"). null when the event is no arrest or abduction, its target is
 * already a named group, or the sentence names no party's people (or only ones who speak: "an HDP official said").
 */
export function heldPolitician(text: string, s: Span, sub: string, actor2: EventActor | null, country: string | null): EventActor | null {
  if (!HELD_TYPES.has(sub) || (actor2 && actor2.actor.kind !== 'civilians')) return null;
  const named = partiesIn(text, s.start, s.end, country).find((p) =>
    (PEOPLE_AFTER.test(text.slice(p.end, Math.min(s.end, p.end + 40))) && !SPEAKS_AFTER.test(text.slice(p.end, s.end))) ||
    (PEOPLE_BEFORE.test(text.slice(Math.max(s.start, p.start - 80), p.start)) && !SPEAKS_AFTER.test(text.slice(p.end, s.end))));
  if (named) return { actor: partyActor(named.party), mention: null };
  if (!OPPOSITION_PEOPLE.test(text.slice(s.start, s.end))) return null;
  const opposing = partiesIn(text, 0, text.length, country).filter((p) => OPPOSITION_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) || OPPOSITION_AFTER.test(text.slice(p.end, p.end + 40)));
  const inStory = [...new Map(opposing.map((p) => [p.party.id, p.party])).values()];
  if (inStory.length === 1) return { actor: partyActor(inStory[0]!), mention: null };
  if (inStory.length > 1) return null;
  const written = OPPOSITION_NAMED.exec(text)?.[1];
  return written ? { actor: { id: `party-${slugOf(written)}`, name: written, inter: PARTY_INTER, country, kind: 'other' }, mention: null } : null;
}
