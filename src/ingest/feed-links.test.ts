import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { ReadOutcome } from '../input/index.ts';
import { readUrl } from './fetch.ts';

/**
 * Issue 14, item 11: a feed whose item links hang. They are fetched a few at a time, and the whole
 * feed keeps one deadline, so 12 hanging links cost one deadline, not 12 request timeouts in a row.
 */

let server: Server;
let base = '';
let inFlight = 0;
let maxInFlight = 0;
const hanging: import('node:http').ServerResponse[] = [];
const ITEMS = 12;

before(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/feed.xml') {
      const items = Array.from({ length: ITEMS }, (_, i) => {
        const link = i % 4 === 0 ? `${base}/ok/${i}` : `${base}/hang/${i}`;
        return `<item><title>Item ${i}</title><link>${link}</link><guid>item-${i}</guid><pubDate>Tue, 02 May 2023 10:00:00 GMT</pubDate></item>`;
      });
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`);
      return;
    }
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    if (url.startsWith('/ok/')) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<html><body><article><p>KABUL - Gunmen attacked a checkpoint, story ${url}.</p></article></body></html>`);
      return;
    }
    hanging.push(res); // never answered
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const r of hanging) r.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('hanging item links are fetched concurrently under one deadline; every item comes out, in feed order', { timeout: 15_000 }, async () => {
  const outcomes: ReadOutcome[] = [];
  for await (const o of readUrl(`${base}/feed.xml`, { linkConcurrency: 4, deadlineMs: 1500, timeoutMs: 60_000, delayMs: 0 })) outcomes.push(o);
  assert.equal(outcomes.length, ITEMS);
  assert.equal(maxInFlight, 4, 'four links at a time');
  outcomes.forEach((o, i) => {
    if (i % 4 === 0 && o.ok) assert.match(o.article.text, new RegExp(`/ok/${i}`));
    else {
      assert.equal(o.ok, false, `item ${i}`);
      if (!o.ok) assert.match(o.error.message, /deadline of 1\.5 s/, `item ${i}`);
    }
  });
  // the links before the hanging ones were answered at once and are articles
  assert.equal(outcomes[0]!.ok, true);
});
