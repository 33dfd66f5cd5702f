/**
 * A lookup key for place names that survives the usual ways English-language news and
 * GeoNames transliterate Arabic: "Al-Bukamal" / "Abu Kamal" / "Albu Kamal", "Deir al-Zor" /
 * "Deir ez-Zor" / "Dayr az Zawr", "Raqqa" / "Ar Raqqah", "Falluja" / "Fallujah".
 * Both the gazetteer and the text go through the same function, so the folds only need
 * to be consistent, not linguistically exact; they are kept few to limit false merges.
 */

/** Arabic definite articles as transliterated, standing alone before or inside a name. */
const ARTICLES = new Set(['al', 'el', 'il', 'ul', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'ath', 'adh', 'ed', 'er', 'es', 'et', 'ez', 'en']);

/** Whole-word spellings folded onto one form before the letter-level folds. */
const WORD_FOLDS: ReadonlyMap<string, string> = new Map([
  ['deir', 'deir'],
  ['dayr', 'deir'],
  ['dair', 'deir'],
  ['deyr', 'deir'],
  ['dier', 'deir'],
  ['abu', 'bu'],
  ['abou', 'bu'],
  ['albu', 'bu'],
  ['bou', 'bu'],
  ['saint', 'st'],
  // "Ste. Genevieve", "Ste-Foy": the feminine's abbreviation, as "St." is the masculine's
  ['sainte', 'ste'],
  ['mount', 'jabal'],
  ['mt', 'jabal'],
  ['jebel', 'jabal'],
  ['jabel', 'jabal'],
  ['djebel', 'jabal'],
]);

/** Sun-letter assimilation glued to the next word inside a name: "Ezzor" → "zor", "Arraqqa" → "raqqa". */
const GLUED_ARTICLE = /^[ae]([dnrstz])\1(?=[a-z])/;

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** True when the string is in Latin or Arabic script (the scripts worth indexing for our news). */
export function isLatinOrArabic(s: string): boolean {
  return /^[\p{Script=Latin}\p{Script=Arabic}\p{M}\p{N}\s'’ʻʼʿʾ`.,()\-]+$/u.test(s);
}

function normalizeArabic(s: string): string {
  const words = s
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .split(/[^\u0600-\u06FF]+/)
    .filter(Boolean)
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w))
    .map((w) => (w === 'ابو' ? 'بو' : w));
  return words.join('');
}

function latinWords(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Turkish dotless i has no decomposition: "Aydın" must meet "Aydin"
    .replace(/ı/g, 'i')
    .replace(/['’ʻʼʿʾ`‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The transliteration-tolerant key of a place name; '' when nothing is left
 * (e.g. the name was only an article).
 */
export function normalizeName(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    key = computeKey(name);
    // a pure function's results: bounded, so a long-running server does not grow without end
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(name, key);
  }
  return key;
}

/** Texts name the same few thousand places again and again. */
const MEMO_MAX = 100_000;
const memo = new Map<string, string>();

/** A Latin-script name's words, its articles dropped (but a last word) and spelling variants folded: both keys start here. */
function foldedWords(name: string): string[] {
  const words = latinWords(name);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    if (ARTICLES.has(w) && i < words.length - 1) continue;
    if (i > 0 && w.length > 4) w = w.replace(GLUED_ARTICLE, '$1');
    kept.push(WORD_FOLDS.get(w) ?? w);
  }
  return kept;
}

/** normalizeName without the memo: for building the gazetteer's index, whose 400k names are each seen once. */
export function computeKey(name: string): string {
  if (ARABIC_SCRIPT.test(name)) return normalizeArabic(name);
  let key = foldedWords(name).join('');
  if (key.length > 3) key = key.replace(/[ae]h?$/, '');
  key = key
    .replace(/aw/g, 'o')
    .replace(/(?:ay|ai|ei|ey)/g, 'e')
    .replace(/(?:ou|oo)/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/o/g, 'u')
    .replace(/e/g, 'i')
    .replace(/ph/g, 'f')
    .replace(/(?:q|ck)/g, 'k')
    .replace(/(.)\1+/g, '$1');
  return key;
}

/** Marks a consonant-skeleton key in the gazetteer's key table, so that it never meets a name key. */
export const SKELETON_MARK = '~';

/**
 * The consonants of a name, as a last-resort lookup key: "Ftireh" and "Faţīrah", "Sfuhen" and
 * "Sfawhūn", "Hirske" and "Gorskoye" (Ukrainian h for Russian g) share one. Vowels (but for an
 * opening one), y, w, h and g and the articles go, q is k, doubled letters are one. Far too loose to read a name by on its
 * own; the resolver takes such a reading only inside the region a note states, and only when it is
 * the one there. '' when fewer than three consonants are left.
 */
export function skeletonKey(name: string): string {
  if (ARABIC_SCRIPT.test(name)) return '';
  const key = foldedWords(name)
    .join('')
    // an opening vowel stays, as one: "Oqayba" and "‘Uqaybah" meet, "Sfuhen" and "Yusufayn" do not
    .replace(/^[aeiou]+/, 'v')
    .replace(/(?!^)[aeiouyw]|[hg0-9]/g, '')
    .replace(/(?:q|ck|c)/g, 'k')
    .replace(/(.)\1+/g, '$1');
  return key.length >= 3 ? `${SKELETON_MARK}${key}` : '';
}

/**
 * A name as written, without case, accents or punctuation: "As Samāwah" and "As Samawah" are one
 * spelling, "Samoa" another. Stricter than normalizeName, which also folds transliterations.
 */
export function plainSpelling(name: string): string {
  let out = plainMemo.get(name);
  if (out === undefined) {
    out = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    if (plainMemo.size >= MEMO_MAX) plainMemo.clear();
    plainMemo.set(name, out);
  }
  return out;
}
const plainMemo = new Map<string, string>();
