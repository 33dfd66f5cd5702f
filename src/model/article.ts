/** An article as read from input, before any analysis. */
export interface Article {
  /** The input line's `id`, else a name derived from the file. */
  readonly id: string;
  /** The full text; every offset Sitrep reports points into it. Never changed after reading. */
  readonly text: string;
  readonly title: string | null;
  /** Publication date, YYYY-MM-DD, from the input fields or the text; null when unknown. */
  readonly published: string | null;
  /**
   * Set when `published` is partly a guess: the dateline's date had no year ("MOPTI, Mali,
   * March 14 (Reuters) -") and the year came from the dates in the text or the file's modification time.
   */
  readonly publishedYearFrom?: 'text' | 'file-time';
  readonly publisher: string | null;
  readonly url: string | null;
  /** e.g. "AMMAN/BEIRUT" from "AMMAN/BEIRUT (Reuters) -". */
  readonly dateline: string | null;
  /** Where the article came from, for error messages and provenance. */
  readonly origin: { readonly file: string; readonly line?: number };
}
