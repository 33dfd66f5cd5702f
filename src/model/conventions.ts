/** The size of a protest or riot crowd as a note's "[size=…]" tag gives it (ACLED's "crowd size" tag). */
export interface CrowdSize {
  /** The tag's words, as written: "around 50", "no report", "dozens". */
  readonly text: string;
  /** The figure, most conservatively (a range's low end; "dozens" 12, as ACLED codes it); null when none is given. */
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: 'exact' | 'about' | 'at_least' | 'at_most' | 'range' | 'vague' | 'no_report';
}

/**
 * Why an event's fatalities are not simply the lowest figure reported: a note's "Fatalities coded as 0" remark
 * (fatalities become 0, the claims stay), or figures that only a party to the fighting reported (the lowest is
 * taken, as ACLED does, and flagged).
 */
export interface FatalitiesFlag {
  readonly kind: 'coded_as_zero' | 'party_claim';
  readonly reason: string;
}
