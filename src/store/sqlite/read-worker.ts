import { parentPort, workerData } from 'node:worker_threads';
import type { Store } from '../store.ts';
import type { ReadReply, ReadRequest } from './read-pool.ts';
import { openSqliteStore } from './sqlite-store.ts';

/** One read worker of read-pool.ts: a read-only store on the file, answering one request at a time. */
const port = parentPort!;
let store: Store;
try {
  store = await openSqliteStore((workerData as { file: string }).file, { readOnly: true });
  port.postMessage({ ready: true });
} catch (e) {
  port.postMessage({ ready: false, error: (e as Error).message });
  process.exit(1);
}
port.on('message', async ({ id, op, args }: ReadRequest) => {
  let reply: ReadReply;
  try {
    const f = store[op] as (...a: unknown[]) => Promise<unknown>;
    reply = { id, ok: true, value: await f(...args) };
  } catch (e) {
    const err = e as Error & { code?: unknown };
    reply = { id, ok: false, error: { message: err.message, ...(typeof err.code === 'string' && err.code.startsWith('E_') && { code: err.code }) } };
  }
  port.postMessage(reply);
});
