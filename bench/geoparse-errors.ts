/**
 * Lists geoparsing errors of one corpus and split, one line each, for reading errors by class:
 *   node --import tsx bench/geoparse-errors.ts CORPUS [dev|test|all] [spans|e2e]
 * spans: gold spans resolved more than 161 km from the gold point (gold name, our name and feature code, km);
 * e2e: gold toponyms with a point that no predicted mention overlaps (with the gold type where the corpus has one).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { goldArticle, predictEndToEnd, readGeoGold } from '../src/eval/geoparse.ts';
import { scorerKm } from '../src/eval/notes.ts';
import type { Split } from '../src/model/ids.ts';
import { createDeps } from '../src/pipeline/deps.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';
import { stageFactories } from '../src/pipeline/registry.ts';
import { createSpanResolver } from '../src/stages/places/index.ts';
import { loadGeoCues, loadLocaleCues, loadPersonCues } from '../src/geo/geo-lexicons.ts';
import { createDetector } from '../src/stages/places/detect.ts';
import { gatePlaces } from '../src/stages/places/entity-gate.ts';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const [corpus = 'lgl', split = 'dev', mode = 'spans'] = process.argv.slice(2) as [string, Split, string];
const file = join(repo, '..', 'shared', 'data', 'geoparsing-gold', `${corpus}.jsonl`);
const gold = readGeoGold(file, split as Split);
// the corpus's own fields (name, fcode, type) that readGeoGold drops
const extra = new Map<string, Record<string, unknown>[]>();
for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) { const d = JSON.parse(line); extra.set(String(d.docid), d.toponyms); }
const deps = createDeps();
const has = (t: { lat?: number | null }) => Number.isFinite(t.lat);
if (mode === 'spans') {
  const pipeline = createPipeline(stageFactories(['segment']), deps);
  const resolveSpans = createSpanResolver(deps);
  for (const d of gold) {
    const spans = d.toponyms.filter(has);
    if (!spans.length) continue;
    const places = resolveSpans(pipeline.run(goldArticle(d)), spans);
    spans.forEach((t, k) => {
      const p = places[k];
      const km = p ? scorerKm(t.lat!, t.lon!, p.latitude, p.longitude) : Infinity;
      if (km <= 161) return;
      const g = t as unknown as Record<string, unknown>;
      const cands = deps.gazetteer().candidates(d.text.slice(t.start, t.end));
      const near = cands.findIndex((c) => scorerKm(t.lat!, t.lon!, c.latitude, c.longitude) <= 161);
      console.log([d.docid, t.start, near < 0 ? `unreachable/${cands.length}` : `rank${near}/${cands.length}`, JSON.stringify(d.text.slice(t.start, t.end)), `gold=${g.name ?? g.normalisedName ?? ''}/${g.fcode ?? g.type ?? ''}/${g.admin1 ?? ''}/${g.country ?? ''}`, p ? `ours=${p.name}/${p.featureCode}/${p.admin1 ?? ''}/${p.countryCode} pop=${p.population ?? ''} gid=${p.geonameid}` : 'ours=none', `km=${Math.round(km)}`].join('\t'));
    });
  }
} else {
  const preds = predictEndToEnd(deps, gold);
  const seg = createPipeline(stageFactories(['segment']), deps);
  const detector = createDetector(loadGeoCues(deps.lexicons.dir), loadPersonCues(deps.lexicons.dir), loadLocaleCues(deps.lexicons.dir));
  const status = new Map<string, string>();
  for (const d of gold) {
    const doc = seg.run(goldArticle(d));
    const raws = detector.detect(doc, deps.gazetteer()).raws;
    const kept = new Set(gatePlaces(doc, raws, deps.entityTagger?.() ?? null).kept);
    for (const t of d.toponyms) {
      const r = raws.find((q) => q.start < t.end && q.end > t.start);
      status.set(`${d.docid}:${t.start}`, r ? `${kept.has(r) ? 'unresolved' : 'gated'}${r.partial ? '-partial' : ''}(${r.candidates.slice(0, 2).map((c) => `${c.name}/${c.featureCode}/${c.countryCode}/${c.population ?? ''}`).join(';')})` : 'undetected');
    }
  }
  for (const d of gold) {
    const ps = preds.filter((p) => p.doc_id === d.docid);
    for (const t of d.toponyms) {
      if (!has(t)) continue;
      if (ps.some((q) => q.start < t.end && q.end > t.start)) continue;
      const g = t as unknown as Record<string, unknown>;
      const ctx = d.text.slice(Math.max(0, t.start - 40), t.end + 40).replace(/\s+/g, ' ');
      console.log([d.docid, t.start, JSON.stringify(d.text.slice(t.start, t.end)), `${g.type ?? g.fcode ?? ''}`, status.get(`${d.docid}:${t.start}`), JSON.stringify(ctx)].join('\t'));
    }
  }
}
