import type { Actor } from '../../model/actor.ts';
import type { Token } from '../../model/document.ts';
import { slugOf } from './generic.ts';
import type { ActorLexicon, KindHeadEntry } from './lexicon.ts';
import type { RawMention } from './match.ts';
import { newTrie, phraseKeys, trieInsert, trieLongest, wordsOf, type TrieNode, type Word } from './words.ts';

// Why: a group no lexicon lists ("the Nawasi Force, a Salafist-led armed group", "a militia known as the Hamza Guards",
// "the Zawiya Shield militia") named no actor, so the event took the appositive's bare "armed group" (an unidentified
// group of the country), its victims' side, or nothing. The text itself says what kind of actor the name is: the kind
// nouns of actor-kind-heads.jsonl, standing in apposition, before "known as", or right after the name, type it.

/** Words after which the name is a place or a time, not a party: "In Tripoli, an armed group based there …". */
const GOVERNING = new Set(['in', 'on', 'at', 'near', 'into', 'across', 'outside', 'inside', 'around', 'toward', 'towards', 'through', 'since', 'until', 'during']);
/** Words that may not stand among an appositive's modifiers: "X, a leader of an armed group" types the leader, not X. */
const NOT_MODIFIER = new Set([...GOVERNING, 'from', 'to', 'of', 'for', 'against', 'with', 'by', 'and', 'or', 'but', 'than', 'as', 'like', 'that', 'which', 'who', ',', '(', ')', ';', ':']);
/** What may follow an appositive's head: its end, or a clause that goes on describing it ("an armed group based in …"). */
const AFTER_HEAD = new Set([',', '.', ';', ':', ')', '\u2014', '"', '\u201d', 'that', 'which', 'who', 'based', 'operating', 'active', 'loyal', 'linked', 'allied', 'aligned', 'backed', 'known', 'fighting', 'in', 'from', 'with', 'accused', 'blamed', 'led', 'controlling', 'opposed', 'close', 'affiliated']);
/** "known as", "called": the name follows the kind noun. */
const NAMING = [['known', 'as'], ['called'], ['calling', 'itself'], ['calling', 'themselves'], ['named'], ['dubbed']];
const ARTICLES = new Set(['a', 'an', 'the']);
/** Calendar words are capitalised but never a group's name ("On Monday, a militia …"). */
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

interface Head {
  readonly kind: KindHeadEntry['kind'];
  readonly inter: KindHeadEntry['inter'];
  readonly where: KindHeadEntry['where'];
  readonly after: ReadonlySet<string> | null;
}

interface Prepared {
  readonly heads: TrieNode<Head>;
  readonly connectors: ReadonlySet<string>;
  readonly notAName: ReadonlySet<string>;
}

/** The kind nouns' trie and the word sets, built once per lexicon: built per document they doubled the actors stage's time. */
const PREPARED = new WeakMap<ActorLexicon, Prepared>();

function prepared(lex: ActorLexicon): Prepared {
  const cached = PREPARED.get(lex);
  if (cached) return cached;
  const heads: TrieNode<Head> = newTrie();
  for (const h of lex.kindHeads) for (const p of h.heads) trieInsert(heads, p, { kind: h.kind, inter: h.inter, where: h.where, after: h.after ? new Set(h.after.map((w) => phraseKeys(w).keys.at(-1)!)) : null }, (a) => a);
  const connectors = new Set((lex.cues.get('connector') ?? []).map((w) => phraseKeys(w).keys.join(' ')));
  const notAName = new Set<string>([...ARTICLES, ...CALENDAR]);
  for (const d of lex.demonyms) for (const w of d.words) notAName.add(phraseKeys(w).keys.join(' '));
  const made = { heads, connectors, notAName };
  PREPARED.set(lex, made);
  return made;
}

/**
 * Mentions of unknown names typed by a kind noun, and of their later bare repetitions in the document; `known` are the
 * matcher's mentions: a name that overlaps a lexicon name keeps it, and the generic mentions inside a typed phrase
 * ("a Salafist-led armed group") are replaced by the typed actor.
 */
export function findTypedNames(text: string, tokens: readonly Token[], lex: ActorLexicon, known: readonly RawMention[]): RawMention[] {
  if (!lex.kindHeads.length) return [...known];
  const words = wordsOf(text, tokens);
  const { heads, connectors, notAName } = prepared(lex);
  const same = (a: number, b: number): boolean => a >= 0 && b < words.length && words[a].sentence === words[b].sentence;
  const isNameWord = (w: Word): boolean => (w.capital && !ARTICLES.has(w.key)) || (connectors.has(w.key) && !w.capital);
  /** A name needs one capitalised word that is no country, people, article or date. */
  const meaningful = (from: number, to: number): boolean => words.slice(from, to).some((w) => w.capital && !notAName.has(w.key));
  /** A lexicon actor already named there: the lexicon knows better than a kind noun. */
  const lexiconNamed = (start: number, end: number): boolean =>
    known.some((m) => m.start < end && start < m.end && m.actor !== null && m.via === 'name' && !m.actor.id.startsWith('unidentified') && !m.actor.id.startsWith('civilians'));

  /** The name ending at word `last` (inclusive), read backwards: [first index, or -1]. */
  const nameBackFrom = (last: number): number => {
    let end = last;
    if (words[end]?.key === ')') {
      let open = end - 1;
      while (open > 0 && same(open, end) && words[open].key !== '(' && end - open < 5) open--;
      if (words[open]?.key !== '(') return -1;
      end = open - 1;
    }
    let k = end;
    while (k >= 0 && same(k, end) && isNameWord(words[k])) k--;
    let first = k + 1;
    while (first <= end && !words[first].capital) first++;
    if (first > end || !meaningful(first, end + 1)) return -1;
    // (a name that opens its sentence with one word may be any capitalised word: "Local militia …")
    if (first === 0 || !same(first - 1, first)) {
      if (end - first < 1) return -1;
    } else {
      const before = words[first - 1].key === 'the' && same(first - 2, first) ? words[first - 2] : words[first - 1];
      if (GOVERNING.has(before.key)) return -1;
    }
    return first;
  };
  /** The name starting at word `k`, read forwards (after "known as"): one past its last word, or -1. */
  const nameForwardFrom = (k: number): number => {
    if (words[k]?.key === 'the' && same(k, k + 1)) k++;
    if (!words[k]?.capital) return -1;
    let j = k;
    while (j < words.length && same(k, j) && isNameWord(words[j])) j++;
    while (j > k && !words[j - 1].capital) j--;
    return j > k && meaningful(k, j) ? j : -1;
  };

  const typed: { from: number; to: number; span: [number, number]; actor: Actor }[] = [];
  const actorOf = (from: number, to: number, head: Head, suffix: string | null): Actor => {
    let name = text.slice(words[from].start, words[to - 1].end).replace(/\s+/g, ' ');
    if (suffix && !name.toLowerCase().endsWith(suffix.toLowerCase())) name = `${name} ${suffix}`;
    return { id: slugOf(name), name, inter: head.inter, country: null, kind: head.kind };
  };

  for (let k = 0; k < words.length; k++) {
    const m = trieLongest(heads, words, k);
    if (!m) continue;
    const head = m.payload;
    if (head.after && !(k > 0 && same(k - 1, k) && head.after.has(words[k - 1].key))) continue;
    const after = words[m.end];
    const ends = !after || !same(m.end - 1, m.end) || AFTER_HEAD.has(after.key);
    // "the Nawasi Force, a Salafist-led armed group,"
    if (head.where.includes('appositive') && ends) {
      let j = k - 1;
      while (j >= 0 && same(j, k) && k - j <= 4 && !ARTICLES.has(words[j].key) && !NOT_MODIFIER.has(words[j].key)) j--;
      if (j >= 1 && ARTICLES.has(words[j].key) && words[j - 1].key === ',' && same(j - 1, k)) {
        const first = nameBackFrom(j - 2);
        if (first >= 0 && !lexiconNamed(words[first].start, words[j - 2].end)) {
          typed.push({ from: first, to: j - 1, span: [words[j].start, words[m.end - 1].end], actor: actorOf(first, j - 1, head, null) });
          k = m.end - 1;
          continue;
        }
      }
    }
    // "a militia known as the Hamza Guards", "a group calling itself Christian State – Holy Rus"
    if (head.where.includes('known-as')) {
      const naming = NAMING.find((n) => n.every((w, i) => words[m.end + i]?.key === w && same(k, m.end + i)));
      if (naming) {
        const at = m.end + naming.length;
        const to = nameForwardFrom(at);
        const from = words[at].key === 'the' ? at + 1 : at;
        if (to > 0 && !lexiconNamed(words[from].start, words[to - 1].end)) {
          // (the phrase takes in its modifiers, so that "carried out by a militant group called X" reads its agent)
          let first = k;
          while (first > 0 && same(first - 1, k) && k - first < 3 && !ARTICLES.has(words[first - 1].key) && !NOT_MODIFIER.has(words[first - 1].key) && !words[first - 1].capital) first--;
          typed.push({ from, to, span: [words[first].start, words[m.end - 1].end], actor: actorOf(from, to, head, null) });
          k = to - 1;
          continue;
        }
      }
    }
    // "the Zawiya Shield militia": a name right before the kind noun
    if (head.where.includes('trailing') && k > 0 && same(k - 1, k) && isNameWord(words[k - 1]) && words[k - 1].capital) {
      const first = nameBackFrom(k - 1);
      if (first >= 0 && !lexiconNamed(words[first].start, words[m.end - 1].end)) {
        typed.push({ from: first, to: k, span: [words[first].start, words[m.end - 1].end], actor: actorOf(first, k, head, head.kind === 'militia' && m.end - k === 1 ? 'Militia' : null) });
        k = m.end - 1;
      }
    }
  }
  if (!typed.length) return [...known];

  const out: RawMention[] = [];
  for (const t of typed) {
    const start = words[t.from].start;
    const end = words[t.to - 1].end;
    // (the trailing form's phrase holds its name: one mention)
    if (!(t.span[0] <= start && end <= t.span[1])) out.push({ start, end, sentence: words[t.from].sentence, via: 'pattern', actor: t.actor, kinds: [t.actor.kind as Head['kind']], confidence: 0.75 });
    out.push({ start: t.span[0], end: t.span[1], sentence: words[t.from].sentence, via: 'pattern', actor: t.actor, kinds: [t.actor.kind as Head['kind']], confidence: 0.6 });
  }
  // later bare repetitions of a typed name ("… Nawasi Force fighters said") are the same actor
  // (and so are the short form a name gives in brackets and the name without it: "the Special Deterrence Force (Rada)"
  // is later "Rada" or "the Special Deterrence Force")
  const forms: { keys: string[]; actor: Actor }[] = [];
  for (const t of typed) {
    const keys = words.slice(t.from, t.to).map((w) => w.key);
    forms.push({ keys, actor: t.actor });
    const open = keys.indexOf('(');
    if (open > 0 && keys.at(-1) === ')') {
      forms.push({ keys: keys.slice(0, open), actor: t.actor });
      const short = keys.slice(open + 1, -1);
      if (short.length && !short.every((k) => notAName.has(k))) forms.push({ keys: short, actor: t.actor });
    }
  }
  for (const t of forms) {
    const keys = t.keys;
    for (let i = 0; i + keys.length <= words.length; i++) {
      if (!words[i].capital || !keys.every((key, n) => words[i + n].key === key && same(i, i + n))) continue;
      const start = words[i].start;
      const end = words[i + keys.length - 1].end;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, sentence: words[i].sentence, via: 'pattern', actor: t.actor, kinds: [t.actor.kind as Head['kind']], confidence: 0.75 });
    }
  }
  // "Gunmen from the Zawiya Shield militia", "members of the Orthodox Legion": the bare noun before is that group's men,
  // not an unidentified armed group of the country
  for (const t of typed) {
    let p = t.from - 1;
    if (p >= 0 && words[p].key === 'the') p--;
    if (p < 1 || !same(p, t.from) || (words[p].key !== 'from' && words[p].key !== 'of')) continue;
    const men = known.find((r) => r.end === words[p - 1].end && r.sentence === words[p].sentence && (r.actor === null || r.actor.id.startsWith('unidentified')));
    if (men && !out.some((o) => men.start < o.end && o.start < men.end)) out.push({ ...men, via: 'pattern', actor: t.actor, kinds: [t.actor.kind as Head['kind']], confidence: 0.75 });
  }
  const kept = known.filter((r) => !out.some((o) => r.start < o.end && o.start < r.end));
  return [...kept, ...out].sort((a, b) => a.start - b.start || b.end - a.end);
}
