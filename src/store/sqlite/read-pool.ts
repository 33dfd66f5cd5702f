import { Worker } from 'node:worker_threads';
import { SitrepError, type ErrorCode } from '../../errors.ts';

/**
 * Reads of a SQLite store on worker threads, each with its own read-only connection to the file.
 * better-sqlite3 runs a query on the thread that asks it, so on the server's one thread a query
 * blocks every other request (50 connections of distinct queries queued for seconds), and one
 * core of two sat idle. WAL lets readers run beside each other and beside the writer, which stays
 * on the main connection; a reader sees what was committed when its query began.
 */

/** The store operations a worker answers: reads only, never part of a transaction. */
export const POOLED_READS = ['queryEvents', 'queryEventsJson', 'tallies', 'actors'] as const;
export type PooledRead = (typeof POOLED_READS)[number];

export interface ReadRequest {
  readonly id: number;
  readonly op: PooledRead;
  readonly args: unknown[];
}
export type ReadReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: { readonly message: string; readonly code?: string } };

export interface ReadPool {
  run(op: PooledRead, args: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>;
  alive: boolean;
}

/**
 * Starts `size` workers on `file` and resolves once each has opened it. Under src/ (tsx) a worker
 * registers tsx before loading its module, as bin/sitrep.js does for the main thread.
 */
export async function startReadPool(file: string, size: number): Promise<ReadPool> {
  const here = import.meta.url;
  const entry = new URL(here.endsWith('.ts') ? './read-worker.ts' : './read-worker.js', here).href;
  const tsx = here.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : null;
  const boot = `
    const { workerData } = require('node:worker_threads');
    (async () => {
      if (workerData.tsx) (await import(workerData.tsx)).register();
      await import(workerData.entry);
    })();`;
  let nextId = 0;
  const slots: Slot[] = [];
  const starting: Promise<void>[] = [];
  for (let i = 0; i < size; i++) {
    const worker = new Worker(boot, { eval: true, workerData: { file, entry, tsx } });
    const slot: Slot = { worker, pending: new Map(), alive: true };
    slots.push(slot);
    starting.push(new Promise((resolve, reject) => {
      worker.once('message', (m: { ready?: boolean; error?: string }) => (m.ready ? resolve() : reject(new SitrepError('E_STORE', `a read worker could not open ${file}: ${m.error}`))));
      worker.once('error', reject);
    }));
    const fail = (e: unknown) => {
      slot.alive = false;
      for (const p of slot.pending.values()) p.reject(new SitrepError('E_STORE', `a read worker stopped: ${(e as Error)?.message ?? e}`));
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    worker.on('message', (m: ReadReply | { ready: boolean }) => {
      if (!('id' in m)) return;
      const p = slot.pending.get(m.id);
      if (!p) return;
      slot.pending.delete(m.id);
      if (m.ok) p.resolve(m.value);
      else p.reject(m.error.code ? new SitrepError(m.error.code as ErrorCode, m.error.message) : new Error(m.error.message));
    });
  }
  try {
    await Promise.all(starting);
  } catch (e) {
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw e;
  }
  return {
    run(op, args) {
      // The least busy worker that is still running.
      const slot = slots.filter((s) => s.alive).sort((a, b) => a.pending.size - b.pending.size)[0];
      if (!slot) return Promise.reject(new SitrepError('E_STORE', 'no read worker is running'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, op, args } satisfies ReadRequest);
      });
    },
    async close() {
      for (const s of slots) s.alive = false;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
