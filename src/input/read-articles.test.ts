import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Article } from '../model/article.ts';
import { contentHash } from '../model/ids.ts';
import type { SitrepError } from '../errors.ts';
import { type ReadOptions, readArticles } from './read-articles.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'sitrep-input-'));
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

async function readAll(inputs: string[], opts: ReadOptions = {}): Promise<{ articles: Article[]; errors: SitrepError[] }> {
  const articles: Article[] = [];
  const errors: SitrepError[] = [];
  for await (const o of readArticles(inputs, opts)) {
    if (o.ok) articles.push(o.article);
    else errors.push(o.error);
  }
  return { articles, errors };
}

const STORY = 'Clashes near the river town\n\nKARAK (Reuters) - Two soldiers were killed in clashes near the river town on Tuesday, officials said.\n';

test('txt: title is the first non-empty line, text is the whole file, dateline read', async () => {
  const file = await put('story-one.txt', `\n  ${STORY}`);
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(errors, []);
  assert.equal(articles.length, 1);
  const a = articles[0];
  assert.equal(a.id, 'story-one');
  assert.equal(a.title, 'Clashes near the river town');
  assert.equal(a.text, `\n  ${STORY}`);
  assert.equal(a.dateline, 'KARAK');
  assert.equal(a.publisher, 'Reuters');
  assert.equal(a.published, null);
  assert.deepEqual(a.origin, { file });
});

test('txt: --date fills a missing publication date; a date in the head wins over it', async () => {
  const undated = await put('undated.txt', STORY);
  const dated = await put('dated.txt', `Headline\nMarch 3, 2017\n\n${STORY}`);
  const { articles } = await readAll([undated, dated], { date: '2020-01-02' });
  assert.equal(articles[0].published, '2020-01-02');
  assert.equal(articles[1].published, '2017-03-03');
});

test('txt: a dateline date without a year takes it from the dates in the text, else from the file time', async () => {
  const { utimes } = await import('node:fs/promises');
  const body = 'An air strike killed 12 people at a market in Mopti, residents said.';
  const withContext = await put('yearless-context.txt', `Strike\n\nMOPTI, Mali, March 14 (Reuters) - ${body} Talks had stalled since January 2024.\n`);
  const bare = await put('yearless-bare.txt', `Strike\n\nMOPTI, Mali, March 14 (Reuters) - ${body}\n`);
  await utimes(bare, new Date('2024-05-01T12:00:00Z'), new Date('2024-05-01T12:00:00Z'));
  const { articles } = await readAll([withContext, bare]);
  assert.deepEqual(articles.map((a) => [a.published, a.publishedYearFrom]), [['2024-03-14', 'text'], ['2024-03-14', 'file-time']]);
  const { articles: given } = await readAll([bare], { date: '2024-03-14' });
  assert.deepEqual([given[0].published, given[0].publishedYearFrom], ['2024-03-14', undefined], '--date is stated, not guessed');
});

test('jsonl: a yearless dateline with no dated text and no file time of its own stays undated', async () => {
  const file = await put('yearless.jsonl', `${JSON.stringify({ id: 'y1', text: 'MOPTI, Mali, March 14 (Reuters) - An air strike killed 12 people.' })}\n`);
  const { utimes } = await import('node:fs/promises');
  await utimes(file, new Date('2024-05-01T12:00:00Z'), new Date('2024-05-01T12:00:00Z'));
  const { articles } = await readAll([file]);
  // a JSONL file gathers articles of many days: its time says nothing of one article's year
  assert.deepEqual([articles[0].published, articles[0].publishedYearFrom], [null, undefined]);
});

test('txt: a .meta.json sidecar supplies metadata and is not read as an article', async () => {
  await put('side/item.txt', STORY);
  await put('side/item.meta.json', JSON.stringify({ id: 'item-7', date: '2018-05-06', url: 'https://example.org/a' }));
  const { articles, errors } = await readAll([path.join(dir, 'side')]);
  assert.deepEqual(errors, []);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].id, 'item-7');
  assert.equal(articles[0].published, '2018-05-06');
  assert.equal(articles[0].url, 'https://example.org/a');
  assert.equal(articles[0].title, 'Clashes near the river town');
});

test('html: main text without boilerplate, metadata from meta tags, entities decoded', async () => {
  const html = `<!doctype html><html><head><title>Town shelled | Example News</title>
    <meta property="og:title" content="Town shelled overnight">
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2019-04-05T21:00:00-04:00">
    <link rel="canonical" href="https://news.example.org/town-shelled">
    <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
    <body><header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
    <article><h1>Town shelled overnight</h1>
      <p>ZARQA (AFP) - Artillery hit the town &amp; its market overnight, residents said.</p>
      <figure><img src="a.jpg"><figcaption>Smoke rises</figcaption></figure>
      <p>Three people were wounded,&nbsp;a hospital official said. Fighting continued into the &quot;early hours&quot; of Saturday morning.</p>
      <aside>Related: other stories</aside><form><input name="q"></form>
    </article><footer>© Example</footer></body></html>`;
  const file = await put('page.html', html);
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(errors, []);
  const a = articles[0];
  assert.equal(a.title, 'Town shelled overnight');
  assert.equal(a.publisher, 'Example News');
  assert.equal(a.published, '2019-04-05');
  assert.equal(a.url, 'https://news.example.org/town-shelled');
  assert.equal(
    a.text,
    'Town shelled overnight\n\nZARQA (AFP) - Artillery hit the town & its market overnight, residents said.\n\n' +
      'Three people were wounded, a hospital official said. Fighting continued into the "early hours" of Saturday morning.',
  );
  assert.equal(a.dateline, 'ZARQA', 'paragraphs start lines, so the dateline after the headline is found');
});

test('html: <time datetime> and <title> are used when meta tags are missing', async () => {
  const file = await put('bare.htm', '<html><head><title>Plain page</title></head><body><p>First paragraph of the report.</p><time datetime="2015-07-08">8 July</time></body></html>');
  const { articles } = await readAll([file]);
  assert.equal(articles[0].title, 'Plain page');
  assert.equal(articles[0].published, '2015-07-08');
  assert.match(articles[0].text, /^First paragraph of the report\.\n\n8 July$/);
});

test('jsonl: one article per line, aliases accepted, ids from the record or file#line', async () => {
  const lines = [
    JSON.stringify({ id: 'a1', title: 'First', date: '2016-06-29', source: 'Wire', url: 'https://x.org/1', text: STORY }),
    '',
    JSON.stringify({ headline: 'Second', published: 'Wed, 29 Jun 2016 14:00:00 GMT', publisher: 'Daily', body: 'Body text of the second.' }),
    JSON.stringify({ title: 'Third', pubDate: 'December 31, 2017 ', content: 'Content of the third.' }),
  ];
  const file = await put('batch.jsonl', lines.join('\n') + '\n');
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => a.id), ['a1', 'batch#3', 'batch#4']);
  assert.deepEqual(articles.map((a) => a.published), ['2016-06-29', '2016-06-29', '2017-12-31']);
  assert.deepEqual(articles.map((a) => a.publisher), ['Wire', 'Daily', null]);
  assert.deepEqual(articles.map((a) => a.origin.line), [1, 3, 4]);
  assert.equal(articles[0].url, 'https://x.org/1');
  assert.equal(articles[0].dateline, 'KARAK');
  assert.equal(articles[1].text, 'Body text of the second.');
});

test('json: a single object and an array of objects', async () => {
  const one = await put('one.json', JSON.stringify({ title: 'Only', text: 'Only article text.', date: '2021-02-03' }));
  const many = await put('many.json', JSON.stringify([{ text: 'Alpha text.' }, { id: 'b', text: 'Beta text.' }], null, 2));
  const { articles, errors } = await readAll([one, many]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => a.id), ['one', 'many#0', 'b']);
  assert.equal(articles[0].published, '2021-02-03');
});

test('json: JSON-lines content saved as .json is read line by line', async () => {
  const file = await put('lines.json', `${JSON.stringify({ text: 'One.' })}\n${JSON.stringify({ text: 'Two.' })}\n`);
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => a.id), ['lines#1', 'lines#2']);
});

test('csv: header row, quoted multi-line text, line numbers', async () => {
  const csv = 'id,title,date,source,url,text\r\n' +
    'c1,"Title, with comma",2016-06-29,Wire,https://x.org/c1,"HOMS (Reuters) - Line one.\nLine ""two""."\r\n' +
    ',Untitled,2017-01-02,,,Plain text here.\r\n';
  const file = await put('table.csv', csv);
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(errors, []);
  assert.equal(articles.length, 2);
  assert.equal(articles[0].id, 'c1');
  assert.equal(articles[0].title, 'Title, with comma');
  assert.equal(articles[0].text, 'HOMS (Reuters) - Line one.\nLine "two".');
  assert.equal(articles[0].dateline, 'HOMS');
  assert.equal(articles[1].id, `table#${articles[1].origin.line}`);
  assert.equal(articles[1].origin.line, 4);
});

test('rss: each item becomes an article with HTML stripped from the description', async () => {
  const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title>
<item><title>Strike on depot</title><link>https://x.org/r1</link><guid>r1</guid>
<pubDate>Tue, 04 Jul 2017 10:00:00 +0000</pubDate>
<description><![CDATA[<p>An air strike hit a <b>fuel depot</b>.</p><p>No casualties were reported.</p>]]></description></item>
<item><title>Headline only</title><link>https://x.org/r2</link><pubDate>Wed, 05 Jul 2017 10:00:00 +0000</pubDate></item>
</channel></rss>`;
  const file = await put('wire.rss', rss);
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(errors, []);
  assert.equal(articles.length, 2);
  assert.deepEqual(
    { id: articles[0].id, title: articles[0].title, url: articles[0].url, published: articles[0].published, publisher: articles[0].publisher, text: articles[0].text, line: articles[0].origin.line },
    { id: 'r1', title: 'Strike on depot', url: 'https://x.org/r1', published: '2017-07-04', publisher: 'Example Wire', text: 'An air strike hit a fuel depot.\n\nNo casualties were reported.', line: 3 },
  );
  assert.equal(articles[1].id, 'wire#1');
  assert.equal(articles[1].text, 'Headline only');
});

test('atom: entries with link href and escaped HTML content, sniffed without a feed extension', async () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><id>urn:e1</id><title>Convoy ambushed</title><link rel="alternate" href="https://x.org/e1"/>
<published>2018-09-10T08:00:00Z</published><content type="html">&lt;p&gt;Gunmen ambushed a convoy &amp;amp; fled.&lt;/p&gt;</content></entry>
</feed>`;
  const file = await put('atom-feed.data', atom);
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(errors, []);
  assert.equal(articles[0].id, 'urn:e1');
  assert.equal(articles[0].url, 'https://x.org/e1');
  assert.equal(articles[0].published, '2018-09-10');
  assert.equal(articles[0].text, 'Gunmen ambushed a convoy & fled.');
});

test('sniffing: unknown extensions are read by content', async () => {
  const jsonl = await put('sniff/a.dat', `${JSON.stringify({ text: 'From JSON.' })}\n`);
  const html = await put('sniff/b.dat', '<html><body><p>From HTML.</p></body></html>');
  const text = await put('sniff/c.dat', 'From text.\nMore.');
  const { articles, errors } = await readAll([jsonl, html, text]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => a.text), ['From JSON.', 'From HTML.', 'From text.\nMore.']);
});

test('folders: walked recursively in name order, known extensions only, hidden entries skipped', async () => {
  await put('tree/b.txt', 'B title\nbody');
  await put('tree/a/z.txt', 'Z title\nbody');
  await put('tree/a/y.md', 'not an article format');
  await put('tree/.hidden/x.txt', 'hidden');
  await put('tree/c.jsonl', `${JSON.stringify({ id: 'c', text: 'C.' })}\n`);
  const { articles, errors } = await readAll([path.join(dir, 'tree')]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => a.id), ['a/z', 'b', 'c']);
});

test('doc ids are unique within a folder by construction: path relative to the folder given', async () => {
  await put('ids/a/report.txt', 'First story\nText of the first story.');
  await put('ids/b/report.txt', 'Second story\nText of the second story.');
  await put('ids/b/report.html', '<html><body><p>An HTML story.</p></body></html>');
  await put('ids/a/wire.jsonl', `${JSON.stringify({ text: 'Line one.' })}\n`);
  await put('ids/b/wire.jsonl', `${JSON.stringify({ text: 'Line one, elsewhere.' })}\n`);
  const { articles, errors } = await readAll([path.join(dir, 'ids')]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => a.id), ['a/report', 'a/wire#1', 'b/report.html', 'b/report.txt', 'b/wire#1']);
  // A file given by itself is named by its base name, as before.
  const one = await readAll([path.join(dir, 'ids', 'a', 'report.txt')]);
  assert.deepEqual(one.articles.map((a) => a.id), ['report']);
});

test('stdin: JSONL when the first non-blank character is "{"', async () => {
  const stdin = Readable.from([Buffer.from('\n  {"id":"s1","text":"First."}\n{"text":'), Buffer.from('"Second."}\n')]);
  const { articles, errors } = await readAll(['-'], { stdin });
  assert.deepEqual(errors, []);
  // Without an id, a stdin record is named by its content: stdin has no name that would tell runs apart.
  assert.deepEqual(articles.map((a) => a.id), ['s1', `stdin-${contentHash('Second.').slice(0, 16)}`]);
  assert.equal(articles[1].origin.file, '<stdin>');
});

test('stdin: anything else is one plain-text article', async () => {
  const stdin = Readable.from([Buffer.from(STORY)]);
  const { articles } = await readAll(['-'], { stdin });
  assert.equal(articles.length, 1);
  assert.equal(articles[0].id, `stdin-${contentHash(STORY).slice(0, 16)}`);
  assert.equal(articles[0].title, 'Clashes near the river town');
  assert.equal(articles[0].text, STORY);
});

test('stdin: reading stops at maxBytes', async () => {
  let pulled = 0;
  async function* endless() {
    for (;;) {
      pulled++;
      yield Buffer.alloc(1024, 0x61);
    }
  }
  const { articles, errors } = await readAll(['-'], { stdin: Readable.from(endless()), maxBytes: 10_000 });
  assert.equal(articles.length, 0);
  assert.equal(errors[0].code, 'E_INPUT_TOO_LARGE');
  assert.ok(pulled < 20, `stopped after ${pulled} chunks`);
});

// ---- bad input: each yields an error naming the file (and line), and reading goes on ----

test('bad input: binary file with NUL bytes', async () => {
  const bin = await put('bad/image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  const good = await put('bad/good.txt', 'Good title\nbody');
  const { articles, errors } = await readAll([bin, good]);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].code, 'E_INPUT_BINARY');
  assert.ok(errors[0].describe().startsWith(`${bin}:1: `), errors[0].describe());
  assert.equal(articles.length, 1);
});

test('bad input: mostly control characters is binary too', async () => {
  const file = await put('bad/controls.txt', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01))));
  const { errors } = await readAll([file]);
  assert.equal(errors[0]?.code, 'E_INPUT_BINARY');
});

test('bad input: empty and whitespace-only files', async () => {
  const empty = await put('bad/empty.txt', '');
  const blank = await put('bad/blank.txt', ' \n\t\n');
  const { articles, errors } = await readAll([empty, blank]);
  assert.equal(articles.length, 0);
  assert.deepEqual(errors.map((e) => e.code), ['E_INPUT_EMPTY', 'E_INPUT_EMPTY']);
  assert.equal(errors[1].location.file, blank);
});

test('bad input: a broken JSON line is reported with its line and the other lines are read', async () => {
  const file = await put('bad/broken.jsonl', `${JSON.stringify({ text: 'One.' })}\n{"text": "unterminated\n${JSON.stringify({ text: 'Three.' })}\n`);
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(articles.map((a) => a.text), ['One.', 'Three.']);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].code, 'E_INPUT_JSON');
  assert.ok(errors[0].describe().startsWith(`${file}:2: invalid JSON`), errors[0].describe());
});

test('bad input: a JSON record without text, with empty text, or with non-object lines', async () => {
  const file = await put('bad/notext.jsonl', [
    JSON.stringify({ id: 'x', title: 'No text here' }),
    JSON.stringify({ id: 'y', text: '   ' }),
    '[1, 2]',
    JSON.stringify({ id: 'z', text: 'Fine.' }),
  ].join('\n'));
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(articles.map((a) => a.id), ['z']);
  assert.deepEqual(errors.map((e) => [e.code, e.location.line]), [['E_INPUT_FORMAT', 1], ['E_INPUT_EMPTY', 2], ['E_INPUT_FORMAT', 3]]);
  assert.match(errors[0].message, /no article text/);
});

test('bad input: invalid UTF-8 names the byte offset and suggests re-encoding', async () => {
  const bytes = Buffer.concat([Buffer.from('Title\nCaf'), Buffer.from([0xe9]), Buffer.from(' ok\n')]);
  const file = await put('bad/latin1.txt', bytes);
  const { errors } = await readAll([file]);
  assert.equal(errors[0].code, 'E_INPUT_ENCODING');
  assert.match(errors[0].message, /offset 9\b/);
  assert.match(errors[0].message, /re-encode/);
  assert.equal(errors[0].location.line, 2);
});

test('bad input: one invalid UTF-8 byte in a JSON-lines file costs that line alone', async () => {
  const line = (text: string) => Buffer.from(`${JSON.stringify({ text })}\n`);
  const bytes = Buffer.concat([line('One.'), Buffer.from('{"text": "Caf'), Buffer.from([0xe9]), Buffer.from('"}\n'), line('Three.'), Buffer.from('{"text": "NUL \u0000 byte"}\n'), line('Five.')]);
  const file = await put('bad/mixed.jsonl', bytes);
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(articles.map((a) => [a.text, a.origin.line]), [['One.', 1], ['Three.', 3], ['Five.', 5]]);
  assert.deepEqual(errors.map((e) => [e.code, e.location.file, e.location.line]), [['E_INPUT_ENCODING', file, 2], ['E_INPUT_BINARY', file, 4]]);
  assert.match(errors[0].message, /byte 0xe9 at offset 29/);
  // Mostly bad lines: the file is reported whole, as before (binary, or another encoding).
  const latin1 = await put('bad/latin1.jsonl', Buffer.concat([Buffer.from('{"text": "Caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
  const whole = await readAll([latin1]);
  assert.deepEqual([whole.articles.length, whole.errors.map((e) => e.code)], [0, ['E_INPUT_ENCODING']]);
});

test('a NUL character or an unpaired surrogate in a field becomes U+FFFD, keeping every offset', async () => {
  const text = 'ALEPPO - Shelling\u0000 killed 3 \ud800people on Monday.';
  const file = await put('nul/escaped.jsonl', `${JSON.stringify({ id: 'n\u00001', title: 'T\u0000', text })}\n`);
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(errors, []);
  assert.equal(articles[0].text, text.replace('\u0000', '\ufffd').replace('\ud800', '\ufffd'));
  assert.equal(articles[0].text.length, text.length);
  assert.equal(articles[0].id, 'n\ufffd1');
  assert.equal(articles[0].title, 'T\ufffd');
});

test('encodings: a UTF-8 BOM is stripped; UTF-16 LE and BE with BOM are decoded', async () => {
  const text = 'Überschrift\nKämpfe in der Stadt.';
  const bom8 = await put('enc/bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  const le = await put('enc/le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const beBody = Buffer.from(text, 'utf16le').swap16();
  const be = await put('enc/be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]));
  const { articles, errors } = await readAll([bom8, le, be]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => a.text), [text, text, text]);
  assert.equal(articles[0].title, 'Überschrift');
});

test('bad input: a file over maxBytes is refused without reading it', async () => {
  const big = await put('bad/big.txt', 'x'.repeat(5000));
  const small = await put('bad/small.txt', 'small');
  const { articles, errors } = await readAll([big, small], { maxBytes: 4096 });
  assert.equal(errors[0].code, 'E_INPUT_TOO_LARGE');
  assert.equal(errors[0].location.file, big);
  assert.equal(articles.length, 1);
});

test('bad input: an article over the per-article text limit', async () => {
  const file = await put('bad/long.jsonl', `${JSON.stringify({ id: 'long', text: 'y'.repeat(3000) })}\n${JSON.stringify({ id: 'short', text: 'ok' })}\n`);
  const { articles, errors } = await readAll([file], { maxTextBytes: 2048 });
  assert.deepEqual(articles.map((a) => a.id), ['short']);
  assert.equal(errors[0].code, 'E_INPUT_TOO_LARGE');
  assert.equal(errors[0].location.line, 1);
});

test('bad input: a missing path, then the rest still comes out', async () => {
  const good = await put('bad/after.txt', 'After\nbody');
  const missing = path.join(dir, 'no-such-file.txt');
  const { articles, errors } = await readAll([missing, good]);
  assert.equal(errors[0].code, 'E_INPUT_NOT_FOUND');
  assert.equal(errors[0].describe(), `${missing}: no such file or folder [E_INPUT_NOT_FOUND]`);
  assert.equal(articles.length, 1);
});

test('bad input: broken CSV records are reported and the others read', async () => {
  const file = await put('bad/broken.csv', 'id,text\nr1,"fine"\nr2,"bad"quote"\nr3,also fine\n');
  const { articles, errors } = await readAll([file]);
  assert.deepEqual(articles.map((a) => a.id), ['r1', 'r3']);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].code, 'E_INPUT_CSV');
  assert.equal(errors[0].location.line, 3);
});

test('bad input: XML that is not a feed', async () => {
  const file = await put('bad/config.xml', '<?xml version="1.0"?><config><a>1</a></config>');
  const { errors } = await readAll([file]);
  assert.equal(errors[0].code, 'E_INPUT_FORMAT');
});

test('options: an unparseable --date is a usage error', async () => {
  await assert.rejects(readAll([], { date: 'someday' }), (e: SitrepError) => e.code === 'E_USAGE');
});
