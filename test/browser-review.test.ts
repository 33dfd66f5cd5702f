import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ingestExamples } from '../src/cli/commands/demo.ts';
import type { RunningServer } from '../src/server/listen.ts';
import type { StoredEvent } from '../src/store/store.ts';
import { CHROMIUM, haveChromium, serveInBrowser, type ServedUi } from './helpers/browser.ts';
import { checkedScreenshot } from './helpers/screenshot.ts';

/** The review queue and the actor/place pages, driven from the UI as an analyst would (see browser.test.ts for the setup's reasons). */
const TOKEN = 'browser-review-token-0123';
const chromiumHere = haveChromium('browser review test');

describe('review queue in Chromium', { skip: chromiumHere ? false : `${CHROMIUM} not found`, timeout: 180_000 }, () => {
  let ui: ServedUi | undefined;
  let server: RunningServer;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    ui = await serveInBrowser('sitrep-browser-review-', 'ui.db', async (store) => void (await ingestExamples(store)), problems, { token: TOKEN, ignore: /401/ });
    ({ server, page } = ui);
  });

  after(() => ui?.close());

  const status = () => page.locator('#detail .review-status').getAttribute('data-status');
  const reviewsOf = async (id: string) => (await (await page.request.get(`${server.url}api/events/${encodeURIComponent(id)}/reviews`)).json()).reviews as { action: string; reviewer: string; reason: string | null }[];

  test('accept, edit (place re-pinned on the map) and reject from the event panel', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => Number(document.querySelector('#map')?.getAttribute('data-markers') ?? 0) > 0);
    const rows = page.locator('#events tbody tr');
    const before = await rows.count();
    const id = (await rows.first().getAttribute('data-id'))!;
    await rows.first().click();
    await page.waitForSelector('#detail:not([hidden]) .review');
    assert.equal(await status(), 'unreviewed');

    // Without a token nothing is sent; the token is typed once and kept for the session.
    await page.click('#detail .review-accept');
    await page.waitForFunction(() => /token/i.test(document.querySelector('#detail .review-message')?.textContent ?? ''));
    await page.fill('#detail input[name=review-token]', TOKEN);
    await page.fill('#detail input[name=review-name]', 'amina');
    await page.fill('#detail input[name=review-reason]', 'checked against the wire');
    await page.click('#detail .review-accept');
    await page.waitForFunction(() => document.querySelector('#detail .review-status')?.getAttribute('data-status') === 'accepted');
    assert.deepEqual((await reviewsOf(id)).map((r) => [r.action, r.reviewer, r.reason]), [['accept', 'amina', 'checked against the wire']]);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('sitrep-token')), TOKEN);
    assert.equal(await page.locator('#detail input[name=review-token]').isVisible(), false, 'the token is not asked for again');

    // Edit: fatalities, the location's name, and the point picked on the map.
    await page.click('#detail .review-edit-toggle');
    await page.fill('#detail .review-edit input[name=fatalities]', '42');
    await page.fill('#detail .review-edit input[name=location]', 'Hand-pinned village');
    await page.click('#detail .review-pick');
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.45);
    await page.waitForFunction(() => (document.querySelector('#detail .review-pick')?.textContent ?? '') === 'Pick on map');
    const picked = { lat: Number(await page.inputValue('#detail .review-edit input[name=latitude]')), lon: Number(await page.inputValue('#detail .review-edit input[name=longitude]')) };
    await page.fill('#detail input[name=review-reason]', 'the hospital gave 42');
    await page.click('#detail .review-save');
    await page.waitForFunction(() => document.querySelector('#detail .review-status')?.getAttribute('data-status') === 'edited');
    const edited = (await (await page.request.get(`${server.url}api/events/${encodeURIComponent(id)}`)).json()).event as StoredEvent;
    assert.deepEqual([edited.fatalities, edited.location, edited.latitude, edited.longitude, edited.geo_precision], [42, 'Hand-pinned village', picked.lat, picked.lon, 1]);
    // the history is fetched after the status is shown: wait for it, then check
    await page.waitForFunction((n) => document.querySelectorAll('#detail .review-history li').length >= n, 2).catch(() => {});
    assert.equal((await page.locator('#detail .review-history li').count()), 2, 'the panel lists the review history');

    // the review box with its status and history, the re-pinned marker's map beside it
    await checkedScreenshot(page, ui!.dir, 'review-edited', ['#detail .review', '#detail .review-status', '#detail .review-history', '#map']);

    // Reject: needs a reason; the event leaves the default listing.
    await page.fill('#detail input[name=review-reason]', '');
    await page.click('#detail .review-reject');
    await page.waitForFunction(() => /why/i.test(document.querySelector('#detail .review-message')?.textContent ?? ''));
    assert.equal(await status(), 'edited', 'no reason, no rejection');
    await page.fill('#detail input[name=review-reason]', 'a duplicate of another report');
    await page.click('#detail .review-reject');
    await page.waitForFunction(() => document.querySelector('#detail .review-status')?.getAttribute('data-status') === 'rejected');
    await page.waitForFunction((n) => document.querySelectorAll('#events tbody tr').length === n - 1, before);
    assert.equal(await page.locator(`#events tbody tr[data-id="${id}"]`).count(), 0);
    const rejected = await (await page.request.get(`${server.url}api/events?review=rejected`)).json();
    assert.deepEqual(rejected.events.map((e: StoredEvent) => e.event_id), [id]);
    assert.deepEqual((await reviewsOf(id)).map((r) => r.action), ['accept', 'edit', 'reject']);
    assert.deepEqual(problems, []);
  });

  test('the event panel links to actor and place pages: events over time, a map, aliases and inter codes', async () => {
    const rows = page.locator('#events tbody tr');
    await rows.first().click();
    await page.waitForSelector('#detail:not([hidden]) .entity-links .entity-link[data-actor]');
    const actor = (await page.locator('#detail .entity-link[data-actor]').first().getAttribute('data-actor'))!;
    await page.locator('#detail .entity-link[data-actor]').first().click();
    await page.waitForSelector('.entity-page[data-kind=Actor] svg.entity-chart');
    assert.ok(await page.locator('.entity-page svg.entity-chart rect.bar').evaluateAll((bars) => bars.some((b) => Number(b.getAttribute('height')) > 0)), 'events over time drawn');
    await page.waitForSelector('.entity-page svg.entity-map .land path');
    assert.equal(await page.locator('.entity-page h1').textContent(), actor);
    assert.match((await page.locator('.entity-page .facts').textContent()) ?? '', /Inter code\d/);
    assert.ok((await page.locator('.entity-page svg.entity-map circle.point').count()) > 0, 'events on the small map');
    await checkedScreenshot(page, ui!.dir, 'actor-page', ['.entity-page h1', '.entity-page svg.entity-chart', '.entity-page svg.entity-map']);
    // An event in the page's list opens in the panel.
    const listed = (await page.locator('.entity-page .entity-events button').first().getAttribute('data-id'))!;
    await page.locator('.entity-page .entity-events button').first().click();
    await page.waitForFunction((id) => location.hash === `#event=${encodeURIComponent(id)}`, listed);
    assert.equal(await page.locator('.entity-page').count(), 0);

    const place = page.locator('#detail .entity-link[data-place]');
    if (await place.count()) {
      await place.first().click();
      await page.waitForSelector('.entity-page[data-kind=Place] svg.entity-map circle.point');
      await page.keyboard.press('Escape');
      assert.equal(await page.locator('.entity-page').count(), 0);
    }
    assert.deepEqual(problems, []);
  });
});
