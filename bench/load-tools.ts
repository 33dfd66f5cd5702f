// Shared by the load benchmarks: a seeded PRNG for reproducible synthetic data, and autocannon's typed entry point.
import { createRequire } from 'node:module';

export interface AutocannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
}

export const autocannon = createRequire(import.meta.url)('autocannon') as (o: object) => Promise<AutocannonResult>;

/** Deterministic PRNG (mulberry32): the same seed builds the same data on every run and backend. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
