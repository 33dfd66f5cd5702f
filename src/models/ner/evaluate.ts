import type { EntityTagger } from './model.ts';
import type { TaggedSentence } from './corpus.ts';

/** Entities of an IOB2 sequence as "type:start:end" keys; a stray I- opens an entity, as conlleval reads it. */
export function entitySpans(tags: readonly string[]): string[] {
  const out: string[] = [];
  let type: string | null = null;
  let begin = 0;
  const close = (end: number) => {
    if (type) out.push(`${type}:${begin}:${end}`);
    type = null;
  };
  tags.forEach((t, k) => {
    if (t === 'O') return close(k);
    const kind = t.slice(2);
    if (t.startsWith('B-') || kind !== type) {
      close(k);
      type = kind;
      begin = k;
    }
  });
  close(tags.length);
  return out;
}

export interface TypeScore {
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const score = (gold: number, predicted: number, correct: number): TypeScore => {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { gold, predicted, correct, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** Entity-level exact-match precision, recall and F1, per type and over all (micro-averaged). */
export function evaluateTagger(tagger: EntityTagger, sentences: readonly TaggedSentence[]): Record<string, TypeScore> {
  const counts = new Map<string, [number, number, number]>();
  const bump = (type: string, k: 0 | 1 | 2) => {
    for (const key of [type, 'overall']) {
      const c = counts.get(key) ?? [0, 0, 0];
      c[k]++;
      counts.set(key, c);
    }
  };
  for (const s of sentences) {
    const gold = entitySpans(s.tags);
    const predicted = entitySpans(tagger.tag(s.words));
    const goldSet = new Set(gold);
    for (const g of gold) bump(g.split(':')[0], 0);
    for (const p of predicted) {
      bump(p.split(':')[0], 1);
      if (goldSet.has(p)) bump(p.split(':')[0], 2);
    }
  }
  const types = [...counts.keys()].filter((k) => k !== 'overall').sort();
  return Object.fromEntries([...types, 'overall'].map((k) => [k, score(...(counts.get(k) ?? [0, 0, 0]))]));
}
