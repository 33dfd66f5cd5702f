import type { Document, Mention } from '../../model/document.ts';

/**
 * The relation the places stage records for a name after "border with" or "frontier with" (detect.ts RELATION_BEFORE):
 * "near the border with Iran", "on Syria's border with Lebanon", "the Turkish frontier with Iraqi Kurdistan".
 */
const ACROSS = /\b(?:border|frontier)\s+with$/i;

/**
 * Whether a place is named as the neighbour across a border: "police found bodies near the border with Iran" (in
 * Pakistan), "their enclave on Syria's border with Lebanon" (in Syria). English names a border by the country on the
 * far side of it, so the event lies on the near side: the possessor ("Syria's"), a town the clause names, or the
 * dateline's country. Only a fallback when nothing else places the event (chooseEventPlace).
 */
export function acrossBorder(m: Mention): boolean {
  return m.kind === 'PLACE' && m.relation !== undefined && ACROSS.test(m.relation);
}

/**
 * The place chooser run first without the neighbours across a border, then, where that leaves the event no place at
 * all ("clashes near the frontier with Afghanistan", no other name), with them: a place near the scene beats none.
 */
export function nearSideFirst<T>(doc: Document, choose: (skip: (m: Mention) => boolean) => T | null): T | null {
  if (!doc.mentions.some(acrossBorder)) return choose(() => false);
  return choose(acrossBorder) ?? choose(() => false);
}
