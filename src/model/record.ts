import type { Claim } from './claim.ts';
import type { CrowdSize, FatalitiesFlag } from './conventions.ts';
import type { Span } from './span.ts';
import type { TimePrecision } from './date-value.ts';
import type { GeoPrecision } from './place.ts';

export interface SourceRef {
  readonly doc_id: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

/** Which of an event's fields a mention span names. */
export type MentionRole = 'actor1' | 'actor2' | 'assoc_actor_1' | 'assoc_actor_2' | 'location';

/** Where the text names one of the event's actors or its place: the words the UI marks. */
export interface MentionSpan extends Span {
  readonly role: MentionRole;
}

export type ClaimRecord = Omit<Claim, 'victims'> & { readonly victims?: string | null };

/** The event record of SPEC.md (`--format jsonl`), ACLED column names where ACLED has one. */
export interface EventRecord {
  event_id: string;
  doc_id: string;
  /** YYYY-MM-DD; null for an undated event: its article carried no date and no --date was given. */
  event_date: string | null;
  event_date_end: string | null;
  time_precision: TimePrecision;
  historical: boolean;
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  assoc_actor_1: string | null;
  inter1: number;
  actor2: string | null;
  assoc_actor_2: string | null;
  inter2: number;
  interaction: number;
  actor1_mention: string | null;
  actor2_mention: string | null;
  country: string | null;
  iso3: string | null;
  admin1: string | null;
  admin2: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: GeoPrecision | null;
  geonameid: number | null;
  fatalities: number | null;
  claims: ClaimRecord[];
  evidence: Span[];
  notes: string;
  confidence: number;
  sources: SourceRef[];
  /**
   * Which decided the event's sub-event type: 'rules' when the rules' type stood, 'model' when the sub-event
   * classifier overruled them. Written by extract (JSONL, GeoJSON) and kept by the store; events stored before it
   * was kept have none.
   */
  decided_by?: 'rules' | 'model';
  /** Protests and riots: the crowd size of the note's "[size=…]" tag (ACLED's crowd size tag); absent without one. */
  crowd_size?: CrowdSize;
  /** Why `fatalities` is what it is when an ACLED convention decided it ("coded as 0", party-only figures). */
  fatalities_flag?: FatalitiesFlag;
  /**
   * Not a SPEC field (outputs leave it out, see specRecord): the offsets of the words naming the
   * event's actors and place, kept so the UI marks those words and no others.
   */
  mentions?: MentionSpan[];
}
