import type { Document, Mention } from '../../model/document.ts';

/**
 * A test of one mention that reads only its document (text, mentions), answered once per document and mention: the
 * event place asks the same dozen tests of every place a story names for each candidate event (and again for each
 * side of a border), and they read the text around the place with patterns each time. Documents are never changed in
 * place, so an answer kept for a document object stays its answer.
 */
export function perMention<T>(test: (doc: Document, m: Mention) => T): (doc: Document, m: Mention) => T {
  const byDoc = new WeakMap<Document, Map<Mention, T>>();
  return (doc, m) => {
    let known = byDoc.get(doc);
    if (!known) byDoc.set(doc, (known = new Map()));
    if (known.has(m)) return known.get(m)!;
    const answer = test(doc, m);
    known.set(m, answer);
    return answer;
  };
}

/** A reading of the whole document, made once per document object. */
export function perDocument<T>(read: (doc: Document) => T): (doc: Document) => T {
  const byDoc = new WeakMap<Document, T>();
  return (doc) => {
    if (byDoc.has(doc)) return byDoc.get(doc)!;
    const answer = read(doc);
    byDoc.set(doc, answer);
    return answer;
  };
}
