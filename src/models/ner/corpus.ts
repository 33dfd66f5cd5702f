import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inSplit } from '../../model/ids.ts';

/** One sentence of training or evaluation data, IOB2-tagged with PER/ORG/LOC/MISC. */
export interface TaggedSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

/** The shared data's one-sentence-a-line JSONL (`{"tokens":[…],"tags":[…]}`, IOB2). */
export function readTaggedJsonl(file: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { tokens: string[]; tags: string[] };
    if (o.tokens.length) out.push({ words: o.tokens, tags: o.tags });
  }
  return out;
}

/** IOB1 ("I-X" throughout, "B-X" only between two touching entities) to IOB2 (every entity opens with "B-"). */
export function iob1ToIob2(tags: readonly string[]): string[] {
  return tags.map((t, k) => {
    if (!t.startsWith('I-')) return t;
    const prev = k > 0 ? tags[k - 1] : 'O';
    return prev.slice(2) === t.slice(2) ? t : `B-${t.slice(2)}`;
  });
}

/**
 * Wikigold's documents, each with its id "wikigold-N" (N counting from 1 in file order). The
 * CoNLL-format file closes each document with its "-DOCSTART-" line, and its tags are IOB1.
 */
export function readWikigoldDocuments(file: string): { id: string; sentences: TaggedSentence[] }[] {
  const docs: { id: string; sentences: TaggedSentence[] }[] = [];
  let sentences: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const closeSentence = () => {
    if (words.length) sentences.push({ words, tags: iob1ToIob2(tags) });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      closeSentence();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      closeSentence();
      docs.push({ id: `wikigold-${docs.length + 1}`, sentences });
      sentences = [];
      continue;
    }
    words.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  closeSentence();
  if (sentences.length) docs.push({ id: `wikigold-${docs.length + 1}`, sentences });
  return docs;
}

/** Wikigold's sentences of one split, by the SPEC's rule on document ids (TEST: FNV-1a % 5 === 0). */
export function wikigoldSplit(file: string, split: 'test' | 'dev'): TaggedSentence[] {
  return readWikigoldDocuments(file).filter((d) => inSplit(d.id, split)).flatMap((d) => d.sentences);
}

/** Where each corpus sits under the shared data's ner/ folder. */
export function nerCorpusFiles(nerDir: string) {
  return {
    conllTrain: join(nerDir, 'conll2003', 'train.jsonl'),
    conllValid: join(nerDir, 'conll2003', 'valid.jsonl'),
    conllTest: join(nerDir, 'conll2003', 'test.jsonl'),
    wikigold: join(nerDir, 'wikigold', 'wikigold.conll.txt'),
  };
}
