import type { Span } from '../model/span.ts';
import { formatDay, monthNumber } from './normalize-date.ts';

/** What a wire-story opening such as "BEIRUT, June 29 (Reuters) - …" tells about the article. */
export interface Dateline {
  /** The place part, e.g. "AMMAN/BEIRUT"; null when the opening names only the agency ("(Reuters) - "). */
  readonly dateline: string | null;
  /** The agency, e.g. "Reuters", "AFP"; null for bare "PLACE --" openings. */
  readonly publisher: string | null;
  /** The date written in the dateline as given ("June 29", "3 JAN 90"), else null. */
  readonly dateText: string | null;
  /** YYYY-MM-DD when the dateline's date carries a year ("3 JAN 90"), else null. */
  readonly date: string | null;
  /** The whole opening up to and including the dash/colon, as offsets into the text. */
  readonly span: Span;
}

/** Agency names as written in parentheses, mapped to the name used in output. */
const AGENCY_NAMES: Readonly<Record<string, string>> = Object.freeze({
  reuters: 'Reuters', afp: 'AFP', ap: 'AP', 'associated press': 'AP', 'agence france-presse': 'AFP',
  'agence france presse': 'AFP', dpa: 'dpa', upi: 'UPI', xinhua: 'Xinhua', ians: 'IANS', pti: 'PTI',
  ani: 'ANI', 'anadolu agency': 'Anadolu Agency', aa: 'Anadolu Agency', cnn: 'CNN', bbc: 'BBC',
  sana: 'SANA', irna: 'IRNA', tass: 'TASS', 'al jazeera': 'Al Jazeera', efe: 'EFE', ansa: 'ANSA',
});

function caseless(pattern: string): string {
  return pattern.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

// A dateline place: upper-case words ("AMMAN/BEIRUT", "ST. LOUIS", "RAS AL-AIN") or, before an
// agency tag, capitalised words ("Mosul, Iraq (Reuters) -").
const UPPER_WORD = "[\\p{Lu}][\\p{Lu}\\p{M}'’.\\-]*";
const CAP_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*";
const UPPER_PLACE = `${UPPER_WORD}(?:[ /]+${UPPER_WORD})*`;
const CAP_PLACE = `${CAP_WORD}(?:(?:[ /]+|, )${CAP_WORD}){0,4}`;
// Spelled out case by case because the place patterns need a case-sensitive \p{Lu}.
const MONTH = `(?:${caseless('jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?')})\\.?`;
const DATE_PART = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{2,4})?)`;
const DASH = '(?:--|[-–—])';
const AGENCY = "[\\p{Lu}][\\p{L}.&' \\-]{0,28}[\\p{L}.]|[\\p{Lu}]";

/** "PLACE[, DATE] (Agency) -" and "(Agency) -". */
const AGENCY_IN_PARENS = new RegExp(
  `^(?:(?<place>${UPPER_PLACE}|${CAP_PLACE})(?:,\\s*(?<date>${DATE_PART}))?\\s+)?\\((?<agency>${AGENCY})\\)\\s*${DASH}\\s*`,
  'u',
);
/** "PLACE[, DATE] — Reuters —" / "PLACE — Reuters:". */
const AGENCY_AFTER_DASH = new RegExp(
  `^(?<place>${UPPER_PLACE})(?:,\\s*(?<date>${DATE_PART}))?\\s*${DASH}\\s*(?<agency>Reuters|AFP|AP|Associated Press|Agence France-Presse|Xinhua|dpa|UPI)\\s*(?:${DASH}|:)\\s*`,
  'u',
);
/** "SAN SALVADOR, 3 JAN 90 --", "BEIRUT --", "NEW DELHI:" without an agency. */
const PLACE_ONLY = new RegExp(
  `^(?<place>${UPPER_PLACE})(?:,\\s*(?<date>${DATE_PART}))?\\s*(?:--|[–—]|-(?=\\s)|:(?=\\s))\\s*`,
  'u',
);
const HAS_LOWER = /\p{Ll}/u;
const DATE_WITH_YEAR = new RegExp(`^(?:(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTH})\\s+(\\d{2,4}))$`);

/** How far into the text a dateline may start: headline lines come first in .txt files. */
const SEARCH_CHARS = 1200;
const MAX_LINES = 8;

function agencyName(raw: string): string {
  return AGENCY_NAMES[raw.trim().toLowerCase()] ?? raw.trim();
}

function dateFromDateline(dateText: string | null): string | null {
  if (!dateText) return null;
  const m = DATE_WITH_YEAR.exec(dateText.trim());
  if (!m) return null;
  if (m[1]) {
    const month = monthNumber(m[1]);
    return month ? formatDay(Number(m[3]), month, Number(m[2])) : null;
  }
  const month = monthNumber(m[5]);
  const y = m[6].length === 4 ? Number(m[6]) : Number(m[6]) < 50 ? 2000 + Number(m[6]) : 1900 + Number(m[6]);
  return month ? formatDay(y, month, Number(m[4])) : null;
}

function matchAt(line: string): { m: RegExpExecArray; hasAgency: boolean } | null {
  // Mixed-case places ("Mosul, Iraq") are matched only here, where the agency tag vouches for them.
  const paren = AGENCY_IN_PARENS.exec(line);
  if (paren) return { m: paren, hasAgency: true };
  const dash = AGENCY_AFTER_DASH.exec(line);
  if (dash) return { m: dash, hasAgency: true };
  const bare = PLACE_ONLY.exec(line);
  if (bare && bare.groups?.place && !HAS_LOWER.test(bare.groups.place) && bare.groups.place.length >= 3) {
    return { m: bare, hasAgency: false };
  }
  return null;
}

/**
 * Find the wire dateline at the start of a line in the head of the text.
 * Returns null when the text has none. The input step, the dates stage and the claims stage each ask about the same
 * text in turn, so the last text's answer is kept (a Dateline is read-only).
 */
let lastText: string | undefined;
let lastDateline: Dateline | null = null;
export function parseDateline(text: string): Dateline | null {
  if (text !== lastText) {
    lastDateline = findDateline(text);
    lastText = text;
  }
  return lastDateline;
}

function findDateline(text: string): Dateline | null {
  const limit = Math.min(text.length, SEARCH_CHARS);
  let lineStart = 0;
  for (let lines = 0; lineStart < limit && lines < MAX_LINES; lines++) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    let start = lineStart;
    while (start < nl && (text[start] === ' ' || text[start] === '\t' || text[start] === '\r')) start++;
    if (start < nl) {
      const line = text.slice(start, nl);
      const found = matchAt(line);
      if (found) {
        const { m, hasAgency } = found;
        const place = m.groups?.place?.trim() ?? null;
        const dateText = m.groups?.date?.trim() ?? null;
        return {
          dateline: place && place.length > 0 ? place : null,
          publisher: hasAgency && m.groups?.agency ? agencyName(m.groups.agency) : null,
          dateText,
          date: dateFromDateline(dateText),
          span: { start, end: start + m[0].length },
        };
      }
    } else {
      lines--; // blank lines do not count towards the headline allowance
    }
    lineStart = nl + 1;
  }
  return null;
}
