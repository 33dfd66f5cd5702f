import type { Document, Mention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';

/**
 * Verbs that send something from one place to another: a rocket, a missile or shell fired or launched, troops or
 * fighters crossing a border. ACLED places such an event where it landed, struck or arrived, not where it set out.
 */
const SEND = String.raw`(?:fir(?:ed|es|e|ing)|launch(?:ed|es|ing)?|lobb(?:ed|ing)|lobs?|shot|shoot(?:s|ing)?|cross(?:ed|es|ing)?|infiltrat(?:ed|es|ing))`;

/**
 * Where it was sent to: "fired a rocket into Israel", "launched a missile toward Riyadh", "crossed into Turkey", "fired
 * at army positions in Quneitra".
 */
const TO_BEFORE = new RegExp(String.raw`\b${SEND}\b[^.;:!?]{0,80}?\b(?:at|into|toward|towards|onto|against)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:(?:in|inside|on)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2})?$`, 'iu');
/** Where it came down: "landed in Sderot", "struck Riyadh", "hit a house in Ashkelon", "fell near Kiryat Shmona". */
const LANDED_BEFORE = /\b(?:land(?:ed|s|ing)?|hit(?:s|ting)?|struck|strik(?:es|ing)|f[ea]ll(?:s|ing)?|impacted|exploded|crashed)\s+(?:(?:[\p{L}'’-]+\s+){0,5}?(?:in|on|near|at|inside)\s+)?(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** Where it was sent from: "fired from Gaza", "launched at Saudi Arabia from Yemen", "crossed from Syria". */
const FROM_BEFORE = new RegExp(String.raw`\b${SEND}\b[^.;:!?]{0,80}?\bfrom\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$`, 'iu');
/** "from Gaza fired", rare; and the sender's own place: "militants in Gaza fired a rocket", "Houthis in Yemen have launched". */
const SENDER_IN_BEFORE = /\b(?:in|from)\s+(?:the\s+)?$/i;
const SEND_AFTER = new RegExp(String.raw`^\s+(?:(?:have|has|had|also|then|again|later|on\s+\p{Lu}\p{Ll}+day)\s+){0,2}${SEND}\b`, 'u');

/** How far before the stretch between origin and destination the trigger may stand: "Rockets fired from Gaza landed in …". */
const LEAD = 40;

/** The sentence's text around a mention, bounded by the sentence. */
function sentenceText(doc: Document, m: Mention): { text: string; start: number } | null {
  const s = doc.sentences[m.sentence];
  return s ? { text: doc.text.slice(s.start, s.end), start: s.start } : null;
}

/** Whether a place is where something was sent to or came down (TO_BEFORE, LANDED_BEFORE). */
function destination(doc: Document, m: Mention, s: { text: string; start: number }): boolean {
  const before = s.text.slice(0, m.start - s.start);
  return TO_BEFORE.test(before) || LANDED_BEFORE.test(before.slice(-60));
}

/**
 * Whether a place is where a rocket, missile or force set out from, in a sentence that also names where it was sent
 * or came down across a border: "militants in Gaza fired a rocket into Israel", "a missile fired at Saudi Arabia from
 * Yemen". Such an origin is no scene of the firing; alone in its sentence it stays, as the nearest place told. Only for a trigger told
 * in that stretch: "… into Israel and the Israeli military responded with air strikes" strikes Gaza, where they set out.
 */
export function launchOrigin(doc: Document, m: Mention, trigger: Span): boolean {
  if (m.kind !== 'PLACE') return false;
  const s = sentenceText(doc, m);
  if (!s) return false;
  const before = s.text.slice(0, m.start - s.start);
  const after = s.text.slice(m.end - s.start);
  const origin = FROM_BEFORE.test(before) || (SENDER_IN_BEFORE.test(before) && SEND_AFTER.test(after));
  if (!origin) return false;
  const told = (o: Mention) => trigger.start >= Math.min(m.start, o.start) - LEAD && trigger.start <= Math.max(m.end, o.end);
  const targets = doc.mentions.filter((o) => o !== m && o.kind === 'PLACE' && o.place && !o.demonym && o.sentence === m.sentence && destination(doc, o, s) && told(o));
  // (across a border only: "police in Istanbul fired tear gas at protesters marching toward Taksim" stays in Istanbul,
  // and a target the event may not be placed at, a site or a people's name, replaces nothing)
  const own = m.place?.countryCode;
  return !!own && targets.some((o) => o.kind === 'PLACE' && !o.site && !o.seat && !!o.place!.countryCode && o.place!.countryCode !== own);
}
