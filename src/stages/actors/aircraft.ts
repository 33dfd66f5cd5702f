import type { ActorMention, Sentence, Token } from '../../model/document.ts';
import { COUNTRY_PLACEHOLDER } from './generic.ts';

// Why: "Two suspected U.S. drone strikes killed 11 people … The drones fired missiles on Taliban hideouts": an air
// force named once by its country is then "the drones", "the jets". Bare aircraft nouns name no one (they need a
// country word, lexicons/actor-generic.jsonl), so the definite ones are resolved here to the air force named before.

/** Definite aircraft nouns: "the drones", "the warplanes", "the jets". */
const AIRCRAFT = new Set(['drone', 'drones', 'jets', 'jet', 'warplanes', 'warplane', 'aircraft', 'planes', 'plane', 'helicopters', 'bombers', 'gunships']);
const DEFINITE = new Set(['the', 'these', 'those']);
/** An antecedent ends with one of these words: it names an air force or what it flew or fired. */
const AIR_HEAD = /\b(?:drones?|jets?|warplanes?|aircraft|planes?|helicopters?|bombers|gunships|air force|air strikes?|airstrikes?|air raids?|drone strikes?|missile strikes?)$/i;
/** How many sentences back an antecedent may stand (the sentence itself and the two before). */
const REACH = 2;

/**
 * Resolves "the drones" and the like to the state air force whose aircraft or strikes the text named last, in the same
 * sentence before them or in the two sentences before. Only when that force is a named state's (not "{country}"), and
 * only where no other mention covers the words.
 */
export function resolveAircraft(docId: string, text: string, sentences: readonly Sentence[], tokens: readonly Token[], found: readonly ActorMention[]): ActorMention[] {
  const antecedents = found.filter((m) => m.actor && m.actor.inter === 1 && !m.actor.name.includes(COUNTRY_PLACEHOLDER) && !m.holds && AIR_HEAD.test(m.text));
  if (!antecedents.length) return [];
  const covered = (start: number, end: number) => found.some((m) => m.start < end && start < m.end);
  const out: ActorMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const det = tokens[i - 1], noun = tokens[i];
    if (!AIRCRAFT.has(noun.norm) || !DEFINITE.has(det.norm) || det.sentence !== noun.sentence) continue;
    // "the drones' operators", "the jets fighter …": only a noun that ends its phrase
    const next = tokens[i + 1];
    if (next && next.sentence === noun.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN')) continue;
    if (covered(det.start, noun.end)) continue;
    const ante = antecedents.filter((m) => m.end <= det.start && m.sentence >= noun.sentence - REACH).at(-1);
    if (!ante) continue;
    out.push({
      kind: 'ACTOR',
      id: `${docId}-air-${det.start}`,
      start: det.start,
      end: noun.end,
      sentence: noun.sentence,
      text: text.slice(det.start, noun.end),
      confidence: 0.7,
      by: 'actors',
      actor: ante.actor,
      via: 'description',
      antecedent: ante.id,
    });
  }
  return out;
}
