import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingestExamples } from '../src/cli/commands/demo.ts';
import { startServer, type RunningServer } from '../src/server/listen.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../src/store/store.ts';
import { decodePng, imageStats } from './helpers/png.ts';

/** Debian's Chromium (`apt-get install -y chromium`); CI installs it, so there its absence is a failure. */
const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} not found: CI must run "apt-get install -y chromium" before the tests`);
if (!haveChromium) console.log(`# skipped: browser test needs ${CHROMIUM} (apt-get install -y chromium)`);

describe('web UI in Chromium', { skip: haveChromium ? false : `${CHROMIUM} not found`, timeout: 120_000 }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sitrep-browser-'));
    store = await openSqliteStore(join(dir, 'ui.db'));
    const report = await ingestExamples(store);
    assert.ok(report.stored >= 5, `examples ingested: ${JSON.stringify(report)}`);
    server = await startServer(store, { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Any console error (CSP violations included) or uncaught exception fails the suite.
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    // Offline: anything not served by Sitrep itself is refused.
    await page.route((url) => !url.href.startsWith(server.url), (route) => {
      problems.push(`off-site request: ${route.request().url()}`);
      return route.abort();
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('loads, filters, opens an event with its evidence highlighted, and draws a non-blank page', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => Number(document.querySelector('#map')?.getAttribute('data-markers') ?? 0) > 0);
    await page.waitForSelector('.leaflet-overlay-pane canvas, .leaflet-overlay-pane svg');
    const allRows = await page.locator('#events tbody tr').count();
    assert.ok(allRows >= 5, `rows before filtering: ${allRows}`);
    assert.ok((await page.locator('#timeline rect.bar').count()) > 0, 'timeline bars drawn');

    const type = 'Explosions/Remote violence';
    await page.selectOption('select[name=event_type]', type);
    await page.waitForFunction((t) => {
      const rows = [...document.querySelectorAll('#events tbody tr')];
      return rows.length > 0 && rows.every((r) => r.children[1]?.textContent === t);
    }, type);
    const filteredRows = await page.locator('#events tbody tr').count();
    assert.ok(filteredRows < allRows, `filter narrowed ${allRows} → ${filteredRows}`);
    assert.match(page.url(), /event_type=Explosions/);

    const row = page.locator('#events tbody tr').first();
    const eventId = await row.getAttribute('data-id');
    assert.ok(eventId);
    await row.click();
    await page.waitForSelector('#detail:not([hidden]) mark.evidence');
    const detail = await (await page.request.get(`${server.url}api/events/${encodeURIComponent(eventId)}`)).json();
    const primary = detail.articles.find((a: { doc_id: string }) => a.doc_id === detail.event.doc_id);
    const ev = detail.event.evidence.find((s: { doc_id: string }) => s.doc_id === primary.doc_id);
    const expected = (primary.text as string).slice(ev.start, ev.end);
    const marks = await page.locator(`article[data-doc="${primary.doc_id}"] mark.evidence`).allTextContents();
    assert.ok(marks.some((m) => m.includes(expected)), `evidence "${expected}" not among marks ${JSON.stringify(marks)}`);
    assert.ok((await page.locator('#detail .hl').count()) > 0, 'actors, places or figures highlighted');
    assert.match((await page.locator('#detail-title').textContent()) ?? '', new RegExp(type.replace('/', '.')));

    const png = await page.screenshot({ fullPage: false });
    if (process.env.SITREP_SCREENSHOT) await writeFile(process.env.SITREP_SCREENSHOT, png);
    const stats = imageStats(decodePng(png));
    assert.ok(stats.lumaStdDev > 20, `screenshot looks blank: ${JSON.stringify(stats)}`);
    assert.ok(stats.distinctColours > 200 && stats.dominantShare < 0.85, `screenshot looks blank: ${JSON.stringify(stats)}`);

    const blank = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const blankStats = imageStats(decodePng(await blank.screenshot()));
    await blank.close();
    assert.ok(blankStats.lumaStdDev < 1 && blankStats.distinctColours <= 2, `the blankness check recognises a blank page: ${JSON.stringify(blankStats)}`);
    assert.deepEqual(problems, []);
  });

  test('article text is rendered as text, never as markup', async () => {
    const hostile = 'Before <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> after & done';
    const result = await page.evaluate(async (text) => {
      const modulePath = '/highlight.js';
      const { renderHighlightedText } = await import(modulePath);
      const holder = document.createElement('div');
      holder.append(renderHighlightedText(document, text, [{ start: 0, end: 6, kind: 'evidence', label: '' }, { start: 7, end: 11, kind: 'actor', label: '<b>x</b>' }]));
      document.body.append(holder);
      await new Promise((r) => setTimeout(r, 50));
      return { text: holder.textContent, elements: [...holder.querySelectorAll('*')].map((e) => e.tagName), pwned: (window as unknown as { __pwned?: number }).__pwned ?? null };
    }, hostile);
    assert.equal(result.text, hostile);
    assert.deepEqual(result.elements, ['MARK', 'SPAN']);
    assert.equal(result.pwned, null);
  });
});
