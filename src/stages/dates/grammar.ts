import { addDays } from '../../model/date-value.ts';
import type { DateValue, TimePrecision } from '../../model/date-value.ts';
import {
  addMonths,
  daysBetween,
  daysInMonth,
  isValidDay,
  mondayOf,
  monthRange,
  precisionForRange,
  weekdayOf,
  yearRange,
  ymd,
} from './calendar.ts';
import type { DateCues } from './cues.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { escapeWords } from '../../lexicons/escape.ts';

/** The publication date broken into parts once per text. */
/** A superlative and up to four words of its noun phrase (no verb: "the biggest rally took place this week" is dated), then perhaps "so far": what "this year" may close. */
const SUPERLATIVE_BEFORE = /\b(?:[a-z]{3,}iest|worst|biggest|largest|greatest|highest|fiercest|strongest|heaviest|most\s+[a-z]+)(?:\s+(?!(?:[a-z]+ed|took|was|were|is|are|has|have|had|came|began|saw|held|went|made|fell|drew|broke)\b)[\w'’-]+){0,4}?\s+(?:so\s+far\s+)?(?:in\s+)?$/i;

export interface Reference {
  readonly iso: string;
  readonly year: number;
  readonly month: number;
  readonly dow: number;
}

export function makeReference(published: string | null): Reference | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const [year, month] = published.split('-').map(Number);
  return { iso: published, year, month, dow: weekdayOf(published) };
}

/** One resolved date expression, before overlaps between rules are settled. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly earliest: string;
  readonly latest: string;
  readonly precision: TimePrecision;
  readonly anchor: DateValue['anchor'];
  /** The words themselves say "long ago" ("last year", "in 2014", "18 months ago"). */
  readonly pastHint: boolean;
  readonly confidence: number;
  /**
   * Days from the moment the text last named ("two days earlier": -2, "a week later": +7): the expression is counted
   * from that moment, not from publication, when the text names one just before it (resolve.ts).
   */
  readonly fromAnother?: number;
}

type Resolution = Omit<Candidate, 'start' | 'end'>;

interface Rule {
  readonly name: string;
  readonly re: RegExp;
  build(m: RegExpExecArray, ref: Reference | null, text: string): Resolution | null;
}

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const YEAR = String.raw`(?<y>(?:1[89]|20)\d\d)(?![\d,.]\d)`;
const ORDINAL = '(?:st|nd|rd|th)?';
const DAY_RANGE_JOIN = String.raw`\s*(?:-|–|—|and|to|until|through|till)\s*`;
const MONTH_PART = String.raw`(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)`;

const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6,
};

/** Month and weekday names must be capitalised: "may", "march" and "sun" are ordinary words. */
function capitalised(s: string | undefined): boolean {
  return s !== undefined && s[0] >= 'A' && s[0] <= 'Z';
}

function monthOf(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()];
}

function weekdayIndex(name: string): number {
  return WEEKDAY_INDEX[name.slice(0, 3).toLowerCase()];
}

/**
 * A day or month named without a year is taken in the year that puts it nearest the
 * publication date; a date in the future counts as twice as far, because news mostly
 * reports what has happened.
 */
export function nearestYear(ref: Reference, month: number, day: number): number {
  let best = ref.year;
  let bestCost = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const d = Math.min(day, daysInMonth(year, month));
    const diff = daysBetween(ref.iso, ymd(year, month, d));
    const cost = diff > 0 ? diff * 2 : -diff;
    if (cost < bestCost) {
      bestCost = cost;
      best = year;
    }
  }
  return best;
}

function day(iso: string, anchor: DateValue['anchor'], confidence: number, pastHint = false): Resolution {
  return { earliest: iso, latest: iso, precision: 1, anchor, pastHint, confidence };
}

function range(earliest: string, latest: string, precision: TimePrecision, anchor: DateValue['anchor'], confidence: number, pastHint = false): Resolution {
  return { earliest, latest, precision, anchor, pastHint, confidence };
}

/** The clause before offset, back to the last sentence, clause or quote break, lower-cased. */
function clauseBefore(text: string, offset: number): string {
  const window = text.slice(Math.max(0, offset - 100), offset);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    if (',;:!?\n"“”`\''.includes(window[i]) || (window[i] === '.' && window[i + 1] === ' ')) {
      cut = i;
      break;
    }
  }
  return window.slice(cut + 1).toLowerCase();
}

/** "said Sunday", "announced Wednesday", "met Monday": a past verb right before the day settles it. */
const PAST_VERB_BEFORE = /\b(?:said|says|told|\w+ed)\s+(?:on\s+)?$/;

/**
 * A verb in the past that tells a happening ("was sacked", "protested", "had fled"), not a report or a plan ("said",
 * "announced", "agreed", "expected": "the company announced it would pay in February" speaks of a month ahead).
 */
const PAST_VERB = /\b(?!(?:announced|reported|stated|added|predicted|estimated|expected|agreed|planned|scheduled|proposed|signed|approved|voted|pledged|promised|vowed|warned|forecasted|projected|indicated|suggested|decided|ordered|asked|urged|called|hoped|wanted|needed|aimed|intended|offered|requested|demanded|allowed|delayed|postponed|moved|extended)\b)(?:was|were|had|\w{3,}ed)\b/i;

/**
 * A modal, a verb of intent or an expectation before a span: what it spans is still to be done ("must leave within
 * days", "vowed to finish in under a week", "with the first deliveries expected within days").
 */
const STILL_TO_DO = /\b(?:must|should|could|can|may|might|expected|due|likely|poised|forecast|anticipated|needs?\s+to|ha(?:s|ve)\s+to|(?:wants?|wanted|hopes?|hoped|aims?|aimed|vows?|vowed|promises?|promised|pledges?|pledged|plans?|planned|intends?|intended|expects?|expected|seeks?|sought|tries|tried|try)\s+to)\b/i;

/** The sentence around a mention tells a past happening: a verb in the past, and no future cue anywhere in it. */
function toldInThePast(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('. ', start) + 1, start - 150, 0);
  const stop = text.indexOf('. ', end);
  const sentence = text.slice(from, Math.min(stop < 0 ? text.length : stop, end + 150));
  return PAST_VERB.test(sentence) && !FUTURE_CUE.test(sentence);
}

const FUTURE_CUE = /\b(?:will|won't|'ll|shall|would|is due|are due|due to|scheduled|expected to|plan|plans|planned|planning|set to|going to|to be held|is to|are to|as soon as|as early as|postponed|next|ahead of|in the run-up to|prepar(?:es|ing) for|awaiting)\b/;

/**
 * "would keep the port open despite a missile attack at Riyadh on Tuesday": a future cue speaks of the day only when no
 * word that names a happening already under way ("despite", "since", "amid") stands between them. ("will meet after
 * the summit on Monday" keeps its future: "after" may well name a later day.)
 */
const EARLIER_HAPPENING = /\b(?:despite|since|amid)\b/;

function futureCueGoverns(clause: string): boolean {
  const cue = new RegExp(FUTURE_CUE.source, 'g');
  let last = -1;
  for (let m = cue.exec(clause); m; m = cue.exec(clause)) last = m.index + m[0].length;
  return last >= 0 && !EARLIER_HAPPENING.test(clause.slice(last));
}

/**
 * Whether the clause before offset speaks of what is still ahead ("prepares for the sentencing on Monday", "ahead of
 * Monday's vote"): a day so told a day after the publication day is a scheduled day, not a time-zone stamp.
 */
export function speaksOfFuture(text: string, offset: number): boolean {
  const clause = clauseBefore(text, offset);
  if (namesScheduledEvent(text, offset, clause)) return true;
  return !PAST_VERB_BEFORE.test(clause) && futureCueGoverns(clause);
}

/**
 * Things held on a day set in advance: "backing a candidate in a by-election on Sunday" in Saturday's story, "Sunday's
 * referendum". A day just after the publication day that names one is the day it is set for, not a time-zone stamp of
 * something already done (so no undated happening of the story borrows it).
 */
const SCHEDULED = String.raw`(?:by-?elections?|elections?|re-?runs?|run-?offs?|votes?|referendums?|referenda|polls|ballots?|summits?|talks|hearings?|trials?|deadlines?|inaugurations?|ceremon(?:y|ies)|congress|convention)`;
const SCHEDULED_BEFORE = new RegExp(String.raw`\b${SCHEDULED}\s+(?:(?:on|this|next|set\s+for|due\s+on)\s+)?$`, 'i');
const SCHEDULED_AFTER = new RegExp(String.raw`^[\w.]+(?:\s\d{1,2})?(?:['’]|\s)s\s+(?:[\w-]+\s+){0,2}?${SCHEDULED}\b`, 'i');

function namesScheduledEvent(text: string, offset: number, clause: string): boolean {
  return SCHEDULED_BEFORE.test(clause) || SCHEDULED_AFTER.test(text.slice(offset, offset + 60));
}

function yearOf(m: RegExpExecArray): number | null {
  return m.groups?.y ? Number(m.groups.y) : null;
}

/** An explicit day, with or without a year; null when it cannot be placed. */
function explicitDay(ref: Reference | null, month: number, dayOfMonth: number, year: number | null): Resolution | null {
  if (year !== null) {
    if (!isValidDay(year, month, dayOfMonth)) return null;
    return day(ymd(year, month, dayOfMonth), 'explicit', 0.95);
  }
  if (!ref) return null;
  const y = nearestYear(ref, month, dayOfMonth);
  if (!isValidDay(y, month, dayOfMonth)) return null;
  return day(ymd(y, month, dayOfMonth), 'published', 0.85);
}

function explicitDayRange(ref: Reference | null, month: number, d1: number, d2: number, year: number | null): Resolution | null {
  if (d2 <= d1) return null;
  const first = explicitDay(ref, month, d1, year);
  if (!first) return null;
  const y = Number(first.earliest.slice(0, 4));
  if (!isValidDay(y, month, d2)) return null;
  const latest = ymd(y, month, d2);
  return range(first.earliest, latest, precisionForRange(first.earliest, latest), first.anchor, first.confidence);
}

function monthValue(year: number, month: number, anchor: DateValue['anchor'], confidence: number): Resolution {
  const [a, b] = monthRange(year, month);
  return range(a, b, 3, anchor, confidence);
}

function unitDays(unit: string): number {
  if (unit.startsWith('day')) return 1;
  if (unit.startsWith('week')) return 7;
  if (unit.startsWith('fortnight')) return 14;
  return 0;
}

/** "N units ago" / "N units earlier", counted back from publication, at the unit's own grain. */
function agoValue(ref: Reference, n: number, unit: string): Resolution {
  if (unit === 'day') return day(addDays(ref.iso, -n), 'published', 0.8, false);
  if (unit === 'week' || unit === 'fortnight') {
    const centre = addDays(ref.iso, -unitDays(unit) * n);
    return range(addDays(centre, -3), addDays(centre, 3), 2, 'published', 0.75);
  }
  if (unit === 'month') {
    const then = addMonths(ref.iso, -n);
    const [y, mo] = then.split('-').map(Number);
    const [a, b] = monthRange(y, mo);
    return range(a, b, 3, 'published', 0.75, n >= 2);
  }
  const [a, b] = yearRange(ref.year - n);
  return range(a, b, 4, 'published', 0.75, true);
}

/** "the last N units" / "the past year": a span reaching back from publication. */
function backFromPublication(ref: Reference, n: number, unit: string): Resolution {
  const days = unitDays(unit);
  const earliest = days > 0 ? addDays(ref.iso, -days * n) : unit === 'month' ? addMonths(ref.iso, -n) : addMonths(ref.iso, -12 * n);
  return range(earliest, ref.iso, precisionForRange(earliest, ref.iso), 'published', 0.7);
}

function quantityPattern(cues: DateCues): string {
  const words = [...cues.quantities.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, String.raw`\s+`));
  return String.raw`(?:\d{1,3}|${words.join('|')})`;
}

/** The relative-day phrases as one pattern, longest first; one that matches nothing when the lexicon has none. */
function relativeDayPattern(cues: DateCues): RegExp {
  const words = [...cues.relativeDays.keys()].sort((a, b) => b.length - a.length).map(escapeWords);
  return words.length ? new RegExp(String.raw`\b(?<x>${words.join('|')})\b`, 'gid') : /(?<x>(?!))/gd;
}

/** Month and weekday names, which make the words after "after" a dated noun phrase ("the Oct. 3 attack"), never a bare one. */
const CALENDAR_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)`;

/** "Two days after the bombing," at a sentence's head, with no date of the happening's own after its noun. */
function afterEventPattern(cues: DateCues, qty: string): RegExp {
  const nouns = [...cues.eventNouns].sort((a, b) => b.length - a.length).map(escapeWords);
  if (!nouns.length) return /(?<x>(?!))/gd;
  const head = String.raw`(?<=(?:^|[.!?]["”’]?\s+|\n\s*)["“]?)`;
  const words = String.raw`(?:(?!\d|${CALENDAR_WORD})[\w-]+\s+){0,3}?`;
  const noDate = String.raw`(?![^,.;]{0,30}\b(?:on|last|this)\s+(?:\d|${CALENDAR_WORD}))`;
  return new RegExp(String.raw`${head}(?<x>(?<n>${qty})\s+(?<unit>day|week)s?\s+after\s+(?:the|an?|its|their|this|that)\s+${words}(?:${nouns.join('|')}))\b${noDate}`, 'gid');
}

/** "the weekend clashes", "the weekend's deadly protests": "the weekend" with up to two words before an event noun. */
function weekendEventPattern(cues: DateCues): RegExp {
  const nouns = [...cues.eventNouns].sort((a, b) => b.length - a.length).map(escapeWords);
  if (!nouns.length) return /(?<x>(?!))/gd;
  return new RegExp(String.raw`\b(?<x>the\s+weekend)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:${nouns.join('|')})\b`, 'gid');
}

function quantityOf(cues: DateCues, s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return cues.quantities.get(s.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

const SEASON_FIRST_MONTH: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** The three months of a season that starts in a year's given month (winter runs into the next year). */
function seasonRange(year: number, firstMonth: number): [string, string] {
  const [earliest] = monthRange(year, firstMonth);
  const [ly, lm] = addMonths(earliest, 2).split('-').map(Number);
  return [earliest, monthRange(ly, lm)[1]];
}

function seasonValue(year: number, firstMonth: number, anchor: DateValue['anchor'], confidence: number, pastHint: boolean): Resolution {
  const [a, b] = seasonRange(year, firstMonth);
  return range(a, b, 3, anchor, confidence, pastHint);
}

/** The most recent Saturday–Sunday on or before the reference day. */
function weekendOnOrBefore(iso: string): [string, string] {
  const dow = weekdayOf(iso);
  const saturday = addDays(iso, dow === 6 ? 0 : -(dow + 1));
  return [saturday, addDays(saturday, 1)];
}

/**
 * The hand-written grammar, compiled once per resolver. Each rule reports the span of its
 * named group `x` (so a leading "on"/"in" is matched for context but left out of the
 * mention) and resolves against the publication date; relative rules give null when there is none.
 */
export function compileGrammar(cues: DateCues): readonly Rule[] {
  const QTY = quantityPattern(cues);
  const notAfterYear = cues.notAfterYear;
  const flags = 'gid';
  const rules: Rule[] = [
    {
      name: 'day-month-year',
      re: lexiconRegExp(String.raw`\b(?<x>(?:(?<wd>${WEEKDAY}),?\s+)?(?:the\s+)?(?<d>[0-3]?\d)${ORDINAL}\s+(?:of\s+)?(?<m>${MONTH})(?:,?\s+${YEAR})?)(?![\d:])`, flags),
      build(m, ref) {
        if (!capitalised(m.groups!.m)) return null;
        return explicitDay(ref, monthOf(m.groups!.m), Number(m.groups!.d), yearOf(m));
      },
    },
    {
      name: 'month-day-year',
      re: lexiconRegExp(String.raw`\b(?<x>(?:(?<wd>${WEEKDAY}),?\s+)?(?<m>${MONTH})\s+(?<d>[0-3]?\d)${ORDINAL}(?![\d:])(?:,?\s+${YEAR})?)(?![\d:])`, flags),
      build(m, ref) {
        if (!capitalised(m.groups!.m)) return null;
        return explicitDay(ref, monthOf(m.groups!.m), Number(m.groups!.d), yearOf(m));
      },
    },
    {
      // ACLED's time_precision 2 for an approximate day: "Around 22 March" is the week around it. A bare "about" is
      // left out: "talks about the April 4 attack" names a day exactly.
      name: 'around-day',
      re: lexiconRegExp(String.raw`\b(?<x>(?:around|approximately|circa|on\s+or\s+(?:about|around))\s+(?:(?:the\s+)?(?<d>[0-3]?\d)${ORDINAL}\s+(?:of\s+)?(?<m>${MONTH})|(?<m2>${MONTH})\s+(?<d2>[0-3]?\d)${ORDINAL})(?![\d:])(?:,?\s+${YEAR})?)(?![\d:])`, flags),
      build(m, ref) {
        const month = m.groups!.m ?? m.groups!.m2;
        if (!capitalised(month)) return null;
        const centre = explicitDay(ref, monthOf(month), Number(m.groups!.d ?? m.groups!.d2), yearOf(m));
        if (!centre) return null;
        return range(addDays(centre.earliest, -3), addDays(centre.earliest, 3), 2, centre.anchor, centre.confidence);
      },
    },
    {
      // ACLED's time_precision 2: "the week of 3 May", "the weekend of May 7": the week (or weekend) that starts that day
      name: 'week-of-day',
      re: lexiconRegExp(String.raw`\b(?<x>(?:the\s+)?(?<span>week|weekend)\s+(?:of|starting|beginning)\s+(?:the\s+)?(?:(?<d>[0-3]?\d)${ORDINAL}\s+(?:of\s+)?(?<m>${MONTH})|(?<m2>${MONTH})\s+(?<d2>[0-3]?\d)${ORDINAL})(?![\d:])(?:,?\s+${YEAR})?)(?![\d:])`, flags),
      build(m, ref) {
        const month = m.groups!.m ?? m.groups!.m2;
        if (!capitalised(month)) return null;
        const first = explicitDay(ref, monthOf(month), Number(m.groups!.d ?? m.groups!.d2), yearOf(m));
        if (!first) return null;
        const latest = addDays(first.earliest, m.groups!.span.toLowerCase() === 'weekend' ? 1 : 6);
        return range(first.earliest, latest, 2, first.anchor, first.confidence);
      },
    },
    {
      // "in the last week of May", "the first week of October 2016": a week inside a named month (not "last week")
      name: 'nth-week-of-month',
      re: lexiconRegExp(String.raw`\b(?<x>(?:the\s+)?(?<nth>first|second|third|fourth|last|final)\s+week\s+of\s+(?<m>${MONTH})(?!\s*[0-3]?\d\b)(?:,?\s+${YEAR})?)(?![\d:])`, flags),
      build(m, ref) {
        if (!capitalised(m.groups!.m)) return null;
        const month = monthOf(m.groups!.m);
        const year = yearOf(m) ?? (ref ? nearestYear(ref, month, 15) : null);
        if (year === null) return null;
        const last = daysInMonth(year, month);
        const nth = m.groups!.nth.toLowerCase();
        const start = nth === 'last' || nth === 'final' ? last - 6 : 1 + 7 * ['first', 'second', 'third', 'fourth'].indexOf(nth);
        return range(ymd(year, month, start), ymd(year, month, start + 6), 2, yearOf(m) ? 'explicit' : 'published', 0.85);
      },
    },
    {
      // "between 28 April and 3 May 2022": a range across a month's end
      name: 'day-month-range-day-month',
      re: lexiconRegExp(String.raw`\b(?<x>(?:between\s+|from\s+)?(?<d1>[0-3]?\d)${ORDINAL}\s+(?:of\s+)?(?<m1>${MONTH})${DAY_RANGE_JOIN}(?<d2>[0-3]?\d)${ORDINAL}\s+(?:of\s+)?(?<m2>${MONTH})(?:,?\s+${YEAR})?)(?![\d:])`, flags),
      build(m, ref) {
        if (!capitalised(m.groups!.m1) || !capitalised(m.groups!.m2)) return null;
        const last = explicitDay(ref, monthOf(m.groups!.m2), Number(m.groups!.d2), yearOf(m));
        if (!last) return null;
        const lastYear = Number(last.earliest.slice(0, 4));
        const m1 = monthOf(m.groups!.m1);
        const firstYear = m1 > monthOf(m.groups!.m2) ? lastYear - 1 : lastYear;
        if (!isValidDay(firstYear, m1, Number(m.groups!.d1))) return null;
        const earliest = ymd(firstYear, m1, Number(m.groups!.d1));
        if (earliest >= last.earliest) return null;
        return range(earliest, last.earliest, precisionForRange(earliest, last.earliest), last.anchor, last.confidence);
      },
    },
    {
      name: 'day-range-month',
      re: lexiconRegExp(String.raw`\b(?<x>(?:(?:on\s+)?the\s+night\s+of\s+)?(?:between\s+|from\s+)?(?<d1>[0-3]?\d)${ORDINAL}${DAY_RANGE_JOIN}(?<d2>[0-3]?\d)${ORDINAL}\s+(?:of\s+)?(?<m>${MONTH})(?:,?\s+${YEAR})?)(?![\d:])`, flags),
      build(m, ref) {
        if (!capitalised(m.groups!.m)) return null;
        return explicitDayRange(ref, monthOf(m.groups!.m), Number(m.groups!.d1), Number(m.groups!.d2), yearOf(m));
      },
    },
    {
      name: 'month-day-range',
      re: lexiconRegExp(String.raw`\b(?<x>(?:(?:on\s+)?the\s+night\s+of\s+)?(?:between\s+|from\s+)?(?<m>${MONTH})\s+(?<d1>[0-3]?\d)${ORDINAL}${DAY_RANGE_JOIN}(?<d2>[0-3]?\d)${ORDINAL}(?![\d:])(?:,?\s+${YEAR})?)(?![\d:])`, flags),
      build(m, ref) {
        if (!capitalised(m.groups!.m)) return null;
        return explicitDayRange(ref, monthOf(m.groups!.m), Number(m.groups!.d1), Number(m.groups!.d2), yearOf(m));
      },
    },
    {
      name: 'month-year',
      re: lexiconRegExp(String.raw`\b(?<x>(?:${MONTH_PART}[\s-]+)?(?<m>${MONTH})\s*,?\s+(?:of\s+)?${YEAR})`, flags),
      build(m) {
        if (!capitalised(m.groups!.m)) return null;
        return monthValue(yearOf(m)!, monthOf(m.groups!.m), 'explicit', 0.9);
      },
    },
    {
      name: 'month-relative-year',
      re: lexiconRegExp(String.raw`\b(?<x>(?:${MONTH_PART}[\s-]+)?(?<m>${MONTH})\s+(?:of\s+)?(?<which>last|this|next)\s+year)\b`, flags),
      build(m, ref) {
        if (!ref || !capitalised(m.groups!.m)) return null;
        const which = m.groups!.which.toLowerCase();
        const year = ref.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
        return { ...monthValue(year, monthOf(m.groups!.m), 'published', 0.85), pastHint: which === 'last' };
      },
    },
    {
      name: 'month',
      re: lexiconRegExp(String.raw`\b(?:(?<prep>in|since|during|until|till|by|of|from|through|before|after|for|around|between|and|or|to)\s+)?(?<x>(?:(?<mod>last|next|this|the\s+same)\s+)?(?:(?<part>${MONTH_PART})[\s-]+)?(?<m>${MONTH}))(?!\s*\d)(?![\w-])`, flags),
      build(m, ref, text) {
        const g = m.groups!;
        if (!ref || !capitalised(g.m)) return null;
        const ambiguous = /^(?:may|march)$/i.test(g.m);
        if (ambiguous && !g.prep && !g.mod && !g.part) return null;
        const month = monthOf(g.m);
        const mod = g.mod?.toLowerCase();
        let year: number;
        if (mod === 'last') year = month < ref.month ? ref.year : ref.year - 1;
        else if (mod === 'next') year = month > ref.month ? ref.year : ref.year + 1;
        else if (mod === 'this') year = ref.year;
        else year = nearestYear(ref, month, 15);
        // "In January, a professor was sacked after Maoists protested" in a story of October: a bare month read ahead of
        // the report is last year's when its sentence tells a past happening and speaks of nothing to come
        // ("pay down the loan by February", "loans through January": a deadline is still ahead)
        if (!mod && year > ref.year && !/^(?:by|until|till|through|before)$/i.test(g.prep ?? '') && toldInThePast(text, m.index, m.index + m[0].length)) year -= 1;
        return monthValue(year, month, 'published', 0.75);
      },
    },
    {
      // "this summer", "last winter", "in the spring of 2016": a season of the northern hemisphere, three months long.
      // "the fall" alone is a town's fall, not autumn: fall needs "this", "last", "next" or a year.
      name: 'season',
      re: lexiconRegExp(String.raw`\b(?:(?<prep>in|during|over|since|by|until|through)\s+)?(?<x>(?:(?<mod>this|last|next|the|early|late|mid)[\s-]+)?(?:(?:early|late|mid)[\s-]+)?(?<season>summer|winter|spring|autumn|fall)(?:\s+(?:of\s+)?${YEAR})?)(?![\w-])`, flags),
      build(m, ref, text) {
        const g = m.groups!;
        const season = g.season.toLowerCase();
        const mod = g.mod?.toLowerCase();
        const year = yearOf(m);
        if (season === 'fall' && year === null && !(mod === 'this' || mod === 'last' || mod === 'next')) return null;
        if (year === null && !mod && !g.prep) return null;
        const first = SEASON_FIRST_MONTH[season];
        if (year !== null) return seasonValue(year, first, 'explicit', 0.85, ref !== null && year < ref.year);
        if (!ref) return null;
        // the season of the publication year that starts on or before publication, else the year before's
        const thisYear = ref.month >= first || (first === 12 && ref.month <= 2) ? (first === 12 && ref.month <= 2 ? ref.year - 1 : ref.year) : ref.year - 1;
        const [, thisEnd] = seasonRange(thisYear, first);
        // "last summer" is the last one over; "this" or a bare "the summer" the current or latest one; "next" the one to come
        // ("talks may resume in the spring": a bare season in a clause about the future is the next one)
        const ahead = mod === 'next' || ((!mod || mod === 'the') && thisEnd < ref.iso && futureCueGoverns(clauseBefore(text, m.index)));
        const y = ahead ? thisYear + 1 : mod === 'last' && thisEnd >= ref.iso ? thisYear - 1 : thisYear;
        return seasonValue(y, first, 'published', 0.75, mod === 'last');
      },
    },
    {
      name: 'decade',
      re: /\b(?<x>(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?<dec>(?:19|20)\d)0'?s)\b/gid,
      build(m, ref) {
        const first = Number(m.groups!.dec) * 10;
        const latest = ymd(first + 9, 12, 31);
        return range(ymd(first, 1, 1), latest, 4, 'explicit', 0.8, ref !== null && first + 9 < ref.year);
      },
    },
    {
      name: 'year',
      re: lexiconRegExp(String.raw`\b(?:(?<prep>in|since|of|by|until|till|during|from|before|after|through|throughout|around|circa|between|and|or|to|for)\s+)?(?<x>(?:(?<mod>early|late|mid|fiscal|calendar|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+year)[\s-]+)?${YEAR})(?!'?s\b|-\d|\s*%|\d)`, flags),
      build(m, ref, text) {
        const g = m.groups!;
        const x = m.indices!.groups!.x;
        const before = text[x[0] - 1] ?? ' ';
        if (/[$£€#\-/.,\d]/.test(before)) return null;
        const year = Number(g.y);
        if (ref && (year < ref.year - 120 || year > ref.year + 20)) return null;
        const next = /^\s+([a-z]+)/i.exec(text.slice(x[1], x[1] + 20));
        if (next && notAfterYear.has(next[1].toLowerCase())) return null;
        const [a, b] = yearRange(year);
        const anchored = g.prep !== undefined || g.mod !== undefined;
        return range(a, b, 4, 'explicit', anchored ? 0.85 : 0.6, ref !== null && year < ref.year);
      },
    },
    {
      name: 'today',
      re: /\b(?<x>(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening)))\b/gid,
      build(_m, ref) {
        return ref ? day(ref.iso, 'published', 0.9) : null;
      },
    },
    {
      name: 'yesterday',
      re: /\b(?<x>(?:(?:early|late)\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)\b/gid,
      build(_m, ref) {
        return ref ? day(addDays(ref.iso, -1), 'published', 0.9) : null;
      },
    },
    {
      name: 'tomorrow',
      re: /\b(?<x>tomorrow)\b/gid,
      build(_m, ref) {
        return ref ? day(addDays(ref.iso, 1), 'published', 0.85) : null;
      },
    },
    {
      name: 'overnight',
      re: /\b(?<x>overnight)\b/gid,
      build(_m, ref) {
        return ref ? range(addDays(ref.iso, -1), ref.iso, 2, 'published', 0.8) : null;
      },
    },
    {
      name: 'weekday',
      re: lexiconRegExp(String.raw`\b(?<x>(?:(?<mod>last|this|next|past|early|late)\s+)?(?<wd>${WEEKDAY})(?!s\b)(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+(?<wk>last|this|next)\s+week)?)\b`, flags),
      build(m, ref, text) {
        const g = m.groups!;
        if (!ref || !capitalised(g.wd)) return null;
        const wd = weekdayIndex(g.wd);
        const mod = g.mod?.toLowerCase();
        const wk = g.wk?.toLowerCase();
        if (wk) {
          const monday = addDays(mondayOf(ref.iso), wk === 'last' ? -7 : wk === 'next' ? 7 : 0);
          return day(addDays(monday, (wd + 6) % 7), 'published', 0.85);
        }
        const back = (ref.dow - wd + 7) % 7;
        const ahead = (wd - ref.dow + 7) % 7;
        if (mod === 'last' || mod === 'past') return day(addDays(ref.iso, -(back || 7)), 'published', 0.8);
        if (mod === 'next') return day(addDays(ref.iso, ahead || 7), 'published', 0.8);
        // Reuters style: a bare weekday is the most recent one, unless the clause speaks of the future
        const clause = clauseBefore(text, m.index);
        const possessive = text.startsWith("'s", m.index + m[0].length);
        const future = mod === 'this' || (!possessive && !PAST_VERB_BEFORE.test(clause) && futureCueGoverns(clause));
        // A past weekday one day after the publication day ("said on Tuesday" in a story dated Monday) is a
        // publication date stamped in another time zone, not six days back: wire stories call a day that old
        // by its date, and in the Reuters sample such weekdays are twice as frequent as any other day of the week before.
        if (!future && back === 6) return day(addDays(ref.iso, 1), 'published', 0.7);
        return day(addDays(ref.iso, future ? ahead : -back), 'published', 0.85);
      },
    },
    {
      name: 'this-last-next',
      // "earlier in the year" is "earlier this year": the period the story is told in (no "in the" without "earlier/later")
      re: /\b(?<x>(?:(?<side>earlier|later|early|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)\s+)?(?:(?<which>this|last|next|coming)|(?<=\b(?:earlier|later)\s+)in\s+the)\s+(?<unit>week|weekend|month|year))\b/gid,
      build(m, ref) {
        if (!ref) return null;
        const g = m.groups!;
        const which = g.which?.toLowerCase() ?? 'this';
        const unit = g.unit.toLowerCase();
        // "Baghdad's deadliest attack this year", "the worst fighting so far this month": the period is the superlative's
        // field of comparison, not when the event happened (it gave headlines a year-long date that merged every
        // bombing of the year)
        if (which === 'this' && SUPERLATIVE_BEFORE.test(m.input.slice(Math.max(0, m.index - 50), m.index))) return null;
        const side = g.side?.toLowerCase();
        const step = which === 'last' ? -1 : which === 'this' ? 0 : 1;
        if (unit === 'week') {
          const monday = addDays(mondayOf(ref.iso), 7 * step);
          const sunday = addDays(monday, 6);
          if (step === 0 && side === 'earlier') return range(monday, ref.iso, precisionForRange(monday, ref.iso), 'published', 0.8);
          if (step === 0 && side === 'later') return range(ref.iso, sunday, precisionForRange(ref.iso, sunday), 'published', 0.8);
          return range(monday, sunday, 2, 'published', 0.8);
        }
        if (unit === 'weekend') {
          const [sat, sun] = weekendOnOrBefore(ref.iso);
          const weekday = ref.dow >= 1 && ref.dow <= 5;
          const shift = step === 1 ? 7 : step === -1 && !weekday ? -7 : 0;
          return range(addDays(sat, shift), addDays(sun, shift), 2, 'published', 0.8);
        }
        if (unit === 'month') {
          const [y, mo] = addMonths(`${ref.iso.slice(0, 8)}01`, step).split('-').map(Number);
          const [first, last] = monthRange(y, mo);
          if (step === 0 && side === 'earlier') return range(first, ref.iso, 3, 'published', 0.8);
          if (step === 0 && side === 'later') return range(ref.iso, last, 3, 'published', 0.8);
          return range(first, last, 3, 'published', 0.85);
        }
        const year = ref.year + step;
        const [first, last] = yearRange(year);
        if (step === 0 && side === 'earlier') return range(first, ref.iso, 4, 'published', 0.8);
        if (step === 0 && side === 'later') return range(ref.iso, last, 4, 'published', 0.8);
        return range(first, last, 4, 'published', 0.85, step < 0);
      },
    },
    {
      name: 'the-weekend',
      re: /\b(?:at|over|during|on)\s+(?<x>the\s+weekend)\b/gid,
      build(_m, ref) {
        if (!ref) return null;
        const [sat, sun] = weekendOnOrBefore(ref.iso);
        return range(sat, sun, 2, 'published', 0.8);
      },
    },
    {
      // "blamed both sides for the weekend clashes", "the weekend's protests": the weekend as the word before an event
      // noun (date-cues.jsonl, event-noun) dates that event as "over the weekend" does
      name: 'weekend-event',
      re: weekendEventPattern(cues),
      build(_m, ref) {
        if (!ref) return null;
        const [sat, sun] = weekendOnOrBefore(ref.iso);
        return range(sat, sun, 2, 'published', 0.75);
      },
    },
    {
      name: 'ago',
      re: lexiconRegExp(String.raw`\b(?<x>(?:(?:some|about|around|nearly|almost|more\s+than|less\s+than|over|roughly|just|only|at\s+least|approximately)\s+)?(?<n>${QTY})\s+(?<unit>day|week|fortnight|month|year)s?\s+(?<dir>ago|earlier))\b`, flags),
      build(m, ref) {
        if (!ref) return null;
        const n = quantityOf(cues, m.groups!.n);
        if (n === null || n <= 0) return null;
        const unit = m.groups!.unit.toLowerCase();
        const value = agoValue(ref, n, unit);
        // "earlier" is relative to some other time the text names; publication is only a guess
        if (m.groups!.dir.toLowerCase() !== 'earlier') return value;
        return { ...value, confidence: value.confidence - 0.2, ...(unitDays(unit) > 0 && { fromAnother: -n * unitDays(unit) }) };
      },
    },
    {
      // "two days later": counted from the moment the text last named (resolve.ts); with none named before it, it has
      // nothing to count from. ("the previous day" stays a span back from publication: in ACLED notes it names another
      // event's day, which merged into the note's own would change its date.)
      name: 'later',
      re: lexiconRegExp(String.raw`\b(?<x>(?<n>${QTY})\s+(?<unit>day|week)s?\s+later)\b`, flags),
      build(m, ref) {
        if (!ref) return null;
        const n = quantityOf(cues, m.groups!.n);
        if (n === null || n <= 0) return null;
        return { ...day(ref.iso, 'published', 0.3), fromAnother: n * unitDays(m.groups!.unit.toLowerCase()) };
      },
    },
    {
      // "A suicide bomber struck a mosque on Sunday. Two days after the bombing, gunmen …": a sentence that opens by
      // counting from a happening it names tells the day that many days after the day the text named before (the one the
      // happening was told on), as "two days later" does. Only at a sentence's head: ", a day after the attack" after
      // "said on Sunday" counts back from the statement (clause-dates.ts), and "after the bombing on Friday" gives its
      // own day, which the dates stage shifts (resolve.ts).
      name: 'after-event',
      re: afterEventPattern(cues, QTY),
      build(m, ref) {
        if (!ref) return null;
        const n = quantityOf(cues, m.groups!.n);
        if (n === null || n <= 0) return null;
        return { ...day(ref.iso, 'published', 0.3), fromAnother: n * unitDays(m.groups!.unit.toLowerCase()) };
      },
    },
    {
      // "Gunmen attacked the post on Dec. 2. The next day, …", "… hours later": a day counted from the one the text named
      // just before (resolve.ts), as "two days later" is; with none named before it, it names no day (the report's
      // own day would be a guess). The phrases are data (date-cues.jsonl, relative-day).
      name: 'relative-day',
      re: relativeDayPattern(cues),
      build(m, ref) {
        if (!ref) return null;
        const days = cues.relativeDays.get(m.groups!.x.toLowerCase().replace(/\s+/g, ' '));
        return days === undefined ? null : { ...day(ref.iso, 'published', 0.3), fromAnother: days };
      },
    },
    {
      name: 'last-n',
      re: lexiconRegExp(String.raw`\b(?<x>(?:(?:in|over|during|for|within|throughout)\s+)?the\s+(?:last|past|previous)\s+(?:(?<n>${QTY})\s+)?(?<unit>day|week|fortnight|month|year)s?)\b`, flags),
      build(m, ref) {
        if (!ref) return null;
        const n = m.groups!.n ? quantityOf(cues, m.groups!.n) : 1;
        if (n === null || n <= 0) return null;
        return backFromPublication(ref, n, m.groups!.unit.toLowerCase());
      },
    },
    {
      // "seized the town in under two weeks", "arrested 300 people in a matter of days", "was retaken within days": how
      // long a done happening took, not a day of it; the span reaches back from the report (a bare "days" is up to a
      // week, "weeks" three; "within days of the killing" counts from another moment and is left alone). Only a limiter
      // or "within" makes it a span ("will vote in two weeks" is a day ahead), and
      // only in a clause with no future cue nor modal ("must leave within days", "vowed to retake it within weeks").
      name: 'span-took',
      re: lexiconRegExp(String.raw`\b(?<x>(?:within|in\s+(?:just|only|under|less\s+than|fewer\s+than|barely|a\s+matter\s+of))\s+(?:(?:just|only|under|less\s+than|a\s+matter\s+of)\s+)?(?:(?<n>${QTY})\s+)?(?<unit>day|week)s)\b(?!\s+(?:of|after|before|since|from)\b)`, flags),
      build(m, ref, text) {
        if (!ref) return null;
        const clause = clauseBefore(text, m.index);
        if (futureCueGoverns(clause) || STILL_TO_DO.test(clause)) return null;
        const unit = m.groups!.unit.toLowerCase();
        const n = m.groups!.n ? quantityOf(cues, m.groups!.n) : unit === 'day' ? 7 : 3;
        if (n === null || n <= 0) return null;
        return { ...backFromPublication(ref, n, unit), confidence: 0.5 };
      },
    },
    {
      // "have blocked the roads for more than two weeks", "has been held for ten days": a present perfect that lasts a
      // span runs over it up to the report ("more than"/"over" up to a unit further back); a past or future one ("was held
      // for two weeks in 2015", "will be closed for a week") says how long, not when, and is left alone.
      name: 'perfect-for',
      re: lexiconRegExp(String.raw`\bfor\s+(?<x>(?:(?<more>more\s+than|over|nearly|almost|about|some|at\s+least)\s+)?(?<n>${QTY})\s+(?<unit>day|week)s?)\b`, flags),
      build(m, ref, text) {
        if (!ref) return null;
        if (!/\b(?:has|have)\s+(?!to\b)/i.test(clauseBefore(text, m.index))) return null;
        const n = quantityOf(cues, m.groups!.n);
        if (n === null || n <= 0) return null;
        const more = /^(?:more|over|at)/i.test(m.groups!.more ?? '') ? 1 : 0;
        return { ...backFromPublication(ref, n + more, m.groups!.unit.toLowerCase()), confidence: 0.5 };
      },
    },
    {
      name: 'recent',
      re: /\b(?<x>(?:(?:in|over|during)\s+)?recent\s+(?<unit>day|week|month|year)s)\b/gid,
      build(m, ref) {
        if (!ref) return null;
        const unit = m.groups!.unit.toLowerCase();
        const n = unit === 'day' ? 7 : unit === 'week' ? 3 : 3;
        return backFromPublication(ref, n, unit === 'day' ? 'day' : unit);
      },
    },
  ];
  // rules written as literals run gated too: a text holding none of the words a rule's match starts with or needs is
  // answered at once (the ten literal rules, today, overnight, recent…, scanned every text whole: a fifth of the grammar)
  return rules.map((rule) => (Object.getPrototypeOf(rule.re) === RegExp.prototype ? { ...rule, re: lexiconRegExp(rule.re.source, rule.re.flags) } : rule));
}

/** Every rule's matches, possibly overlapping one another. */
export function matchGrammar(rules: readonly Rule[], text: string, ref: Reference | null): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const resolved = rule.build(m, ref, text);
      if (!resolved) continue;
      const [start, end] = m.indices!.groups!.x;
      out.push({ start, end, ...resolved });
    }
  }
  return out;
}
