#!/usr/bin/env node
/**
 * actor1 agreement with FA-KES's crowd-coded perpetrator category (one incident per Syrian-war article, 15 outlets).
 *
 *   node bench/fakes-actors.mjs ANNOTATIONS.jsonl PRED.jsonl [--list]
 *
 * PRED.jsonl is `sitrep extract` of the articles (normally their non-TEST part). Per article that has at least one
 * current violent event (Battles, Explosions/Remote violence, Violence against civilians), the first such event in
 * text order (by evidence start) is the article's incident; its actor1 is mapped to FA-KES's seven categories with
 * the small table below and compared. "any" counts an article as agreeing when any of its violent events agrees.
 * Reads ../shared (evaluation only); prints ids and actor names, never article text.
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const list = args.includes('--list');
const [annPath, predPath] = args.filter((a) => !a.startsWith('--'));
const rows = (p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const gold = new Map(rows(annPath).map((a) => [a.id, a.actor]));
const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

/** Our canonical actor1 → FA-KES category (null actor1 and unidentified sides are "unknown"). */
const CATEGORY = [ // first match wins: 'Global Coalition Against Daesh' is the coalition
  [/^(Military|Police) Forces of (Syria|Russia)|QDW|National Defen[cs]e|Militia \(Pro-Government\)|Hezbollah|Shabiha/i, 'syrian government or russian troops'],
  [/Coalition|Military Forces of (the United States|France|the United Kingdom|Australia|Jordan|Belgium|Netherlands|Canada|Denmark)/i, 'international coalition forces'],
  [/Islamic State|ISIS|ISIL|Daesh/i, 'the organization of the islamic state in iraq and the levant - isis'],
  [/QSD|SDF|Syrian Democratic|YPG|YPJ|Asayish|Kurdish/i, 'self administration forces'],
  [/Nusra|HTS|Hayat Tahrir|Fath Al Sham|Fateh al Sham/i, 'al-nusra front'],
  [/Opposition Rebels|Free Syrian Army|Jaish al Islam|Ahrar al Sham|AAS|Sham Corps|Faylaq|Jaish al Fateh|Jaysh Al Fateh|Rahman|Ansar|Zenki|Rebel/i, 'armed opposition groups'],
  [/^Unidentified|^$/i, 'unknown'],
];
const category = (a) => { for (const [re, c] of CATEGORY) if (re.test(a ?? '')) return c; return 'other'; };

const byDoc = new Map();
for (const e of rows(predPath)) {
  if (e.historical || !VIOLENT.has(e.event_type)) continue;
  (byDoc.get(e.doc_id) ?? byDoc.set(e.doc_id, []).get(e.doc_id)).push(e);
}
let n = 0, first = 0, any = 0;
const confusion = new Map();
for (const [doc, evs] of byDoc) {
  const g = gold.get(doc);
  if (!g) continue;
  evs.sort((a, b) => (a.evidence?.[0]?.start ?? 0) - (b.evidence?.[0]?.start ?? 0));
  const c = category(evs[0].actor1);
  n++;
  if (c === g) first++;
  if (evs.some((e) => category(e.actor1) === g)) any++;
  const k = `${g} <- ${c}`;
  confusion.set(k, (confusion.get(k) ?? 0) + 1);
  if (list && c !== g) console.log(`${doc}\tgold=${g}\tpred=${evs[0].actor1}`);
}
const pct = (x) => (n ? ((100 * x) / n).toFixed(1) : '0');
for (const [k, v] of [...confusion].sort((a, b) => b[1] - a[1])) if (!k.startsWith(k.split(' <- ')[1] + ' <-')) console.log(`${v}\t${k}`);
console.log(JSON.stringify({ articles: n, first_agree: pct(first), any_agree: pct(any) }));
