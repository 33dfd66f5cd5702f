import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ingestExamples } from '../src/cli/commands/demo.ts';
import type { RunningServer } from '../src/server/listen.ts';
import { makeStoredArticle, makeStoredEvent } from '../src/store/store-contract.ts';
import type { Store, StoredEvent } from '../src/store/store.ts';
import { CHROMIUM, haveChromium, serveInBrowser, type ServedUi } from './helpers/browser.ts';
import { cropPng, decodePng, imageStats } from './helpers/png.ts';
import { assertInked, checkedScreenshot } from './helpers/screenshot.ts';

/** Debian's Chromium (`apt-get install -y chromium`); CI installs it, so there its absence is a failure. */
const chromiumHere = haveChromium('browser test');

/** The element is on screen (inside the viewport) with a real size. */
async function onScreen(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  const vp = page.viewportSize();
  assert.ok(box && vp, `${selector} has no box`);
  assert.ok(box.width > 0 && box.height > 0 && box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width + 1 && box.y < vp.height, `${selector} not on screen: ${JSON.stringify(box)}`);
}

/** No element sticks out of the page sideways, and the table does not run past its pane. */
async function noHorizontalOverflow(page: Page): Promise<void> {
  const m = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
    table: document.querySelector('#events')?.getBoundingClientRect().width ?? 0,
    pane: document.querySelector('.table-wrap')?.clientWidth ?? 0,
    tableScroll: document.querySelector('.table-wrap')?.scrollWidth ?? 0,
  }));
  assert.ok(m.doc <= m.view, `page is ${m.doc} px wide in a ${m.view} px window`);
  assert.ok(m.table <= m.pane + 1 && m.tableScroll <= m.pane + 1, `table ${m.table} px (scroll ${m.tableScroll}) in a ${m.pane} px pane`);
}

/** A selector for the timeline's tallest bar segment, which the screenshot must show in its type's colour. */
async function tallestBar(page: Page): Promise<string> {
  const i = await page.locator('#timeline rect.bar').evaluateAll((bars) => {
    const h = bars.map((b) => b.getBoundingClientRect().height);
    return h.indexOf(Math.max(...h));
  });
  return `#timeline rect.bar >> nth=${i}`;
}

/** Tick labels that do not overlap one another; returns their texts. */
async function readableAxis(page: Page, selector: string): Promise<string[]> {
  const labels = await page.locator(`${selector} text.axis`).evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = (n as SVGGraphicsElement).getBoundingClientRect();
      return { text: n.textContent ?? '', x0: r.left, x1: r.right };
    }),
  );
  const sorted = [...labels].sort((a, b) => a.x0 - b.x0);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]!.x0 >= sorted[i - 1]!.x1, `axis labels overlap: ${JSON.stringify(sorted.slice(i - 1, i + 1))}`);
  return sorted.map((l) => l.text);
}

describe('web UI in Chromium', { skip: chromiumHere ? false : `${CHROMIUM} not found`, timeout: 120_000 }, () => {
  let ui: ServedUi | undefined;
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    ui = await serveInBrowser('sitrep-browser-', 'ui.db', async (store) => {
      const report = await ingestExamples(store);
      assert.ok(report.stored >= 5, `examples ingested: ${JSON.stringify(report)}`);
    }, problems);
    ({ dir, store, server, browser, page } = ui);
  });

  after(() => ui?.close());

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
    // and the region check a region with nothing drawn in it, however busy the rest of the page
    const shot = decodePng(png);
    assert.throws(() => assertInked(cropPng(shot, { x: 0, y: shot.height - 4, width: 4, height: 4 }), 'a corner'), /blank in the screenshot/);
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

  test('highlights come from the stored offsets: the place in the report\'s words, actors only where this event names them', async () => {
    const { events } = await (await page.request.get(`${server.url}api/events?limit=100`)).json();
    const hasaka = events.find((e: StoredEvent) => e.location === 'Al Ḩasakah' && e.mentions.some((m) => m.role === 'location'));
    assert.ok(hasaka, 'an event placed at Al Hasakah');
    await page.goto(`${server.url}#event=${encodeURIComponent(hasaka.event_id)}`);
    await page.waitForSelector(`#detail[data-event-id="${hasaka.event_id}"] .article-text`);
    const article = page.locator(`article[data-doc="${hasaka.doc_id}"]`);
    const places = await article.locator('.hl-place').allTextContents();
    assert.ok(places.length > 0 && places.every((p) => !p.includes('Ḩ')), `places marked in the report's words: ${JSON.stringify(places)}`);
    const text = (await (await page.request.get(`${server.url}api/articles/${encodeURIComponent(hasaka.doc_id)}`)).json()).text as string;
    const own = hasaka.mentions.filter((m: { doc_id: string; role: string }) => m.doc_id === hasaka.doc_id && m.role.startsWith('actor')).map((m: { start: number; end: number }) => text.slice(m.start, m.end));
    assert.deepEqual((await article.locator('.hl-actor').allTextContents()).sort(), [...own].sort());
    assert.deepEqual(problems, []);
  });

  test('map: place labels offline, clusters coloured by type, the selected event ringed, the spider kept open', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(server.url);
    await page.waitForFunction(() => Number(document.querySelector('#map')?.getAttribute('data-labels') ?? 0) > 5);
    const labels = await page.locator('.place-label.city').allTextContents();
    assert.ok(labels.includes('Damascus') || labels.includes('Baghdad'), `city labels: ${labels.join(', ')}`);
    assert.ok((await page.locator('.place-label.admin1').count()) > 0, 'region names');
    await onScreen(page, '.place-label.city');
    // a city and a region label that lie inside the map's pane, to be found drawn in the screenshot
    const inMap = (selector: string) => page.locator(selector).evaluateAll((labels) => {
      const map = document.querySelector('#map')!.getBoundingClientRect();
      return labels.findIndex((l) => {
        const r = l.getBoundingClientRect();
        return r.width > 0 && r.left >= map.left && r.right <= map.right && r.top >= map.top + 60 && r.bottom <= map.bottom;
      });
    });
    // the spans, which hold the words where they are drawn (the marker's own box is not: the span is shifted to centre it)
    const city = await inMap('.place-label.city span');
    const region = await inMap('.place-label.admin1 span');
    assert.ok(city >= 0 && region >= 0, `labels inside the map: city ${city}, region ${region}`);
    await checkedScreenshot(page, dir, 'map-labels', [`.place-label.city span >> nth=${city}`, `.place-label.admin1 span >> nth=${region}`]);

    // the biggest cluster, whatever the demo's stories make of it
    const sizes = await page.locator('.cluster').allTextContents();
    const size = Math.max(...sizes.map(Number).filter((n) => n > 1));
    assert.ok(size > 1, `clusters: ${sizes.join(', ')}`);
    const cluster = page.locator('.cluster').filter({ hasText: new RegExp(`^${size}$`) }).first();
    const background = await cluster.evaluate((n) => (n as HTMLElement).style.background);
    assert.match(background, /conic-gradient\(rgb\(194, 65, 12\)|conic-gradient\(rgb\(185, 28, 28\)/, `cluster ring by type: ${background}`);
    await cluster.click();
    await page.waitForFunction((n) => (document.querySelector('#map')?.getAttribute('data-spider') ?? '').split(' ').length === n, size);
    const spidered = ((await page.locator('#map').getAttribute('data-spider')) ?? '').split(' ');
    await page.locator(`path.event-marker[data-id="${spidered[1]}"]`).click({ force: true });
    await page.waitForSelector(`#detail[data-event-id="${spidered[1]}"]`);
    await page.waitForTimeout(400);
    assert.equal(((await page.locator('#map').getAttribute('data-spider')) ?? '').split(' ').length, size, 'the spider stays open');
    assert.equal(await page.locator('#map').getAttribute('data-selected'), spidered[1]);
    assert.equal(await page.locator('path.selected-ring').count(), 1, 'the selected event is ringed');
    const radii = await page.locator('path.event-marker').evaluateAll((ps) => new Set(ps.map((p) => Math.round((p as SVGGraphicsElement).getBBox().width))).size);
    assert.ok(radii > 1, 'markers of different fatalities differ in size');
    assert.deepEqual(problems, []);
  });

  test('table at 1440×900 fits its pane, with and without the event panel; columns are chosen and remembered', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(server.url);
    await page.waitForSelector('#events tbody tr');
    const headers = async () => (await page.locator('#events thead th').allTextContents()).map((t) => t.trim());
    assert.deepEqual(await headers(), ['Date', 'Type', 'Sub-event', 'Actor 1', 'Actor 2', 'Location', 'Country', 'Fatalities', 'Sources']);
    await noHorizontalOverflow(page);
    await onScreen(page, '#events thead th[data-key="n_sources"]');
    await onScreen(page, '#events thead th[data-key="fatalities"]');
    await checkedScreenshot(page, dir, 'table-1440', ['#events thead th[data-key="fatalities"]', '#events thead th[data-key="n_sources"]', '#events tbody']);

    await page.locator('#events tbody tr').first().click();
    await page.waitForSelector('#detail:not([hidden])');
    await page.waitForTimeout(200);
    await noHorizontalOverflow(page);
    const narrow = await headers();
    assert.ok(narrow.length >= 5 && narrow.includes('Fatalities') && narrow.includes('Actor 1'), `with the panel open: ${narrow.join(', ')}`);
    await onScreen(page, '#events thead th[data-key="fatalities"]');
    await checkedScreenshot(page, dir, 'table-1440-panel', ['#events thead th[data-key="fatalities"]', '#events thead th[data-key="actor1"]', '#detail']);
    await page.click('#detail-close');

    await page.click('.columns-menu summary');
    await page.uncheck('.columns-menu input[value="sub_event_type"]');
    await page.check('.columns-menu input[value="confidence"]');
    await page.reload();
    await page.waitForSelector('#events tbody tr');
    const chosen = await headers();
    assert.ok(!chosen.includes('Sub-event') && chosen.includes('Confidence'), `remembered: ${chosen.join(', ')}`);
    await noHorizontalOverflow(page);
    await page.click('.columns-menu summary');
    await page.click('.columns-menu [data-reset]');
    assert.ok((await headers()).includes('Sub-event'));
    assert.deepEqual(problems, []);
  });

  test('keyboard: sort headers are buttons, rows take focus, Enter opens; #event= changes are followed', async () => {
    await page.goto(server.url);
    await page.waitForSelector('#events tbody tr');
    const fat = page.locator('#events thead th[data-key="fatalities"] button');
    await fat.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#events thead th[data-key="fatalities"]')?.getAttribute('aria-sort') === 'descending');
    await page.waitForFunction(() => document.querySelector('#events tbody tr td.num')?.textContent !== '—');
    const firstRow = page.locator('#events tbody tr[tabindex="0"]');
    assert.equal(await firstRow.count(), 1, 'one row in the tab order');
    await firstRow.focus();
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    assert.equal(second, await page.locator('#events tbody tr').nth(1).getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#detail[data-event-id="${second}"]`);

    const other = await page.locator('#events tbody tr').nth(3).getAttribute('data-id');
    await page.evaluate((id) => (location.hash = `#event=${encodeURIComponent(id ?? '')}`), other);
    await page.waitForSelector(`#detail[data-event-id="${other}"]`);
    assert.deepEqual(problems, []);
  });

  test('sub-event filter, and a Country list that follows the data', async () => {
    await page.goto(server.url);
    await page.waitForSelector('#events tbody tr');
    await page.selectOption('select[name=event_type]', 'Battles');
    const subs = await page.locator('select[name=sub_event_type] option').allTextContents();
    assert.deepEqual(subs.slice(1).sort(), ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']);
    await page.selectOption('select[name=sub_event_type]', 'Armed clash');
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('#events tbody tr')];
      return rows.length > 0 && rows.every((r) => r.querySelector('td:nth-child(3)')?.textContent?.startsWith('Armed clash'));
    });
    assert.match(page.url(), /sub_event_type=Armed\+clash/);
    await page.click('button[type=reset]');
    await page.waitForFunction(() => !new URL(location.href).search);

    await store.saveArticle(makeStoredArticle({ doc_id: 'ui-mali', event_ids: ['ui-mali-1'] }), [
      makeStoredEvent({ event_id: 'ui-mali-1', doc_id: 'ui-mali', country: 'Mali', iso3: 'MLI', location: 'Mopti', admin1: 'Mopti', latitude: 14.49, longitude: -4.19 }),
    ]);
    await page.selectOption('select[name=event_type]', 'Battles');
    await page.waitForFunction(() => [...document.querySelectorAll('select[name=country] option')].some((o) => o.textContent === 'Mali'));
    assert.deepEqual(problems, []);
  });

  test('layout at 800 px: nothing runs off the side, map, timeline and table on the page', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(server.url);
    await page.waitForSelector('#events tbody tr');
    await noHorizontalOverflow(page);
    for (const sel of ['#map', '#timeline']) await onScreen(page, sel);
    const table = await page.locator('.table-wrap').boundingBox();
    assert.ok(table && table.width > 700 && table.x + table.width <= 800, `table pane ${JSON.stringify(table)}`);
    await checkedScreenshot(page, dir, 'layout-800', ['#map', '#timeline']);
    await page.setViewportSize({ width: 1440, height: 900 });
    assert.deepEqual(problems, []);
  });
});

/** Synthetic events: a 10-year run in one country and a two-week run in another. */
function syntheticEvents(): StoredEvent[] {
  const types: [string, string][] = [['Battles', 'Armed clash'], ['Explosions/Remote violence', 'Air/drone strike'], ['Violence against civilians', 'Attack'], ['Protests', 'Peaceful protest'], ['Riots', 'Violent demonstration'], ['Strategic developments', 'Arrests']];
  const out: StoredEvent[] = [];
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const start = Date.UTC(2013, 0, 1);
  for (let i = 0; i < 1500; i++) {
    const [event_type, sub_event_type] = types[(i * 7) % types.length]!;
    const d = day(start + Math.floor((i * 3652) / 1500) * 86_400_000);
    out.push(makeStoredEvent({ event_id: `syn-${String(i).padStart(4, '0')}`, doc_id: 'syn-long', event_type, sub_event_type, event_date: d, event_date_end: d, country: 'Syria', iso3: 'SYR', latitude: 33 + (i % 40) / 10, longitude: 36 + (i % 30) / 10, fatalities: i % 9, mentions: [] }));
  }
  for (let i = 0; i < 42; i++) {
    const [event_type, sub_event_type] = types[i % types.length]!;
    const d = day(Date.UTC(2024, 2, 4) + (i % 14) * 86_400_000);
    out.push(makeStoredEvent({ event_id: `syn-mali-${i}`, doc_id: 'syn-short', event_type, sub_event_type, event_date: d, event_date_end: d, country: 'Mali', iso3: 'MLI', location: 'Mopti', latitude: 14.49, longitude: -4.19, fatalities: i % 4, mentions: [] }));
  }
  return out;
}

describe('web UI in Chromium: timeline extremes, paging and charts', { skip: chromiumHere ? false : `${CHROMIUM} not found`, timeout: 120_000 }, () => {
  let ui: ServedUi | undefined;
  let dir: string;
  let server: RunningServer;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    ui = await serveInBrowser('sitrep-browser-synthetic-', 'synthetic.db', async (store) => {
      const events = syntheticEvents();
      for (const doc of ['syn-long', 'syn-short']) {
        const mine = events.filter((e) => e.doc_id === doc);
        await store.saveArticle(makeStoredArticle({ doc_id: doc, event_ids: mine.map((e) => e.event_id) }), mine);
      }
    }, problems);
    ({ dir, server, page } = ui);
  });

  after(() => ui?.close());

  test('timeline over 10 years: monthly bars stacked by type, a readable axis of years', async () => {
    await page.goto(`${server.url}?country=Syria`);
    await page.waitForFunction(() => document.querySelector('#timeline')?.getAttribute('data-unit') === 'month');
    assert.equal(await page.locator('#timeline-title').textContent(), 'Events per month');
    const bins = await page.locator('#timeline g.bin').count();
    assert.ok(bins >= 115 && bins <= 125, `monthly bins over 10 years: ${bins}`);
    const stacked = await page.locator('#timeline g.bin').evaluateAll((gs) => Math.max(...gs.map((g) => new Set([...g.querySelectorAll('rect.bar')].map((r) => r.getAttribute('data-type'))).size)));
    assert.ok(stacked >= 3, `bars stacked by type: ${stacked}`);
    const ticks = await readableAxis(page, '#timeline');
    assert.ok(ticks.length >= 5 && ticks.length <= 24, `ticks: ${ticks.join(' ')}`);
    assert.ok(ticks.includes('2015') && ticks.includes('2020'), `years on the axis: ${ticks.join(' ')}`);
    await checkedScreenshot(page, dir, 'timeline-10-years', [{ painted: await tallestBar(page) }, '#timeline text.axis >> nth=0', '#timeline text.axis >> nth=-1']);
    assert.deepEqual(problems, []);
  });

  test('timeline over 2 weeks: daily bars and a readable axis of days', async () => {
    await page.goto(`${server.url}?country=Mali`);
    await page.waitForFunction(() => document.querySelector('#timeline')?.getAttribute('data-unit') === 'day');
    assert.equal(await page.locator('#timeline g.bin').count(), 14);
    const ticks = await readableAxis(page, '#timeline');
    assert.ok(ticks.length >= 5 && ticks.length <= 14, `ticks: ${ticks.join(' ')}`);
    assert.equal(ticks[0], '4 Mar 2024', `the first day tick gives the year: ${ticks.join(' ')}`);
    assert.ok(ticks.includes('10'), `day ticks: ${ticks.join(' ')}`);
    await onScreen(page, '#timeline');
    await checkedScreenshot(page, dir, 'timeline-2-weeks', [{ painted: await tallestBar(page) }, '#timeline text.axis >> nth=0', '#timeline text.axis >> nth=-1']);
    // brushing one day filters the table to it
    const box = await page.locator('#timeline g.bin').nth(2).boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 2);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2024-03-06' && new URL(location.href).searchParams.get('to') === '2024-03-06');
    assert.deepEqual(problems, []);
  });

  test('the table pages past 1,000 rows', async () => {
    await page.goto(`${server.url}?country=Syria`);
    await page.waitForSelector('#events tbody tr');
    await page.selectOption('#pager select', '1000');
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 1000);
    await page.click('#pager button[data-page="next"]');
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 500);
    assert.match((await page.locator('#pager .range').textContent()) ?? '', /1,001–1,500 of 1,500/);
    assert.equal(await page.locator('#events tbody tr').last().locator('td').first().textContent(), '2013-01-01');
    assert.deepEqual(problems, []);
  });

  test('charts: events and fatalities by type over time, by actor, by country', async () => {
    await page.goto(server.url);
    await page.waitForSelector('#events tbody tr');
    await page.click('#tab-charts');
    await page.waitForSelector('#charts-pane svg[data-chart="time"] rect.bar');
    for (const id of ['time', 'actor', 'country']) assert.equal(await page.locator(`#charts-pane svg[data-chart="${id}"]`).count(), 1, id);
    const countries = await page.locator('#charts-pane svg[data-chart="country"] text.label').evaluateAll((ns) => ns.map((n) => n.firstChild?.textContent));
    assert.deepEqual(countries, ['Syria', 'Mali']);
    await page.click('.segmented button[data-measure="fatalities"]');
    await page.waitForSelector('#charts-pane svg[data-chart="actor"] rect.hbar.fatalities');
    await onScreen(page, '#charts-pane svg[data-chart="time"]');
    await checkedScreenshot(page, dir, 'charts', ['#charts-pane svg[data-chart="time"]']); // the other charts are below the fold
    assert.deepEqual(problems, []);
  });
});
