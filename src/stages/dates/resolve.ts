import { createRequire } from 'node:module';
import type * as ChronoEnglish from 'chrono-node/en';
import { addDays } from '../../model/date-value.ts';
import type { DateValue } from '../../model/date-value.ts';
import { LEXICON_DIR } from '../../lexicons/load.ts';
import { isValidDay, precisionForRange, ymd } from './calendar.ts';
import { loadDateCues } from './cues.ts';
import type { DateCues } from './cues.ts';
import { compileGrammar, makeReference, matchGrammar, nearestYear } from './grammar.ts';
import type { Candidate, Reference } from './grammar.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';

export interface ResolvedDate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: DateValue;
  readonly past: boolean;
  readonly confidence: number;
}

export interface DateResolver {
  /**
   * Date expressions in text, resolved against published (YYYY-MM-DD). With published null
   * only expressions that carry their own year are returned: a weekday or "last month" with
   * nothing to count from would be a guess, so it is left out rather than given a fake anchor.
   */
  resolve(text: string, published: string | null): ResolvedDate[];
}

export interface DateResolverOptions {
  /** Folder holding date-cues.jsonl; defaults to the repository's lexicons/. */
  readonly lexiconDir?: string;
  /** Hand leftover sentences to chrono-node (default true). */
  readonly useChrono?: boolean;
}

/** Days before publication after which an expression counts as background ("past"). */
const PAST_AFTER_DAYS = 45;

/** Numeric dates ("3/1/2022", "2016-06-29") that chrono reads and the grammar does not. */
const NUMERIC_DATE_CUE = String.raw`\d{1,4}[/-]\d{1,2}[/-]\d{1,4}`;

/**
 * What a chrono result must contain to be kept: a month name or a full numeric date.
 * Without it chrono turns "7-1/2 years", "for 90 days" and "earlier in the day" into dates.
 */
const CHRONO_ACCEPT = new RegExp(String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|${NUMERIC_DATE_CUE}`, 'i');

/**
 * A sentence boundary good enough to keep chrono's input short: a full stop after a
 * lower-case letter or digit, followed by a capital ("Jan. 3" and "U.S. forces" mostly survive).
 */
const SENTENCE_BREAK = /(?<=[a-z0-9)"”’][.!?])\s+(?=[A-Z"“‘])|\n+/g;

const require = createRequire(import.meta.url);
let chronoParser: typeof ChronoEnglish.strict | undefined;
/**
 * chrono-node's strict English parser, loaded on first use: most sentences never reach it, and loading it with the
 * rest at start-up cost 80-110 ms of CPU as ES modules (its CommonJS build, required here, about half). The English
 * locale alone: the package's main entry loads all 16 locales (266 modules).
 */
function chronoStrict(): typeof ChronoEnglish.strict {
  return (chronoParser ??= (require('chrono-node/en') as typeof ChronoEnglish).strict);
}

function chronoCandidates(text: string, offset: number, ref: Reference | null): Candidate[] {
  const instant = new Date(`${ref?.iso ?? '2000-01-01'}T12:00:00Z`);
  const out: Candidate[] = [];
  for (const r of chronoStrict().parse(text, { instant, timezone: 0 })) {
    const s = r.start;
    if (!CHRONO_ACCEPT.test(r.text)) continue;
    // weekdays, times and "today" are the grammar's; chrono adds only calendar dates
    if (!s.isCertain('month')) continue;
    const month = s.get('month')!;
    const hasDay = s.isCertain('day');
    let year: number;
    if (s.isCertain('year')) year = s.get('year')!;
    else if (ref) year = nearestYear(ref, month, hasDay ? s.get('day')! : 15);
    else continue;
    const anchor: DateValue['anchor'] = s.isCertain('year') ? 'explicit' : 'published';
    let earliest: string;
    let latest: string;
    if (hasDay) {
      const d = s.get('day')!;
      if (!isValidDay(year, month, d)) continue;
      earliest = ymd(year, month, d);
      latest = earliest;
      const e = r.end;
      if (e && e.isCertain('day')) {
        const endMonth = e.get('month')!;
        const endYear = e.isCertain('year') ? e.get('year')! : endMonth < month ? year + 1 : year;
        const end = ymd(endYear, endMonth, e.get('day')!);
        if (end > earliest) latest = end;
      }
    } else {
      earliest = ymd(year, month, 1);
      latest = ymd(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
    const precision = hasDay ? precisionForRange(earliest, latest) : 3;
    out.push({ start: offset + r.index, end: offset + r.index + r.text.length, earliest, latest, precision, anchor, pastHint: false, confidence: 0.6 });
  }
  return out;
}

/** Longest expression wins where rules overlap ("3 January 2022" over "2022"); ties go to the surer rule. */
function settleOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function cueRegex(cues: DateCues): RegExp {
  const words = [...cues.chronoCues].sort((a, b) => b.length - a.length).join('|');
  return lexiconRegExp(String.raw`\b(?:${words})\b|${NUMERIC_DATE_CUE}`, 'gi');
}

const COUNT_WORD: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };

/**
 * "a day after the Oct. 3 attack", "two days before Monday's vote", "the day after the bombing on Friday": the day
 * meant is the named day shifted, not the named day itself (that one dates the other event). The words between the
 * offset and the date are a short noun phrase: no comma, no full stop, at most six words.
 */
const OFFSET_BEFORE = /\b(?:(?<n>a|an|one|two|three|four|five|six|seven|ten|\d{1,2})|the)\s+(?<unit>days?|weeks?)\s+(?<dir>after|before)\s+(?<gap>(?:[\w'’.-]+\s+){0,6}?)$/i;

const OFFSET_AT_START = /^(?:(?<n>a|an|one|two|three|four|five|six|seven|ten|\d{1,2})|the)\s+(?<unit>days?|weeks?)\s+(?<dir>after|before)\s/i;

/** The days a mention that opens with an offset ("a day after the Oct. 3") was shifted by; 0 for any other mention. */
export function offsetDays(mentionText: string): number {
  const m = OFFSET_AT_START.exec(mentionText);
  if (!m) return 0;
  const g = m.groups!;
  const n = g.n ? (COUNT_WORD[g.n.toLowerCase()] ?? Number(g.n)) : 1;
  return n * (g.unit.toLowerCase().startsWith('week') ? 7 : 1) * (g.dir.toLowerCase() === 'after' ? 1 : -1);
}

function relativeToAnother(text: string, found: readonly Candidate[], ref: Reference | null): Candidate[] {
  return found.map((c) => {
    if (c.precision !== 1) return c;
    const before = text.slice(Math.max(0, c.start - 80), c.start);
    const off = OFFSET_BEFORE.exec(before);
    // "in the days after the attack" is a period, not a day: "the" goes with a single day or week only
    if (off && (off.groups!.n || !/s$/i.test(off.groups!.unit)) && !/[,;:.!?]\s/.test(off.groups!.gap) && !/\b(?:and|but|while|when|as)\b/i.test(off.groups!.gap)) {
      const days = offsetDays(off[0]);
      const day = addDays(c.earliest, days);
      // a shifted day past the report is no day of the news (and a weekday read ahead was read wrong)
      if (!ref || day <= ref.iso) return { ...c, start: c.start - before.length + off.index, earliest: day, latest: day };
    }
    return c;
  });
}

/** How far back, in characters, the moment "two days earlier" counts from may be named: this sentence or the one before. */
const ANOTHER_REACH = 300;

/**
 * "Gunmen attacked the post on Friday. Two days earlier, …": an expression counted from another moment takes the
 * nearest day the text named before it (itself perhaps counted so), not publication. "Later" with no day named before
 * it counts from nothing and is dropped; "earlier" then keeps its count back from publication.
 */
function fromAnother(found: readonly Candidate[], ref: Reference | null): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if (c.fromAnother === undefined) {
      out.push(c);
      continue;
    }
    let anchor: Candidate | undefined;
    for (let k = out.length - 1; k >= 0 && !anchor; k--) {
      const a = out[k];
      if (a.end <= c.start && c.start - a.end <= ANOTHER_REACH && a.precision === 1) anchor = a;
    }
    if (!anchor) {
      if (c.fromAnother < 0) out.push(c);
      continue;
    }
    const centre = addDays(anchor.earliest, c.fromAnother);
    const week = Math.abs(c.fromAnother) >= 7;
    // a moment counted past the report is no day of the news (and the day counted from was read wrong)
    if (ref && (week ? addDays(centre, -3) : centre) > ref.iso) continue;
    out.push({ ...c, earliest: week ? addDays(centre, -3) : centre, latest: week ? addDays(centre, 3) : centre, precision: week ? 2 : 1, anchor: anchor.anchor, confidence: anchor.confidence - 0.1 });
  }
  return out;
}

export function createDateResolver(options: DateResolverOptions = {}): DateResolver {
  const cues = loadDateCues(options.lexiconDir ?? LEXICON_DIR);
  const rules = compileGrammar(cues);
  const cueRe = cueRegex(cues);
  const useChrono = options.useChrono ?? true;

  function chronoLeftovers(text: string, ref: Reference | null, found: readonly Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    const covered = (i: number): boolean => found.some((c) => i >= c.start && i < c.end);
    SENTENCE_BREAK.lastIndex = 0;
    let from = 0;
    const chunks: [number, number][] = [];
    for (let m = SENTENCE_BREAK.exec(text); m; m = SENTENCE_BREAK.exec(text)) {
      chunks.push([from, m.index]);
      from = m.index + m[0].length;
    }
    chunks.push([from, text.length]);
    for (const [a, b] of chunks) {
      const chunk = text.slice(a, b);
      cueRe.lastIndex = 0;
      let worth = false;
      for (let m = cueRe.exec(chunk); m; m = cueRe.exec(chunk)) {
        if (!covered(a + m.index)) {
          worth = true;
          break;
        }
      }
      if (worth) out.push(...chronoCandidates(chunk, a, ref));
    }
    return out;
  }

  return {
    resolve(text: string, published: string | null): ResolvedDate[] {
      const ref = makeReference(published);
      const own = matchGrammar(rules, text, ref);
      const all = useChrono ? [...own, ...chronoLeftovers(text, ref, own)] : own;
      const pastBefore = ref ? addDays(ref.iso, -PAST_AFTER_DAYS) : null;
      return fromAnother(relativeToAnother(text, settleOverlaps(all), ref), ref).map((c) => ({
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        value: { earliest: c.earliest, latest: c.latest, precision: c.precision, anchor: c.anchor },
        past: c.pastHint || (pastBefore !== null && c.latest < pastBefore),
        confidence: c.confidence,
      }));
    },
  };
}

/**
 * Convenience form for evaluation code without a Document. It builds a resolver (reads the
 * cue lexicon, compiles the grammar) on every call; loops should call createDateResolver once.
 */
export function resolveDates(text: string, published: string | null): ResolvedDate[] {
  return createDateResolver().resolve(text, published);
}
