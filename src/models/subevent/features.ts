import type { Document, EventMention } from '../../model/document.ts';
import { findCues, findTriggers, loadTriggerLexicon, type TriggerLexicon } from '../../stages/events/triggers.ts';

/** Buckets of the hashed feature space: 2^16 keeps the committed weights near 1.5 MB; collisions cost little. */
export const DIM = 1 << 16;

/** A sparse example: bucket indices and their values (same length). */
export interface Features {
  readonly idx: Int32Array;
  readonly val: Float32Array;
}

/** Characters of text looked at: notes and snippets fit; a long evidence run is cut, keeping extraction cheap. */
const MAX_CHARS = 1200;

function hash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (DIM - 1);
}

/** Lower case, digits folded to 0, anything else not a letter a space: "On 12 May 2022," → "on 00 may 0000". */
export function normaliseText(text: string): string {
  return text.slice(0, MAX_CHARS).toLowerCase().replace(/[0-9]/g, '0').replace(/[^\p{L}0]+/gu, ' ').trim();
}

/**
 * The text half: word 1-2-grams and character 3-5-grams of the words (padded at their edges, so "strike" and
 * "strikes" share most grams). Each is counted once; together they weigh as one unit vector, so a long text and a
 * short one speak equally loudly beside the rules' features.
 */
export function textHashes(text: string, out: Set<number>): void {
  const norm = normaliseText(text);
  if (!norm) return;
  const words = norm.split(' ');
  for (let i = 0; i < words.length; i++) {
    out.add(hash(words[i], 1));
    if (i > 0) out.add(hash(`${words[i - 1]} ${words[i]}`, 2));
  }
  const padded = ` ${norm} `;
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) out.add(hash(padded.slice(i, i + n), 2 + n));
}

/**
 * What the rules found, as readable names: their sub-event guess and trigger rule, the trigger's words, the sides'
 * actor types, and whether anyone was killed or wounded. "r:sub=none" when the rules coded no event.
 */
export function ruleFeatureNames(doc: Document, ev: EventMention | null): string[] {
  if (!ev) return ['bias', 'r:sub=none'];
  const f = ['bias', `r:sub=${ev.subEventType}`, `r:type=${ev.eventType}`];
  if (ev.basis) f.push(`r:rule=${ev.basis.rule}`);
  for (const w of normaliseText(doc.text.slice(ev.trigger.start, ev.trigger.end)).split(' ')) if (w) f.push(`t:${w}`);
  f.push(`a1=${ev.actor1 ? ev.actor1.actor.inter : 'none'}`, `a2=${ev.actor2 ? ev.actor2.actor.inter : 'none'}`);
  if (ev.actor1 && ev.actor2) f.push(`a12=${ev.actor1.actor.inter}-${ev.actor2.actor.inter}`);
  if (ev.claims.some((c) => c.what === 'killed')) f.push('claim=killed');
  if (ev.claims.some((c) => c.what === 'wounded')) f.push('claim=wounded');
  if ((ev.fatalities ?? 0) > 0) f.push('fatal');
  return f;
}

let lexicon: TriggerLexicon | null = null;

/**
 * The trigger lexicon's reading of the text, whether or not the rules coded an event from it: every sub-event type
 * a trigger signals ("h:Peaceful protest") and every context cue ("c:intervention", "c:lethal-force"). Where the
 * rules coded nothing (a trigger below its threshold, gated or held back by the realis gate) and where their
 * protest and territory rules chose between near types, the model still sees the words the rules know.
 */
export function lexiconFeatureNames(text: string): string[] {
  lexicon ??= loadTriggerLexicon();
  const t = text.slice(0, MAX_CHARS);
  const f = new Set<string>();
  for (const h of findTriggers(lexicon, t, 0, t.length)) f.add(`h:${h.rule.sub}`);
  // cues named rule-* steer the rules' choice only: the model was trained without them (their hashed names would land on trained weights)
  for (const c of findCues(lexicon, t, 0, t.length)) if (!c.startsWith('rule-')) f.add(`c:${c}`);
  return [...f].sort();
}

/** The text an event is read from: a brief (note, snippet) whole; in an article, the sentences that tell the event. */
export function eventText(doc: Document, ev: EventMention | null, brief: boolean): string {
  if (brief || !ev || !ev.evidence.length) return doc.text;
  return ev.evidence.map((s) => doc.text.slice(s.start, s.end)).join(' ');
}

/** The example for one event (or for a text the rules found no event in). */
export function subEventFeatures(doc: Document, ev: EventMention | null, brief: boolean): Features {
  const text = new Set<number>();
  const told = eventText(doc, ev, brief);
  textHashes(told, text);
  const rules = [...ruleFeatureNames(doc, ev), ...lexiconFeatureNames(told)].map((n) => hash(n, 9));
  const idx = new Int32Array(text.size + rules.length);
  const val = new Float32Array(idx.length);
  const w = text.size ? 1 / Math.sqrt(text.size) : 0;
  let k = 0;
  for (const h of text) {
    idx[k] = h;
    val[k++] = w;
  }
  for (const h of rules) {
    idx[k] = h;
    val[k++] = 1;
  }
  return { idx, val };
}
