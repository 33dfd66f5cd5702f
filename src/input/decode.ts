import { isUtf8 } from 'node:buffer';
import { SitrepError } from '../errors.ts';

/** `errors`: lines left out of an otherwise readable file (decodeJsonLines). */
export type Decoded = { ok: true; text: string; errors?: SitrepError[] } | { ok: false; error: SitrepError };

/** Share of control characters above which a "text" file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;
const SNIFF_CHARS = 8192;

/** Byte offset of the first byte that breaks UTF-8 (only called once isUtf8 has said no). */
export function firstInvalidUtf8Offset(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAtByte(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 0x0a) line++;
  return line;
}

function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_CHARS);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}

/**
 * Bytes → text. UTF-8 (a BOM is dropped) or UTF-16 with a BOM; anything else is reported with
 * the first bad byte so the user can find and re-encode it.
 */
export function decodeBytes(buf: Buffer, file: string): Decoded {
  let text: string;
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const encoding = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(buf.subarray(2));
    } catch (cause) {
      return {
        ok: false,
        error: new SitrepError('E_INPUT_ENCODING', `not valid ${encoding.toUpperCase()} although it starts with a ${encoding.toUpperCase()} byte-order mark; re-encode the file as UTF-8`, { file }, { cause }),
      };
    }
  } else {
    const nul = buf.indexOf(0);
    if (nul >= 0) {
      return {
        ok: false,
        error: new SitrepError('E_INPUT_BINARY', `binary data (NUL byte at offset ${nul}); expected a text, HTML, JSON, CSV or feed file`, { file, line: lineAtByte(buf, nul) }),
      };
    }
    const body = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
    if (!isUtf8(body)) {
      const bad = firstInvalidUtf8Offset(body) + (body === buf ? 0 : 3);
      return {
        ok: false,
        error: new SitrepError(
          'E_INPUT_ENCODING',
          `not valid UTF-8: byte 0x${buf[bad]?.toString(16).padStart(2, '0') ?? '??'} at offset ${bad}; re-encode the file as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)`,
          { file, line: lineAtByte(buf, bad) },
        ),
      };
    }
    text = body.toString('utf8');
  }
  if (looksBinary(text)) {
    return { ok: false, error: new SitrepError('E_INPUT_BINARY', 'mostly non-text characters; expected a text, HTML, JSON, CSV or feed file', { file }) };
  }
  return { ok: true, text };
}

/** Share of a JSON-lines file's lines that may be bad before the file as a whole is reported instead. */
const MAX_BAD_LINE_SHARE = 0.5;

/**
 * Bytes → text for JSON lines, where every line is a record of its own: a line that is not valid
 * UTF-8, or holds a NUL byte, is reported with its line number and left out (blank, so that line
 * numbers stay right), and the other lines are read. A file where most lines are bad is reported
 * whole, as decodeBytes does (it is binary, or in another encoding).
 */
export function decodeJsonLines(buf: Buffer, file: string): Decoded {
  const whole = decodeBytes(buf, file);
  const utf16 = buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
  if (whole.ok || utf16 || (whole.error.code === 'E_INPUT_BINARY' && buf.indexOf(0) < 0)) return whole;
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const lines: string[] = [];
  const errors: SitrepError[] = [];
  let nonEmpty = 0;
  for (let start = bom, line = 1; start <= buf.length; line++) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    const bytes = buf.subarray(start, end);
    if (bytes.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0d)) nonEmpty++;
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      errors.push(new SitrepError('E_INPUT_BINARY', `NUL byte at offset ${start + nul} in this line; the line was left out, the other lines were read`, { file, line }));
      lines.push('');
    } else if (!isUtf8(bytes)) {
      const bad = start + firstInvalidUtf8Offset(bytes);
      errors.push(new SitrepError('E_INPUT_ENCODING', `not valid UTF-8: byte 0x${buf[bad].toString(16).padStart(2, '0')} at offset ${bad}; the line was left out, the other lines were read (re-encode the file as UTF-8)`, { file, line }));
      lines.push('');
    } else {
      lines.push(bytes.toString('utf8'));
    }
    start = end + 1;
  }
  if (errors.length > nonEmpty * MAX_BAD_LINE_SHARE) return whole;
  const text = lines.join('\n');
  if (looksBinary(text)) return whole;
  return { ok: true, text, errors };
}
