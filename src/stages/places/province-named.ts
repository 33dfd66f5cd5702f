import { isAdmin1 } from '../../geo/gazetteer.ts';
import { plainSpelling } from '../../geo/normalize-name.ts';
import type { Document, PlaceMention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { datelineSpan } from './choose.ts';

/** Words after a name that make it a region: "Deir al-Zor province", "Kandahar governorate". */
const REGION_AFTER = /^\s+(?:province|governorate|state|region|area)\b/i;
/**
 * Words before a name that make it a region: "the southern province of Kandahar". Not "the Cudi region of Cizre district":
 * a region named before "of" is a part of the place after it, so only a province described in lowercase words counts.
 */
const REGION_BEFORE = /\b(?:the|a)\s+(?:[a-z-]+\s+){0,2}(?:province|governorate|state)\s+of\s+(?:the\s+)?$/;
/** Words that make a name the town: "Deir al-Zor city", "the city of Kandahar", "Ghazni, the provincial capital". */
const TOWN_AFTER = /^(?:\s+(?:city|town)\b|,\s+(?:the\s+)?(?:provincial|province's|regional)\s+capital\b)/i;
const TOWN_BEFORE = /\b(?:city|town|capital)\s+(?:of\s+)?(?:the\s+)?$/i;

/**
 * Words after a name that make it a region without standing beside it: a list closed by a plural kind of region ("Idlib
 * and Hama provinces", "Idlib, Hama and Latakia governorates") and an apposition that calls it one ("Idlib, a province
 * held by rebels", "Idlib (the province where …"). Each item of the list is a region, not only the last.
 */
const REGION_LIST_OR_APPOSITION_AFTER = /^(?:(?:\s*,\s*\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*)*)*\s+(?:and|or)\s+\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*)*\s+(?:provinces|governorates|regions)\b|\s*[,(]\s*(?:a|the)\s+(?:[a-z-]+\s+){0,2}(?:province|governorate|region)\b)/u;
const regionAfter = (doc: Document, m: PlaceMention) => REGION_AFTER.test(doc.text.slice(m.end, m.end + 16)) || REGION_LIST_OR_APPOSITION_AFTER.test(doc.text.slice(m.end, m.end + 80));

const regionWords = (doc: Document, m: PlaceMention) => regionAfter(doc, m) || REGION_BEFORE.test(doc.text.slice(Math.max(0, m.start - 60), m.start)) || /\s(?:province|governorate|state|region)$/i.test(m.text);
const townWords = (doc: Document, m: PlaceMention) => TOWN_AFTER.test(doc.text.slice(m.end, m.end + 40)) || TOWN_BEFORE.test(doc.text.slice(Math.max(0, m.start - 30), m.start));
const bareName = (s: string) => plainSpelling(s.replace(/\s+(?:province|governorate|state|region)$/i, ''));
const key = (p: Place) => `${p.countryCode}|${p.admin1 ?? ''}`;

/**
 * A provincial seat and its province share a name, and a story that has called the name a province ("in eastern
 * Syria's Deir al-Zor province") goes on to say "tensions in Deir al-Zor" of the province: the bare name there is the
 * province, at the region's precision, not the town. Only where the story never calls the name a town ("Deir al-Zor
 * city", "the city of Kandahar"), and never a national capital: a bare "Kabul" is the city whatever the story says of
 * its province. The point stays the seat's (ACLED codes a province-only event at its capital); only the precision is honest.
 */
export function provinceReadings(doc: Document, mentions: readonly PlaceMention[]): PlaceMention[] {
  const regions = new Map<string, Place>();
  const towns = new Set<string>();
  // the one region of each bare name the story calls a region (null where it calls regions of two countries so)
  const regionNamed = new Map<string, Place | null>();
  for (const m of mentions) {
    if (!m.place || m.demonym || m.site) continue;
    if (isAdmin1(m.place) && regionWords(doc, m)) {
      regions.set(`${key(m.place)}|${bareName(m.text)}`, m.place);
      const sameName = regionNamed.get(bareName(m.text));
      regionNamed.set(bareName(m.text), sameName === undefined || sameName === m.place ? m.place : null);
    }
    // "Idlib and Hama provinces": a seat read as the town for want of the list's words beside it is the region, at the seat's point
    else if (m.place.featureCode === 'PPLA' && m.place.precision === 1 && !m.relation && REGION_LIST_OR_APPOSITION_AFTER.test(doc.text.slice(m.end, m.end + 80)) && !townWords(doc, m)) {
      const k = `${key(m.place)}|${bareName(m.text)}`;
      if (!regions.has(k)) regions.set(k, { ...m.place, geonameid: null, precision: 3 });
    }
    else if (m.place.featureCode.startsWith('PPL') && townWords(doc, m)) towns.add(`${key(m.place)}|${bareName(m.text)}`);
  }
  // "KANDAHAR, Afghanistan (Reuters) -": the dateline is the town the reporter files from, whatever the story calls the name
  const filed = datelineSpan(doc);
  return mentions.map((m) => {
    const p = m.place;
    if (filed && m.start >= filed.start && m.end <= filed.end) return m;
    // "Pakistan's Punjab province" … "Pakistan Rangers Punjab": a bare region's name is the region the story called by it,
    // not a namesake region of another country (India's Punjab)
    const called = p && isAdmin1(p) && !m.demonym && !m.site ? regionNamed.get(bareName(m.text)) : undefined;
    if (called && called.countryCode !== p!.countryCode && !regionWords(doc, m)) return { ...m, place: called };
    if (!p || m.demonym || m.site || m.relation || p.precision !== 1 || !p.featureCode.startsWith('PPL')) return m;
    // "Indian-administered Kashmir's Jammu region", "the Kandahar region": a provincial seat's name its own words call a
    // region, read at the town for want of the region's row, is the region's, at the town's point; a smaller town's
    // "region" ("a village in the Numan region", "Al Hamili region") is the land around it, near the town (precision 2)
    // (the kind-of-place word may be inside the mention: "Jammu region")
    const after = (REGION_AFTER.exec(doc.text.slice(m.end, m.end + 16))?.[0] ?? /\s(?:province|governorate|state|region|area)$/i.exec(m.text)?.[0] ?? (REGION_LIST_OR_APPOSITION_AFTER.test(doc.text.slice(m.end, m.end + 80)) ? 'province' : undefined))?.trim().toLowerCase();
    if (after && !townWords(doc, m)) return { ...m, place: { ...p, geonameid: null, precision: p.featureCode === 'PPLA' && after !== 'area' ? 3 : 2 } };
    if (p.featureCode !== 'PPLA') return m;
    const k = `${key(p)}|${bareName(m.text)}`;
    const region = regions.get(k);
    return region && !towns.has(k) && !townWords(doc, m) ? { ...m, place: region } : m;
  });
}
