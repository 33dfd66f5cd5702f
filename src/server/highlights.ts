import type { ClaimRecord, MentionRole } from '../model/record.ts';
import type { StoredArticle, StoredEvent } from '../store/store.ts';

export type HighlightKind = 'evidence' | 'actor' | 'place' | 'figure';

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  /** What the span stands for: the canonical actor, the resolved place, "killed 5 (Amaq)". */
  label: string;
}

function inText(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
}

const ROLE_KIND: Readonly<Record<MentionRole, HighlightKind>> = {
  actor1: 'actor',
  actor2: 'actor',
  assoc_actor_1: 'actor',
  assoc_actor_2: 'actor',
  location: 'place',
};

function roleLabel(event: StoredEvent, role: MentionRole): string {
  if (role === 'location') return [event.location, event.admin1, event.country].filter(Boolean).join(', ');
  return event[role] ?? role;
}

/**
 * The spans of one article to mark for one event, all from stored offsets: evidence; claim
 * figures in the article they were read from; and the words naming the event's actors and place,
 * as the extractor found them in this article. Nothing is searched for in the text, so a name is
 * never marked where another event's paragraph happens to use it, and a place is marked in the
 * words the report uses, whatever its gazetteer spelling.
 */
export function highlightsFor(event: StoredEvent, article: Pick<StoredArticle, 'doc_id' | 'text'>): Highlight[] {
  const text = article.text;
  const out: Highlight[] = [];
  for (const s of event.evidence) {
    if (s.doc_id === article.doc_id && inText(text, s.start, s.end)) out.push({ start: s.start, end: s.end, kind: 'evidence', label: 'evidence' });
  }
  for (const c of event.claims as (ClaimRecord & { doc_id?: string })[]) {
    // Claims stored before they carried a doc_id belong to the article the event was first coded from.
    if ((c.doc_id ?? event.doc_id) !== article.doc_id || !inText(text, c.start, c.end)) continue;
    const figure = c.low === c.high || c.high === null ? `${c.low ?? '?'}` : `${c.low ?? '?'}–${c.high}`;
    out.push({ start: c.start, end: c.end, kind: 'figure', label: `${c.what} ${figure}${c.claimant ? ` (${c.claimant})` : ''}` });
  }
  for (const m of event.mentions ?? []) {
    if (m.doc_id !== article.doc_id || !inText(text, m.start, m.end)) continue;
    out.push({ start: m.start, end: m.end, kind: ROLE_KIND[m.role] ?? 'actor', label: roleLabel(event, m.role) });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
