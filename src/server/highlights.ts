import type { StoredArticle, StoredEvent } from '../store/store.ts';

export type HighlightKind = 'evidence' | 'actor' | 'place' | 'figure';

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  /** What the span stands for: the canonical actor, the resolved place, "killed 5 (Amaq)". */
  label: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Accents dropped ("Khān" → "Khan") where that keeps every offset in place; otherwise the text as is. */
function fold(s: string): string {
  const folded = s.normalize('NFD').replace(/\p{M}/gu, '');
  return folded.length === s.length ? folded : s;
}

/** Every whole-word, case- and accent-insensitive occurrence of `needle` in `text`. */
function occurrences(foldedText: string, needle: string): { start: number; end: number }[] {
  const trimmed = fold(needle.trim());
  if (trimmed.length < 2) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(trimmed)}(?![\\p{L}\\p{N}])`, 'giu');
  const out: { start: number; end: number }[] = [];
  for (const m of foldedText.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** "Military Forces of Syria (2000-)" → "Military Forces of Syria": the words a report would use. */
function withoutQualifier(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

function inText(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
}

/**
 * The spans of one article to mark for one event. Evidence comes from the stored offsets; claim
 * figures too, but only in the article the event was first coded from (claims carry no doc_id);
 * actors and places are not stored as spans, so their words are found again in the text.
 */
export function highlightsFor(event: StoredEvent, article: Pick<StoredArticle, 'doc_id' | 'text'>): Highlight[] {
  const text = article.text;
  const out: Highlight[] = [];
  for (const s of event.evidence) {
    if (s.doc_id === article.doc_id && inText(text, s.start, s.end)) out.push({ start: s.start, end: s.end, kind: 'evidence', label: 'evidence' });
  }
  if (event.doc_id === article.doc_id) {
    for (const c of event.claims) {
      if (!inText(text, c.start, c.end)) continue;
      const figure = c.low === c.high || c.high === null ? `${c.low ?? '?'}` : `${c.low ?? '?'}–${c.high}`;
      out.push({ start: c.start, end: c.end, kind: 'figure', label: `${c.what} ${figure}${c.claimant ? ` (${c.claimant})` : ''}` });
    }
  }
  const actorWords = new Map<string, string>();
  const addActor = (words: string | null, name: string | null) => {
    if (words && name && !actorWords.has(words.toLowerCase())) actorWords.set(words.toLowerCase(), name);
  };
  addActor(event.actor1_mention, event.actor1);
  addActor(event.actor2_mention, event.actor2);
  for (const name of [event.actor1, event.actor2]) {
    addActor(name, name);
    if (name) addActor(withoutQualifier(name), name);
  }
  const folded = fold(text);
  for (const [words, name] of actorWords) {
    for (const o of occurrences(folded, words)) out.push({ ...o, kind: 'actor', label: name });
  }
  if (event.location) {
    for (const o of occurrences(folded, event.location)) out.push({ ...o, kind: 'place', label: [event.location, event.admin1, event.country].filter(Boolean).join(', ') });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
