import { z } from 'zod';
import { loadJsonlLexicon } from '../../lexicons/load.ts';
import type { Claim } from '../../model/claim.ts';
import type { CrowdSize, FatalitiesFlag } from '../../model/conventions.ts';
import type { Span } from '../../model/span.ts';
import { claimantKey } from '../claims/fatalities.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { escapeWords } from '../../lexicons/escape.ts';

const entry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('crowd-qualifier'), word: z.string(), qualifier: z.enum(['about', 'at_least', 'at_most']) }),
  z.object({ kind: z.literal('crowd-amount'), word: z.string(), value: z.number().int().positive().nullable() }),
  z.object({ kind: z.literal('crowd-none'), word: z.string() }),
  z.object({ kind: z.literal('party-outlet'), word: z.string(), side: z.string() }),
  z.object({ kind: z.literal('party-speaker'), word: z.string() }),
]);

/** ACLED's note conventions (lexicons/acled-conventions.jsonl), compiled. */
export interface AcledConventions {
  readonly qualifiers: ReadonlyMap<string, 'about' | 'at_least' | 'at_most'>;
  readonly amounts: ReadonlyMap<string, number | null>;
  readonly none: ReadonlySet<string>;
  /** Matches a claimant that speaks for a side: a party's outlet or the side's own voice. */
  readonly party: RegExp;
}

const escape = escapeWords;
const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

export function loadAcledConventions(dir?: string): AcledConventions {
  const rows = loadJsonlLexicon('acled-conventions.jsonl', entry, dir);
  const qualifiers = new Map<string, 'about' | 'at_least' | 'at_most'>();
  const amounts = new Map<string, number | null>();
  const none = new Set<string>();
  const party: string[] = [];
  for (const r of rows) {
    if (r.kind === 'crowd-qualifier') qualifiers.set(r.word.toLowerCase(), r.qualifier);
    else if (r.kind === 'crowd-amount') amounts.set(r.word.toLowerCase(), r.value);
    else if (r.kind === 'crowd-none') none.add(r.word.toLowerCase());
    else party.push(r.word);
  }
  return { qualifiers, amounts, none, party: lexiconRegExp(`\\b(?:${longestFirst(party)})\\b`, 'i') };
}

/** ACLED's size tag in a note: "[size=around 50]", "[crowd size=no report]". */
const SIZE_TAG = /\[\s*(?:crowd\s+)?size\s*=\s*([^\]]*)\]/i;

const figure = (s: string): number | null => {
  const m = /^\d{1,3}(?:,\d{3})+$|^\d+$/.exec(s.trim());
  return m ? Number(m[0].replace(/,/g, '')) : null;
};

/** The crowd size a note's size tag gives; null when the text has no tag. */
export function crowdSizeOf(text: string, conv: AcledConventions): CrowdSize | null {
  const tag = SIZE_TAG.exec(text);
  if (!tag) return null;
  const words = tag[1].trim().replace(/\s+/g, ' ');
  const lower = words.toLowerCase();
  const size = (low: number | null, high: number | null, qualifier: CrowdSize['qualifier']): CrowdSize => ({ text: words, low, high, qualifier });
  if (!lower || conv.none.has(lower)) return size(null, null, 'no_report');
  const range = /^(?:between\s+)?([\d,]+)\s*(?:-|–|to|and)\s*([\d,]+)$/.exec(lower);
  if (range && figure(range[1]) !== null && figure(range[2]) !== null) return size(figure(range[1]), figure(range[2]), 'range');
  let rest = lower;
  let qualifier: CrowdSize['qualifier'] = 'exact';
  for (const [word, q] of [...conv.qualifiers].sort((a, b) => b[0].length - a[0].length)) {
    if (rest.startsWith(`${word} `)) {
      rest = rest.slice(word.length + 1);
      qualifier = q;
      break;
    }
  }
  const n = figure(rest);
  if (n !== null) return size(n, qualifier === 'at_least' ? null : n, qualifier);
  const amount = conv.amounts.get(rest);
  if (amount !== undefined) return size(amount, null, 'vague');
  return size(null, null, 'vague');
}

/** "Fatalities coded as 0 …", "… fatalities from the clashes were coded as zero": the remark's sentence. */
const CODED_ZERO = /[^.;]*\bfatalit(?:y|ies)\b[^.;]*?\bcoded\s+as\s+(?:0|zero|no\s+fatalities)\b[^.;]*[.;]?/i;
const FATALITY_WORD = /\bfatalit(?:y|ies)\b/i;
const CODED_AS = /\bcoded\s+as\s+(?:0|zero|no\s+fatalities)\b/i;

export interface CodedAsZero extends Span {
  /** The remark as written, which says why ("as the figures were reported by IS"). */
  readonly reason: string;
}

/** A note's remark that its fatalities are coded as 0, with its offsets; null when there is none. */
export function codedAsZero(text: string): CodedAsZero | null {
  // the pattern opens with [^.;]*, so a text without the remark costs a rescan from every offset: both its
  // words must be there first
  if (!FATALITY_WORD.test(text) || !CODED_AS.test(text)) return null;
  const m = CODED_ZERO.exec(text);
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  const reason = m[0].trim();
  return { start: m.index + lead, end: m.index + lead + reason.length, reason };
}

/**
 * Whether a claimant speaks for a side of the fighting: a party's own outlet ("Amaq"), its army or ministry of
 * defence, the group itself, or one of the event's actors by name ("the SDF said").
 */
export function isPartyClaimant(claimant: string, conv: AcledConventions, sides: readonly (string | null | undefined)[]): boolean {
  if (conv.party.test(claimant)) return true;
  const key = claimantKey(claimant);
  return sides.some((s) => {
    const side = claimantKey(s ?? null);
    return side.length > 2 && (key === side || key.includes(side) || side.includes(key));
  });
}

export interface ConventionalFatalities {
  readonly fatalities: number | null;
  readonly claims: readonly Claim[];
  readonly flag: FatalitiesFlag | null;
}

/**
 * ACLED's conventions on one event's fatalities. A "coded as 0" remark sets them to 0 and is recorded; the
 * figures it sets aside stay among the claims (the remark's own "0" is not a claim). When every death figure comes
 * from a party to the fighting, the lowest stands (`fatalities`, computed as usual) and the event is flagged.
 */
export function applyFatalityConventions(
  text: string,
  claims: readonly Claim[],
  fatalities: number | null,
  sides: readonly (string | null | undefined)[],
  conv: AcledConventions,
): ConventionalFatalities {
  const remark = codedAsZero(text);
  if (remark) {
    const kept = claims.filter((c) => c.end <= remark.start || c.start >= remark.end);
    return { fatalities: 0, claims: kept, flag: { kind: 'coded_as_zero', reason: remark.reason } };
  }
  const deaths = claims.filter((c) => c.what === 'killed' && (c.low ?? c.high ?? 0) > 0);
  if (!deaths.length || !deaths.every((c) => c.claimant && isPartyClaimant(c.claimant, conv, sides))) return { fatalities, claims, flag: null };
  const who = [...new Set(deaths.map((c) => c.claimant as string))].join(', ');
  return { fatalities, claims, flag: { kind: 'party_claim', reason: `reported only by ${who}, a party to the fighting; the lowest figure is taken` } };
}
