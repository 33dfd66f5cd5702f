import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/listen.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';

/** Debian's chromium, driven by playwright-core; CI installs it before the tests. */
export const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Whether the browser is there: a skip with a notice locally, an error under CI=true. */
export function haveChromium(what: string): boolean {
  const have = existsSync(CHROMIUM);
  if (!have && process.env.CI === 'true') throw new Error(`${CHROMIUM} not found: CI must run "apt-get install -y chromium" before the tests`);
  if (!have) console.log(`# skipped: ${what} needs ${CHROMIUM} (apt-get install -y chromium)`);
  return have;
}

/**
 * A 1440×900 page whose console errors (CSP violations included), uncaught exceptions and off-site requests
 * land in problems: the UI must work offline, served by Sitrep alone. Console errors matching ignore are expected.
 */
export async function openWatchedPage(serverUrl: string, problems: string[], ignore?: RegExp): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && !ignore?.test(m.text()) && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.route((url) => !url.href.startsWith(serverUrl), (route) => {
    problems.push(`off-site request: ${route.request().url()}`);
    return route.abort();
  });
  return { browser, page };
}

export interface ServedUi {
  readonly dir: string;
  readonly store: Store;
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly page: Page;
  /** Closes the browser, the server and the store, and removes the temp dir. */
  close(): Promise<void>;
}

/**
 * A fresh SQLite store (`db` in a temp dir named from `prefix`), filled by `fill`, served on a free port, and
 * open in a watched page (see openWatchedPage). A set-up that fails part-way closes what it had opened.
 */
export async function serveInBrowser(
  prefix: string, db: string, fill: (store: Store) => Promise<void>, problems: string[], opts: { token?: string; ignore?: RegExp } = {},
): Promise<ServedUi> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  let store: Store | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    store = await openSqliteStore(join(dir, db));
    await fill(store);
    server = await startServer(store, { port: 0, host: '127.0.0.1', ...(opts.token ? { token: opts.token } : {}) });
    const opened = await openWatchedPage(server.url, problems, opts.ignore);
    browser = opened.browser;
    return { dir, store, server, browser, page: opened.page, close };
  } catch (e) {
    await close();
    throw e;
  }
}
