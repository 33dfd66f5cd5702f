/** SPEC geo_precision: 1 town · 2 near/part of · 3 region. */
export type GeoPrecision = 1 | 2 | 3;

export interface Place {
  /** Name as the gazetteer knows it (e.g. "Abu Kamal"). */
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly geonameid: number | null;
  /** GeoNames feature code (PPL, PPLA, ADM1, PCLI, AIRB, …). */
  readonly featureCode: string;
  readonly countryCode: string; // ISO 3166-1 alpha-2
  readonly iso3: string;
  readonly country: string;
  readonly admin1: string | null;
  readonly admin2: string | null;
  readonly precision: GeoPrecision;
  readonly population?: number;
}
