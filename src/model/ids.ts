import * as crypto from 'node:crypto';

/**
 * crypto.hash (Node 20.12 and later): a one-shot digest, the same bytes as createHash's, for a third to a fifth of the
 * CPU (no Hash object per call); every mention and event takes one. Older Node 20 releases lack it and build the object.
 */
const oneShot = (crypto as unknown as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
export const hexDigest = (algorithm: 'sha1' | 'sha256', data: string): string => (oneShot ? oneShot(algorithm, data, 'hex') : crypto.createHash(algorithm).update(data).digest('hex'));

/** Stable content hash: the same input always gives the same id. */
export function stableId(prefix: string, ...parts: readonly (string | number | null | undefined)[]): string {
  // the parts joined and hashed in one update: the same bytes as one update per part and separator (the
  // digest of a concatenation), at a third of the native calls; every mention and event takes one
  let joined = '';
  for (const p of parts) joined += `${p ?? ''}\u0000`;
  return `${prefix}${hexDigest('sha1', joined).slice(0, 16)}`;
}

/** FNV-1a 32-bit over UTF-8 bytes: the SPEC's split hash (TEST = hash % 5 === 0). */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(s, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type Split = 'test' | 'dev' | 'all';

export function inSplit(id: string, split: Split): boolean {
  if (split === 'all') return true;
  return (fnv1a32(id) % 5 === 0) === (split === 'test');
}

/** sha256 of the text with Unicode and whitespace normalised: re-wrapped copies of an article hash alike. */
export function contentHash(text: string): string {
  return hexDigest('sha256', text.normalize('NFC').replace(/\s+/g, ' ').trim());
}
