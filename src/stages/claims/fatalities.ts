import type { Claim } from '../../model/claim.ts';

/** Figures this close (characters between them) naming different victims are one list ("a woman and three children") and add up. */
const SAME_STATEMENT_GAP = 45;
const GENERIC_VICTIMS = new Set(['victim', 'victims', "victim's", 'body', 'bodies', 'people', 'persons', 'person', 'individuals', 'others', 'other', 'more', 'fatalities', 'fatality', 'casualties', 'deaths', 'dead']);

/** The count a claim supports, most conservatively: "at least N" → N, a range → its low end, "nearly N" → N. */
function conservative(c: Claim): number | null {
  if (c.qualifier === 'vague') return null;
  return c.low ?? c.high;
}

function victimKey(c: Claim): string | null {
  if (!c.victims) return null;
  const words = c.victims.toLowerCase().split(/\s+of\s+/)[0].split(/\s+/);
  const head = words[words.length - 1].replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '');
  return GENERIC_VICTIMS.has(words[words.length - 1]) ? null : head;
}

/**
 * ACLED's rule for one event: the most conservative credible figure. Figures in one statement
 * add up ("2 soldiers and 3 militants" → 5); a later statement repeating or updating the toll
 * does not, unless it names a victim group not counted yet; between claimants the lowest total
 * wins (a single victim singled out is not a total). Only vague claims → null; an explicit "no fatalities" → 0.
 */
export function eventFatalities(claims: readonly Claim[]): number | null {
  const killed = claims.filter((c) => c.what === 'killed');
  if (killed.length === 0) return null;
  const counted = killed.filter((c) => conservative(c) !== null);
  const positive = counted.filter((c) => (conservative(c) ?? 0) > 0);
  if (positive.length === 0) return counted.length > 0 ? 0 : null;

  const byClaimant = new Map<string, Claim[]>();
  for (const c of positive) {
    const key = claimantKey(c.claimant);
    const list = byClaimant.get(key);
    if (list) list.push(c);
    else byClaimant.set(key, [c]);
  }

  // A claimant who gives only lower bounds ("at least 3 bodies recovered") does not undercut another's
  // stated toll: the lowest total wins among claimants who state one; bounds count only when no one does.
  // A claimant whose only figure is one victim singles out a person among the dead ("the blast also killed a senior
  // commander", "the journalist it identified", "one of those killed"): that names a victim, it does not state a toll, so
  // it does not undercut another claimant's larger figure ("at least 25 members were killed").
  const totals = [...byClaimant.values()].map((list) => ({ total: claimantTotal([...list].sort((a, b) => a.start - b.start)), onlyBounds: list.every((c) => c.qualifier === 'at_least') }));
  const someoneCountsMore = totals.some((t) => t.total > 1);
  let best: number | null = null;
  let bound: number | null = null;
  for (const { total, onlyBounds } of totals) {
    if (onlyBounds) bound = bound === null ? total : Math.max(bound, total);
    else if (total === 1 && someoneCountsMore) continue;
    else if (best === null || total < best) best = total;
  }
  return best ?? bound;
}

/** Words after which a claimant names a person speaking for the body before them ("SDF spokesman Farhad Shami"). */
const SPEAKER_ROLE = /\s(?:spokes(?:man|woman|person)|officials?|commanders?|leaders?|chief|head|ministers?|statement|media office|sources?|press office)\b.*$/;

/** One key per body that speaks: "SDF spokesman Farhad Shami", "the SDF" and "SDF" are one claimant. */
export function claimantKey(claimant: string | null): string {
  const lower = (claimant ?? '').toLowerCase().replace(/^(?:the|a|an|its|their)\s+/, '').trim();
  const body = lower.replace(SPEAKER_ROLE, '').replace(/['’]s$/, '').trim();
  return body || lower;
}

function claimantTotal(sorted: readonly Claim[]): number {
  const statements: Claim[][] = [];
  for (const c of sorted) {
    const current = statements[statements.length - 1];
    const prev = current?.[current.length - 1];
    if (prev && c.start - prev.end <= SAME_STATEMENT_GAP && distinctGroups(prev, c)) current.push(c);
    else statements.push([c]);
  }
  let total = 0;
  const seen = new Set<string>();
  for (const st of statements) {
    const sum = st.reduce((acc, c) => acc + (conservative(c) ?? 0), 0);
    const keys = st.map(victimKey);
    const allNew = keys.every((k) => k !== null && !seen.has(k));
    if (allNew && seen.size > 0) total += sum;
    else total = Math.max(total, sum);
    for (const k of keys) if (k !== null) seen.add(k);
  }
  return total;
}

/** Two named victim groups side by side ("2 soldiers and 3 militants", "8 civilians in A and 7 civilians in B"), not one toll told twice. */
function distinctGroups(a: Claim, b: Claim): boolean {
  const ka = victimKey(a);
  const kb = victimKey(b);
  return ka !== null && kb !== null;
}
