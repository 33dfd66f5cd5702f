/** ACLED inter codes: 1 state forces … 8 external/other forces; 0 none. */
export type InterCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface Actor {
  /** Stable key in the actor lexicon, e.g. "islamic-state". */
  readonly id: string;
  /** Canonical ACLED-style name, e.g. "Islamic State", "Military Forces of Russia (2000-)". */
  readonly name: string;
  readonly inter: InterCode;
  /** ISO 3166-1 alpha-2 of the actor's home country, when it has one. */
  readonly country: string | null;
  /**
   * What sort of actor: 'state', 'rebel', 'militia', 'jihadist', 'coalition', 'civilians',
   * 'protesters', 'rioters', 'unknown' … and two that are never parties to an event:
   * 'monitor' (e.g. Syrian Observatory for Human Rights) and 'media' (e.g. Amaq, Reuters).
   */
  readonly kind?: string;
  /** Parent organisation's actor id (e.g. an FSA faction's parent), when known. */
  readonly parent?: string;
}
