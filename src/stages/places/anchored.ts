import type { Document, PlaceMention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { distanceKm, isCountry, isSupraRegion } from '../../geo/gazetteer.ts';
import { KM_PER_MILE, withRelation } from './resolve.ts';

/**
 * "Clark, north of Manila", "Tal Kalakh, 10 km west of Homs", "Manhattan's Greenwich Village": the text states where a
 * place lies by another place it names. A reading of the first name far from that anchor is a namesake the gazetteer
 * offered for want of the right one (Clark, New Jersey; Greenwich, Connecticut): the place is read near its anchor
 * instead, at the anchor's point (moved by a stated distance and bearing), precision 2.
 */
const DIRECTION = String.raw`(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?`;
/** Between the place and its anchor: ", north of ", " 30 km (19 miles) south of the ", ", near the city of ", ", outside ". */
const ANCHOR_AFTER = new RegExp(
  String.raw`^,?\s+(?:(?:about|some|around|roughly|nearly|just)\s+)?(?:\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{1,30}\)\s+)?)?(?:${DIRECTION}\s+of|near|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:capital|city|town|port)\s+(?:of\s+)?)?$`,
  'i',
);
/** "Manhattan's ": a town's possessive before a quarter or a place within it. */
const POSSESSIVE_BETWEEN = /^['’]s\s+$/;

/** The distance a phrase states, in km: "290 km (180 miles) north of" gives 290, "20 miles west of" 32; null when none. */
function statedKm(phrase: string): number | null {
  const d = /(\d[\d,]*(?:\.\d+)?)\s*(km|kilomet(?:er|re)s?|miles?)\b/i.exec(phrase);
  if (!d) return null;
  const n = Number(d[1].replace(/,/g, ''));
  return /^mile/i.test(d[2]) ? n * KM_PER_MILE : n;
}

/** Further than this from its anchor, a reading is no place the anchor describes. */
const ANCHOR_REACH_KM = 150;
/** "Manhattan's Greenwich Village", "Baghdad's Sadr City": a part of a town lies within it. */
const PART_REACH_KM = 30;

const isTown = (p: Place) => !isCountry(p) && !isSupraRegion(p) && p.featureCode !== 'ADM1';

/** Whether a reading lies beyond the reach of the place the text anchors it to. */
function far(p: Place, anchor: Place, reach = ANCHOR_REACH_KM): boolean {
  if (p.countryCode !== anchor.countryCode) return true;
  if (isCountry(anchor)) return false;
  return distanceKm(p.latitude, p.longitude, anchor.latitude, anchor.longitude) > reach;
}

/** The mentions re-read near their stated anchors; others as they were. */
export function anchorReadings(doc: Document, mentions: readonly PlaceMention[]): PlaceMention[] {
  const placed = mentions.filter((m) => m.place !== null && !m.demonym).sort((a, b) => a.start - b.start);
  return mentions.map((m) => {
    // (a name the resolver abstained on is read near its anchor too: the text says where it lies)
    const p = m.place;
    if (p && (!isTown(p) || p.geonameid === null)) return m;
    const at = placed.findIndex((x) => x.start >= m.end);
    const next = at >= 0 ? placed[at] : undefined;
    const before = placed.filter((x) => x.end <= m.start);
    const prev = before.at(-1);
    if (next && next.sentence === m.sentence && next.place && !isSupraRegion(next.place)) {
      const between = doc.text.slice(m.end, next.start);
      const stated = ANCHOR_AFTER.exec(between);
      // ("Pyay, 290 km north of Yangon": a stated distance widens the reach, and a reading that far is the place itself)
      const km = stated ? statedKm(stated[0]) : null;
      if (stated && (!p || far(p, next.place, km === null ? ANCHOR_REACH_KM : Math.max(ANCHOR_REACH_KM, km * 1.5 + 50)))) {
        const relation = between.replace(/^,?\s+/, '').replace(/\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:capital|city|town|port)\s+(?:of\s+)?)?$/i, '').trim();
        return { ...m, place: { ...withRelation(next.place, relation), precision: 2 } };
      }
    }
    if (p && prev && prev.sentence === m.sentence && prev.place && isTown(prev.place) && POSSESSIVE_BETWEEN.test(doc.text.slice(prev.end, m.start)) && far(p, prev.place, PART_REACH_KM)) {
      return { ...m, place: { ...prev.place, precision: 2 } };
    }
    return m;
  });
}
