/**
 * The event's own date: which date mention of its sentence the trigger's clause names (pickDate), the lead's date an
 * undated telling borrows, the week before a reaction that answers an earlier event, and the window of days a story
 * reports as news. Split from the events stage's index so that the stage's flow and its dating rules read apart.
 */
import type { DateValue } from '../../model/date-value.ts';
import { addDays } from '../../model/date-value.ts';
import { firstStartingFrom } from '../../model/document.ts';
import type { DateMention, Document, Sentence } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { precisionForRange } from '../dates/calendar.ts';
import { offsetDays } from '../dates/resolve.ts';
import { recalledPast } from './recalled-past.ts';
import { speaksOfFuture } from '../dates/grammar.ts';
import { cueBefore, type TriggerLexicon } from './triggers.ts';
import { isVerbAt } from './realis.ts';
import { subordinateStart } from './roles.ts';
import { datesVerbPastSubjectRelative } from './subject-relative.ts';
import { datesActVerbAfter, datesPassiveAct, datesReportVerb, datesStatementAfter, datesStatementNoun, dayBeforeStatement, modifiesTrigger, namesAnsweredEvent, presentPerfect, upToTheStatement } from './clause-dates.ts';

/** A verb in the past before the trigger: "escaped after launching …", "passed after …". */
const PAST_BEFORE = /\b(?:was|were|had|did|\w{3,}ed)\b/i;

/**
 * "Amri escaped after launching the Dec. 19 attack" in a story of Dec. 14, "a law passed after the Sept. 11 attacks": a
 * day that names a past event in its own noun phrase but falls after the report is another year's (the dates stage reads
 * a bare day forward), so the event is background, not the news.
 */
export function namesPastDay(doc: Document, s: Sentence, ds: readonly DateMention[], hit: Span): boolean {
  if (isVerbAt(doc, hit.start)) return false;
  return ds.some((d) => afterTheReport(doc, d) && d.value.precision === 1 && modifiesTrigger(doc.tokens, d, hit) && PAST_BEFORE.test(doc.text.slice(s.start, d.start)));
}

/** "the nerve gas attack which prompted the U.S. missile strike": the event named as the cause of what followed it. */
const PROMPTED_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:that|which)\s+(?:(?:had|has|have)\s+)?(?:prompted|triggered|sparked|provoked|led\s+to|drew)\b/i;

/**
 * Whether an event noun is named as what a reaction, an inquiry or a consequence answers ("in response to the gas
 * attack", "after the Orlando nightclub massacre", "condemned the bombing", "the attack which prompted the strike").
 * A verb tells a happening of its own ("after a gunman killed 49 people"), so only a noun counts.
 */
export function answeredByReaction(lex: TriggerLexicon, doc: Document, s: Sentence, hit: Span): boolean {
  if (CAME_AFTER_BEFORE.test(doc.text.slice(Math.max(s.start, hit.start - 80), hit.start))) return true;
  if (isVerbAt(doc, hit.start)) return false;
  return cueBefore(lex, 'reaction-before', doc.text, s.start, hit) || PROMPTED_AFTER.test(doc.text.slice(hit.end, Math.min(s.end, hit.end + 60)));
}

/**
 * "The action came after Saudi Arabia intercepted a missile fired toward Riyadh", "the move follows clashes in …": a clause
 * told as what the sentence's happening came after lies before that happening's day, however it is worded (a verb too);
 * with no offset ("a day after", clause-dates.ts) nor date of its own, it is the week up to that day.
 */
const CAME_AFTER_BEFORE = /\b(?:came|comes|come|followed|follows|follow)\s+(?:(?:just|shortly|soon|hours|days)\s+)?after\s+(?:[\w'’.-]+\s+){0,8}$/i;

/** How many days before a reaction the event it answers may lie, when nothing else dates it (a week, as for a statement). */
const REACTION_REACH = 7;

/** The week up to a reaction's day: an event it answers happened then (the reaction may come the same day). */
export function beforeTheReaction(d: DateValue): DateValue {
  const earliest = addDays(d.earliest, -REACTION_REACH);
  return { ...d, earliest, precision: precisionForRange(earliest, d.latest) };
}

export function nearestDateMention(ds: readonly DateMention[], hit: Span): DateMention | null {
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (const d of ds) {
    const dist = d.start >= hit.end ? d.start - hit.end : hit.start - d.end;
    if (Math.abs(dist) < bestDist) {
      bestDist = Math.abs(dist);
      best = d;
    }
  }
  return best;
}

/**
 * A day or week read against the publication date that falls after it ("the Oct. 26 election"); a later year ("2018
 * elections") still marks what is not news, and a date that states its own year is taken at its word. The day right
 * after publication counts only when its clause speaks of the future (else it is the publication's time zone).
 */
export const afterTheReport = (doc: Document, d: DateMention) =>
  d.value.precision <= 2 &&
  d.value.anchor !== 'explicit' &&
  !!doc.article.published &&
  // the day's grace is for a time-zone stamp; "prepares for the sentencing on Monday" in Sunday's story is a day ahead
  (d.value.earliest > addDays(doc.article.published, 1) || (d.value.earliest > doc.article.published && speaksOfFuture(doc.text, d.start)));

/**
 * Whether a date only dates a statement, a proceeding or an official act. Read for one trigger (`hit`), a date before the
 * verb of an act dates it only for a happening told after it, in the act's object or complement ("Police on Tuesday
 * identified the gunman who killed five"); a trigger before the date is in the subject, whose own day it may be ("a
 * 63-year-old demonstrating in Barcelona on Thursday said").
 */
export const isReportDate = (doc: Document, d: DateMention, hit?: Span) =>
  datesReportVerb(doc.text, doc.tokens, d) ||
  datesStatementNoun(doc.text, d) ||
  ((!hit || hit.start >= d.end) && datesActVerbAfter(doc.text, d, doc.tokens)) ||
  // ("The gunman, who killed five people, was identified on Tuesday": a passive act done to the subject dates that act,
  // for the happening the subject is named by; the act itself, "Miteb was released on Tuesday", did happen that day, so
  // read for no trigger, as the day a story goes on in, it stands)
  (!!hit && hit.end <= d.start && datesPassiveAct(doc.text, d)) ||
  // ("A journalist who was arrested in Istanbul appeared in court on Friday": the sentence's own verb's day, subject-relative.ts)
  (!!hit && datesVerbPastSubjectRelative(doc, d, hit)) ||
  datesStatementAfter(doc.text, doc.sentences[d.sentence]?.start ?? d.start, d, doc.tokens);

/** A claim of responsibility: "claimed the attack", "claims responsibility", "claiming it". */
const CLAIMED = /\bclaim(?:ed|s|ing)\b/i;

/**
 * "… killed nine soldiers on Monday. Boko Haram claimed the attack on Wednesday.": a sentence that claims an event and
 * whose every date only dates that claim (or a statement) gives the event it names no day of its own, so, as an undated
 * one, its definite event noun tells the event before it again (one record with both spans). Only a claim: under a dated
 * "said" a definite noun as often tells news of its own ("said on Friday they had begun their final offensive").
 */
export const onlyStatementDates = (doc: Document, s: Sentence, ds: readonly DateMention[], hit: Span) =>
  ds.length === 0 || (CLAIMED.test(doc.text.slice(s.start, s.end)) && ds.every((d) => isReportDate(doc, d, hit)));

/**
 * The event's own date: the date mention nearest the trigger, passing over dates that only say when a statement
 * was made ("… killed 10 people on Sunday, the ministry said on Tuesday"), unless the sentence has no other.
 */
export function pickDate(doc: Document, s: Sentence, ds: readonly DateMention[], hit: Span): { date: DateValue | null; statement: boolean } {
  // "protests ahead of the Oct. 26 election" in a story of Oct. 15: a date after the report is something else's, never
  // the date of what the report says happened (a day's grace for a publication date stamped in another time zone)
  // "detained seven people over Wednesday's explosion": the day of the event the clause answers is not the trigger's
  const happened = ds.filter((d) => !afterTheReport(doc, d) && !namesAnsweredEvent(doc.text, doc.tokens, d, hit));
  const own = happened.filter((d) => !isReportDate(doc, d, hit) && !opensLongPeriod(doc.text, d));
  if (own.length === 0) {
    const said = nearestDateMention(happened, hit);
    // "a spokesman said on Sunday, a day after the attack": the attack's day is the statement's shifted back
    const shifted = said && isReportDate(doc, said, hit) ? dayBeforeStatement(doc.text, said, s.end) : null;
    if (shifted) return { date: shifted, statement: false };
    // "an air raid killed 12, a monitor said on Monday": the day is the statement's, the event's lies on or before it
    // ("Iraqi forces have captured …, the army said on Monday": the present perfect tells that day's news)
    // (a date that states its own year heads an ACLED note, "On 25 March 2022, X claimed …": the note's day, not a report's)
    const statement = !!said && isReportDate(doc, said, hit) && !said.past && said.value.precision === 1 && said.value.anchor !== 'explicit' && !presentPerfect(doc.text, s.start, hit);
    return { date: untilTheReport(doc, said), statement };
  }
  // "… ending a siege that began when fighters stormed the jail last week": a date past a subordinate boundary is that clause's;
  // "was formed some 18 months ago from insurgents driven from …": a date right after another verb is that verb's
  const clauseEnd = subordinateStart(doc.text, hit.end, s.end);
  const mine = own.filter((d) => (d.start >= hit.end ? d.start < clauseEnd : !followsOtherVerb(doc, d, hit)));
  const d = nearestDateMention(mine, hit);
  // "a day after the Oct. 3 bombing": the shifted day is the main clause's; the bombing named inside the phrase keeps its own day
  const shift = d ? offsetDays(d.text) : 0;
  // (not past a comma: "Two days after the bombing, gunmen attacked …" dates the attack by the whole phrase)
  if (d && shift && hit.start >= d.start && hit.start <= d.end + 25 && !/[,;]/.test(doc.text.slice(d.end, Math.max(d.end, hit.start)))) {
    const earliest = addDays(d.value.earliest, -shift);
    return { date: { ...d.value, earliest, latest: earliest }, statement: false };
  }
  // "police said on Tuesday that rioters had torched cars earlier this month": a span up to the report told under a dated
  // statement ends on the statement's day (what it tells was done by then)
  const said = d && d.value.precision > 1 ? happened.find((m) => m.value.precision === 1 && isReportDate(doc, m, hit)) : undefined;
  return { date: endedByTheStatement(untilTheReport(doc, d), said?.value), statement: false };
}

/**
 * A span of days, a week or a month that runs past the day of the statement telling it, cut at that day (a range of
 * days, precision 2: "earlier this month" cut so is no month that ended before the report); a year, or any other date, as it is.
 */
function endedByTheStatement(v: DateValue | null, said: DateValue | undefined): DateValue | null {
  if (!v || !said || v.precision === 1 || v.precision > 3 || v.earliest >= said.earliest || v.latest <= said.latest) return v;
  return { ...v, latest: said.latest, precision: 2 };
}

/**
 * Between a trigger and a later date: a relative clause of its own ("…, who was sacked on Thursday"), or another clause
 * after a semicolon. Not "after"/"before": "rallied in the days after the army intervened last week" is still nearer that
 * week than the lead's day.
 */
const OTHER_CLAUSE_BETWEEN = /,\s*(?:which|who|whose)\s|;/i;

/**
 * A current day or week the sentence names though pickDate did not read it as the trigger's own ("He has not been heard
 * from since Dec. 2, when he was abducted"): nearer the event than the story's lead day. Not a date that only dates a
 * statement, nor the day of another event the clause answers ("detained over Wednesday's explosion"), nor one told in a
 * relative clause after the trigger ("clashes started after police came to disarm a colonel, who was sacked on Thursday":
 * the lead's day of the clashes is nearer than the sacking's).
 */
export function dateBesideTrigger(doc: Document, ds: readonly DateMention[], hit: Span): DateMention | null {
  const near = nearestDateMention(
    ds.filter((d) => !namesAnsweredEvent(doc.text, doc.tokens, d, hit) && !(d.start >= hit.end && OTHER_CLAUSE_BETWEEN.test(doc.text.slice(hit.end, d.start)))),
    hit,
  );
  return near && !near.past && near.value.precision <= 2 && !isReportDate(doc, near, hit) && !afterTheReport(doc, near) ? near : null;
}

/** "since Friday", "since Oct. 3", right before the day: the day opens a period, not the day of one event. */
const SINCE_DAY_BEFORE = /\bsince\s+(?:(?:last|early|late)\s+)?$/i;

/**
 * "police have arrested 300 people since Friday": a day that opens a period running up to the report dates a multi-day
 * total, so the event spans from that day to publication (ACLED codes such a total over its span, not on its first day).
 * A weekday read as the day after the report (a time-zone stamp) cannot open a period: it is last week's.
 */
function untilTheReport(doc: Document, d: DateMention | null): DateValue | null {
  const published = doc.article.published;
  if (!d || !published || d.value.precision > 2 || !SINCE_DAY_BEFORE.test(doc.text.slice(Math.max(0, d.start - 20), d.start))) return d?.value ?? null;
  const first = d.value.earliest > published ? addDays(d.value.earliest, -7) : d.value.earliest;
  if (first >= published) return d.value;
  return { ...d.value, earliest: first, latest: published, precision: precisionForRange(first, published) };
}

/** "the deadliest attack since 2011", "since an insurgency began in 2007": a year that starts a long period dates no event in the clause. */
const SINCE_BEFORE = /\bsince\s+(?:[^\s,.;:]+\s+){0,6}$/i;

function opensLongPeriod(text: string, d: DateMention): boolean {
  return d.value.precision === 4 && SINCE_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start));
}

/**
 * A clause after the trigger that tells another happening independent in time: a contrast or a coordinate clause
 * (", while …", "whereas", ", but …", ";") or a relative one (", which …"). Not a temporal clause ("hours before he was to
 * brief Congress on the 1994 bombing", "after …", "when …"), which ties the event to the other's time, nor a participle
 * that tells how the event itself went ("kidnapped while backpacking in Afghanistan in 2012").
 */
const OTHER_CLAUSE_AFTER = /,\s*(?:while|whereas|but|which|who|whose)\s(?![a-z]+ing\b)|\swhereas\s|;/i;

/**
 * The date mention nearest the trigger of those its own clause may hold: not one past a clause that tells another
 * happening after it ("was swept up in arrests in France, while the woman was detained in the investigation that began
 * in June 2016"): that date is the other happening's, so it does not make the event background either.
 */
export function nearestInClause(doc: Document, s: Sentence, ds: readonly DateMention[], hit: Span): DateMention | null {
  const m = OTHER_CLAUSE_AFTER.exec(doc.text.slice(hit.end, s.end));
  const clauseEnd = m ? hit.end + m.index : s.end;
  return nearestDateMention(ds.filter((d) => d.start < clauseEnd), hit);
}

/** Whether one of the three tokens before a date mention (before the trigger) is a verb other than the trigger. */
function followsOtherVerb(doc: Document, d: Span, hit: Span): boolean {
  // "was hit twice earlier this month by Russian air strikes": the verb is the trigger's own, in the passive
  if (/\bby\s+(?:\S+\s+){0,3}$/i.test(doc.text.slice(d.end, hit.start))) return false;
  // "were killed in Monday's attack", "carried out the April 4 sarin attack": a date inside the trigger's own noun phrase
  // is the trigger's, whatever verb governs the phrase
  if (modifiesTrigger(doc.tokens, d, hit)) return false;
  let i = firstStartingFrom(doc.tokens, d.start) - 1;
  for (let k = 0; k < 3 && i >= 0; k++, i--) {
    const t = doc.tokens[i];
    if (t.start >= hit.start && t.start < hit.end) return false;
    if (t.pos === 'VERB') return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * "Gunmen stormed a checkpoint in Kunduz on Tuesday. Three policemen were killed in the fighting.": a sentence with no
 * date of its own goes on telling the day the sentence before it named, not the story's lead day. Only a current day or
 * week that dates an event counts (not "said on Tuesday", not a day after the report); the one nearest the end wins.
 */
export function previousDay(doc: Document, prev: readonly DateMention[], s: Sentence): DateValue | null {
  // "Friday's bombing was the fifth attack …": a possessive day names an event already told, it does not set the time the text goes on in
  const possessive = (m: DateMention) => /^\s?['’]?s\b/.test(doc.text.slice(m.end, m.end + 3));
  const dating = prev.filter((m) => !possessive(m) && !isReportDate(doc, m) && !afterTheReport(doc, m) && !aheadOfTheReport(doc, m) && !opensLongPeriod(doc.text, m));
  // ("In January, militants stormed a base. They killed ten soldiers.": a recalled past goes on, recalled-past.ts)
  const past = recalledPast(doc, s, dating[dating.length - 1]);
  if (past) return past;
  const ok = dating.filter((m) => !m.past && m.value.precision <= 2);
  return ok.length ? untilTheReport(doc, ok[ok.length - 1]) : null;
}

/**
 * "a ban due to take effect on Jan. 1, 2019" in a story of 2017: a date that starts after the report (a day's grace for
 * a time-zone stamp), even one that states its own year, is scheduled, never the day a later sentence or the lead goes
 * on in ("will be held from March 19-21": nor a month that starts after it).
 */
const aheadOfTheReport = (doc: Document, m: DateMention) => !!doc.article.published && m.value.earliest > addDays(doc.article.published, 1);

/** The news is about the last three weeks (news-gold GUIDELINE); undated background lies before it, within about a year. */
const NEWS_WINDOW_DAYS = 21;

export function endedBeforeTheNews(d: DateValue | null, published: string | null): boolean {
  return !!d && !!published && d.precision <= 2 && d.latest < addDays(published, -NEWS_WINDOW_DAYS);
}

/**
 * A day or week of the news window (the last three weeks) the event's own clause gives: "a U.S. missile strike on Syria
 * last week". Such a date outweighs a word of the sentence that tells background ("previously", "in recent years"),
 * which may well be another clause's.
 */
export function datedNews(own: DateValue | null, published: string | null): boolean {
  return !!own && !!published && own.precision <= 2 && own.latest <= addDays(published, 1) && !endedBeforeTheNews(own, published);
}

export function beforeTheNews(published: string | null): DateValue | null {
  if (!published) return null;
  return { earliest: addDays(published, -365), latest: addDays(published, -NEWS_WINDOW_DAYS), precision: 4, anchor: 'published' };
}

/** An active present perfect ("have encircled", "has captured"), not a passive tally ("have been arrested"). */
const PERFECT_NEWS = /\b(?:has|have)\s+(?:(?:also|now|already|reportedly|just)\s+)?(?!been\b)[a-z]+(?:ed|en|t)\b/i;

/** The sentences that tell the lead, and how far into the body a lead that dates nothing looks for its event's day. */
const LEAD_SENTENCES = 4;
const BODY_SENTENCES = 8;

/**
 * The date of the story's lead event: the first current day or week in the first sentences that does not just date a
 * statement ("the FBI said on Monday … who killed 49 people on Sunday" is Sunday's news), else the first current date,
 * else the publication day.
 */
export function findLeadDate(doc: Document, dates: readonly DateMention[][], published: string | null): DateValue | null {
  const ahead = (m: DateMention) => aheadOfTheReport(doc, m);
  for (let i = 0; i < Math.min(dates.length, LEAD_SENTENCES); i++) {
    const d = dates[i].find((m) => !m.past && m.value.precision <= 2 && !isReportDate(doc, m) && !afterTheReport(doc, m) && !ahead(m));
    if (d) return d.value;
  }
  for (let i = 0; i < Math.min(dates.length, LEAD_SENTENCES); i++) {
    const d = dates[i].find((m) => !m.past && !afterTheReport(doc, m) && !ahead(m));
    // "Turkey on Friday demanded the release of a journalist … Iranian police arrested him in Tehran": a lead dated only
    // by its statement or act says when that was made, not when what the body tells happened; an event the body leaves
    // undated lies on or before that day (as the lead's own event, clause-dates.ts), so it borrows the week up to it
    // ("Syria's army has encircled al-Mayadin, a source said on Sunday": the present perfect tells that day's news, also
    // when the lead's first sentence tells it undated and the next one gives the statement's day)
    if (d) return d.value.precision === 1 && isReportDate(doc, d) && !PERFECT_NEWS.test(doc.text.slice(doc.sentences[0].start, d.start)) ? upToTheStatement(d.value) : d.value;
  }
  // "Turkey's swift response to Somalia's deadliest truck bombing drew praise …" told undated, and in the fifth sentence
  // "the huge twin explosions that hit Mogadishu on Saturday": a lead that dates nothing tells an event whose day the body
  // gives a little further on (the first current day of a happening there), not one on the publication day
  for (let i = LEAD_SENTENCES; i < Math.min(dates.length, BODY_SENTENCES); i++) {
    // (no day past the publication's: the time-zone grace is for the lead's own words, a later day there is mostly a plan)
    // nor one before the news window ("the Aug. 25 attacks" recalled in a story of Sept. 17 are not what its lead tells)
    const d = dates[i].find((m) => !m.past && m.value.precision === 1 && (!published || m.value.latest <= published) && !endedBeforeTheNews(m.value, published) && !isReportDate(doc, m) && !ahead(m) && !opensLongPeriod(doc.text, m));
    if (d) return d.value;
  }
  if (!published) return null;
  // No date in the text: the event happened on or shortly before publication.
  return { earliest: addDays(published, -1), latest: published, precision: 2, anchor: 'published' };
}
