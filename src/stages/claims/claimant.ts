import type { Span } from '../../model/span.ts';
import type { ClaimLexicon } from './lexicon.ts';
import { alternation } from './numbers.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';

/** For one text: who claims a figure at an offset in a sentence (null = the report's own voice). */
export type ClaimantLookup = (sentenceIndex: number, offset: number) => string | null;

interface Attribution {
  /** Offset of the reporting verb or "according to" cue, absolute. */
  readonly at: number;
  readonly who: string;
  readonly pronoun: boolean;
  readonly inQuote: boolean;
}

/** Words that end a subject phrase when walking back from its verb. */
const SUBJECT_BOUNDARY = new Set([
  'that', 'and', 'but', 'while', 'when', 'after', 'as', 'which', 'who', 'because', 'if', 'since', 'had', 'has', 'have', 'was', 'were',
  'is', 'are', 'will', 'would', 'where', 'whereas', 'although', 'though', 'than', 'so',
]);
const VERBISH = /\b(?:was|were|is|are|had|has|have|will|would|did|does|do|killed|killing|wounded|injured|captured)\b|\d/;
const MAX_WORDS = 9;
/** "OUAGADOUGOU (Sitrep Wire) - ", "AMMAN/BEIRUT (Reuters) - ": the place a story was filed from never speaks. */
const DATELINE_PREFIX = /^\s*[A-Z][A-Z.'’\/ -]{1,60}(?:,\s*[A-Z][\w .'’-]{1,40})?\s*\([^)]{1,40}\)\s*(?:-|—|–|--)\s*/;

/** Intervals inside quotation marks; straight quotes toggle, curly ones open/close; a paragraph break closes. */
function quoteIntervals(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n' && open >= 0) {
      out.push({ start: open, end: i });
      open = -1;
    } else if (ch === '“' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((ch === '”' || ch === '"') && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

function quoteAt(quotes: readonly Span[], offset: number): Span | null {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return q;
  }
  return null;
}

export function createClaimantFinder(lex: ClaimLexicon): (text: string, sentences: readonly Span[]) => ClaimantLookup {
  // case-sensitive: a capitalised "Said" is far more often a name than a sentence-initial verb
  const speech = lexiconRegExp(String.raw`(?<![\w-])(?:${alternation(lex.speechVerbs)})(?![\w-])`, 'g');
  const according = lexiconRegExp(String.raw`(?<![\w-])(?:${alternation(lex.accordingCues)})\s+([^,.;:()"“”]+)`, 'gi');

  function clean(raw: string): { who: string; pronoun: boolean } | null {
    let words = raw
      .replace(/[“”"‘’]/g, ' ')
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '' && w !== '-' && w !== '--');
    while (words.length && lex.fillers.has(words[0].toLowerCase())) words = words.slice(1);
    while (words.length && (lex.fillers.has(words[words.length - 1].toLowerCase()) || /^on$/i.test(words[words.length - 1]))) words = words.slice(0, -1);
    if (words.length === 0 || words.length > MAX_WORDS) return null;
    const who = words.join(' ').replace(/^[,;:]+|[,;:]+$/g, '');
    if (!who || !/[a-z]/i.test(who)) return null;
    const pronoun = words.length === 1 && lex.pronouns.has(words[0].toLowerCase());
    return { who, pronoun };
  }

  /** Subject before a reporting verb: "Amaq news agency, affiliated with IS, earlier said" → "Amaq news agency". */
  function subjectBefore(text: string): { who: string; pronoun: boolean } | null {
    const region = text.replace(DATELINE_PREFIX, '');
    const segments = region.split(/[,;(]|\s--?\s|\s—\s/);
    if (!VERBISH.test(region) && segments[0].trim().split(/\s+/).length <= MAX_WORDS && segments[0].trim() !== '') return clean(segments[0]);
    const last = segments[segments.length - 1].trim().split(/\s+/);
    const kept: string[] = [];
    for (let i = last.length - 1; i >= 0 && kept.length < MAX_WORDS; i--) {
      if (SUBJECT_BOUNDARY.has(last[i].toLowerCase())) break;
      kept.unshift(last[i]);
    }
    return clean(kept.join(' '));
  }

  /** Subject after an inverted verb: "…,” said Talas al Salameh, the commander" → "Talas al Salameh". */
  function subjectAfter(rest: string): { who: string; pronoun: boolean } | null {
    const m = /^\s*([^,.;:()"“”]+)/.exec(rest);
    if (!m) return null;
    const first = m[1].trim().split(/\s+/)[0] ?? '';
    if (/^(?:that|in|on|at|it|there|to|the\s+\d)$/i.test(first) || /^[\d$]/.test(first)) return null;
    return clean(m[1]);
  }

  return (text, sentences) => {
    const quotes = quoteIntervals(text);
    const cache = new Map<number, Attribution[]>();

    function attributions(si: number): Attribution[] {
      const hit = cache.get(si);
      if (hit) return hit;
      const sent = sentences[si];
      const s = text.slice(sent.start, sent.end);
      const out: Attribution[] = [];
      according.lastIndex = 0;
      for (let m = according.exec(s); m; m = according.exec(s)) {
        const who = clean(m[1].replace(/\s+(?:that|who|which|on|in)\s.*$/i, ''));
        if (who) out.push({ at: sent.start + m.index, ...who, inQuote: quoteAt(quotes, sent.start + m.index) !== null });
      }
      speech.lastIndex = 0;
      for (let m = speech.exec(s); m; m = speech.exec(s)) {
        const at = sent.start + m.index;
        const inQuote = quoteAt(quotes, at) !== null;
        const before = s.slice(0, m.index);
        // "…,” said X" always inverts; ", said X" only after a clause ("5 were killed, said the army"), not after an apposition
        const afterQuote = /[”"’']\s*,?\s*$/.test(before);
        const afterClause = /,\s*$/.test(before) && VERBISH.test(before);
        let who = afterQuote || afterClause ? subjectAfter(s.slice(m.index + m[0].length)) : null;
        if (who && VERBISH.test(who.who)) who = null;
        if (!who) {
          const quoteEnd = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'), before.lastIndexOf(';'), before.lastIndexOf(':'));
          who = subjectBefore(before.slice(quoteEnd + 1));
        }
        if (who) out.push({ at, ...who, inQuote });
      }
      out.sort((a, b) => a.at - b.at);
      cache.set(si, out);
      return out;
    }

    function named(si: number, before: number): string | null {
      for (let k = si; k >= 0 && k >= si - 6; k--) {
        const list = attributions(k).filter((a) => a.at < before && !a.pronoun);
        if (list.length) return list[list.length - 1].who;
      }
      return null;
    }

    function resolve(a: Attribution, si: number): string | null {
      return a.pronoun ? named(si, a.at) : a.who;
    }

    return (si, offset) => {
      const quote = quoteAt(quotes, offset);
      const own = attributions(si);
      if (quote) {
        // a quoted figure belongs to whoever the quote is attributed to, after it or just before it
        for (let k = si; k < sentences.length && k <= si + 4; k++) {
          const a = attributions(k).find((x) => x.at >= quote.end && x.at <= quote.end + 60 && !x.inQuote);
          if (a) return resolve(a, k);
          if (sentences[k].end >= quote.end) break;
        }
        const intro = own.filter((x) => x.at < quote.start && !x.inQuote);
        if (intro.length) return resolve(intro[intro.length - 1], si);
        return null;
      }
      const outside = own.filter((x) => !x.inQuote);
      const acc = outside.find((x) => /^(?:according|citing|quoting)/i.test(text.slice(x.at, x.at + 9)));
      if (acc) return resolve(acc, si);
      const before = outside.filter((x) => x.at < offset);
      if (before.length) return resolve(before[before.length - 1], si);
      const after = outside.find((x) => x.at > offset);
      return after ? resolve(after, si) : null;
    };
  };
}
