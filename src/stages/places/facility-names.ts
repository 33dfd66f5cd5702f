import type { Place } from '../../model/place.ts';

/**
 * "the Upper Big Branch mine", "the Deepwater Horizon rig": works are named with capitalised words, and the last of
 * them may be some hamlet's name (Branch, Minnesota; Horizon, Texas). A small place read as the tail of a longer run of
 * capitalised words that a work's noun follows is a word of the work's name: a toponym still (geoparsing gold counts
 * such names), but never an event's place. The run said again without its noun ("the accident at Upper Big Branch")
 * is the same work. Countries, regions, capitals, seats of provinces and towns of 100,000 stay places: "the Greater
 * Kirkuk oil field", "the North Baghdad power plant" lie where they say.
 */
const WORK_AFTER =
  /^\s+(?:coal\s+|gold\s+|copper\s+|oil\s+|gas\s+|power\s+|nuclear\s+)?(?:mines?|colliery|quarry|dam|reservoir|plant|refinery|factory|mill|smelter|reactor|oilfield|field|wells?|pipeline|terminal|rig|platform|tunnel|complex|facility|ranch|reservation)\b/i;
/** Capitalised words right before a name, in the same run: "Massey’s Upper Big " before "Branch". */
const RUN_BEFORE = /(?:\p{Lu}[\p{L}’'.-]*\s)+$/u;
/** Openers that make no work's name: "The", "In", a day or month. */
const NOT_NAME = /^(?:The|A|An|In|At|On|Of|For|By|And|But|Its|His|Her|Their|This|That|Mr|Mrs|Ms|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\s*/u;
const BIG_PLACE = 100_000;
const SEAT_OR_WIDER = new Set(['PCLI', 'PCLD', 'PCLS', 'PCLF', 'PCL', 'TERR', 'ADM1', 'ADM2', 'PPLC', 'PPLA']);

/** The run of name words a place ends, "Upper Big Branch", or null where no capitalised word comes right before it. */
function runEnding(text: string, at: { start: number; end: number }): string | null {
  const before = RUN_BEFORE.exec(text.slice(Math.max(0, at.start - 60), at.start));
  if (!before) return null;
  const opening = before[0].replace(/^(?:\p{Lu}[\p{L}.-]*['’]s\s)/u, '').replace(NOT_NAME, '');
  return opening.trim() ? `${opening}${text.slice(at.start, at.end)}` : null;
}

const small = (p: Place | null) => p !== null && p.geonameid !== null && !SEAT_OR_WIDER.has(p.featureCode) && (p.population ?? 0) < BIG_PLACE;

/** The places of `found` that are the last word of a work's name; `found` in text order. */
export function workNameTails<T extends { start: number; end: number }>(text: string, found: readonly { at: T; place: Place | null }[]): Set<T> {
  const runs = found.map(({ at }) => runEnding(text, at));
  const works = new Set(found.flatMap(({ at, place }, k) => (runs[k] && small(place) && WORK_AFTER.test(text.slice(at.end, at.end + 30)) ? [runs[k]!] : [])));
  return new Set(found.flatMap(({ at, place }, k) => (runs[k] && small(place) && works.has(runs[k]!) ? [at] : [])));
}
