import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { isSitrepError } from '../errors.ts';
import { readArticles, type ReadOutcome } from './index.ts';

/**
 * Property tests of every input reader: whatever the bytes, reading yields articles or recorded
 * errors (SitrepError with a code), never a crash or a hang. Seeds are fixed so a failure
 * reproduces; fast-check prints the shrunk counterexample.
 */

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-fuzz-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const EXTENSIONS = ['.txt', '.html', '.json', '.jsonl', '.csv', '.tsv', '.xml', ''] as const;
const PER_INPUT_MS = 10_000;
let fileNo = 0;

async function readAll(outcomes: AsyncGenerator<ReadOutcome>): Promise<ReadOutcome[]> {
  const all: ReadOutcome[] = [];
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`reader did not finish within ${PER_INPUT_MS} ms`)), PER_INPUT_MS);
  });
  try {
    await Promise.race([(async () => { for await (const o of outcomes) all.push(o); })(), hang]);
  } finally {
    clearTimeout(timer);
  }
  return all;
}

/**
 * A CSV or TSV file with a header and no rows yields nothing (no article, no error): the one case
 * where silence is allowed. Everything else must say what became of it.
 */
function headerOnlyTable(bytes: Uint8Array, ext: string | null): boolean {
  if (ext !== null && ext !== '.csv' && ext !== '.tsv' && ext !== '') return false;
  return Buffer.from(bytes).toString('latin1').split(/\r?\n/).filter((l) => l.trim() !== '').length <= 1;
}

function checkOutcomes(outcomes: ReadOutcome[], silenceAllowed = false): void {
  if (!silenceAllowed) assert.ok(outcomes.length >= 1, 'every input yields at least an article or an error');
  for (const o of outcomes) {
    if (o.ok) {
      assert.equal(typeof o.article.text, 'string');
      assert.ok(o.article.text.length > 0, 'an article has text');
      assert.equal(typeof o.article.id, 'string');
      assert.ok(o.article.published === null || /^\d{4}-\d{2}-\d{2}$/.test(o.article.published), `published is YYYY-MM-DD or null, got ${o.article.published}`);
    } else {
      assert.ok(isSitrepError(o.error), `errors are SitrepErrors, got ${String(o.error)}`);
      assert.match(o.error.code, /^E_/);
    }
  }
}

function writeTemp(text: string, ext: string): string {
  const file = path.join(dir, `f${++fileNo}${ext}`);
  writeFileSync(file, text);
  return file;
}

async function readBytesAs(bytes: Uint8Array, ext: string): Promise<ReadOutcome[]> {
  const file = path.join(dir, `f${++fileNo}${ext}`);
  writeFileSync(file, bytes);
  const outcomes = await readAll(readArticles([file], { date: '2022-01-01' }));
  checkOutcomes(outcomes, headerOnlyTable(bytes, ext));
  return outcomes;
}

async function readStdin(bytes: Uint8Array): Promise<ReadOutcome[]> {
  const outcomes = await readAll(readArticles(['-'], { stdin: Readable.from([Buffer.from(bytes)]) }));
  checkOutcomes(outcomes, headerOnlyTable(bytes, null));
  return outcomes;
}

const extension = fc.constantFrom(...EXTENSIONS);
const utf8 = (s: string) => new TextEncoder().encode(s);

const HTML_DOC = `<!doctype html><html><head><title>Clashes near Mosul</title><meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2022-03-10T08:00:00Z"></head><body><nav>menu</nav><article><h1>Clashes near Mosul</h1>
<p>MOSUL, Iraq (Test Wire) - Islamic State fighters attacked an army checkpoint on Wednesday, killing four soldiers.</p>
<p>A police officer said the militants fled.</p><script>var x = "<p>not text</p>";</script></article></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>One</title><description>Fighting in Aleppo killed three.</description>
<pubDate>Thu, 10 Mar 2022 08:00:00 GMT</pubDate></item><item><title>Two</title><description>&lt;p&gt;Protest in Basra&lt;/p&gt;</description></item></channel></rss>`;
const JSONL = `{"id":"a","title":"T","date":"2022-03-10","text":"Clashes in Mosul killed four."}\n{"id":"b","text":"Protest in Basra."}\n`;
const CSV = `id,title,date,source,url,text\na,T,2022-03-10,Wire,,"Clashes in Mosul, killing four."\nb,U,,,,"Protest ""quoted"" in Basra"\n`;

describe('input readers under fuzzing', () => {
  it('random bytes in any format, from a file or stdin', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), extension, fc.boolean(), async (bytes, ext, viaStdin) => {
        await (viaStdin ? await readStdin(bytes) : await readBytesAs(bytes, ext));
      }),
      { numRuns: 150, seed: 1 },
    );
  });

  it('truncated and spliced documents of every format', async () => {
    const docs = fc.constantFrom(HTML_DOC, FEED, JSONL, CSV, JSON.stringify([{ id: 'x', text: 'Shelling hit Idlib.' }]));
    await fc.assert(
      fc.asyncProperty(docs, fc.nat(), fc.nat(), fc.string({ maxLength: 40 }), extension, async (doc, cut, at, junk, ext) => {
        const truncated = doc.slice(0, cut % (doc.length + 1));
        const p = at % (truncated.length + 1);
        const spliced = truncated.slice(0, p) + junk + truncated.slice(p);
        await readBytesAs(utf8(spliced), ext);
      }),
      { numRuns: 200, seed: 2 },
    );
  });

  it('invalid UTF-8 inside otherwise good input', async () => {
    const bad = fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00]);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(HTML_DOC, FEED, JSONL, CSV), fc.nat(), bad, extension, async (doc, at, badBytes, ext) => {
        const good = utf8(doc);
        const p = at % (good.length + 1);
        const bytes = new Uint8Array([...good.slice(0, p), ...badBytes, ...good.slice(p)]);
        await readBytesAs(bytes, ext);
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it('deeply nested JSON, as a document and as a JSON line', async () => {
    for (const depth of [1_000, 100_000]) {
      for (const [open, close] of [['[', ']'], ['{"a":', '}']]) {
        const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
        await readBytesAs(utf8(nested), '.json');
        await readBytesAs(utf8(`{"id":"deep","text":${nested}}\n${JSONL}`), '.jsonl');
        await readBytesAs(utf8(`{"id":"deep","text":"ok","title":${nested}}`), '.json');
      }
    }
  });

  it('huge lines and huge single fields', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    for (const ext of EXTENSIONS) await readBytesAs(utf8(big), ext);
    const outcomes = await readBytesAs(utf8(`{"id":"big","text":"${big}"}\n${JSONL}`), '.jsonl');
    assert.equal(outcomes.filter((o) => o.ok).length, 2, 'the good lines still come out beside an oversize one');
    const failed = outcomes.find((o) => !o.ok);
    assert.ok(failed && !failed.ok && failed.error.code === 'E_INPUT_TOO_LARGE');
    await readBytesAs(utf8(`${'<div>'.repeat(2_000)}text`), '.html');
    await readBytesAs(utf8(`id,text\n1,"${'a,'.repeat(200_000)}`), '.csv');
  });

  it('HTML nested 50,000 elements deep is flattened and read, not a crash (issue 14, item 9)', async () => {
    const outcomes = await readAll(readArticles([writeTemp(`${'<div>'.repeat(50_000)}text`, '.html')], { date: '2022-01-01' }));
    assert.equal(outcomes.length, 1);
    const o = outcomes[0];
    assert.ok(o.ok && o.article.text === 'text');
  });

  it('random JSON values where articles are expected', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom('.json', '.jsonl'), async (value, ext) => {
        const text = JSON.stringify(value) ?? 'null';
        const outcomes = await readAll(readArticles([writeTemp(text, ext)], { date: '2022-01-01' }));
        // An empty array, in either format, holds no article and is no error.
        checkOutcomes(outcomes, /^\[\]$/.test(text));
      }),
      { numRuns: 150, seed: 4 },
    );
  });

  it('random article objects with odd field types and values', async () => {
    const field = fc.oneof(fc.string({ maxLength: 50 }), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 2 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
    const obj = fc.record({ id: field, title: field, date: field, source: field, url: field, text: field }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(fc.array(obj, { minLength: 1, maxLength: 5 }), async (objs) => {
        await readBytesAs(utf8(objs.map((o) => JSON.stringify(o)).join('\n')), '.jsonl');
      }),
      { numRuns: 150, seed: 5 },
    );
  });
});
