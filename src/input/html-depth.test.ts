import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordsFromFeed } from './records-markup.ts';
import { extractHtml } from './html.ts';
import { flattenHtml, MAX_HTML_DEPTH, nestingDepth } from './html-depth.ts';

/** Issue 14, item 9: deeply nested markup is flattened (HTML) or refused (feeds) in linear time. */

const deep = (levels: number) => `<html><head><title>Deep page</title><meta property="og:site_name" content="Wire"></head><body><p>${'<b><i>'.repeat(levels)}Gunmen attacked a checkpoint.</p></body></html>`;

test('nesting depth counts open elements, not void or self-closed ones, comments or CDATA', () => {
  assert.equal(nestingDepth('<div><p>a<br><img src=x><b/></p></div>'), 2);
  assert.equal(nestingDepth('<!-- <a><a><a> --><p>x</p><![CDATA[<b><b>]]>'), 1);
  assert.equal(nestingDepth('<b><i>'.repeat(1000)), 2000);
  assert.equal(nestingDepth('<a <a <a'), 0, 'an unterminated tag ends the scan');
});

test('a page of 300,000 nested <b><i> pairs (1.8 MB) comes out whole, through a shallow document', () => {
  const html = deep(300_000);
  assert.ok(html.length > 1_800_000);
  const flat = flattenHtml(html);
  // What the parser is given is at most two levels deep, so its work is linear in the input.
  assert.ok(nestingDepth(flat) <= 2, `flattened depth ${nestingDepth(flat)}`);
  assert.ok(flat.length <= html.length);
  const page = extractHtml(html);
  assert.equal(page.text, 'Gunmen attacked a checkpoint.');
  assert.equal(page.title, 'Deep page');
  assert.equal(page.publisher, 'Wire');
});

test('flattening keeps paragraphs, title, date and drops scripts', () => {
  const html = `<title>T</title><time datetime="2024-05-02">May 2</time><script>var a = "<p>not text</p>";</script>${'<span>'.repeat(MAX_HTML_DEPTH + 1)}<p>One para.</p><div>Two para.</div>`;
  const page = extractHtml(html);
  assert.equal(page.text, 'May 2\n\nOne para.\n\nTwo para.');
  assert.equal(page.date, '2024-05-02');
  assert.equal(page.title, 'T');
});

test('an ordinary page is parsed as it is, not flattened', () => {
  const html = '<html><body><nav>Menu</nav><article><h1>Title</h1><p>First paragraph of the story.</p></article></body></html>';
  assert.equal(flattenHtml(html).includes('Menu'), true);
  assert.equal(extractHtml(html).text.includes('Menu'), false, 'page furniture is still dropped');
});

test('a feed nested past the limit is refused, not parsed', () => {
  const xml = `<rss><channel><item><title>x</title><description>${'<x>'.repeat(MAX_HTML_DEPTH + 10)}</description></item></channel></rss>`;
  const out = [...recordsFromFeed(xml, 'deep.xml')];
  assert.equal(out.length, 1);
  assert.equal(out[0]!.ok, false);
  assert.match((out[0] as { error: Error }).error.message, /nested \d+ elements deep/);
});
