import type { Document, PlaceMention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { isSupraRegion } from '../../geo/gazetteer.ts';
import { datelineSpan } from '../places/index.ts';

/** Capitals and the buildings that stand for governments (the White House, the Kremlin). */
const SEAT_CODES = new Set(['PPLC', 'BLDG', 'CSTL']);

/** How narrow a place is: town 1 … country 4, 5 for none. */
function specificity(m: PlaceMention): number {
  return m.place ? (m.place.featureCode.startsWith('PCL') ? 4 : m.place.precision) : 5;
}

/** Whether a place was read in the dateline ("BAGHDAD (Reuters) -"), the fallback of a telling that names none. */
function inDateline(doc: Document, m: Span): boolean {
  const filed = datelineSpan(doc);
  return filed !== null && m.start >= filed.start && m.end <= filed.end;
}

/**
 * The place of one event told twice: the narrower of the two tellings' places. But the dateline is where the reporter
 * files from: a telling placed there only for want of a place of its own never replaces the place another telling
 * names ("… killed 60 in southern Iraq" stays Iraq, not BAGHDAD, and a later "near Nassiriya" can still narrow it).
 */
export function mergedPlace(doc: Document, kept: PlaceMention | null, told: PlaceMention | null): PlaceMention | null {
  if (!told?.place) return kept;
  if (!kept?.place) return told;
  // a foreign seat of government is where others react, not a finer point of the place already told: "strikes … on
  // Syria" stay in Syria when another telling borrows "the decision was taken in Washington"
  const foreignSeat = SEAT_CODES.has(told.place.featureCode) && !!kept.place.countryCode && !!told.place.countryCode && kept.place.countryCode !== told.place.countryCode && !isSupraRegion(kept.place);
  // and a telling placed only at the dateline yields to another that names a town or region of its own ("PARIS … arrested
  // 10 militants" … "were arrested in Saint-Denis, north of Paris"); a country told stays less than the dateline's town
  if (inDateline(doc, kept) && !inDateline(doc, told) && !foreignSeat && specificity(told) <= 3) return told;
  return specificity(told) < specificity(kept) && !inDateline(doc, told) && !foreignSeat ? told : kept;
}
