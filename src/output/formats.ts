import { SitrepError } from '../errors.ts';
import type { EventRecord } from '../model/record.ts';
import { createCountryCodeTable } from './iso-countries.ts';

export type OutputFormat = 'jsonl' | 'csv' | 'geojson' | 'acled-csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = Object.freeze(['jsonl', 'csv', 'geojson', 'acled-csv']);

/** SPEC event-record fields, in SPEC order: the columns of `--format csv`. */
export const EVENT_RECORD_FIELDS: readonly (keyof EventRecord)[] = Object.freeze([
  'event_id', 'doc_id', 'event_date', 'event_date_end', 'time_precision', 'historical', 'disorder_type',
  'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2',
  'interaction', 'actor1_mention', 'actor2_mention', 'country', 'iso3', 'admin1', 'admin2', 'location',
  'latitude', 'longitude', 'geo_precision', 'geonameid', 'fatalities', 'claims', 'evidence', 'notes',
  'confidence', 'sources',
] as const);

/** ACLED's export column order. */
export const ACLED_COLUMNS: readonly string[] = Object.freeze([
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
]);

const RFC4180_EOL = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;
/** Leading characters that make Excel/LibreOffice evaluate a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: null → empty, numbers and booleans as written, objects as JSON; text that a
 * spreadsheet would run as a formula gets a leading "'".
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'string') s = FORMULA_START.test(value) ? `'${value}` : value;
  else if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') s = value ? 'true' : 'false';
  else s = JSON.stringify(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvLine(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + RFC4180_EOL;
}

/** The record with only its SPEC fields: what every output writes. */
export function specRecord(record: EventRecord): EventRecord {
  const { mentions: _mentions, ...spec } = record;
  return spec;
}

export function jsonlLine(record: EventRecord): string {
  return JSON.stringify(specRecord(record)) + '\n';
}

export function csvHeader(): string {
  return csvLine(EVENT_RECORD_FIELDS);
}

export function csvRow(record: EventRecord): string {
  return csvLine(EVENT_RECORD_FIELDS.map((f) => record[f]));
}

export interface AcledCsvOptions {
  /** ACLED's `timestamp` (Unix seconds of the upload); default the time the formatter is made. */
  readonly timestamp?: number;
}

export interface RowFormatter {
  header(): string;
  row(record: EventRecord): string;
}

/**
 * ACLED-shaped CSV; fields Sitrep has no value for (admin3, source_scale) stay empty. ACLED's columns are kept
 * exactly, so `decided_by` (JSONL, GeoJSON) has no place here: ACLED has no free column and its tags are its own.
 */
export function createAcledCsvFormatter(opts: AcledCsvOptions = {}): RowFormatter {
  const countries = createCountryCodeTable();
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    header: () => csvLine(ACLED_COLUMNS),
    row: (r) => {
      const codes = r.iso3 ? countries.get(r.iso3.toUpperCase()) : undefined;
      const publishers = [...new Set(r.sources.map((s) => s.publisher?.trim()).filter((p): p is string => !!p))];
      const cells: Record<string, unknown> = {
        event_id_cnty: r.event_id,
        event_date: r.event_date,
        year: r.event_date && /^\d{4}/.test(r.event_date) ? Number(r.event_date.slice(0, 4)) : null,
        // ACLED's codes stop at 3 (the month); a year-only date is coarser still, so 3 is the nearest it has
        time_precision: Math.min(r.time_precision, 3),
        disorder_type: r.disorder_type,
        event_type: r.event_type,
        sub_event_type: r.sub_event_type,
        actor1: r.actor1,
        assoc_actor_1: r.assoc_actor_1,
        inter1: r.inter1,
        actor2: r.actor2,
        assoc_actor_2: r.assoc_actor_2,
        inter2: r.inter2,
        interaction: r.interaction,
        civilian_targeting: r.actor2?.startsWith('Civilians') ? 'Civilian targeting' : null,
        iso: codes?.numeric ?? null,
        region: codes?.region ?? null,
        country: r.country,
        admin1: r.admin1,
        admin2: r.admin2,
        admin3: null,
        location: r.location,
        latitude: r.latitude,
        longitude: r.longitude,
        geo_precision: r.geo_precision,
        source: publishers.length > 0 ? publishers.join('; ') : null,
        source_scale: null,
        notes: acledNotes(r),
        // ACLED writes 0 where no death is known; JSONL keeps the null that says "unknown".
        fatalities: r.fatalities ?? 0,
        tags: acledTags(r),
        timestamp,
      };
      return csvLine(ACLED_COLUMNS.map((c) => cells[c]));
    },
  };
}

/** ACLED's tags column: "crowd size=…" on demonstrations, as ACLED tags them. */
export function acledTags(r: EventRecord): string | null {
  return r.crowd_size ? `crowd size=${r.crowd_size.text}` : null;
}

/** ACLED notes say when fatalities follow a convention rather than a figure; so does the notes column here. */
export function acledNotes(r: EventRecord): string {
  const flag = r.fatalities_flag;
  if (!flag) return r.notes;
  return flag.kind === 'coded_as_zero' ? `${r.notes} ${flag.reason}` : `${r.notes} Fatalities ${flag.reason}.`;
}

export interface PointFeature {
  readonly type: 'Feature';
  readonly id: string;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: Omit<EventRecord, 'latitude' | 'longitude'>;
}

export interface FeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly PointFeature[];
}

function hasCoordinates(r: EventRecord): r is EventRecord & { latitude: number; longitude: number } {
  return (
    typeof r.latitude === 'number' && typeof r.longitude === 'number' &&
    Number.isFinite(r.latitude) && Number.isFinite(r.longitude) &&
    Math.abs(r.latitude) <= 90 && Math.abs(r.longitude) <= 180
  );
}

/** Records with coordinates as GeoJSON Points; `omitted` counts those left out for lack of them. */
export function toFeatureCollection(records: readonly EventRecord[]): { collection: FeatureCollection; omitted: number } {
  const features: PointFeature[] = [];
  for (const r of records) {
    if (!hasCoordinates(r)) continue;
    const { latitude: _lat, longitude: _lon, ...properties } = specRecord(r);
    features.push({ type: 'Feature', id: r.event_id, geometry: { type: 'Point', coordinates: [r.longitude, r.latitude] }, properties });
  }
  return { collection: { type: 'FeatureCollection', features }, omitted: records.length - features.length };
}

/**
 * A format written record by record: head(), row() for each record in order, then tail(); joined,
 * the pieces are formatRecords' output, so an export of any size streams with nothing held.
 * geojson rows of records without coordinates are empty.
 */
export interface RecordWriter {
  head(): string;
  row(record: EventRecord): string;
  tail(): string;
}

export function createRecordWriter(format: OutputFormat, opts: AcledCsvOptions = {}): RecordWriter {
  const none = () => '';
  switch (format) {
    case 'jsonl':
      return { head: none, row: jsonlLine, tail: none };
    case 'csv':
      return { head: csvHeader, row: csvRow, tail: none };
    case 'acled-csv': {
      const acled = createAcledCsvFormatter(opts);
      return { head: acled.header, row: acled.row, tail: none };
    }
    case 'geojson': {
      let first = true;
      return {
        // JSON.stringify of a FeatureCollection, spelt out around its features.
        head: () => '{"type":"FeatureCollection","features":[',
        row: (r) => {
          const feature = toFeatureCollection([r]).collection.features[0];
          if (!feature) return '';
          const json = JSON.stringify(feature);
          return first ? ((first = false), json) : `,${json}`;
        },
        tail: () => ']}\n',
      };
    }
    default:
      throw new SitrepError('E_USAGE', `unknown output format "${String(format)}"; use one of ${OUTPUT_FORMATS.join(', ')}`);
  }
}

/** The whole output for a batch of records. For geojson, use toFeatureCollection to learn how many were omitted. */
export function formatRecords(records: readonly EventRecord[], format: OutputFormat, opts: AcledCsvOptions = {}): string {
  const writer = createRecordWriter(format, opts);
  return writer.head() + records.map(writer.row).join('') + writer.tail();
}
