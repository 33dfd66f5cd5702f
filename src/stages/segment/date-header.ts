/**
 * Page furniture at the head of an article: a publication date line ("Thu Sep 5 2013", "Published September 21 2016",
 * "Date of publication 7 July 2016", "Posted on April 2 2017", "13-08-2013", "21.08.2013 Get short URL 0 0",
 * "Wed 01 Oct 2014 at 1459", "Monitor AFP Thursday 6 Mar 2014" after a title). Outlets' pages copied as plain text
 * glue it, with no full stop, to the title or the lead, and then its year is read as a count ("2016 Five medics were
 * killed": 2016 killed) and the title's words join the lead's clause. The segmenter ends a sentence before and after
 * such a date line. A date only counts as a header with a day, a month and a year (a full date is rare in running
 * text without a preposition before it), near the start of the text, not after a preposition or a lower-case word
 * ("killed on 5 March 2014", "attack 5 March 2014 ..."), and only before a capital, a number or a quote.
 */

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
// "Jan 202015": Jordan Times prints day and year with no space between
const DATE = `(?:(?:${MONTH})\\.?\\s+${DAY},?\\s+${YEAR}|${DAY}\\s+(?:${MONTH})\\.?,?\\s+${YEAR}|(?:${MONTH})\\.?\\s+\\d{2}${YEAR}|\\d{1,2}[-./]\\d{1,2}[-./]${YEAR})`;
const CUE = 'published(?:\\s+on)?|posted(?:\\s+on)?|(?:last\\s+)?updated(?:\\s+(?:at|on))?|date\\s+of\\s+publication|print\\s+this\\s+page';
// a clock time only with a colon, "at", or a time zone: a bare number after the date is the title's count ("2016 23 ISIS …")
const TIME = '(?:at\\s+\\d{3,4}|\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{4}\\s*(?:utc|gmt)(?:[+-]\\d{1,2})?)';
const UPDATED = `\\(updated\\s+\\d{3,4}\\s+${DATE}\\)`;
const FURNITURE = 'get\\s+short\\s+url(?:\\s+\\d+)*';
const HEADER_SOURCE = `(?<![\\p{L}\\p{N}])(?:(?:${CUE})\\s*:?\\s+)?(?:(?:${WEEKDAY})\\.?,?\\s+)?${DATE}(?:\\s+${TIME})?(?:\\s*${UPDATED})?(?:\\s*${FURNITURE})?(?![\\p{N}])`;

/**
 * The header pattern after a lazy run of at most `zone - 1` characters, tried sticky: from an offset, the first match
 * starting within the zone's length, as the leftmost-match scan finds it (the run grows one character at a time, and the
 * header's own choices come after it). A scan for the header alone went on to the end of the story wherever none
 * starts in the zone (most stories), and the zone is a sixth of a mean story.
 */
const headers = new Map<number, RegExp>();
function headerWithin(zone: number): RegExp {
  let re = headers.get(zone);
  if (!re) {
    re = new RegExp(`[^]{0,${Math.max(0, zone - 1)}}?(${HEADER_SOURCE})`, 'yiu');
    headers.set(zone, re);
  }
  return re;
}
const NOT_BEFORE = /^(?:on|in|since|until|till|from|by|before|after|of|to|between|and|or|at|dated|the|as|for|than|through|around|about|circa|approximately|early|late|mid)$/i;

/** Offsets [start, end) of the date lines in the first `zone` characters of the text. */
export function dateHeaderSpans(text: string, zone = 400): [number, number][] {
  const out: [number, number][] = [];
  const header = headerWithin(zone);
  header.lastIndex = 0;
  for (let h = header.exec(text); h; h = header.exec(text)) {
    // the header itself, as the scan's match: where it starts and what it holds
    const m = { index: h.index + h[0].length - h[1].length, 0: h[1] };
    if (m.index >= zone) break;
    const prev = /(\S+)\s*$/.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? '';
    if (prev && (NOT_BEFORE.test(prev) || /^\p{Ll}+$/u.test(prev))) continue;
    // a title or lead follows (a capital, a count, a quote), not a comma or a lower-case word ("Around 27 June 2022, in …")
    const next = /^\s*(\S)/u.exec(text.slice(m.index + m[0].length))?.[1];
    if (!next || !/[\p{Lu}\p{N}"“'‘]/u.test(next)) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * A photo credit closing a caption ("… in Aleppo Syria August 1 2016 (Reuters Photo) Ten civilians were killed",
 * "(TRT World and Agencies) At least eight …", "(File photo)", "(AFP)"): pages copied as text glue the caption to the
 * next paragraph with no full stop, so the caption's place and date joined the lead's clause. The credit is a sentence
 * of its own when a capital, a number or a quote follows it ("BEIRUT (Reuters) - …" is a dateline, left alone).
 */
// agencies whose bare name in parentheses is a credit; those an acronym's definition puts in parentheses ("Anadolu Agency
// (AA) Turkish troops …", "news agency (SANA)") count only with "photo"
const CREDITED = 'afp|ap|reuters|epa|getty\\s+images|trt\\s+world\\s+and\\s+agencies|agencies|file';
const PHOTO_ONLY = 'aa|iha|dha|anadolu(?:\\s+agency)?|sana|xinhua';
const CREDIT = new RegExp(`\\((?:(?:photo:?\\s+)?(?:${CREDITED}|${PHOTO_ONLY})\\s+photo|photo:?\\s+(?:${CREDITED}|${PHOTO_ONLY})|${CREDITED})\\)`, 'giu');

/** Offsets [start, end) of the photo credits that end a caption. */
export function photoCreditSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  CREDIT.lastIndex = 0;
  for (let m = CREDIT.exec(text); m; m = CREDIT.exec(text)) {
    const next = /^\s+(\S)/u.exec(text.slice(m.index + m[0].length))?.[1];
    if (next && /[\p{Lu}\p{N}"“'‘(]/u.test(next)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
