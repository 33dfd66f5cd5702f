import { z } from 'zod';
import { SitrepError } from '../errors.ts';
import { decodeCursor } from '../store/keyset.ts';
import { REVIEW_FILTERS } from '../store/review.ts';
import type { EventQuery } from '../store/store.ts';

export const MAX_PAGE = 1000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const SORTS = ['date', '-date', 'fatalities', '-fatalities', 'confidence', '-confidence'] as const;
/** Free-text filters are matched, never interpreted; the cap only keeps requests small. */
const shortText = z.string().trim().min(1).max(200);

/** Date.parse rolls 2017-02-30 over to March 2; a real day survives the round trip unchanged. */
export function isCalendarDay(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

const day = z
  .string()
  .regex(ISO_DAY, 'must be a date as YYYY-MM-DD')
  .refine(isCalendarDay, 'is not a real calendar date');

/** A plain decimal number: Number() would also read '' as 0 and '0x10' as 16. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const bbox = z
  .string()
  .transform((s, ctx) => {
    const raw = s.split(',').map((p) => p.trim());
    const parts = raw.map(Number);
    if (raw.length !== 4 || raw.some((p) => !DECIMAL.test(p)) || parts.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: 'custom', message: 'must be four numbers W,S,E,N' });
      return z.NEVER;
    }
    const [w, south, e, n] = parts as [number, number, number, number];
    if (Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(south) > 90 || Math.abs(n) > 90 || south > n) {
      ctx.addIssue({ code: 'custom', message: 'must be W,S,E,N in degrees with -90≤S≤N≤90 (W>E crosses the antimeridian)' });
      return z.NEVER;
    }
    return [w, south, e, n] as [number, number, number, number];
  });

const bool = z.enum(['true', 'false', '1', '0']).transform((s) => s === 'true' || s === '1');
const int = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));

export const eventQuerySchema = z
  .object({
    from: day,
    to: day,
    bbox,
    country: shortText,
    actor: shortText,
    event_type: shortText,
    sub_event_type: shortText,
    // Only letters and digits are searched: a text of none would silently match every event.
    text: shortText.refine((s) => /[\p{L}\p{N}]/u.test(s), 'must contain a letter or digit'),
    historical: bool,
    min_fatalities: int(0, 1_000_000_000),
    sort: z.enum(SORTS),
    review: z.enum(REVIEW_FILTERS),
    geonameid: int(1, 2_000_000_000),
    limit: int(1, MAX_PAGE),
    offset: int(0, 1_000_000_000),
    /** Keyset paging: the next_cursor of the previous page (see src/store/keyset.ts). */
    cursor: z.string().min(1).max(1000),
  })
  .partial()
  .strict();

export const EVENT_QUERY_PARAMS = Object.freeze(Object.keys(eventQuerySchema.shape)) as readonly string[];

/** "field: message; field: message" — what a 400 tells the caller. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const where = i.path.length ? i.path.join('.') : 'request';
      if (i.code === 'unrecognized_keys') return `unknown parameter(s) ${i.keys.map((k) => `"${k}"`).join(', ')}`;
      return `${where}: ${i.message}`;
    })
    .join('; ');
}

/**
 * The CLI's flag names, as parameters, for the API's own: both accept the same names
 * (`type` or `event_type`, `min-fatalities` or `min_fatalities`).
 */
export const PARAM_ALIASES: Readonly<Record<string, string>> = Object.freeze({ type: 'event_type', sub_type: 'sub_event_type' });

/** A parameter's canonical name: hyphens as underscores, then the alias table. */
export function canonicalParam(name: string): string {
  const k = name.replace(/-/g, '_');
  return PARAM_ALIASES[k] ?? k;
}

/** Query-string parameters → EventQuery, or E_USAGE naming each bad parameter. A repeated parameter is refused rather than silently collapsed. */
export function parseEventQuery(params: Record<string, string[]>, extraAllowed: readonly string[] = []): EventQuery {
  const single: Record<string, string> = {};
  for (const [name, values] of Object.entries(params)) {
    if (extraAllowed.includes(name)) continue;
    const k = canonicalParam(name);
    if (values.length > 1) throw new SitrepError('E_USAGE', `parameter "${name}" given ${values.length} times; give it once`);
    if (k in single) throw new SitrepError('E_USAGE', `parameter "${k}" given twice (once as "${name}"); give it once`);
    single[k] = values[0] ?? '';
  }
  const parsed = eventQuerySchema.safeParse(single);
  if (!parsed.success) throw new SitrepError('E_USAGE', `invalid query: ${describeIssues(parsed.error)}`);
  const { cursor, ...q } = parsed.data;
  if (q.from && q.to && q.from > q.to) throw new SitrepError('E_USAGE', `invalid query: from (${q.from}) is after to (${q.to})`);
  if (cursor === undefined) return q;
  if (q.offset) throw new SitrepError('E_USAGE', 'invalid query: give offset or cursor, not both');
  return { ...q, after: decodeCursor(cursor, q.sort) };
}
