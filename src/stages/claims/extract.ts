import type { Claim, ClaimKind, ClaimQualifier } from '../../model/claim.ts';
import type { Span } from '../../model/span.ts';
import { createClaimantFinder } from './claimant.ts';
import type { ClaimLexicon, OutcomeCue } from './lexicon.ts';
import { alternation, numberPattern, parseNumber } from './numbers.ts';
import { lexiconRegExp, mayHoldNeed, startTable } from '../../lexicons/pattern.ts';

export type ClaimExtractor = (text: string, sentences: readonly Span[]) => Claim[];

/** Words that end a victim noun phrase: a clause or a prepositional phrase starts here. */
const NP_STOP = [
  'and', 'or', 'but', 'when', 'while', 'after', 'before', 'who', 'whom', 'whose', 'which', 'that', 'in', 'on', 'at', 'by', 'with',
  'during', 'as', 'including', 'near', 'following', 'since', 'into', 'across', 'for', 'to', 'was', 'were', 'is', 'are',
  'had', 'has', 'have', 'been', 'being', 'be', 'will', 'would', 'said', 'says', 'according', 'among', 'amid', 'inside', 'outside',
  'around', 'over', 'under', 'between', 'against', 'within', 'along', 'than', 'whereas', 'if', 'where', 'because', 'reportedly',
];
/** Words between a figure's noun and a passive cue ("were reportedly killed"). */
const AUX = [
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'reportedly', 'also', 'allegedly', 'all', 'both', 'later',
  'subsequently', 'then', 'reported', 'confirmed', 'believed', 'thought', 'said', 'to', 'got', 'get', 'found', 'now', 'each',
  'immediately', 'instantly', 'eventually', 'themselves', 'either', 'apparently', 'likely', 'presumably', 'possibly', 'may', 'might',
];
/** Manner words between auxiliary and cue ("were shot and killed", "was shot in the head and killed", "was badly injured"). */
const MANNER = String.raw`(?:(?:shot|stabbed|beaten|tortured|burned|burnt|run over|hit|struck|wounded|injured)(?:\s+(?:in|to|on)\s+the\s+\w+)?\s+and|badly|seriously|critically|severely|lightly|slightly|fatally|mortally|moderately|reportedly|allegedly|later)`;
const MONTH_NAMES = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const MONTH_BEFORE = new RegExp(String.raw`(?<![\w-])${MONTH_NAMES}\s*$`);
const MONTH_AFTER = new RegExp(String.raw`^\s+${MONTH_NAMES}(?![\w-])`);
/** A lone capitalised nationality or group word names a person ("a Palestinian", "an Iraqi"). */
const DEMONYM = /^[A-Z][a-z]+(?:ian|ean|i|ese|ish|an|ite|ene)$/;
/** Vague claims and bare articles count only when the phrase names people. */
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const INHERITING = new Set(['others', 'more', 'other', 'another', 'additional', 'further']);

interface Compiled {
  readonly lex: ClaimLexicon;
  readonly figure: RegExp;
  readonly left: RegExp;
  readonly right: RegExp;
  readonly activeFollow: RegExp;
  readonly subsetBefore: RegExp;
  readonly area: RegExp;
  readonly areaUnits: readonly { re: RegExp; km2: number }[];
  readonly before: readonly { re: RegExp; cue: OutcomeCue }[];
  readonly after: readonly { re: RegExp; cue: OutcomeCue }[];
  readonly phrases: readonly { re: RegExp; cue: OutcomeCue }[];
  readonly npAfter: RegExp;
  readonly reference: RegExp | null;
  /** A before cue and an area unit anywhere in a sentence, as quietSentence reads them; null when that reading is not sound. */
  readonly cueInSentence: RegExp | null;
  readonly unitInSentence: RegExp | null;
}

interface Figure {
  readonly start: number;
  readonly end: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: ClaimQualifier;
  /** "a", "the", "he": a single person, only when the phrase names one. */
  readonly singular: boolean;
  /** The article or pronoun itself, lower-cased, for singular figures. */
  readonly word?: string;
}

interface Found {
  readonly what: ClaimKind;
  readonly fig: Figure;
  readonly victims: string | null;
  /** End of the figure's noun phrase, for coordination ("killing 2 soldiers and 3 civilians"). */
  readonly phraseEnd: number;
  readonly viaBefore: boolean;
  readonly qualifierOverride: ClaimQualifier | null;
}

function compile(lex: ClaimLexicon): Compiled {
  const num = numberPattern(lex);
  const qual = alternation(lex.qualifiers.keys());
  const vague = alternation(lex.vagueAmounts);
  const singular = 'a|an|another|the|he|she|him|her';
  const figure = lexiconRegExp(
    String.raw`(?<![\w.,-])(?:(?<qual>${qual})\s+)?(?:between\s+(?<rlo>${num})\s+(?:and|to|-)\s+(?<rhi>${num})|(?<num>${num})(?:\s*(?:-|–|—|to|or)\s*(?<num2>${num}))?|(?<vague>${vague})|(?<sing>${singular}))(?![\w-])`,
    'gi',
  );
  const beforeCues = lex.outcomes.filter((o) => o.role === 'before');
  const referenceCues = lex.outcomes.filter((o) => o.role === 'reference');
  const afterCues = lex.outcomes.filter((o) => o.role === 'after');
  const beforeAll = beforeCues.map((o) => `(?:${o.pattern})`).join('|');
  const afterAll = afterCues.map((o) => `(?:${o.pattern})`).join('|');
  const stop = alternation([...NP_STOP, ...lex.speechVerbs]);
  const npWord = String.raw`(?!(?:${stop}|${afterAll})(?![\w-]))[\w'’()./-]+`;
  return {
    lex,
    figure,
    left: lexiconRegExp(String.raw`(?<![\w-])(${beforeAll})(?:\s+(?:and|or|and/or)\s+(${beforeAll}))?\s+$`, 'i'),
    right: new RegExp(
      String.raw`(?<np>(?:\s+of(?![\w-]))?(?:\s+${npWord}){0,7}?)(?<incl>,?\s+including(?:\s+${npWord}){1,5}?,?)?\s+(?<aux>(?:(?:${alternation(AUX)})\s+){0,4})(?:${MANNER}\s+){0,2}(?<cue>${afterAll})(?![\w-])`,
      'iy',
    ),
    activeFollow: new RegExp(String.raw`^\s+(?:(?:${qual})\s+)?(?:${num}|${vague}|a|an|the|his|her|their|its|them|him|it|this|these|those|one)(?![\w-])`, 'i'),
    subsetBefore: /(?:including|among them|among whom|among those|of whom|of which|of them|such as)\s*:?\s*$/i,
    area: new RegExp(String.raw`^\s*(?:${lex.areaUnits.map((u) => `(?:${u.pattern})`).join('|') || '(?!)'})(?![\w-])`, 'i'),
    areaUnits: lex.areaUnits.map((u) => ({ re: new RegExp(String.raw`^\s*(?:${u.pattern})(?![\w-])`, 'i'), km2: u.km2 })),
    before: beforeCues.map((cue) => ({ re: new RegExp(`^(?:${cue.pattern})$`, 'i'), cue })),
    after: afterCues.map((cue) => ({ re: new RegExp(`^(?:${cue.pattern})$`, 'i'), cue })),
    phrases: lex.outcomes
      .filter((o) => o.role === 'zero' || o.role === 'unknown' || o.role === 'vague-noun')
      .map((cue) => ({ re: lexiconRegExp(String.raw`(?<![\w-])(?:${cue.pattern})(?![\w-])`, 'gi'), cue })),
    npAfter: new RegExp(String.raw`(?:\s+of(?![\w-]))?(?:\s+${npWord}){0,8}`, 'y'),
    ...inSentence(beforeCues.map((o) => o.pattern), lex.areaUnits.map((u) => u.pattern)),
    reference: referenceCues.length ? lexiconRegExp(String.raw`(?<![\w-])(?:${referenceCues.map((o) => `(?:${o.pattern})`).join('|')})(?![\w-])`, 'i') : null,
  };
}

/** Lookarounds, anchors and word boundaries: what lets a pattern's match depend on text outside it. */
const LOOKS_OUTSIDE = /\(\?(?!:)|\\[bBk1-9]|[$^]/;

/**
 * Before cues and area units looked for in the whole sentence (see findInSentence). Left cues are read in the
 * BEFORE_REACH characters before a figure and units right after it, both slices of the sentence: a cue or unit pattern
 * that cannot look outside its own match (no lookaround, anchor or boundary) matches the same characters in the
 * sentence. Under the same guard, too, but where the slice before a figure cuts a word (checked figure by figure). A unit
 * opening with a word character (its start table says so) comes after a space, as no figure ends before a word
 * character. Null where a pattern could look outside its match.
 */
function inSentence(cues: readonly string[], units: readonly string[]): Pick<Compiled, 'cueInSentence' | 'unitInSentence'> {
  const sound = (ps: readonly string[]) => !ps.some((p) => LOOKS_OUTSIDE.test(p));
  const alt = (ps: readonly string[]): string => ps.map((p) => `(?:${p})`).join('|') || '(?!)';
  const unit = String.raw`(?<![\w-])(?:${alt(units)})(?![\w-])`;
  return {
    cueInSentence: sound(cues) ? lexiconRegExp(String.raw`(?<![\w-])(?:${alt(cues)})`, 'i') : null,
    unitInSentence: sound(units) && (!units.length || startTable(unit, 'i')) ? lexiconRegExp(unit, 'i') : null,
  };
}

/** How far before a figure a cue governing it is looked for. */
const BEFORE_REACH = 90;

const isWordOrHyphen = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x2d;

function classify(list: Compiled['before'], word: string): OutcomeCue | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  for (const { re, cue } of list) if (re.test(w)) return cue;
  return null;
}

function readFigure(m: RegExpExecArray, c: Compiled): Figure | null {
  const g = m.groups ?? {};
  const qualWord = g.qual?.toLowerCase().replace(/\s+/g, ' ');
  const qualifier: ClaimQualifier = (qualWord && c.lex.qualifiers.get(qualWord)) || 'exact';
  const start = m.index;
  const end = m.index + m[0].length;
  if (g.rlo !== undefined || g.num2 !== undefined) {
    const lo = parseNumber(g.rlo ?? g.num, c.lex);
    const hi = parseNumber(g.rhi ?? g.num2, c.lex);
    if (lo === null || hi === null || hi <= lo) return null;
    return { start, end, low: lo, high: hi, qualifier: 'range', singular: false };
  }
  if (g.num !== undefined) {
    const v = parseNumber(g.num, c.lex);
    if (v === null) return null;
    if (qualifier === 'at_least') return { start, end, low: v, high: null, qualifier, singular: false };
    if (qualifier === 'at_most') return { start, end, low: null, high: v, qualifier, singular: false };
    return { start, end, low: v, high: v, qualifier, singular: false };
  }
  if (g.vague !== undefined) return { start, end, low: null, high: null, qualifier: 'vague', singular: false };
  return { start, end, low: 1, high: 1, qualifier: 'exact', singular: true, word: (g.sing ?? '').toLowerCase() };
}

function cleanVictims(raw: string): string | null {
  const v = raw.replace(/^\s*of(?![\w-])\s*/i, '').replace(/[\s(),.-]+$/, '').replace(/^[\s(]+/, '').trim();
  return v === '' ? null : v;
}

function headWord(victims: string | null): string | null {
  if (!victims) return null;
  const beforeOf = victims.toLowerCase().split(/\s+of\s+/)[0];
  const words = beforeOf.split(/\s+/);
  return words[words.length - 1].replace(/[^\w%$²-]/g, '') || null;
}

function namesPeople(victims: string | null, lex: ClaimLexicon): boolean {
  if (!victims) return false;
  for (const raw of victims.toLowerCase().split(/[\s/-]+/)) {
    const w = raw.replace(/[^\w]/g, '');
    if (lex.persons.has(w) || PERSON_PRONOUNS.has(w)) return true;
    if (w.endsWith('s') && lex.persons.has(w.slice(0, -1))) return true;
    if (w.endsWith('es') && lex.persons.has(w.slice(0, -2))) return true;
    if (w.endsWith('men') && lex.persons.has(`${w.slice(0, -3)}man`)) return true;
    if (w.endsWith('ren') && lex.persons.has(w.slice(0, -3))) return true;
  }
  return false;
}

/** Builds the pure extractor; all regexes are compiled here, once. */
/** Verbs of recovering bodies, right before the figure. */
const RECOVERED_BEFORE = /\b(?:pulled|recovered|retrieved|removed|dug out|found|discovered|collected)\s+(?:\w+\s+){0,2}$/i;

export function createClaimExtractor(lex: ClaimLexicon): ClaimExtractor {
  const c = compile(lex);
  const claimantFinder = createClaimantFinder(lex);

  return (text, sentences) => {
    const claims: Claim[] = [];
    const claimants = claimantFinder(text, sentences);
    for (let si = 0; si < sentences.length; si++) {
      const sentence = sentences[si];
      const found = findInSentence(c, text, sentence);
      for (const f of found) {
        const q = f.qualifierOverride && f.fig.qualifier !== 'vague' ? f.qualifierOverride : f.fig.qualifier;
        let low = f.fig.low;
        let high = f.fig.high;
        // "teams pulled three bodies from the rubble": a count of bodies recovered so far bounds the toll from below
        if (f.what === 'killed' && q === 'exact' && RECOVERED_BEFORE.test(text.slice(Math.max(sentence.start, f.fig.start - 40), f.fig.start))) {
          claims.push({ start: f.fig.start, end: f.fig.end, what: f.what, low, high: null, qualifier: 'at_least', claimant: claimants(si, f.fig.start), victims: f.victims });
          continue;
        }
        if (q === 'at_most' && f.fig.qualifier !== 'at_most') {
          // "8 killed or injured", "10 casualties": anywhere from none to all of them
          high = f.fig.high ?? f.fig.low;
          low = 0;
        }
        claims.push({
          start: f.fig.start,
          end: f.fig.end,
          what: f.what,
          low,
          high,
          qualifier: q,
          claimant: claimants(si, f.fig.start),
          victims: f.victims,
        });
      }
    }
    return claims;
  };
}

function findInSentence(c: Compiled, text: string, sentence: Span): Found[] {
  const s = text.slice(sentence.start, sentence.end);
  const base = sentence.start;
  const out: Found[] = [];
  const taken: Span[] = [];
  const isTaken = (a: number, b: number): boolean => taken.some((t) => a < t.end && t.start < b);
  const figures: Figure[] = [];
  c.figure.lastIndex = 0;
  for (let m = c.figure.exec(s); m; m = c.figure.exec(s)) {
    const fig = readFigure(m, c);
    if (fig) figures.push(fig);
  }
  // a figure becomes a claim only through a cue before it, a passive cue after it or an area unit: in a sentence that
  // holds none of them (most sentences) a figure is read no further, but where the slice before it cuts a word
  let rightMay: boolean | undefined = figures.length ? mayHoldNeed(c.right, s) : undefined;
  const quiet = rightMay === false && c.cueInSentence !== null && c.unitInSentence !== null && !c.cueInSentence.test(s) && !c.unitInSentence.test(s);
  let lastArea: Found | null = null;
  // figures with no cue yet, which a later passive cue may still govern ("2 soldiers and 3 militants were killed")
  let pending: { fig: Figure; victims: string | null; phraseEnd: number }[] = [];
  for (const fig of figures) {
    if (quiet && !(fig.start > BEFORE_REACH && isWordOrHyphen(s.charCodeAt(fig.start - BEFORE_REACH - 1)))) continue;
    const after = s.slice(fig.end);
    const beforeText = s.slice(Math.max(0, fig.start - BEFORE_REACH), fig.start);
    // area figures: "250 square km (96 square miles)" → one claim, converted to km²
    if (!fig.singular && fig.qualifier !== 'vague') {
      const unit = c.areaUnits.find((u) => u.re.test(after));
      if (unit) {
        const inParens = lastArea !== null && /^\s*\(\s*$/.test(s.slice(lastArea.phraseEnd, fig.start));
        const unitMatch = unit.re.exec(after);
        const phraseEnd = fig.end + (unitMatch ? unitMatch[0].length : 0);
        if (!inParens) {
          const conv = (v: number | null): number | null => (v === null ? null : Math.round(v * unit.km2 * 100) / 100);
          const f: Found = {
            what: 'area_km2',
            fig: { ...fig, start: base + fig.start, end: base + phraseEnd, low: conv(fig.low), high: conv(fig.high) },
            victims: null,
            phraseEnd,
            viaBefore: false,
            qualifierOverride: null,
          };
          out.push(f);
          lastArea = f;
        }
        taken.push({ start: fig.start, end: phraseEnd });
        continue;
      }
    }
    if (c.subsetBefore.test(beforeText)) continue;
    // "6 February 2022": a date, not a count
    if (MONTH_BEFORE.test(beforeText) || MONTH_AFTER.test(after)) continue;
    // "protesting against the killing of 2 …": the figure recalls another event
    if (c.reference && c.reference.test(s.slice(Math.max(0, fig.start - 160), fig.start))) continue;

    // "killing 2 civilians", "the death of 1 soldier", "killing and injuring dozens"
    const left = c.left.exec(beforeText);
    if (left) {
      c.npAfter.lastIndex = fig.end;
      const np = c.npAfter.exec(s);
      const victims = cleanVictims(np ? np[0] : '');
      const phraseEnd = fig.end + (np ? np[0].length : 0);
      const leftCues = [left[1], left[2]].filter((w): w is string => !!w).map((w) => classify(c.before, w)).filter((x): x is OutcomeCue => x !== null);
      if (leftCues.length && leftCues.every((cue) => acceptable(c, fig, victims, cue.what))) {
        const cues = leftCues;
        // "killing and injuring 8": how many of each is unknown, so each is "up to 8"
        const mixed = new Set(cues.map((x) => x.what)).size > 1;
        for (const cue of cues) out.push({ what: cue.what, fig, victims, phraseEnd, viaBefore: true, qualifierOverride: mixed ? 'at_most' : cue.qualifier });
        taken.push({ start: fig.start, end: phraseEnd });
        continue;
      }
    }

    // "3 people were killed", "117 of his fighters had been killed", "6 others injured"
    // every match holds an outcome cue ("killed", "dead") at a word start: a sentence with none is not tried figure by figure
    rightMay ??= mayHoldNeed(c.right, s);
    c.right.lastIndex = fig.end;
    const right = rightMay ? c.right.exec(s) : null;
    if (right && right.groups) {
      const cue = classify(c.after, right.groups.cue);
      const victims = cleanVictims(right.groups.np);
      // "had killed" is active; only a passive or copular auxiliary makes the figure the victim
      const hasAux = /\b(?:was|were|is|are|been|being|be|got|get|reportedly|allegedly|reported|confirmed|believed|found)\b/i.test(right.groups.aux);
      const phraseEnd = right.index + right[0].length;
      const active = !hasAux && !cue?.intransitive && c.activeFollow.test(s.slice(phraseEnd));
      const pluralAux = /^(?:were|are|have)\b/i.test(right.groups.aux.trim());
      // one person needs a verb ("was killed", "died"); a loss noun ("death", "body") only with a possessive ("a man's body")
      const cueWord = right.groups.cue.toLowerCase();
      const verbLike = /^(?:died|dies|die|perished|succumbed|lost)\b/.test(cueWord) || (/^bod/.test(cueWord) && /['’]s$/.test(right.groups.np.trim()));
      const singularOk = !fig.singular || ((hasAux || verbLike) && !pluralAux);
      if (cue && !active && singularOk && acceptable(c, fig, victims, cue.what) && !isTaken(fig.start, fig.end)) {
        out.push({ what: cue.what, fig, victims, phraseEnd, viaBefore: false, qualifierOverride: cue.qualifier });
        taken.push({ start: fig.start, end: phraseEnd });
        let next = fig.start;
        for (let k = pending.length - 1; k >= 0; k--) {
          const p = pending[k];
          // the link next to the cue's own figure must be "and"; earlier links may be list commas
          const link = k === pending.length - 1 ? /^\s*,?\s*(?:and|as well as)(?:\s+(?:his|her|their))?\s*$/i : /^\s*(?:,|,?\s*and)\s*$/i;
          if (!link.test(s.slice(p.phraseEnd, next))) break;
          out.push({ what: cue.what, fig: p.fig, victims: p.victims, phraseEnd: p.phraseEnd, viaBefore: false, qualifierOverride: cue.qualifier });
          taken.push({ start: p.fig.start, end: p.phraseEnd });
          next = p.fig.start;
        }
        pending = [];
        continue;
      }
    }

    // coordination: "killed 2 soldiers and 3 civilians" — the second figure shares the verb
    const prev = out[out.length - 1];
    if (prev && prev.viaBefore && prev.what !== 'area_km2' && !fig.singular) {
      const gap = s.slice(prev.phraseEnd, fig.start);
      if (/^\s*(?:,\s*)?(?:and|as well as|plus|,)\s*$/i.test(gap)) {
        c.npAfter.lastIndex = fig.end;
        const np = c.npAfter.exec(s);
        const victims = cleanVictims(np ? np[0] : '');
        if (acceptable(c, fig, victims, prev.what)) {
          const phraseEnd = fig.end + (np ? np[0].length : 0);
          for (const sibling of out.filter((o) => o.fig === prev.fig)) {
            out.push({ ...sibling, fig, victims, phraseEnd });
          }
          taken.push({ start: fig.start, end: phraseEnd });
          continue;
        }
      }
    }
    // (a pending figure waits for a passive cue: in a sentence that can hold none, it would wait in vain)
    if (!fig.singular && rightMay) {
      c.npAfter.lastIndex = fig.end;
      const np = c.npAfter.exec(s);
      const victims = cleanVictims(np ? np[0] : '');
      if (acceptable(c, fig, victims, 'killed')) pending.push({ fig, victims, phraseEnd: fig.end + (np ? np[0].length : 0) });
    }
  }

  // "no fatalities", "fatalities unknown", "heavy casualties"
  const extra: Found[] = [];
  for (const { re, cue } of c.phrases) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const a = m.index;
      const b = a + m[0].length;
      if (isTaken(a, b)) continue;
      if (cue.role === 'zero' && /\bother\s*$/i.test(s.slice(Math.max(0, a - 8), a))) continue;
      const zero = cue.role === 'zero';
      extra.push({
        what: cue.what,
        fig: { start: a, end: b, low: zero ? 0 : null, high: zero ? 0 : null, qualifier: zero ? 'exact' : 'vague', singular: false },
        victims: null,
        phraseEnd: b,
        viaBefore: false,
        qualifierOverride: null,
      });
      taken.push({ start: a, end: b });
    }
  }

  const all = [...out, ...extra].sort((x, y) => x.fig.start - y.fig.start);
  const result: Found[] = [];
  for (const f of all) {
    let victims = f.victims;
    const firstWord = victims?.toLowerCase().split(/\s+/)[0] ?? null;
    if (firstWord !== null && INHERITING.has(firstWord) && victims !== null && victims.split(/\s+/).length === 1) {
      const earlier = [...result].reverse().find((r) => r.victims && !INHERITING.has(r.victims.toLowerCase().split(/\s+/)[0]));
      if (earlier) victims = earlier.victims;
    }
    if (f.what === 'area_km2') {
      result.push(f);
      continue;
    }
    result.push({ ...f, victims, fig: { ...f.fig, start: base + f.fig.start, end: base + f.fig.end } });
  }
  return result;
}

/**
 * A figure counts people unless its noun says otherwise ("50 km", "18 months", "eight air strikes").
 * A bare article needs a noun phrase, and for captures and displacement a person noun ("captured a
 * town" is no prisoner); a vague amount needs a person noun or a loss cue of its own.
 */
function acceptable(c: Compiled, fig: Figure, victims: string | null, what: ClaimKind): boolean {
  if (victims !== null && /\d/.test(victims) && !/^\S+[\s-]+years?\b/i.test(victims) && !/^\(/.test(victims)) {
    // another figure inside the phrase means the phrase ran past this figure's noun
    if (!fig.singular) return false;
  }
  const words = victims ? victims.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\w%$]/g, '')) : [];
  const head = headWord(victims);
  if (head && c.lex.notVictims.has(head)) return false;
  if (words.length && c.lex.notVictims.has(words[0]) && !(words.length > 1 && namesPeople(words[1], c.lex))) return false;
  const needsPerson = what === 'captured' || what === 'displaced' || fig.qualifier === 'vague';
  if (fig.singular || fig.qualifier === 'vague') {
    const firstWord = words[0];
    if (victims === null) return fig.qualifier === 'vague' || fig.word === 'another' || PERSON_PRONOUNS.has(fig.word ?? '');
    if (PERSON_PRONOUNS.has(fig.word ?? '')) return false;
    // "the 3 soldiers": the number, not the article, is the figure; "a sixteen-year-old boy" is still one
    const ageFollows = /^\S+[\s-]+years?\b/i.test(victims);
    if (!ageFollows && (/^\d/.test(victims) || (firstWord !== undefined && c.lex.numberValues.has(firstWord)))) return false;
    const person = namesPeople(victims, c.lex) || INHERITING.has(victims.toLowerCase()) || DEMONYM.test(victims.split(/\s+/)[0]);
    return person || !needsPerson;
  }
  return true;
}
