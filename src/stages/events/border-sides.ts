import type { Document, Mention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { datelineSpan } from '../places/index.ts';

/**
 * The relation the places stage records for a name after "border with" or "frontier with" (detect.ts RELATION_BEFORE):
 * "near the border with Iran", "on Syria's border with Lebanon", "the Turkish frontier with Iraqi Kurdistan".
 */
const ACROSS = /\b(?:border|frontier)\s+with$/i;

/**
 * Whether a place is named as the neighbour across a border: "police found bodies near the border with Iran" (in
 * Pakistan), "their enclave on Syria's border with Lebanon" (in Syria). English names a border by the country on the
 * far side of it, so the event lies on the near side: the possessor ("Syria's") or a town the clause names. The
 * neighbour places the event only where nothing else does (nearSideFirst).
 */
export function acrossBorder(m: Mention): boolean {
  return m.kind === 'PLACE' && m.relation !== undefined && ACROSS.test(m.relation);
}

/**
 * The place chooser run first without the neighbours across a border, then, where that leaves the event no place but
 * the dateline or none at all ("clashes near the frontier with Afghanistan", no other name), with them. The reporter's
 * city is no scene: "QUETTA, Pakistan - Gunmen killed 15 people near the border with Iran" happened 600 km away, and
 * the neighbour, a country, lets a town the next sentence names ("in Baluchistan province") place the event instead.
 */
export function nearSideFirst<T extends Span>(doc: Document, choose: (skip: (m: Mention) => boolean) => T | null): T | null {
  if (!doc.mentions.some(acrossBorder)) return choose(() => false);
  const near = choose(acrossBorder);
  const filed = datelineSpan(doc);
  const inDateline = near !== null && filed !== null && near.start >= filed.start && near.end <= filed.end;
  return near !== null && !inDateline ? near : choose(() => false);
}
