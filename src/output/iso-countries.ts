/**
 * ISO 3166-1 numeric codes and ACLED region names for countries where armed conflict is
 * commonly reported. Written from the ISO 3166 standard and ACLED's published region list;
 * countries missing here get empty `iso`/`region` cells in acled-csv output.
 */
export interface CountryCodes {
  readonly numeric: number;
  readonly region: string;
}

const ME = 'Middle East';
const NA = 'Northern Africa';
const WA = 'Western Africa';
const MA = 'Middle Africa';
const EA = 'Eastern Africa';
const SA = 'Southern Africa';
const SAS = 'South Asia';
const SEA = 'Southeast Asia';
const EAS = 'East Asia';
const CCA = 'Caucasus and Central Asia';
const EU = 'Europe';
const CAM = 'Central America';
const SAM = 'South America';
const CAR = 'Caribbean';
const NAM = 'North America';

const TABLE: ReadonlyArray<readonly [string, number, string]> = [
  ['AFG', 4, SAS], ['DZA', 12, NA], ['AGO', 24, MA], ['ARM', 51, CCA], ['AZE', 31, CCA], ['BHR', 48, ME],
  ['BGD', 50, SAS], ['BFA', 854, WA], ['BDI', 108, EA], ['CMR', 120, MA], ['CAF', 140, MA], ['TCD', 148, MA],
  ['COL', 170, SAM], ['COD', 180, MA], ['COG', 178, MA], ['CIV', 384, WA], ['EGY', 818, NA], ['ETH', 231, EA],
  ['ERI', 232, EA], ['GEO', 268, CCA], ['HTI', 332, CAR], ['IND', 356, SAS], ['IDN', 360, SEA], ['IRN', 364, ME],
  ['IRQ', 368, ME], ['ISR', 376, ME], ['PSE', 275, ME], ['JOR', 400, ME], ['KEN', 404, EA], ['KWT', 414, ME],
  ['KGZ', 417, CCA], ['LBN', 422, ME], ['LBY', 434, NA], ['MLI', 466, WA], ['MEX', 484, CAM], ['MOZ', 508, SA],
  ['MMR', 104, SEA], ['NER', 562, WA], ['NGA', 566, WA], ['OMN', 512, ME], ['PAK', 586, SAS], ['PHL', 608, SEA],
  ['QAT', 634, ME], ['RUS', 643, EU], ['RWA', 646, EA], ['SAU', 682, ME], ['SEN', 686, WA], ['SOM', 706, EA],
  ['ZAF', 710, SA], ['SSD', 728, EA], ['SDN', 729, NA], ['SYR', 760, ME], ['TJK', 762, CCA], ['THA', 764, SEA],
  ['TUN', 788, NA], ['TUR', 792, ME], ['UGA', 800, EA], ['UKR', 804, EU], ['ARE', 784, ME], ['YEM', 887, ME],
  ['VEN', 862, SAM], ['MRT', 478, WA], ['GIN', 324, WA], ['BEN', 204, WA], ['TGO', 768, WA], ['GHA', 288, WA],
  ['CYP', 196, ME], ['LKA', 144, SAS], ['NPL', 524, SAS], ['UZB', 860, CCA], ['KAZ', 398, CCA], ['TKM', 795, CCA],
  ['MAR', 504, NA], ['ESH', 732, NA], ['ZWE', 716, SA], ['HND', 340, CAM], ['GTM', 320, CAM], ['SLV', 222, CAM],
  ['NIC', 558, CAM], ['BRA', 76, SAM], ['PER', 604, SAM], ['ECU', 218, SAM], ['USA', 840, NAM], ['CAN', 124, NAM],
  ['FRA', 250, EU], ['GBR', 826, EU], ['DEU', 276, EU], ['BLR', 112, EU], ['MDA', 498, EU], ['SRB', 688, EU],
  ['BIH', 70, EU], ['CHN', 156, EAS], ['PRK', 408, EAS], ['KOR', 410, EAS], ['JPN', 392, EAS],
];

/** A fresh lookup from ISO 3166-1 alpha-3 to numeric code and ACLED region. */
export function createCountryCodeTable(): ReadonlyMap<string, CountryCodes> {
  return new Map(TABLE.map(([iso3, numeric, region]) => [iso3, { numeric, region }]));
}
