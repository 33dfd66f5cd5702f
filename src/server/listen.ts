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
export async function startServer(store: Store, opts: AppOptions & { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(store, opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host });
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
