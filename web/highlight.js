// Renders article text with highlights using DOM nodes only: the text is untrusted, so it is
// only ever placed with createTextNode, never parsed as HTML.

/** Merge overlapping or touching evidence spans into disjoint, sorted ranges. */
export function mergeSpans(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Entity spans (actor, place, figure) that do not overlap: earlier first, longer first on ties; figures win over names. */
function pickEntities(highlights) {
  const rank = { figure: 0, actor: 1, place: 2 };
  const candidates = highlights
    .filter((h) => h.kind !== 'evidence')
    .sort((a, b) => a.start - b.start || (rank[a.kind] ?? 9) - (rank[b.kind] ?? 9) || b.end - a.end);
  const out = [];
  let reach = -1;
  for (const h of candidates) {
    if (h.start < reach) continue;
    out.push(h);
    reach = h.end;
  }
  return out;
}

function appendWithEntities(doc, parent, text, from, to, entities) {
  let at = from;
  for (const e of entities) {
    if (e.end <= from || e.start >= to) continue;
    const s = Math.max(e.start, from);
    const t = Math.min(e.end, to);
    if (s > at) parent.appendChild(doc.createTextNode(text.slice(at, s)));
    const span = doc.createElement('span');
    span.className = `hl hl-${e.kind}`;
    span.title = e.label;
    span.textContent = text.slice(s, t);
    parent.appendChild(span);
    at = t;
  }
  if (at < to) parent.appendChild(doc.createTextNode(text.slice(at, to)));
}

/** A fragment with evidence in <mark class="evidence"> and entities in <span class="hl hl-KIND">. */
export function renderHighlightedText(doc, text, highlights) {
  const frag = doc.createDocumentFragment();
  const inRange = highlights.filter((h) => Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end <= text.length && h.start < h.end);
  const evidence = mergeSpans(inRange.filter((h) => h.kind === 'evidence'));
  const entities = pickEntities(inRange);
  let at = 0;
  for (const ev of evidence) {
    if (ev.start > at) appendWithEntities(doc, frag, text, at, ev.start, entities);
    const mark = doc.createElement('mark');
    mark.className = 'evidence';
    appendWithEntities(doc, mark, text, ev.start, ev.end, entities);
    frag.appendChild(mark);
    at = ev.end;
  }
  if (at < text.length) appendWithEntities(doc, frag, text, at, text.length, entities);
  return frag;
}
