import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { SitrepError } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { createApp, type AppOptions } from './app.ts';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server; resolves once it listens (port 0 picks a free port). */
export interface ListenOptions {
  port: number;
  host: string;
  /** A request's headers and body must arrive within this (default 30 s): a slow upload cannot hold a connection for minutes. */
  requestTimeoutMs?: number;
  /** Its headers within this (default 10 s). */
  headersTimeoutMs?: number;
}

export async function startServer(store: Store, opts: AppOptions & ListenOptions): Promise<RunningServer> {
  const app = createApp(store, opts);
  const requestTimeout = opts.requestTimeoutMs ?? 30_000;
  const headersTimeout = Math.min(opts.headersTimeoutMs ?? 10_000, requestTimeout);
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch: app.fetch,
      port: opts.port,
      hostname: opts.host,
      // Node checks these timeouts every connectionsCheckingInterval (30 s by default): often enough to honour them.
      serverOptions: { requestTimeout, headersTimeout, connectionsCheckingInterval: Math.max(250, Math.min(1000, headersTimeout / 2)) },
    });
    server.once('error', (e: NodeJS.ErrnoException) => {
      const why = e.code === 'EADDRINUSE' ? `port ${opts.port} on ${opts.host} is already in use; pick another with --port` : e.code === 'EACCES' ? `no permission to listen on ${opts.host}:${opts.port}` : e.message;
      reject(new SitrepError('E_CONFIG', why));
    });
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      resolve({
        url: `http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            // Idle keep-alive sockets would otherwise hold close() open for seconds.
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Resolves on the first SIGINT or SIGTERM, then stops listening for them. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (sig: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(sig);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}
