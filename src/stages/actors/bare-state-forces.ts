import type { ActorMention } from '../../model/document.ts';
import type { ActorLexicon } from './lexicon.ts';
import { COUNTRY_PLACEHOLDER } from './generic.ts';

// Why: "Israeli forces killed two Palestinians near the Gaza fence … In the West Bank, soldiers shot dead a man", "Turkish
// troops shelled Afrin … Security forces also killed two militants near Azaz": a bare "soldiers", "troops", "the army"
// is left for the events stage to fill with the event's country, which made the Israeli army "Military Forces of
// Palestine" and the Turkish army Syria's. A state force's country is its own, not the place's: a bare noun that takes
// up a force the story has just named is that force.

/** Bare nouns that say whose forces they are: "government forces", "regime troops", "pro-government militias" stay the home state's. */
const HOME_STATE_WORDS = /\b(?:government|regime|pro-|loyal|allied|state)\b/i;
/** Military sites ("an airbase struck") are the struck country's (lexicons/actor-generic.jsonl), never a force named before. */
const SITE_WORDS = /\b(?:air\s*bases?|airfields?|airports?|bases?)\b/i;
/** A state named by its government speaks or decides: only a force named as one ("Israeli troops") is taken up by "soldiers". */
const NOT_FORCE_WORDS = /\b(?:government|administration|authorities|ministry|regime|state)\b/i;
/**
 * How many sentences back the named force may stand: one of the three before the noun's (in its own sentence a force is
 * often named in passing: "their 2001 ouster by U.S.-led troops, killing eight soldiers" were Afghan soldiers).
 */
const REACH = 3;

const GENERIC_IDS = new Set(['military', 'police']);

/**
 * Bare military and police nouns ("soldiers", "the army", "police") bound to the state force of that role the story
 * named last in the three sentences before the noun's, when every state actor the story names
 * up to the noun is of that one country: where two states' forces or governments are named ("Russian jets … Syrian
 * troops"), which one a bare noun means is not clear, and it keeps the event's country.
 */
export function withNamedStateForces(found: readonly ActorMention[], lex: ActorLexicon): ActorMention[] {
  const named = (m: ActorMention) => m.via === 'name' && m.confidence >= 0.75 && m.actor?.kind === 'state' && !!m.actor.country && !m.actor.name.includes(COUNTRY_PLACEHOLDER);
  if (!found.some(named)) return [...found];
  return found.map((m) => {
    if (!m.actor || !GENERIC_IDS.has(m.actor.id) || !m.actor.name.includes(COUNTRY_PLACEHOLDER) || HOME_STATE_WORDS.test(m.text) || SITE_WORDS.test(m.text)) return m;
    const states = found.filter((o) => o.end <= m.start && named(o));
    if (new Set(states.map((o) => o.actor!.country)).size !== 1) return m;
    const role = m.actor.id;
    const ante = states.filter((o) => o.sentence < m.sentence && o.sentence >= m.sentence - REACH && lex.byId.get(o.actor!.id)?.role === role && !NOT_FORCE_WORDS.test(o.text)).at(-1);
    return ante ? { ...m, actor: ante.actor, antecedent: ante.id } : m;
  });
}
