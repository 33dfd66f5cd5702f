import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { flattenHtml, MAX_HTML_DEPTH, nestingDepth } from './html-depth.ts';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = Parameters<typeof DomUtils.getAttributeValue>[0];

export function isElement(node: DomNode): node is DomElement {
  return node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;
}

export interface HtmlExtract {
  readonly title: string | null;
  readonly publisher: string | null;
  /** As written in the page (normalised later). */
  readonly date: string | null;
  readonly url: string | null;
  /** Main text: paragraphs joined with blank lines. */
  readonly text: string;
}

/** Page furniture that never holds the story. */
const DROPPED = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'template', 'svg', 'iframe',
  'button', 'select', 'textarea', 'figure', 'head', 'object', 'embed', 'canvas', 'menu', 'dialog', 'title',
]);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt',
  'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'br', 'hr', 'figcaption', 'address',
  'body', 'center', 'details', 'summary', 'caption',
]);
const DATE_META = new Set([
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publication_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date',
  'parsely-pub-date', 'article.published', 'og:published_time',
]);
const TITLE_META = new Set(['og:title', 'twitter:title']);
const SITE_META = new Set(['og:site_name']);
const URL_META = new Set(['og:url']);
/** A candidate container shorter than this is probably a teaser, not the story. */
const MIN_MAIN_CHARS = 140;
const WHITESPACE = /\s+/g;

function collapse(s: string): string {
  return s.replace(WHITESPACE, ' ').trim();
}

function isDropped(el: DomElement): boolean {
  return DROPPED.has(el.name) || el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true';
}

/** Paragraph texts under the given nodes, in document order. */
function collectBlocks(nodes: readonly DomNode[]): string[] {
  const blocks: string[] = [];
  const current: string[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const text = collapse(current.join(''));
    current.length = 0;
    if (text) blocks.push(text);
  };
  const walk = (node: DomNode): void => {
    if (node.type === ElementType.Text) {
      current.push(node.data);
      return;
    }
    if (node.type === ElementType.CDATA) {
      current.push(DomUtils.textContent(node));
      return;
    }
    if (!isElement(node) || isDropped(node)) return;
    const block = BLOCKS.has(node.name);
    if (block) flush();
    for (const child of node.children) walk(child);
    if (block) flush();
  };
  for (const node of nodes) walk(node);
  flush();
  return blocks;
}

function metaContent(doc: DomNode[], keys: ReadonlySet<string>): string | null {
  for (const meta of DomUtils.getElementsByTagName('meta', doc, true)) {
    const key = (meta.attribs.property ?? meta.attribs.name ?? meta.attribs.itemprop ?? '').toLowerCase();
    if (keys.has(key) && meta.attribs.content?.trim()) return meta.attribs.content.trim();
  }
  return null;
}

function firstText(doc: DomNode[], tag: string): string | null {
  const el = DomUtils.getElementsByTagName(tag, doc, true, 1)[0];
  if (!el) return null;
  return collapse(DomUtils.textContent(el)) || null;
}

function mainContainer(doc: DomNode[]): DomNode[] {
  const byPriority: DomElement[][] = [
    DomUtils.findAll((el) => el.attribs.itemprop === 'articleBody', doc),
    DomUtils.getElementsByTagName('article', doc, true),
    DomUtils.getElementsByTagName('main', doc, true),
  ];
  for (const candidates of byPriority) {
    let best: DomElement | null = null;
    let bestLength = 0;
    for (const el of candidates) {
      const length = collectBlocks([el]).reduce((n, b) => n + b.length, 0);
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    if (best && bestLength >= MIN_MAIN_CHARS) return [best];
  }
  const body = DomUtils.getElementsByTagName('body', doc, true, 1)[0];
  return body ? [body] : doc;
}

/** The markup as given, or flattened when it nests deeper than parsing can take in linear time. */
function shallow(html: string): string {
  return nestingDepth(html) > MAX_HTML_DEPTH ? flattenHtml(html) : html;
}

/** Main text and page metadata of an HTML page. */
export function extractHtml(html: string): HtmlExtract {
  const doc = parseDocument(shallow(html)).children;
  const title =
    metaContent(doc, TITLE_META) ?? firstText(doc, 'title') ?? firstText(doc, 'h1');
  let date = metaContent(doc, DATE_META);
  if (!date) {
    const time = DomUtils.findOne((el) => el.name === 'time' && !!el.attribs.datetime, doc, true);
    date = time?.attribs.datetime ?? null;
  }
  const canonical = DomUtils.findOne(
    (el) => el.name === 'link' && (el.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && !!el.attribs.href,
    doc,
    true,
  );
  const url = canonical?.attribs.href ?? metaContent(doc, URL_META);
  return {
    title,
    publisher: metaContent(doc, SITE_META),
    date,
    url,
    text: collectBlocks(mainContainer(doc)).join('\n\n'),
  };
}

/** Plain text of an HTML fragment (feed descriptions), paragraphs joined with blank lines. */
export function htmlFragmentToText(html: string): string {
  return collectBlocks(parseDocument(shallow(html)).children).join('\n\n');
}
