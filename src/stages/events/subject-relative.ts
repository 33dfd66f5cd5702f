/**
 * "A journalist who was arrested in Istanbul appeared in court on Friday", "Two soldiers who were wounded in an attack
 * in Hakkari died in hospital on Friday": a happening told in a relative clause on the sentence's subject is what the
 * subject is known by, and a date after the sentence's own verb dates that verb (the hearing, the death), not it. The
 * happening lay on or before that day, as one a statement reports (issue 10: the date belongs to its own clause).
 */
import { firstStartingFrom, type Document, type Token } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';

/** The relative pronoun that opens the clause, a few words before the trigger. */
const OPENER_BEFORE = /\b(?:who|which|that)\s+(?:[\w'’-]+\s+){0,6}$/i;

const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';

/**
 * Whether the trigger is the verb of a relative clause on the subject ("who was arrested", "that killed"), or the object
 * of that clause's verb ("who led an attack"), and a verb stands between it and a date after it: then the date is that
 * verb's, the sentence's own, not the trigger's.
 */
export function datesVerbPastSubjectRelative(doc: Document, date: Span, hit: Span): boolean {
  // ("Two people who were protesting in Istanbul were killed on Friday": a progressive tells what went on at that time)
  if (date.start < hit.end || /^\w+ing\b/i.test(doc.text.slice(hit.start, hit.end))) return false;
  const tokens = doc.tokens;
  const s = doc.sentences[tokens[firstStartingFrom(tokens, hit.start)]?.sentence ?? -1];
  if (!s || date.end > s.end) return false;
  const before = doc.text.slice(Math.max(s.start, hit.start - 80), hit.start);
  const m = OPENER_BEFORE.exec(before);
  if (!m) return false;
  const opener = hit.start - before.length + m.index;
  // the clause hangs on the subject: no verb before its pronoun ("Police on Friday questioned a man who …" is the object's)
  let k = firstStartingFrom(tokens, s.start);
  for (; k < tokens.length && tokens[k].start < opener; k++) if (isVerb(tokens[k])) return false;
  // past the pronoun: auxiliaries, then the trigger, or one verb and its object up to the trigger
  k++;
  while (k < tokens.length && tokens[k].start < hit.start && tokens[k].pos === 'AUX') k++;
  if (k < tokens.length && tokens[k].start < hit.start) {
    if (tokens[k].pos !== 'VERB') return false;
    for (k++; k < tokens.length && tokens[k].start < hit.start; k++) if (isVerb(tokens[k])) return false;
  }
  // the sentence's own verb, between the trigger and the date; a clause set off by a comma ("The move, which follows the
  // interception of a missile fired toward Riyadh on Saturday, is …") runs to the next comma, and a participle inside it
  // ("fired") is no verb of the sentence's
  let from = hit.end;
  if (/,\s*$/.test(doc.text.slice(Math.max(s.start, opener - 3), opener))) {
    const close = doc.text.indexOf(',', hit.end);
    if (close < 0 || close >= date.start) return false;
    from = close;
  }
  for (k = firstStartingFrom(tokens, from); k < tokens.length && tokens[k].start < date.start; k++) if (isVerb(tokens[k])) return true;
  return false;
}
