export { mergeEvents, mergeInto, bestMatch, toStoredEvent, DEFAULT_MERGE_THRESHOLD } from './merge.ts';
export type { DedupOptions, StoredClaim } from './merge.ts';
export { similarity, compatible, pointOf, dateGap, WEIGHTS } from './similarity.ts';
export type { Comparable, Similarity } from './similarity.ts';
