/**
 * Linear-time guards for pathological markup. htmlparser2 keeps its open-element stack with
 * unshift, and the DOM walks recurse, so a page of 300,000 nested <b><i> costs quadratic time
 * (minutes) and overflows the stack. Pages nested deeper than MAX_HTML_DEPTH are flattened here,
 * in one pass, before they are parsed.
 */

/** Real pages nest a few dozen levels; past this a page is flattened (HTML) or refused (feeds). */
export const MAX_HTML_DEPTH = 256;

/** Elements that never have children, so their start tags add no depth. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is not markup; flattening drops it (script, style) as extraction would. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'svg']);
/** Tags that separate paragraphs; flattened, each becomes a paragraph break. */
const BREAKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt',
  'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'br', 'hr', 'figcaption', 'address',
  'body', 'center', 'details', 'summary', 'caption',
]);
const NAME = /[a-zA-Z][a-zA-Z0-9:_-]*/y;

export interface Tag {
  readonly start: number;
  /** Just past the closing '>'. */
  readonly end: number;
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

/**
 * The first tag at or after `from`, or null. Called left to right, each character is looked at a
 * bounded number of times: a comment or tag with no end stops the scan rather than being rescanned.
 */
export function nextTag(html: string, from: number): Tag | null {
  let i = from;
  for (;;) {
    i = html.indexOf('<', i);
    if (i < 0) return null;
    if (html.startsWith('<!--', i) || html.startsWith('<![CDATA[', i)) {
      const end = html[i + 2] === '-' ? '-->' : ']]>';
      const close = html.indexOf(end, i + 4);
      if (close < 0) return null;
      i = close + 3;
      continue;
    }
    const closing = html[i + 1] === '/';
    NAME.lastIndex = i + (closing ? 2 : 1);
    const m = NAME.exec(html);
    if (!m) {
      i++;
      continue;
    }
    const gt = html.indexOf('>', NAME.lastIndex);
    if (gt < 0) return null;
    return { start: i, end: gt + 1, name: m[0].toLowerCase(), closing, selfClosing: html[gt - 1] === '/' };
  }
}

/**
 * An upper bound on element nesting: start tags minus end tags, void and self-closed tags not
 * counted (sloppy pages that never close their tags count high, which only flattens them).
 */
export function nestingDepth(markup: string, { xml = false } = {}): number {
  let depth = 0;
  let max = 0;
  for (let t = nextTag(markup, 0); t; t = nextTag(markup, t.end)) {
    if (t.closing) depth = Math.max(0, depth - 1);
    else if (!t.selfClosing && (xml || !VOID.has(t.name))) max = Math.max(max, ++depth);
  }
  return max;
}

/**
 * The page's text with paragraph breaks, its <title>, <meta>, <link> and <time> tags kept (they
 * carry the headline, date, publisher and URL), and every other tag removed; at most two levels
 * deep, so parsing it is linear. Script and style content is dropped.
 */
export function flattenHtml(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let at = 0;
  let lastBreak = false;
  for (let t = nextTag(html, 0); t; t = nextTag(html, at)) {
    const text = html.slice(at, t.start);
    out.push(text);
    if (text.trim()) lastBreak = false;
    at = t.end;
    if (!t.closing && !t.selfClosing && RAW_TEXT.has(t.name)) {
      const close = lower.indexOf(`</${t.name}`, t.end);
      const gt = close < 0 ? -1 : html.indexOf('>', close);
      at = gt < 0 ? html.length : gt + 1;
      continue;
    }
    if (t.name === 'meta' || t.name === 'link') out.push(html.slice(t.start, t.end));
    else if (t.name === 'time' && !t.closing) out.push(`${html.slice(t.start, t.end)}</time>`);
    else if (t.name === 'title') out.push(t.closing ? '</title>' : '<title>');
    else if (BREAKS.has(t.name) && !lastBreak) {
      out.push('\n<p>');
      lastBreak = true;
    }
  }
  out.push(html.slice(at));
  return out.join('');
}
