/**
 * The event's own date when its clause dates it only against another moment (issue 10: "the date comes from the
 * clause that reports the happening"). Two wire-copy patterns the dates stage cannot resolve alone, because the
 * moment shifted from is not a date mention but a statement or the story's own day:
 *   - "a spokesman said on Sunday, a day after the attack": the attack was the day before the statement;
 *   - "The raids came a day after police arrested 190 people": the arrests were the day before the raids.
 * And a statement dated at the head of its sentence: "On Wednesday, the coalition confirmed …" dates the statement.
 * Whose date a date is: the report's ("said on Tuesday", not "said 15 were kidnapped on Tuesday"), the trigger's own
 * noun phrase's ("killed in Monday's attack"); and what a statement's day alone says of the happening it tells.
 */
import type { DateValue } from '../../model/date-value.ts';
import { addDays } from '../../model/date-value.ts';
import { precisionForRange } from '../dates/calendar.ts';
import type { Span } from '../../model/span.ts';
import { firstStartingFrom, type Token } from '../../model/document.ts';

const COUNT: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const N = String.raw`(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;

/** ", a day after the attack", ", two days after the bombing": right after a statement's date, the event it follows. */
const AFTER_THE_EVENT = new RegExp(String.raw`^\s*,?\s*${N}\s+(?<unit>days?|weeks?)\s+after\s+(?:the|an?|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|strikes?|air ?strikes?|raids?|bombings?|blasts?|explosions?|incidents?|killings?|shootings?|clash(?:es)?|fighting|offensive|arrests?|capture|fall|seizure|ambush|massacre)\b`, 'i');

/**
 * "came a day after police arrested", "still fleeing, more than six weeks after insurgents attacked", "two months after
 * troops seized": the trigger's clause follows an offset. "more than"/"over" puts the event up to one unit further back.
 * Up to eight words between "after" and the trigger, the subject may be long ("a day after up to eight people were killed
 * by a suicide bomber"), when no other clause opens among them.
 */
const AFTER_BEFORE_TRIGGER = new RegExp(String.raw`\b(?:(?<more>more\s+than|over)\s+)?${N}\s+(?<unit>days?|weeks?|months?)\s+after\s+(?<words>(?:[\w'’.-]+\s+){0,8})$`, 'i');
/** A clause opened inside the words after the offset: the trigger is that clause's, not the one the offset dates. */
const INNER_CLAUSE = /\b(?:that|which|who|whom|when|while|before|after|because|until|planning|plotting)\b/i;

const unitDays = (unit: string | undefined): number => (/^week/i.test(unit ?? '') ? 7 : /^month/i.test(unit ?? '') ? 30 : 1);
const days = (g: Record<string, string | undefined>): number => (COUNT[(g.n ?? '').toLowerCase()] ?? Number(g.n)) * unitDays(g.unit);

/** A day shifted back, as one day (a day or a week earlier than a day is still a day). */
function back(d: DateValue, n: number): DateValue {
  const earliest = addDays(d.earliest, -n);
  return { ...d, earliest, latest: d.precision === 1 ? earliest : addDays(d.latest, -n) };
}

/** A statement's date followed by ", a day after the attack": the day of the attack, else null. */
export function dayBeforeStatement(text: string, date: Span & { value: DateValue }, sentenceEnd: number): DateValue | null {
  if (date.value.precision !== 1) return null;
  const m = AFTER_THE_EVENT.exec(text.slice(date.end, Math.min(sentenceEnd, date.end + 80)));
  return m ? back(date.value, days(m.groups!)) : null;
}

/**
 * The trigger's clause opens "a day after …" and gives no date of its own: its event was that long before the day the
 * sentence goes on in (the raids' day). No comma between the offset and the trigger: the clause is the trigger's.
 * An offset of days needs a single day to count from; one of weeks or months dwarfs a two-day "on or before the
 * report" and counts from it too. A month is read as a range around its thirty days, "more than" as up to a unit more.
 */
export function offsetBeforeTrigger(text: string, sentenceStart: number, hit: Span, day: DateValue | null): DateValue | null {
  if (!day || day.precision > 2) return null;
  const window = text.slice(Math.max(sentenceStart, hit.start - 60), hit.start);
  const m = AFTER_BEFORE_TRIGGER.exec(window);
  if (!m || /[,;:]/.test(m[0]) || INNER_CLAUSE.test(m.groups!.words)) return null;
  const n = days(m.groups!);
  const unit = unitDays(m.groups!.unit);
  if (day.precision !== 1 && n < 7) return null;
  const shifted = back(day, n);
  const latest = unit === 30 ? addDays(shifted.latest, 7) : shifted.latest;
  const earliest = m.groups!.more ? addDays(shifted.earliest, -unit) : unit === 30 ? addDays(shifted.earliest, -7) : shifted.earliest;
  if (earliest === shifted.earliest && latest === shifted.latest) return shifted;
  return { ...shifted, earliest, latest, precision: precisionForRange(earliest, latest) };
}

/** The verbs a statement's subject is followed by, in both readings below. */
const STATEMENT_VERB = String.raw`(?:said|says|confirmed|announced|reported|stated|told|denied|added|claimed|warned|accused)`;
/** "On Wednesday, the coalition confirmed …", "On Tuesday the ministry said": a date at the head of a statement. */
const STATEMENT_AFTER = new RegExp(String.raw`^\s*,?\s*(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,4}?${STATEMENT_VERB}\b`, 'i');
const HEAD_BEFORE = /^\s*(?:on|late on|early on)?\s*$/i;

/**
 * "On Monday, five U.S. and British government sources said …": a longer subject, up to eight words, heads a statement
 * too when no verb lies in it ("On Monday militants attacked a post and police said" tells the attack's day).
 */
const LONG_STATEMENT_AFTER = new RegExp(String.raw`^\s*,?\s*(?:[\w'’.-]+\s+){5,8}?${STATEMENT_VERB}\b`, 'i');

/** Whether a date opens its sentence and dates the statement whose verb follows its subject. */
export function datesStatementAfter(text: string, sentenceStart: number, date: Span, tokens: readonly Token[] = []): boolean {
  if (!HEAD_BEFORE.test(text.slice(sentenceStart, date.start))) return false;
  if (STATEMENT_AFTER.test(text.slice(date.end, date.end + 60))) return true;
  const m = LONG_STATEMENT_AFTER.exec(text.slice(date.end, date.end + 100));
  if (!m || tokens.length === 0) return false;
  const verbAt = date.end + m[0].search(/\S+$/);
  return !verbBetween(text, tokens, date.end, verbAt);
}

/**
 * "a U.S. accusation on Thursday that it supplied a missile", "in remarks on Monday": right after a statement's noun.
 * Proceedings and visits too ("At a hearing on Wednesday, prosecutors said the bombing …", "the court's ruling on
 * Monday", "in a report on Tuesday"): the day is the proceeding's, the happening it is about lies before it. Not nouns
 * of gatherings an attack may strike ("a funeral", "a meeting", "a ceremony"): their day is the attack's too.
 */
const STATEMENT_NOUN_BEFORE = /\b(?:accusations?|statements?|announcements?|remarks|comments|interview|briefing|(?:news|press) conference|speech|tweets?|calls?|letters?|appeals?|hearings?|trial|ruling|verdict|sentencing|testimony|report|summit|visit)\s+(?:(?:late|early)\s+)?(?:on|this|last)?\s*$/i;

/** Whether a date is the day of a statement its noun names, not of the event the statement tells. */
export function datesStatementNoun(text: string, date: Span): boolean {
  return STATEMENT_NOUN_BEFORE.test(text.slice(Math.max(0, date.start - 40), date.start));
}

/**
 * Verbs of telling, of proceedings and of official acts, which a date right before them dates: "Police on Monday said
 * they had arrested …", "The court on Tuesday sentenced the men who attacked …", "Police on Tuesday identified the
 * gunman who killed …", "The U.N. on Wednesday published a report saying soldiers killed …", "The ministry on Friday
 * banned the rally", "Erdogan on Thursday criticised the U.S. over a worker who was detained", "The prosecutor on
 * Thursday ordered the detention of 12 people over a bombing". The date sits between the subject and its verb, so it is
 * that verb's; a happening the verb's object or complement tells lies on or before that day (or is planned), not on it.
 * Not verbs that are happenings themselves ("arrested", "opened fire", "launched an offensive", "freed hostages in a
 * raid"), whose day the clause shares.
 */
const ACT_VERB_AFTER = /^\s*,?\s*(?:(?:also|again|formally|publicly|officially|separately|finally)\s+)?(?:said|says|told|announced|reported|confirmed|denied|claimed|stated|added|warned|accused|blamed|criticized|criticised|praised|welcomed|rejected|dismissed|hailed|vowed|pledged|promised|threatened|insisted|acknowledged|admitted|defended|reiterated|slammed|decried|lamented|summoned|questioned|interrogated|urged|called\s+(?:for|on)|demanded|condemned|denounced|published|issued|sentenced|convicted|acquitted|charged|indicted|ruled|upheld|overturned|banned|identified|named|marked|commemorated|mourned|buried|visited|imposed|released\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:report|statement|video|footage|findings|list|photos?|images?|details|results|names)|(?:opened|launched|began|ordered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:investigation|inquiry|probe|trial)|ordered\s+(?:the\s+)?(?:arrests?|detentions?|release|closure|expulsion|deportation))\b/i;

/**
 * A verb (or an auxiliary) right before the date, "on" aside: the date closes that verb's clause, and a reporting verb
 * after it is inverted wire copy ("was foiled Saturday morning said the frontline commander"), whose subject follows it.
 */
const VERB_BEFORE = /\b(?:[a-z]{3,}ed|was|were|is|are|be|been|has|have|had)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;

/**
 * Whether a date stands between a subject and the verb of a telling or an official act (not a happening) and so dates
 * that verb: "Police on Monday said", not "was foiled Saturday morning said the commander".
 */
export function datesActVerbAfter(text: string, date: Span, tokens: readonly Token[] = []): boolean {
  if (!ACT_VERB_AFTER.test(text.slice(date.end, date.end + 80))) return false;
  if (VERB_BEFORE.test(text.slice(Math.max(0, date.start - 30), date.start))) return false;
  let i = firstStartingFrom(tokens, date.start) - 1;
  while (i >= 0 && /^(?:on|late|early)$/i.test(text.slice(tokens[i].start, tokens[i].end))) i--;
  return !(i >= 0 && (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX'));
}

/**
 * "said on Tuesday", "told reporters on Monday", "said in a statement late on Sunday": the date of a report.
 */
const REPORT_DATE_BEFORE = /\b(?:said|says|told|announced|reported|stated|added|confirmed|claimed|denied|wrote|tweeted|declared|urged|warned|demanded|called)(?:\s+[\w-]+){0,4}?\s+(?:(?:late|early)\s+)?(?:on|this|last)?\s*$/i;

/**
 * A verb of judging, its object, then "on" and the day: "accused the United States on Thursday of …", "condemned on
 * Tuesday an air strike", "threatened on Thursday to cut funding after protesters smashed windows", "expressed deep
 * concern to Turkey's prime minister on Thursday about the arrests" (a reaction's words may stand between). Only "on":
 * the object is often the event itself, and "condemned attacks this week" dates the attacks.
 */
const JUDGEMENT_DATE_BEFORE = /\b(?:accused|blamed|criticized|criticised|condemned|denounced|praised|welcomed|faulted|threatened|(?:expressed|voiced)(?:\s+[\w-]+)?\s+(?:concern|alarm|outrage|regret|sorrow|sympathy|condolences|support|anger|dismay)(?:\s+[\w'’.-]+){0,3}?)(?:\s+[\w'’.-]+){0,4}?\s+(?:(?:late|early)\s+)?on\s*$/i;

/**
 * "said in a statement posted on its website on Wednesday", "said in a video released late on Sunday": the statement's
 * carrier and where it was put out may stand between the verb and the date (up to six more words, no other verb).
 */
const CARRIER_DATE_BEFORE = /\b(?:said|says|announced|reported|stated|confirmed|claimed|denied|warned)\s+in\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+)?(?:statement|post|posting|message|video|letter|tweet|interview|broadcast)(?:\s+[\w-]+){0,6}?\s+(?:(?:late|early)\s+)?(?:on|this|last)?\s*$/i;

/** Verbs that put a statement out: "said in a statement issued on Monday" still dates the statement. */
const ISSUED = /^(?:published|released|issued|posted|carried|broadcast|aired|sent|made|given|delivered)$/i;

/**
 * Whether a reporting verb just before a date makes it the report's date: "said on Tuesday", "said in a statement on
 * Monday", but not "said all 15 were kidnapped on Tuesday", where another verb opens the reported clause the date is in.
 */
export function datesReportVerb(text: string, tokens: readonly Token[], date: Span): boolean {
  const from = Math.max(0, date.start - 80);
  const m = REPORT_DATE_BEFORE.exec(text.slice(from, date.start)) ?? CARRIER_DATE_BEFORE.exec(text.slice(from, date.start)) ?? JUDGEMENT_DATE_BEFORE.exec(text.slice(from, date.start));
  if (!m) return false;
  const verbEnd = from + m.index + m[0].search(/\s|$/);
  return !verbBetween(text, tokens, verbEnd, date.start, ISSUED);
}

/** Whether a verb or an auxiliary starts between two offsets (one whose word `except` matches does not count). */
function verbBetween(text: string, tokens: readonly Token[], from: number, to: number, except?: RegExp): boolean {
  for (let k = firstStartingFrom(tokens, from); k < tokens.length && tokens[k].start < to; k++) {
    const t = tokens[k];
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !except?.test(text.slice(t.start, t.end))) return true;
  }
  return false;
}

/**
 * "The gunman, who killed five people, was identified on Tuesday", "Five people arrested over the bombing were charged on
 * Tuesday", "The men who attacked a church were sentenced to death on Monday": a date right after an act done to the
 * subject in the passive (a proceeding, an identification, a burial, a release) dates that act; the happening the
 * subject is named by lies before it. Not the passive of happenings ("were detained on Tuesday", "was killed on Monday").
 */
const PASSIVE_ACT_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:(?:also|formally|later|finally)\s+)?(?:sentenced|convicted|acquitted|charged|indicted|arraigned|tried|jailed|banned|condemned|identified|named|buried|released|freed|extradited|deported|questioned|interrogated|pardoned)(?:\s+(?:to\s+death|to\s+life(?:\s+in\s+prison)?|in\s+absentia|with\s+(?:[\w-]+\s+){0,3}?[\w-]+))?\s+(?:(?:late|early)\s+)?(?:on\s+|this\s+|last\s+)?$/i;

/** Whether a date closes a passive act done to the subject ("was identified on Tuesday"): it dates that act. */
export function datesPassiveAct(text: string, date: Span): boolean {
  return PASSIVE_ACT_BEFORE.test(text.slice(Math.max(0, date.start - 80), date.start));
}

/** Parts of speech a noun's pre-modifiers take ("'s", "U.S.", "sarin nerve gas", "two"). */
const NOUN_MODIFIER_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);

/**
 * Whether a date before the trigger sits inside the trigger's own noun phrase ("killed in Monday's attack", "carried out
 * the April 4 sarin attack"): at most four modifier words, and no verb, lie between them.
 */
export function modifiesTrigger(tokens: readonly Token[], date: Span, hit: Span): boolean {
  if (date.end > hit.start) return false;
  const from = firstStartingFrom(tokens, date.end);
  const to = firstStartingFrom(tokens, hit.start);
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) if (!NOUN_MODIFIER_POS.has(tokens[k].pos)) return false;
  return true;
}

/**
 * How many days before a statement lies the happening it alone dates. The news gold codes "an air raid killed 12, a
 * monitor said on Monday" as the week up to Monday (GUIDELINE: a range when the text gives no day of its own).
 */
const STATEMENT_REACH = 6;

/** A happening told only with the day a statement reported it: the week up to that day, not the day itself. */
export function upToTheStatement(d: DateValue): DateValue {
  return { ...d, earliest: addDays(d.earliest, -STATEMENT_REACH), precision: 2 };
}

/**
 * "have captured", "has also repelled": the active present perfect, right before the trigger. Not the passive ("more
 * than 300 people have been arrested", "20 civilians have been killed"): told of its victims, a perfect counts a tally
 * that may run over the days before the statement, so the week up to it is that happening's (GUIDELINE: a range).
 */
const HAVE_BEFORE = /\b(?:has|have)\s+(?:(?:also|now|already|reportedly|just)\s+)?$/i;

/**
 * Whether the trigger's verb is in the present perfect. Wire copy tells the day's news so ("Iraqi forces have captured
 * Kirkuk, the army said on Monday"), and the news gold dates it on the statement's day, not the week before it.
 */
export function presentPerfect(text: string, sentenceStart: number, hit: Span): boolean {
  return HAVE_BEFORE.test(text.slice(Math.max(sentenceStart, hit.start - 40), hit.start));
}

/**
 * "detained seven people over Wednesday's explosion", "protests after Friday's shooting", "arrested for Monday's attack":
 * a possessive day after a word of cause or sequence names the earlier event the clause answers. Its day is that event's,
 * not the trigger's ("killed in Monday's attack", with "in", is the attack's own telling and keeps the day).
 */
const ANSWERED_BEFORE = /\b(?:over|after|following|since|for|against|about|behind|into|in\s+(?:connection\s+with|response\s+to|retaliation\s+for|the\s+wake\s+of)|linked\s+to|blamed\s+for|responsibility\s+for|condemned|denounced)\s+$/i;
const POSSESSIVE_AFTER = /^\s?['’]?s\b/;

/** Whether a date is the possessive of another event's noun that the trigger's clause answers, not the trigger's own day. */
export function namesAnsweredEvent(text: string, tokens: readonly Token[], date: Span, hit: Span): boolean {
  if (!POSSESSIVE_AFTER.test(text.slice(date.end, date.end + 3))) return false;
  // the possessive's noun is the trigger itself ("arrested over Wednesday's bombing", read at "bombing"): its own day
  if (modifiesTrigger(tokens, date, hit)) return false;
  if (tellsDatedNoun(text, tokens, date, hit)) return false;
  return ANSWERED_BEFORE.test(text.slice(Math.max(0, date.start - 40), date.start));
}

/** A relative clause opened right after a noun phrase: ", in which", "that", "during which", "where". */
const RELATIVE_OPENER = /(?:,\s*)?\b(?:(?:in|during|after)\s+which|which|that|where|when)\b/i;

/**
 * "in retaliation for Sunday's attack on a checkpoint, in which militants killed five soldiers", "for Monday's bombing
 * that killed 12": a trigger in a relative clause on the dated noun tells that noun's event, so the day is its own. The
 * clause must open before any verb past the date (else the noun phrase ended and the clause is another's).
 */
function tellsDatedNoun(text: string, tokens: readonly Token[], date: Span, hit: Span): boolean {
  if (hit.start <= date.end) return false;
  const between = text.slice(date.end, hit.start);
  if (between.length > 120) return false;
  const m = RELATIVE_OPENER.exec(between);
  if (!m) return false;
  const at = date.end + m.index;
  return !verbBetween(text, tokens, date.end, at) && !verbBetween(text, tokens, at + m[0].length, hit.start, AUXILIARY);
}

/** The auxiliaries of a passive or perfect trigger ("in which five soldiers were killed"). */
const AUXILIARY = /^(?:was|were|is|are|be|been|being|has|have|had)$/i;
