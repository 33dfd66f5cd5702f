/**
 * Whether two tellings of a story name one side or one place in other words (issue 10, class 7 "Duplicates"): the
 * comparisons merge.ts makes beside exact actor ids and distances, and the one it refuses in whole articles.
 */
import type { Actor } from '../../model/actor.ts';
import type { Document, EventActor, PlaceMention } from '../../model/document.ts';
import { isArticle } from '../../models/event-realis/features.ts';
import { datelineSpan } from '../places/index.ts';
import { sameForce } from './candidate.ts';

/**
 * A news story, whose tellings may be of several events: six sentences or more, or a short story under an agency's
 * dateline ("ISTANBUL (Reuters) - … in three separate operations"). An ACLED note or a CASE snippet tells one event.
 */
export function wholeArticle(doc: Document): boolean {
  return isArticle(doc) || datelineSpan(doc) !== null;
}

/** The institutions that stand for a state in a story: "Syria said its jets …" and "the Syrian army …" are one side. */
const STATE_SIDE = /^(?:Government|Military Forces) of /;

/**
 * One state's side told twice: "Military Forces of Iraq (2014-)" and "Military Forces of Iraq", the army named and
 * "troops" of the event's country, or the country's government and its military ("Syria struck …", "the Syrian army
 * struck …"). Police and the army of one state stay apart: an arrest and a clash are not one telling.
 */
export function sameStateSide(x: Actor, y: Actor, eventCountry: string | null): boolean {
  if (x.inter !== 1 || y.inter !== 1) return false;
  if (sameForce(x, y, eventCountry)) return true;
  return !!x.country && x.country === y.country && STATE_SIDE.test(x.name) && STATE_SIDE.test(y.name);
}

/** A victim told only as people of no name: "12 people", "civilians", "residents". */
const BARE_PEOPLE = /^(?:(?:the|some|many|several|dozens of|scores of|hundreds of|[\d,]+|\w+)\s+)?(?:people|persons|civilians|residents|villagers|others|passers-by|bystanders)$/i;

/**
 * "an air strike killed 12 people" … "the strike killed 12 Taliban fighters": civilians the text names only as
 * "people" are the victims another telling names; a named crowd (students, Christians) stays its own, and so do a
 * state's forces (soldiers are told as soldiers).
 */
export function bareVictim(a: EventActor, other: EventActor): boolean {
  return a.actor.kind === 'civilians' && !!a.mention && BARE_PEOPLE.test(a.mention.text.trim()) && other.actor.inter !== 1;
}

/** A division told without its town (precision 3), not a whole country. */
function regionOnly(p: PlaceMention): boolean {
  return p.place!.precision === 3 && !p.place!.featureCode.startsWith('PCL');
}

/** A town or a point near one. */
function town(p: PlaceMention): boolean {
  return p.place!.precision < 3;
}

/**
 * A telling placed only in a province and one at a town of another province of the same country are two events
 * ("clashes in Anbar province" … "a car bomb in Baghdad"): the province does not hold the town. Whole articles only:
 * a note or a brief tells one event, whose place words may name neighbouring divisions.
 */
export function provincesApart(a: PlaceMention | null, b: PlaceMention | null): boolean {
  if (!a?.place || !b?.place || a.place.countryCode !== b.place.countryCode) return false;
  // (two provinces are left to the tellings' sides: "victims from Punjab" found in Baluchistan are one event's)
  if (!(regionOnly(a) && town(b)) && !(regionOnly(b) && town(a))) return false;
  return !!a.place.admin1 && !!b.place.admin1 && a.place.admin1 !== b.place.admin1;
}
