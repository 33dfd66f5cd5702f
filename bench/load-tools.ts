// Shared by the load benchmarks: a seeded PRNG for reproducible synthetic data, and autocannon's typed entry point.
import { createRequire } from 'node:module';
import { seededRandom } from '../src/model/random.ts';

export interface AutocannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
}

export const autocannon = createRequire(import.meta.url)('autocannon') as (o: object) => Promise<AutocannonResult>;

/** Deterministic PRNG (mulberry32): the same seed builds the same data on every run and backend. */
export const rng = seededRandom;
