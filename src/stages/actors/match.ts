import type { Actor } from '../../model/actor.ts';
import type { Token } from '../../model/document.ts';
import { genericActor, slugOf } from './generic.ts';
import type { ActorKind, ActorLexicon, CueKind, DemonymEntry, DescriptionEntry, GenericRole } from './lexicon.ts';
import { kindsOf, toActor } from './lexicon.ts';
import { newTrie, phraseKeys, trieInsert, trieLongest, wordsOf, type TrieNode, type Word } from './words.ts';
import { nearestPossessor, ownsForces, POSSESSING_PRONOUNS, PREPOSITIONS, type Possessor } from './possessed-forces.ts';

/** A mention before description resolution. */
export interface RawMention {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly via: 'name' | 'pattern' | 'description';
  /** For 'description': what it becomes when no antecedent is found (null = abstain). */
  readonly actor: Actor | null;
  readonly kinds: readonly ActorKind[];
  readonly confidence: number;
  readonly backedBy?: string;
  readonly description?: DescriptionEntry;
  /** "X-held": names the holder of territory, not an agent. */
  readonly holds?: true;
  readonly struck?: true;
  /** For 'description': a determiner or a target noun makes it refer to one known actor ("the militants", "militant positions"). */
  readonly definite?: true;
}

interface GenericSense {
  readonly role: GenericRole;
  readonly needsCountry: boolean;
  readonly adjectiveOnly?: boolean;
}

/** Everything a phrase can mean; one phrase may be both a generic noun and a description ("rebels"). */
interface Sense {
  actorId?: string;
  country?: DemonymEntry;
  people?: DemonymEntry;
  generics?: GenericSense[];
  description?: DescriptionEntry;
}

interface Backer {
  readonly slug: string;
  readonly name: string;
  /** Index of the last word the backing may still apply to. */
  readonly until: number;
}

/** Aircraft head nouns a country word may name across model and range words ("Russian Tu-22M3 long-range bombers"). */
const AIRCRAFT_KEYS = new Set(['bombers', 'bomber', 'jets', 'jet', 'warplanes', 'warplane', 'aircraft', 'planes', 'plane', 'helicopters', 'helicopter', 'drones', 'drone', 'gunships']);

const CONFIDENCE = { name: 0.9, generic: 0.75, bareGeneric: 0.6, pattern: 0.6, description: 0.7, held: 0.3, implicitProtesters: 0.4 } as const;
/** Words between a subject and its verb: "Iraq has launched", "Russia also struck". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'then', 'later', 'again', 'reportedly', 'allegedly', 'first', 'already', 'previously', 'repeatedly', 'recently', 'now', 'twice', 'once']);
/** Words after which a new clause, and so a subject, may begin. */
const CLAUSE_OPENERS = new Set([',', ';', ':', ')', '"', '\u201c', '-', '\u2013', '\u2014', 'that', 'and', 'but', 'while', 'when', 'after', 'as', 'then', 'since', 'because', 'before', 'once', 'until', 'so']);
/** How far (in words) "X-backed" reaches for the actor it qualifies. */
const BACKER_REACH = 2;

function mergeSense(a: Sense, b: Sense): Sense {
  return {
    actorId: a.actorId ?? b.actorId,
    country: a.country ?? b.country,
    people: a.people ?? b.people,
    generics: a.generics || b.generics ? [...(a.generics ?? []), ...(b.generics ?? [])] : undefined,
    description: a.description ?? b.description,
  };
}

/**
 * A phrase with a possessive as written ("Assad's forces", split as the segmenter splits it) and with the apostrophe
 * dropped ("Assads forces"), as copy that strips apostrophes prints it.
 */
function possessiveForms(phrase: string): string[] {
  const bare = phrase.replace(/(?<=\p{L})['\u2019\u02bc]s\b/gu, 's');
  return bare === phrase ? [phrase] : [phrase, bare];
}

function keySet(phrases: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) out.add(phraseKeys(p).keys.join(' '));
  return out;
}

export interface ActorMatcher {
  find(text: string, tokens: readonly Token[]): RawMention[];
}

export function createActorMatcher(lex: ActorLexicon): ActorMatcher {
  const trie: TrieNode<Sense> = newTrie();
  for (const a of lex.actors) for (const alias of a.aliases) for (const form of possessiveForms(alias)) trieInsert(trie, form, { actorId: a.id }, mergeSense);
  for (const d of lex.demonyms) {
    for (const w of d.words) trieInsert(trie, w, { country: d }, mergeSense);
    for (const w of d.people ?? []) trieInsert(trie, w, { people: d }, mergeSense);
  }
  for (const g of lex.generics) for (const p of g.phrases) trieInsert(trie, p, { generics: [{ role: g.role, needsCountry: g.needsCountry, ...(g.adjectiveOnly ? { adjectiveOnly: true } : {}) }] }, mergeSense);
  for (const d of lex.descriptions) for (const p of d.phrases) for (const form of possessiveForms(p)) trieInsert(trie, form, { description: d }, mergeSense);

  const cue = (k: CueKind): Set<string> => keySet(lex.cues.get(k) ?? []);
  const determiners = cue('determiner');
  const possessives = cue('possessive');
  const opposing = cue('opposing');
  const backing = cue('backing');
  const holding = cue('holding');
  const speaker = cue('speaker');
  const patternPrefix = cue('pattern-prefix');
  const patternSuffix = cue('pattern-suffix');
  const patternMilitia = cue('pattern-militia');
  const connectors = cue('connector');
  const protest = cue('protest');
  const rebelCue = cue('rebel-cue');
  const targetHead = cue('target-head');
  /** "pro-government", "pro-Syrian regime": the words that make a "pro-" backer the government of the place. */
  const governmentWord = cue('government-word');
  const craftModifier = cue('craft-modifier');
  const stateFacility = cue('state-facility');
  const facilityTarget = cue('facility-target');
  const agentSuffix: TrieNode<true> = newTrie();
  for (const p of lex.cues.get('agent-suffix') ?? []) trieInsert(agentSuffix, p, true, () => true);
  const stateAct: TrieNode<true> = newTrie();
  for (const p of lex.cues.get('state-act') ?? []) trieInsert(stateAct, p, true, () => true);
  const stateActObject: TrieNode<true> = newTrie();
  for (const p of lex.cues.get('state-act-object') ?? []) trieInsert(stateActObject, p, true, () => true);
  const territoryNoun = cue('territory-noun');
  const stateActNoun: TrieNode<true> = newTrie();
  for (const p of lex.cues.get('state-act-noun') ?? []) trieInsert(stateActNoun, p, true, () => true);
  const strikeOnCountry: TrieNode<true> = newTrie();
  for (const p of lex.cues.get('strike-on-country') ?? []) trieInsert(strikeOnCountry, p, true, () => true);
  const stateArrest: TrieNode<true> = newTrie();
  for (const p of lex.cues.get('state-arrest') ?? []) trieInsert(stateArrest, p, true, () => true);
  /** Verbs that tell armed force only with a weapon or an operation after them ("launched air strikes", not "launched a probe"). */
  // ("Syria intensifies its offensive", "Russia stepped up air strikes": only with a weapon or offensive word after them)
  const needsObject = keySet(['launched', 'launches', 'fired', 'intensified', 'intensifies', 'stepped', 'steps', 'escalated', 'escalates']);
  // Country and ethnic words never name a pattern group on their own ("the Kurdish group").
  const notAName = new Set<string>(determiners);
  for (const d of lex.demonyms) for (const w of d.words) notAName.add(phraseKeys(w).keys.join(' '));

  // "Kurdish forces" in the lexicon: what "Kurdish-held" is held by
  const namedForces = new Map<string, string>();
  for (const a of lex.actors) for (const alias of a.aliases) {
    const k = phraseKeys(alias).keys;
    if (k.length === 2 && k[1] === 'forces' && !namedForces.has(k[0])) namedForces.set(k[0], a.id);
  }
  /** The forces a demonym stands for in "X-held": an actor named "<demonym> forces" in the lexicon, else the country's military. */
  const forcesOf = (word: string, d: DemonymEntry): Actor | null => {
    const id = namedForces.get(word);
    if (id) return toActor(lex.byId.get(id)!);
    return d.iso2 ? genericActor(lex, 'military', d.iso2) : null;
  };

  return {
    find(text, tokens) {
      const words = wordsOf(text, tokens);
      const out: RawMention[] = [];
      /** sentence → index of its first protest word */
      const firstProtest = new Map<number, number>();
      const rebelSentences = new Set<number>();
      for (let k = 0; k < words.length; k++) {
        const w = words[k];
        // capitalised "March" is the month
        if (protest.has(w.key) && !w.capital && !firstProtest.has(w.sentence)) firstProtest.set(w.sentence, k);
        if (rebelCue.has(w.key)) rebelSentences.add(w.sentence);
      }
      /** Subjects of a protest ("residents staged a demonstration") are protesters, not civilians. */
      const beforeProtest = (k: number): boolean => {
        const p = firstProtest.get(words[k].sentence);
        return p !== undefined && k < p;
      };
      let backer: Backer | null = null;

      const sameSentence = (a: number, b: number): boolean => b < words.length && a >= 0 && words[a].sentence === words[b].sentence;
      const takeBacker = (at: number): string | undefined => {
        if (!backer || at > backer.until) return undefined;
        const slug = backer.slug;
        backer = null;
        return slug;
      };
      const push = (from: number, to: number, m: Omit<RawMention, 'start' | 'end' | 'sentence' | 'backedBy'>): void => {
        const backedBy = takeBacker(from);
        let confidence = m.confidence;
        if (to < words.length && sameSentence(to - 1, to) && speaker.has(words[to].key)) confidence *= 0.5;
        const holds = m.holds || ownsTerritory(to) ? { holds: true as const } : {};
        out.push({ ...m, confidence, start: words[from].start, end: words[to - 1].end, sentence: words[from].sentence, ...(backedBy ? { backedBy } : {}), ...holds });
      };
      /** "Islamic State's last stronghold", "the group s de facto capital": the possessor holds the territory named. */
      const ownsTerritory = (to: number): boolean => {
        if (to >= words.length || !sameSentence(to - 1, to) || words[to].key !== 's' || words[to].capital) return false;
        for (let j = to + 1; j < Math.min(words.length, to + 5) && sameSentence(to, j); j++) {
          if (territoryNoun.has(words[j].key)) return true;
          if (!/^[a-z]/.test(words[j].key)) return false;
        }
        return false;
      };
      /** "Iraq launched an offensive", "the United States has struck": a verb of armed force follows the country's name. */
      const actsByForce = (k: number): boolean => {
        while (k < words.length && sameSentence(k - 1, k) && AUXILIARIES.has(words[k].key)) k++;
        if (k >= words.length || !sameSentence(k - 1, k)) return false;
        const verb = trieLongest(stateAct, words, k);
        if (!verb) return false;
        if (!needsObject.has(words[k].key)) return true;
        for (let o = verb.end; o < Math.min(words.length, verb.end + 4) && sameSentence(k, o); o++) if (trieLongest(stateActObject, words, o)) return true;
        return false;
      };
      /** "Turkey detained a consulate worker": a verb of arrest follows the country's name. */
      const arrestsAt = (k: number): boolean => {
        while (k < words.length && sameSentence(k - 1, k) && AUXILIARIES.has(words[k].key)) k++;
        return k < words.length && sameSentence(k - 1, k) && trieLongest(stateArrest, words, k) !== null;
      };
      /** "U.S. cruise missile strikes on Syria": a strike word and "on"/"against" right before the country's name at k. */
      const struckCountry = (k: number): boolean => {
        const on = k - 1;
        if (on < 1 || !sameSentence(on, k) || (words[on].key !== 'on' && words[on].key !== 'against')) return false;
        for (let j = Math.max(0, on - 3); j < on; j++) if (sameSentence(j, on) && trieLongest(strikeOnCountry, words, j)?.end === on) return true;
        return false;
      };
      /** "Iraqi forces backed by militias": a participle with "by" makes the name the one backed, not the backer. */
      const passiveBy = (k: number): boolean => k + 1 < words.length && sameSentence(k, k + 1) && words[k + 1].key === 'by';
      /** "Iraq launched …", "… , and the United States struck …": a country opening a clause; not "talks on Iraq launched", "in eastern Syria killed". */
      const headsClause = (k: number): boolean => {
        let j = k - 1;
        if (j >= 0 && words[j].key === 'the') j--;
        return j < 0 || !sameSentence(j, k) || CLAUSE_OPENERS.has(words[j].key);
      };
      const targetAt = (from: number, k: number): boolean => k < words.length && sameSentence(from, k) && targetHead.has(words[k].key);
      /** A target noun follows word `end` ("army positions"); with `gap`, also after one lower-case noun ("jihadist desert camps"). */
      const beforeTarget = (end: number, gap: boolean): boolean =>
        targetAt(end - 1, end) || (gap && end < words.length && !words[end].capital && !words[end].hyphenBefore && /^[a-z]+$/.test(words[end].key) && targetAt(end - 1, end + 1));
      /** "a missile strike on an airbase", "struck the Shayrat air base": a facility word at k is what was struck. */
      const struckAt = (k: number): boolean => {
        let j = k - 1;
        while (j >= 0 && sameSentence(j, k) && (determiners.has(words[j].key) || words[j].key === 'a' || words[j].key === 'an' || words[j].capital)) j--;
        return j >= 0 && sameSentence(j, k) && facilityTarget.has(words[j].key);
      };
      const hasDeterminer = (i: number): boolean => i > 0 && sameSentence(i - 1, i) && determiners.has(words[i - 1].key);
      const isNameWord = (w: Word): boolean => w.capital || connectors.has(w.key);
      /**
       * The state a possessive pronoun at k stands for: the clause's subject, read as the first country word or named actor
       * of its sentence that no preposition governs ("North Korea said targeting the U.S. mainland with its rockets …": North
       * Korea's; "In Syria, Russia said its jets …": Russia's).
       */
      const possessorBefore = (k: number): Possessor | null => {
        let first = k;
        while (first > 0 && sameSentence(first - 1, k)) first--;
        const governed = (j: number): boolean => j > first && PREPOSITIONS.has(words[j - 1].key);
        const candidates: Possessor[] = [];
        for (let j = first; j < k; j++) {
          const c = trieLongest(trie, words, j);
          // (a dateline's capital, "UNITED NATIONS/WASHINGTON (Reuters) -", is where the story was filed, not who acts)
          const dateline = words[j].caps && !words[j].key.includes('.') && words[j].end - words[j].start >= 4;
          if (c?.payload.country?.iso2 && !c.payload.actorId && c.end <= k && !governed(j) && !dateline) {
            candidates.push({ at: -j, iso2: c.payload.country.iso2 });
            break;
          }
        }
        // (a named group that owns no state's forces, "Islamic State said its fighters", is the pronoun's, so no state's)
        const named = out.find((o) => o.sentence === words[k].sentence && o.end <= words[k].start && o.actor && o.via === 'name' && o.actor.kind !== 'media' && o.actor.kind !== 'monitor' && !governed(words.findIndex((w) => w.start === o.start)));
        if (named?.actor) candidates.push({ at: -words.findIndex((w) => w.start === named.start), actor: named.actor });
        const best = nearestPossessor(candidates);
        return best && ('iso2' in best || ownsForces(best.actor)) ? best : null;
      };

      /** Folds "fighters", "(FSA)", "rebel group" into a preceding name; returns the new end. */
      const extendName = (end: number, actorId: string): number => {
        if (end + 2 < words.length && words[end].key === '(' && words[end + 2].key === ')' && sameSentence(end - 1, end + 2)) {
          const inner = trieLongest(trie, words, end + 1);
          if (inner && inner.end === end + 2 && inner.payload.actorId === actorId) end += 3;
        }
        if (end < words.length && sameSentence(end - 1, end) && !words[end].hyphenBefore) {
          const suffix = trieLongest(agentSuffix, words, end);
          if (suffix) end = suffix.end;
        }
        return end;
      };

      const emitGeneric = (from: number, to: number, role: GenericRole, country: DemonymEntry | null): void => {
        const resolved: Exclude<GenericRole, 'social'> = (role === 'social' || role === 'civilians') && beforeProtest(from) ? 'protesters' : role === 'social' ? 'civilians' : role;
        const iso2 = country?.iso2 ?? null;
        const b = backer && from <= backer.until ? backer : null;
        if (resolved === 'militia' && !iso2 && !b) return; // "an alliance of militias": no actor to name
        const actor = genericActor(lex, resolved, iso2, resolved === 'militia' && b ? b.name : null);
        push(from, to, { via: 'name', actor, kinds: actor.kind ? [actor.kind as ActorKind] : [], confidence: iso2 ? CONFIDENCE.generic : CONFIDENCE.bareGeneric });
      };

      const tryPattern = (i: number): number => {
        const w = words[i];
        if (!w.capital || notAName.has(w.key)) return i + 1;
        let k = i;
        while (k < words.length && sameSentence(i, k) && isNameWord(words[k]) && !(k > i && patternSuffix.has(words[k].key))) k++;
        // prefix form: "Liwa al-Tahrir", "Jaish al-Fatah"
        if (patternPrefix.has(w.key)) {
          let last = k - 1;
          while (last > i && connectors.has(words[last].key)) last--;
          if (last > i) {
            const inter = patternMilitia.has(w.key) ? 3 : 2;
            emitPattern(i, last + 1, inter, null);
            return last + 1;
          }
          return i + 1;
        }
        // suffix form: "the Hamza Brigade", "the Shuhada group"
        if (k < words.length && sameSentence(i, k) && patternSuffix.has(words[k].key)) {
          const nameWords = words.slice(i, k);
          const meaningful = nameWords.filter((x) => x.capital && !notAName.has(x.key));
          if (!meaningful.length || connectors.has(words[k - 1].key)) return i + 1;
          const isGroup = words[k].key === 'group';
          if (isGroup && !hasDeterminer(i)) return i + 1;
          const inter = isGroup ? (rebelSentences.has(w.sentence) ? 2 : 3) : patternMilitia.has(w.key) ? 3 : 2;
          emitPattern(i, k + 1, inter, isGroup ? 'Group' : null);
          return k + 1;
        }
        return i + 1;
      };

      const emitPattern = (from: number, to: number, inter: 2 | 3, suffixName: string | null): void => {
        let name = text.slice(words[from].start, words[to - 1].end).replace(/[-\u2010-\u2013]/g, ' ').replace(/\s+/g, ' ');
        if (suffixName) name = name.replace(/\S+$/, suffixName);
        const kind: ActorKind = inter === 2 ? 'rebel' : 'militia';
        const actor: Actor = { id: slugOf(name), name, inter, country: null, kind };
        push(from, to, { via: 'pattern', actor, kinds: [kind], confidence: CONFIDENCE.pattern });
      };

      let i = 0;
      while (i < words.length) {
        const m = trieLongest(trie, words, i);
        if (!m) {
          i = tryPattern(i);
          continue;
        }
        const sense = m.payload;
        // "pro-government militias", "pro-Syrian government militia", "pro-regime militiamen": ACLED's Militia (Pro-Government)
        const proBefore = i > 0 && words[i].hyphenBefore && words[i - 1].key === 'pro';
        if (sense.actorId) {
          const entry = lex.byId.get(sense.actorId)!;
          const next = words[m.end];
          const sameS = sameSentence(m.end - 1, m.end);
          const militiaAfter = proBefore && sameS && trieLongest(trie, words, m.end)?.payload.generics?.some((g) => g.role === 'militia');
          if (militiaAfter && entry.kind === 'state') {
            // "pro-Syrian government militia": backed by the government, not the government's own forces ("pro-IRG forces" are)
            backer = { slug: 'government', name: 'Government', until: m.end + BACKER_REACH };
            i = m.end;
            continue;
          }
          if (next && sameS && backing.has(next.key) && !passiveBy(m.end)) {
            // "Hezbollah-backed": the name qualifies what follows
            backer = { slug: entry.id, name: entry.name, until: m.end + BACKER_REACH };
            i = m.end + 1;
            continue;
          }
          if (words[i].hyphenBefore && i > 0 && opposing.has(words[i - 1].key)) {
            // "anti-Houthi forces" are the Houthis' enemies: not a mention of the Houthis
            i = extendName(m.end, entry.id);
            continue;
          }
          if (next && sameS && next.hyphenBefore && holding.has(next.key)) {
            push(i, m.end, { via: 'name', actor: toActor(entry), kinds: kindsOf(entry), confidence: CONFIDENCE.held, holds: true });
            i = m.end + 1;
            continue;
          }
          const end = extendName(m.end, entry.id);
          push(i, end, { via: 'name', actor: toActor(entry), kinds: kindsOf(entry), confidence: CONFIDENCE.name });
          i = end;
          continue;
        }
        // "jihadist camps": a word that is both an ethnic or religious modifier and a target-only description names a side
        if (sense.country && !(sense.country.iso2 === null && sense.description?.determiner === 'target' && beforeTarget(m.end, true))) {
          const d = sense.country;
          const next = words[m.end];
          const sameS = sameSentence(m.end - 1, m.end);
          if ((next && sameS && backing.has(next.key) && !passiveBy(m.end)) || proBefore) {
            // "pro-Syrian regime militias" are backed by the government; "pro-Iran militias" by Iran
            const ofGovernment = proBefore && next && sameS && governmentWord.has(next.key);
            backer = ofGovernment ? { slug: 'government', name: 'Government', until: m.end + 1 + BACKER_REACH } : { slug: d.slug, name: d.country ?? d.words[0], until: m.end + BACKER_REACH };
            i = ofGovernment ? m.end + 1 : proBefore ? m.end : m.end + 1;
            continue;
          }
          // "Kurdish-held Kirkuk", "Syrian-held areas": the territory is held by that people's or country's forces
          if (next && sameS && next.hyphenBefore && holding.has(next.key)) {
            const holder = m.end === i + 1 ? forcesOf(words[i].key, d) : d.iso2 ? genericActor(lex, 'military', d.iso2) : null;
            if (holder) push(i, m.end, { via: 'name', actor: holder, kinds: holder.kind ? [holder.kind as ActorKind] : [], confidence: CONFIDENCE.held, holds: true });
            i = m.end + 1;
            continue;
          }
          // "Russia's air force": the possessive's s stands between the country and its forces
          const possessive = sameS && next.key === 's' && !next.capital && sameSentence(m.end, m.end + 1);
          // "U.S.-led forces", "US-led air strikes": forces a country leads are its military (in Syria and Iraq the
          // actor context rules make the United States' the anti-IS coalition); only a state's, only its military
          const led = sameS && !possessive && !!d.iso2 && next.hyphenBefore && next.key === 'led' && sameSentence(m.end, m.end + 1);
          const after = sameS ? trieLongest(trie, words, possessive || led ? m.end + 1 : m.end) : null;
          // (not "a U.S.-led military coalition": the coalition is the actor, named by its own alias or description)
          const ledCoalition = led && after !== null && /^(?:coalition|alliance)$/.test(words[after.end]?.key ?? '');
          if (after && !after.payload.actorId && !after.payload.country && (!led || (!ledCoalition && (after.payload.generics ?? []).some((g) => g.role === 'military')))) {
            // ("Russian bombing" is the Russian military's; "Russia's bombing" too, by the possessive below; "a Kabul bombing" is not)
            const adjective = !possessive && isCountryAdjective(text.slice(words[i].start, words[m.end - 1].end), d);
            const gens = (after.payload.generics ?? []).filter((g) => !g.adjectiveOnly || adjective);
            // (a target-only adjective names no one after a country word: "a Libyan militant" is no actor here)
            const described = after.payload.description?.determiner === 'target' ? undefined : after.payload.description?.fallback;
            const role = d.iso2 ? gens[0]?.role ?? described : gens.find((g) => !g.needsCountry)?.role;
            if (role) {
              emitGeneric(i, after.end, role, d.iso2 ? d : null);
              i = after.end;
              continue;
            }
          }
          // "Russian Tu-22M3 long-range bombers", "Syrian MiG-23 jets": model, range and role words between the country word
          // and the aircraft it flew; the aircraft is still that state's military (only aircraft, only a state's)
          if (d.iso2 && sameS && !possessive && !led) {
            let k = m.end;
            const modifier = (j: number): boolean => craftModifier.has(words[j].key) || /\d/.test(words[j].key) || (sameSentence(j, j + 1) && words[j + 1].hyphenBefore && /\d/.test(words[j + 1].key));
            while (k < words.length && k - m.end < 5 && sameSentence(m.end - 1, k) && modifier(k)) k++;
            const craft = k > m.end && k < words.length && sameSentence(m.end - 1, k) ? trieLongest(trie, words, k) : null;
            if (craft && AIRCRAFT_KEYS.has(words[craft.end - 1].key) && (craft.payload.generics ?? []).some((g) => g.role === 'military')) {
              emitGeneric(i, craft.end, 'military', d);
              i = craft.end;
              continue;
            }
          }
          // "Iraq's capture of Kirkuk", "Russia's bombing of Aleppo": the country's forces did it
          if (d.iso2 && possessive && trieLongest(stateActNoun, words, m.end + 1)) emitGeneric(i, m.end, 'military', d);
          else if (d.iso2 && headsClause(i) && actsByForce(m.end)) emitGeneric(i, m.end, 'military', d);
          else if (d.iso2 && headsClause(i) && arrestsAt(m.end)) emitGeneric(i, m.end, 'police', d);
          // (the country's own name, not a demonym or its capital: "strikes on Damascus" hit a city)
          else if (d.iso2 && d.country && text.slice(words[i].start, words[m.end - 1].end).toLowerCase() === d.country.toLowerCase() && struckCountry(i)) {
            emitGeneric(i, m.end, 'military', d);
            out[out.length - 1] = { ...out[out.length - 1], struck: true };
          }
          i = m.end;
          continue;
        }
        if (sense.people) {
          emitGeneric(i, m.end, 'civilians', sense.people);
          i = m.end;
          continue;
        }
        if (proBefore && governmentWord.has(words[i].key)) {
          backer = { slug: 'government', name: 'Government', until: i + 1 + BACKER_REACH };
          i += 1;
          continue;
        }
        // "Turkey said its forces …", "the coalition said its jets …": the forces of the state named before the pronoun
        if (i > 0 && sameSentence(i - 1, i) && POSSESSING_PRONOUNS.has(words[i - 1].key) && sense.generics?.some((g) => g.role === 'military')) {
          const owner = possessorBefore(i - 1);
          if (owner) {
            const actor = 'iso2' in owner ? genericActor(lex, 'military', owner.iso2) : owner.actor;
            push(i - 1, m.end, { via: 'name', actor, kinds: actor.kind ? [actor.kind as ActorKind] : [], confidence: CONFIDENCE.generic });
            i = m.end;
            continue;
          }
        }
        if (i > 0 && sameSentence(i - 1, i) && possessives.has(words[i - 1].key)) {
          i = m.end;
          continue;
        }
        const det = hasDeterminer(i);
        const from = det ? i - 1 : i;
        const desc = sense.description;
        const bare = sense.generics?.find((g) => !g.needsCountry);
        // "rockets at army positions", "an army base": a description modifying a target noun names whose it is
        const onlyTarget = desc?.determiner === 'target';
        const modifiesTarget = beforeTarget(m.end, onlyTarget);
        if (desc && (onlyTarget ? modifiesTarget : det || desc.determiner === 'optional' || modifiesTarget)) {
          const fallbackRole = bare?.role ?? desc.fallback;
          const fallback = fallbackRole && fallbackRole !== 'social' ? genericActor(lex, fallbackRole === 'militia' ? 'unidentified' : fallbackRole, null) : null;
          // a target's owner is named firmly even without an antecedent: "army positions" are the state's army's
          push(from, m.end, { via: 'description', actor: fallback, kinds: [], confidence: modifiesTarget && !det ? 1 : CONFIDENCE.description, description: desc, ...(det || modifiesTarget ? { definite: true as const } : {}) });
        } else if (bare && (!stateFacility.has(words.slice(i, m.end).map((w) => w.key).join(' ')) || struckAt(i))) {
          emitGeneric(from, m.end, bare.role, null);
        }
        i = m.end;
      }
      // "Iyi Party members staged a demonstration": a protest with no recognised subject still has protesters
      for (const [sentence, k] of firstProtest) {
        if (out.some((m) => m.sentence === sentence && m.start < words[k].start && m.actor && m.confidence >= 0.3)) continue;
        const actor = genericActor(lex, 'protesters', null);
        out.push({ start: words[k].start, end: words[k].end, sentence, via: 'pattern', actor, kinds: ['protesters'], confidence: CONFIDENCE.implicitProtesters });
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

/** Adjectives of a country, not its name or capital: the demonym listed first ("Syrian", "U.S."), or one built like one ("American", "Saudi Arabian"). */
const ADJECTIVE_ENDING = /(?:ian|ean|can|ese|ish|i)$/i;
export function isCountryAdjective(word: string, d: DemonymEntry): boolean {
  if (d.country && word.toLowerCase() === d.country.toLowerCase()) return false;
  return word === d.words[0] || ADJECTIVE_ENDING.test(word);
}
