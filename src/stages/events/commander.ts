import type { Actor } from '../../model/actor.ts';
import type { SubEventType } from '../../model/taxonomy.ts';
import type { ActorLexicon } from '../actors/lexicon.ts';
import { genericActor } from '../actors/generic.ts';
import { z } from 'zod';
import { loadJsonlLexicon } from '../../lexicons/load.ts';
import { escapeRegExp } from '../../lexicons/escape.ts';

const commanderSchema = z.object({ surname: z.string().min(1), iso2: z.string().length(2), why: z.string().min(1) });

// Why: "strikes on a Syrian air base ordered by U.S. President Donald Trump", "Turkish President Tayyip Erdogan ordered
// air strikes on Kurdish positions": a head of state or government, or a defence minister, who orders a strike names whose
// forces flew it, yet a person is no actor mention, and such events fell back to "Unidentified Military Forces" (review
// 14, conflict-09). The commander's country word (a demonym right before the title) binds the event to that country's
// military, and so does a leader known by name (lexicons/commanders.jsonl: "President Donald Trump said he ordered
// missile strikes"). Only where the text names no one who struck, and only for what only state forces do (air strikes, shelling).

const TITLE = String.raw`(?:President|Prime Minister|Premier|Defen[cs]e (?:Minister|Secretary)|Chancellor|King|Crown Prince)`;
/** An order to strike, not to stop or look into one ("ordered an investigation into the strikes", "ordered a halt"). */
const ORDER = String.raw`(?:ordered|authori[sz]ed|approved|launched|commanded)(?!\s+(?:\S+\s+){0,3}?(?:to\s+(?:stop|halt|end|pull|withdraw|suspend|investigate|review)|investigation|inquiry|probe|halt|end|stop|suspension|withdrawal|pullout|pull-out|review|ceasefire|truce)\b)`;
/** A country word and a title: "U.S. President", "Turkish Prime Minister" (the word is looked up in the demonyms). */
const COUNTRY_TITLE = String.raw`((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)\s+${TITLE}`;
/** "… ordered by U.S. President Donald Trump" (the event noun's participle names who ordered it). */
const ORDERED_BY = new RegExp(String.raw`\b${ORDER}\s+by\s+(?:the\s+)?${COUNTRY_TITLE}\b`, 'g');
/** What may stand between a commander and the order: "has", "said he had", "personally". */
const BEFORE_ORDER = String.raw`(?:said\s+(?:he|she)\s+)?(?:has\s+|had\s+|personally\s+)?`;
/** "Turkish President Tayyip Erdogan ordered air strikes", "U.S. President Donald Trump said he ordered …". */
const COMMANDER_ORDERED = new RegExp(String.raw`${COUNTRY_TITLE}\s+(?:[A-Z][\w.'’-]*\s+){0,3}${BEFORE_ORDER}${ORDER}\b`, 'g');

/** Sub-event types only state forces carry out: their commander's country says whose forces. */
const STATE_ONLY: ReadonlySet<SubEventType> = new Set<SubEventType>(['Air/drone strike', 'Shelling/artillery/missile attack']);

export type CommanderForces = (sub: SubEventType, sentenceTexts: readonly string[]) => Actor | null;

/** The military of the country whose leader a sentence says ordered the event, or null (none, or two countries named). */
export function createCommanderForces(lex: ActorLexicon, dir?: string): CommanderForces {
  const byWord = new Map<string, string>();
  for (const d of lex.demonyms) if (d.iso2) for (const w of d.words) byWord.set(w, d.iso2);
  const leaders = new Map(loadJsonlLexicon('commanders.jsonl', commanderSchema, dir).map((c) => [c.surname, c.iso2]));
  const names = [...leaders.keys()].map(escapeRegExp).join('|');
  // "President Donald Trump said he ordered …", "strikes ordered by Putin": the surname right before the order or after "by"
  const NAMED: RegExp[] = names
    ? [new RegExp(String.raw`\b(${names})\s+${BEFORE_ORDER}${ORDER}\b`, 'g'), new RegExp(String.raw`\b${ORDER}\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,4}?(${names})\b`, 'g')]
    : [];
  return (sub, sentenceTexts) => {
    if (!STATE_ONLY.has(sub)) return null;
    const found = new Set<string>();
    for (const s of sentenceTexts) {
      for (const re of [ORDERED_BY, COMMANDER_ORDERED]) {
        for (const m of s.matchAll(re)) {
          // "… by U.S. President": the last word or two before the title ("South Korean President")
          const words = m[1].split(/\s/);
          const iso2 = byWord.get(m[1]) ?? byWord.get(words.at(-1)!);
          if (iso2) found.add(iso2);
        }
      }
      for (const re of NAMED) for (const m of s.matchAll(re)) found.add(leaders.get(m[1])!);
    }
    return found.size === 1 ? genericActor(lex, 'military', [...found][0]) : null;
  };
}
