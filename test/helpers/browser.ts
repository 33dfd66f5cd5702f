import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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
