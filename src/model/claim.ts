import type { Span } from './span.ts';

export type ClaimKind = 'killed' | 'wounded' | 'captured' | 'displaced' | 'area_km2';
export type ClaimQualifier = 'exact' | 'at_least' | 'at_most' | 'about' | 'range' | 'vague';

/** One figure the text gives, with who claims it. start/end cover the figure's words. */
export interface Claim extends Span {
  readonly what: ClaimKind;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: ClaimQualifier;
  /** Who says so ("Amaq", "rebel sources"); null when the report states it in its own voice. */
  readonly claimant: string | null;
  /** Who was killed/wounded/captured, as written ("rebel fighters", "civilians"), when given. */
  readonly victims?: string | null;
}
