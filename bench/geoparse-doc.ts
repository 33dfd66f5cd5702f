/**
 * One gold document's place names step by step (detected, gated, resolved), for reading misses by hand:
 *   node --import tsx bench/geoparse-doc.ts CORPUS DOCID [PHRASE]
 * Prints to the terminal only.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldArticle, readGeoGold } from '../src/eval/geoparse.ts';
import { loadGeoCues, loadLocaleCues, loadPersonCues } from '../src/geo/geo-lexicons.ts';
import { mentionsOf } from '../src/model/document.ts';
import { createDeps } from '../src/pipeline/deps.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';
import { stageFactories } from '../src/pipeline/registry.ts';
import { createDetector } from '../src/stages/places/detect.ts';
import { gatePlaces } from '../src/stages/places/entity-gate.ts';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const [corpus, id, phrase] = process.argv.slice(2);
const d = readGeoGold(join(repo, '..', 'shared', 'data', 'geoparsing-gold', `${corpus}.jsonl`), 'all').find((x) => x.docid === id);
if (!d) throw new Error(`${id} not in ${corpus}`);
const deps = createDeps();
const seg = createPipeline(stageFactories(['segment']), deps).run(goldArticle(d));
const detector = createDetector(loadGeoCues(deps.lexicons.dir), loadPersonCues(deps.lexicons.dir), loadLocaleCues(deps.lexicons.dir));
const found = detector.detect(seg, deps.gazetteer());
const gated = gatePlaces(seg, found.raws, deps.entityTagger?.() ?? null);
const want = (t: string) => !phrase || t.includes(phrase);
for (const r of found.raws) {
  if (!want(r.text)) continue;
  const kept = gated.kept.includes(r) ? `kept(${gated.decidedBy.get(r)})` : 'GATED';
  const { candidates, ...rest } = r;
  console.log(`RAW ${JSON.stringify(r.text)}@${r.start} ${kept} pos=${r.tokenPos} partial=${r.partial} cands=${candidates.slice(0, 4).map((c) => `${c.name}/${c.featureCode}/${c.admin1}/${c.countryCode}/${c.population}`).join('; ')} ${JSON.stringify(Object.fromEntries(Object.entries(rest).filter(([k, v]) => v && !['start', 'end', 'text', 'sentence'].includes(k))))}`);
}
const doc = createPipeline(stageFactories(['segment', 'places']), deps).run(goldArticle(d));
for (const m of mentionsOf(doc, 'PLACE')) if (want(m.text)) console.log(`MENTION ${JSON.stringify(m.text)}@${m.start} -> ${m.place ? `${m.place.name}/${m.place.featureCode}/${m.place.admin1}/${m.place.countryCode}` : null}${m.site ? ' site' : ''}${m.demonym ? ' demonym' : ''}${m.seat ? ' seat' : ''}`);
for (const t of d.toponyms) if (Number.isFinite(t.lat) && want(d.text.slice(t.start, t.end))) console.log(`GOLD ${JSON.stringify(d.text.slice(t.start, t.end))}@${t.start} ${t.lat},${t.lon}`);
{
  const { computeFocus, resolvePlaces } = await import('../src/stages/places/resolve.ts');
  const raws = gated.kept.filter((r) => !r.regionAbbreviation);
  const focus = computeFocus(raws, found.demonyms, seg.article.dateline, deps.gazetteer(), found.locale);
  console.log(`FOCUS ${JSON.stringify([...focus.counts])}`);
  for (const r of resolvePlaces(raws, focus, deps.gazetteer())) if (want(r.raw.text)) console.log(`RESOLVED ${JSON.stringify(r.raw.text)}@${r.raw.start} keep=${r.keep} conf=${r.confidence} place=${r.place ? `${r.place.name}/${r.place.featureCode}/${r.place.countryCode}` : null} best=${r.best ? `${r.best.name}/${r.best.featureCode}/${r.best.countryCode}` : null}`);
}
