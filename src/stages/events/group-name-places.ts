import type { Document, Mention } from '../../model/document.ts';

/**
 * A place read out of a name a story gives a group: "a radical religious group called Christian State - Holy Rus",
 * "a militia known as the Guardians of Nineveh", "a sect calling itself Army of the Kabul Faithful". The capitalised
 * words after "called", "named" or "known as" are the group's name, so a town the gazetteer finds in them ("Rus" read
 * as Ruza) is a part of that name, never the scene of what the group or its leader did.
 */
const GROUP_NAMED_BEFORE =
  /\b(?:group|groups|organi[sz]ation|movement|party|sect|cult|network|militia|faction|gang|cell|outfit|brigade|battalion|front|association|society|order|church|movement)\s+(?:(?:is\s+|was\s+)?(?:called|named|dubbed|known\s+as)|calling\s+itself)\s+["“‘']*\s*(?:the\s+)?(?:(?:[A-Z][\w'’.]*|of|for|the|and|al|el)(?:\s*[-–—]\s*|\s+))*$/;

export function groupNamePart(doc: Document, m: Mention): boolean {
  return m.kind === 'PLACE' && GROUP_NAMED_BEFORE.test(doc.text.slice(Math.max(0, m.start - 90), m.start));
}
