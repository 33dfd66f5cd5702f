import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createInflateRaw } from 'node:zlib';
import { SitrepError } from '../errors.ts';

export interface PrepareDumpsOptions {
  /** Where downloads and extracted ZIP entries go; see defaultDumpCacheDir. */
  readonly cacheDir?: string;
  readonly fetch?: typeof fetch;
  /** Progress, one line per call (the CLI sends it to stderr). */
  readonly log?: (msg: string) => void;
}

/**
 * $SITREP_CACHE_DIR/geonames, else $XDG_CACHE_HOME/sitrep/geonames, else ~/.cache/sitrep/geonames.
 * SITREP_CACHE_DIR names Sitrep's whole cache, so that other caches can sit beside the dumps.
 */
export function defaultDumpCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SITREP_CACHE_DIR) return join(resolve(env.SITREP_CACHE_DIR), 'geonames');
  // the XDG spec says to ignore a relative XDG_CACHE_HOME
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(xdg, 'sitrep', 'geonames');
}

/** The gazetteer's on-disk indexes, beside the dumps they are built from. */
export function defaultIndexDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultDumpCacheDir(env), 'index');
}

/** Each spec may itself be a comma-separated list ("SY.zip,IQ.zip"), as flags and SITREP_GEONAMES allow. */
export function splitDumpSpecs(specs: readonly string[]): string[] {
  return specs.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

const isUrl = (spec: string) => /^https?:\/\//i.test(spec);

/** A folder among the specs stands for the dumps in it (every .txt and .zip but a readme), in name order. */
export function expandDumpFolders(specs: readonly string[]): string[] {
  return specs.flatMap((spec) => {
    if (isUrl(spec)) return [spec];
    let dir = false;
    try {
      dir = statSync(spec).isDirectory();
    } catch {
      // not there: the loader says so
    }
    if (!dir) return [spec];
    const files = readdirSync(spec).filter((f) => /\.(?:txt|zip)$/i.test(f) && !/^readme\.txt$/i.test(f)).sort();
    if (!files.length) throw new SitrepError('E_GAZETTEER', `the gazetteer folder ${resolve(spec)} holds no .txt or .zip dump`);
    return files.map((f) => join(spec, f));
  });
}

/** True for a spec that the synchronous gazetteer loader cannot read as it stands. */
export function needsPreparing(spec: string): boolean {
  return isUrl(spec) || /\.zip$/i.test(spec);
}

/**
 * Turns GeoNames dump specs (local .txt or .zip paths, folders of them, http(s) URLs) into local paths of
 * uncompressed dumps that loadGeonamesGazetteer reads as extraFiles. Downloads and extracted entries
 * are cached, and reused on the next run.
 */
export async function prepareGazetteerDumps(specs: readonly string[], opts: PrepareDumpsOptions = {}): Promise<string[]> {
  const list = expandDumpFolders(splitDumpSpecs(specs));
  if (!list.length) return [];
  const cacheDir = opts.cacheDir ?? defaultDumpCacheDir();
  const log = opts.log ?? (() => {});
  const out: string[] = [];
  for (const spec of list) {
    let file: string;
    let name: string;
    if (isUrl(spec)) {
      name = urlBasename(spec);
      file = await download(spec, name, cacheDir, opts.fetch ?? globalThis.fetch, log);
    } else {
      file = resolve(spec);
      name = basename(file);
      let st;
      try {
        st = statSync(file);
      } catch {
        throw new SitrepError('E_GAZETTEER', `GeoNames dump not found: ${file}`);
      }
      if (!st.isFile()) throw new SitrepError('E_GAZETTEER', `GeoNames dump is not a file: ${file}`);
    }
    const zip = await isZipFile(file);
    if (!zip && /\.zip$/i.test(name)) {
      // an HTML error page saved under SY.zip must not be served from the cache next time
      if (isUrl(spec)) rmSync(file, { force: true });
      throw new SitrepError('E_GAZETTEER', `${isUrl(spec) ? `${spec} did not give` : `${file} is not`} a ZIP file`);
    }
    if (!zip) {
      out.push(file);
      continue;
    }
    try {
      out.push(await extractDump(file, name, cacheDir, log));
    } catch (e) {
      if (isUrl(spec) && e instanceof SitrepError) throw new SitrepError(e.code, `${e.message} (downloaded from ${spec}; delete ${file} to download it again)`, e.location, { cause: e });
      throw e;
    }
  }
  return out;
}

// ---------------------------------------------------------------- downloads

function urlBasename(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    throw new SitrepError('E_GAZETTEER', `not a valid URL: ${url}`);
  }
  const last = decodeURIComponent(path.split('/').pop() ?? '');
  return last.replace(/[^\w.-]+/g, '_') || 'dump';
}

const shortHash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 10);

function stemAndExt(name: string): [string, string] {
  const m = /^(.*?)(\.[^.]*)?$/.exec(name)!;
  return [m[1] || 'dump', m[2] ?? ''];
}

/** A sibling temp file that becomes `file` only once complete, so a crash never leaves a file that looks whole. */
async function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.part`;
  try {
    await write(tmp);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

const MB = 1e6;
const LOG_EVERY_BYTES = 100 * MB;

/** Counts bytes as they pass and reports every LOG_EVERY_BYTES. */
function byteCounter(onBytes: (total: number) => void): Transform & { total: number } {
  let next = LOG_EVERY_BYTES;
  const t = new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      t.total += chunk.length;
      if (t.total >= next) {
        onBytes(t.total);
        next += LOG_EVERY_BYTES;
      }
      done(null, chunk);
    },
  }) as Transform & { total: number };
  t.total = 0;
  return t;
}

async function download(url: string, name: string, cacheDir: string, fetchFn: typeof fetch, log: (m: string) => void): Promise<string> {
  const [stem, ext] = stemAndExt(name);
  // the URL's hash keeps export/dump/SY.zip apart from export/zip/SY.zip (postal codes) and mirrors
  const file = join(cacheDir, `${stem}-${shortHash(url)}${ext}`);
  if (existsSync(file)) {
    log(`using the cached download of ${url} (${file})`);
    return file;
  }
  mkdirSync(cacheDir, { recursive: true });
  let res: Response;
  try {
    res = await fetchFn(url, { redirect: 'follow' });
  } catch (e) {
    const cause = (e as { cause?: { message?: string; code?: string } }).cause;
    throw new SitrepError('E_GAZETTEER', `could not download ${url}: ${cause?.code ?? cause?.message ?? (e as Error).message}`, {}, { cause: e });
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => {});
    throw new SitrepError('E_GAZETTEER', `could not download ${url}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  }
  const length = Number(res.headers.get('content-length') ?? NaN);
  log(`downloading ${url}${length > 0 ? ` (${(length / MB).toFixed(0)} MB)` : ''} to ${file}`);
  const t0 = performance.now();
  const counter = byteCounter((n) => log(`  ${(n / MB).toFixed(0)}${length > 0 ? ` of ${(length / MB).toFixed(0)}` : ''} MB`));
  await writeAtomically(file, async (tmp) => {
    try {
      await pipeline(Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>), counter, createWriteStream(tmp));
    } catch (e) {
      throw new SitrepError('E_GAZETTEER', `download of ${url} broke off after ${counter.total} bytes: ${(e as Error).message}`, {}, { cause: e });
    }
    // fetch undoes a Content-Encoding, after which the header counts other bytes than ours
    if (length >= 0 && !res.headers.get('content-encoding') && counter.total !== length) {
      throw new SitrepError('E_GAZETTEER', `download of ${url} is incomplete: ${counter.total} of ${length} bytes`);
    }
  });
  log(`downloaded ${(counter.total / MB).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}

// ---------------------------------------------------------------- ZIP

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

async function isZipFile(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const b = Buffer.alloc(4);
    const { bytesRead } = await fh.read(b, 0, 4, 0);
    // an empty archive is the end record alone
    return bytesRead === 4 && (b.readUInt32LE(0) === SIG_LOCAL || b.readUInt32LE(0) === SIG_EOCD);
  } finally {
    await fh.close();
  }
}

/** The central directory, found through the End Of Central Directory record at the file's tail. */
async function readCentralDirectory(zip: string): Promise<ZipEntry[]> {
  const fh = await open(zip, 'r');
  try {
    const size = (await fh.stat()).size;
    const tailLen = Math.min(size, EOCD_SIZE + MAX_COMMENT);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let at = -1;
    for (let i = tailLen - EOCD_SIZE; i >= 0; i--) {
      if (tail.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + tail.readUInt16LE(i + 20) <= tailLen) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new SitrepError('E_GAZETTEER', `${zip}: no ZIP end-of-central-directory record (truncated or not a ZIP file)`);
    const count = tail.readUInt16LE(at + 10);
    const cdSize = tail.readUInt32LE(at + 12);
    const cdOffset = tail.readUInt32LE(at + 16);
    // a ZIP64 end record beside plain values that did not overflow changes nothing; saturated ones we cannot follow
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      throw new SitrepError('E_GAZETTEER', `${zip} is a ZIP64 archive, which Sitrep cannot read; unzip it and give the .txt file instead`);
    }
    if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0) throw new SitrepError('E_GAZETTEER', `${zip} is a multi-part ZIP archive, which Sitrep cannot read`);
    if (cdOffset + cdSize > size) throw new SitrepError('E_GAZETTEER', `${zip}: the central directory lies past the end of the file (truncated download?)`);
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== SIG_CENTRAL) throw new SitrepError('E_GAZETTEER', `${zip}: damaged central directory (entry ${k + 1})`);
      const flags = cd.readUInt16LE(p + 8);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      // bit 11: UTF-8 names; otherwise CP437, which agrees with latin1 on the ASCII that dumps are named in
      const name = cd.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
      entries.push({
        name,
        flags,
        method: cd.readUInt16LE(p + 10),
        crc: cd.readUInt32LE(p + 16),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42),
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

const entryBase = (name: string) => name.split('/').pop() ?? name;

/** The dump inside a GeoNames ZIP: its one .txt that is not readme.txt, or the one named like the ZIP (SY.zip → SY.txt). */
function chooseEntry(zip: string, zipName: string, entries: readonly ZipEntry[]): ZipEntry {
  const cands = entries.filter((e) => !e.name.endsWith('/') && /\.txt$/i.test(e.name) && entryBase(e.name).toLowerCase() !== 'readme.txt');
  if (cands.length === 1) return cands[0];
  const listing = entries.map((e) => e.name).join(', ') || 'nothing';
  if (!cands.length) throw new SitrepError('E_GAZETTEER', `${zip} holds no GeoNames .txt dump (it holds ${listing})`);
  const want = `${stemAndExt(zipName)[0]}.txt`.toLowerCase();
  const named = cands.filter((e) => entryBase(e.name).toLowerCase() === want);
  if (named.length === 1) return named[0];
  throw new SitrepError('E_GAZETTEER', `${zip} holds several .txt files (${cands.map((e) => e.name).join(', ')}) and none is named ${want}; unzip it and give the dump's .txt file instead`);
}

async function extractDump(zip: string, zipName: string, cacheDir: string, log: (m: string) => void): Promise<string> {
  const entry = chooseEntry(zip, zipName, await readCentralDirectory(zip));
  const label = `${entry.name} from ${zip}`;
  if (entry.flags & 0x1) throw new SitrepError('E_GAZETTEER', `${label} is encrypted; Sitrep reads only unencrypted ZIP archives`);
  if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
    throw new SitrepError('E_GAZETTEER', `${label} is a ZIP64 entry, which Sitrep cannot read; unzip it and give the .txt file instead`);
  }
  if (entry.method !== 0 && entry.method !== 8) throw new SitrepError('E_GAZETTEER', `${label} uses ZIP compression method ${entry.method}; Sitrep reads only stored (0) and deflated (8) entries`);

  const [stem] = stemAndExt(entryBase(entry.name));
  // the ZIP's own path in the hash, so two SY.zip from different places never share an extract
  const file = join(cacheDir, `${stem}-${shortHash(`${resolve(zip)}\0${entry.name}`)}.txt`);
  if (existsSync(file) && statSync(file).mtimeMs >= statSync(zip).mtimeMs) {
    log(`using ${entry.name} extracted earlier from ${zip} (${file})`);
    return file;
  }
  mkdirSync(cacheDir, { recursive: true });

  const fh = await open(zip, 'r');
  let dataStart: number;
  try {
    const local = Buffer.alloc(30);
    const { bytesRead } = await fh.read(local, 0, 30, entry.localOffset);
    if (bytesRead < 30 || local.readUInt32LE(0) !== SIG_LOCAL) throw new SitrepError('E_GAZETTEER', `${label}: no local header where the central directory points (damaged ZIP)`);
    // the local extra field may differ in length from the central one
    dataStart = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  } finally {
    await fh.close();
  }

  log(`extracting ${label} (${(entry.size / MB).toFixed(1)} MB) to ${file}`);
  const t0 = performance.now();
  await writeAtomically(file, async (tmp) => {
    const crc = new Crc32Stream();
    const sink = createWriteStream(tmp);
    try {
      if (entry.compressedSize === 0) {
        // createReadStream cannot read nothing: end must be >= start
        await pipeline(Readable.from([]), crc, sink);
      } else {
        const src = createReadStream(zip, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
        if (entry.method === 8) await pipeline(src, createInflateRaw(), crc, sink);
        else await pipeline(src, crc, sink);
      }
    } catch (e) {
      throw new SitrepError('E_GAZETTEER', `could not extract ${label}: ${(e as Error).message}`, {}, { cause: e });
    }
    if (crc.size !== entry.size || crc.value !== entry.crc) {
      throw new SitrepError('E_GAZETTEER', `${label} is damaged: ${crc.size} bytes with CRC-32 ${crc.value.toString(16)}, the ZIP says ${entry.size} bytes with ${entry.crc.toString(16)}`);
    }
  });
  log(`extracted ${entry.name} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Passes bytes through and keeps their CRC-32 (node:zlib has crc32 only from Node 22) and count. */
class Crc32Stream extends Transform {
  private crc = 0xffffffff;
  size = 0;
  get value(): number {
    return (this.crc ^ 0xffffffff) >>> 0;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    let c = this.crc;
    for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
    this.crc = c;
    this.size += chunk.length;
    done(null, chunk);
  }
}
