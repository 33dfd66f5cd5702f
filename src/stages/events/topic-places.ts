import type { Document, Mention } from '../../model/document.ts';

/**
 * A place that is what a dispute or a decision is about, not where anything happened: "clashes over Trump's recognition
 * of Jerusalem as Israel's capital", "recognized Jerusalem as", "the status of Jerusalem", "sovereignty over Crimea",
 * "its claim to Kashmir". The clashes were near the Gaza border; the city is their subject.
 */
const TOPIC_BEFORE =
  /\b(?:recogni(?:[sz]e|[sz]es|[sz]ed|[sz]ing|tion)\s+(?:of\s+)?|(?:final\s+|legal\s+|future\s+)?status\s+of\s+|sovereignty\s+(?:over|of)\s+|claims?\s+(?:to|over)\s+|dispute\s+over\s+|future\s+of\s+)(?:the\s+)?$/i;
/** "recognized Jerusalem as", "… as Israel's capital": recognition needs its predicate, or it may be a place's ("recognized in Paris"). */
const AS_AFTER = /^\s+as\b/i;

export function topicPlace(doc: Document, m: Mention): boolean {
  if (m.kind !== 'PLACE') return false;
  const before = doc.text.slice(Math.max(0, m.start - 40), m.start);
  const t = TOPIC_BEFORE.exec(before);
  if (!t) return false;
  return !/^recogni/i.test(t[0]) || AS_AFTER.test(doc.text.slice(m.end, m.end + 6)) || /recognition\s+of\s+(?:the\s+)?$/i.test(t[0]);
}
