import type { EventRecord } from '../model/record.ts';
import { eventTypeOf, isSubEventType, type SubEventType } from '../model/taxonomy.ts';
import type { Extractor } from '../pipeline/extractor.ts';
import { subEventFeatures, type Features } from '../models/subevent/features.ts';
import { denseModel, loadSubEventModel } from '../models/subevent/model.ts';
import { choose, CLASSES, fit, mainEvent, type Example } from '../models/subevent/train.ts';
import { modelEventType, SECONDARY_EVENT } from '../stages/subevent/index.ts';
import { isArticle } from '../models/event-realis/features.ts';
import { isHeadline } from '../models/subevent/headline.ts';
import { noteArticle, readGoldNotes, scoreNotes, type GoldNote } from './notes.ts';

export interface RegionScore {
  readonly region: string;
  readonly rows: number;
  readonly rules: { event_type_acc: number; sub_event_macro_f1: number };
  readonly combined: { event_type_acc: number; sub_event_macro_f1: number };
}

interface Coded {
  readonly gold: GoldNote & { region: string };
  /** The example training sees: the text with the rules' main event. */
  readonly example: Example | null;
  /** Every event the rules coded, as the subevent stage reads them. */
  readonly events: { features: Features; rulesSub: string; confidence: number; main: boolean }[];
  /** When the rules coded nothing in a note the stage may code: what the model reads (see fallbackEvent). */
  readonly fallback: Features | null;
}

/**
 * Region-held-out evaluation of the sub-event classifier with the rules: for each ACLED region of the file, a
 * model trained on the notes of every other region codes that region's notes, scored as
 * ../shared/tools/score-notes.mjs scores (event type accuracy, sub-event macro-F1 over the region's gold classes).
 * The rules run once per note; only the fitting repeats.
 */
export function holdOutRegions(rules: Extractor, file: string, log: (m: string) => void = () => {}): RegionScore[] {
  const gold = readGoldNotes(file, 'all') as (GoldNote & { region: string })[];
  const index = new Map(CLASSES.map((c, i) => [c as string, i]));
  const coded: Coded[] = gold.map((g) => {
    const { doc } = rules.extract(noteArticle(g, file));
    const main = mainEvent(doc);
    const example = isSubEventType(g.sub_event_type) ? { id: g.event_id_cnty, features: subEventFeatures(doc, main, true), label: index.get(g.sub_event_type)!, source: 'acled', rules: main ? index.get(main.subEventType)! : -1 } : null;
    const events = doc.events.map((ev) => ({ features: subEventFeatures(doc, ev, true), rulesSub: ev.subEventType as string, confidence: ev.confidence, main: ev === main }));
    const fallback = doc.events.length || isArticle(doc) || isHeadline(doc) ? null : subEventFeatures(doc, null, true);
    return { gold: g, example, events, fallback };
  });
  const regions = [...new Set(gold.map((g) => g.region))].sort();
  // how far the rules are trusted, as the committed model was tuned
  const trust = loadSubEventModel().trustRules;
  log(`rules ran over ${gold.length} notes; fitting ${regions.length} models`);
  const out: RegionScore[] = [];
  for (const region of regions) {
    const model = denseModel(fit(coded.filter((c) => c.gold.region !== region && c.example).map((c) => c.example!)));
    const held = coded.filter((c) => c.gold.region === region);
    const rulesPreds = new Map<string, EventRecord>();
    const preds = new Map<string, EventRecord>();
    for (const c of held) {
      let bestRule: (typeof c.events)[number] | null = null;
      let best: { sub: string; p: number } | null = null;
      for (const ev of c.events) {
        if (!bestRule || ev.confidence > bestRule.confidence) bestRule = ev;
        const p = model.probabilities(ev.features);
        const k = choose(p, index.get(ev.rulesSub) ?? -1, trust);
        const conf = ev.main ? p[k] : p[k] * SECONDARY_EVENT;
        if (!best || conf > best.p) best = { sub: CLASSES[k], p: conf };
      }
      if (!c.events.length && c.fallback) {
        const p = model.probabilities(c.fallback);
        const k = modelEventType(p);
        if (k >= 0) best = { sub: CLASSES[k], p: p[k] };
      }
      if (bestRule) rulesPreds.set(c.gold.event_id_cnty, record(c.gold.event_id_cnty, bestRule.rulesSub));
      if (best) preds.set(c.gold.event_id_cnty, record(c.gold.event_id_cnty, best.sub));
    }
    const g = held.map((c) => c.gold);
    const r = scoreNotes(g, rulesPreds, 'all').score;
    const m = scoreNotes(g, preds, 'all').score;
    out.push({ region, rows: held.length, rules: pick(r), combined: pick(m) });
    log(`${region}: ${held.length} notes, type ${r.event_type_acc} → ${m.event_type_acc}, sub-event macro-F1 ${r.sub_event_macro_f1} → ${m.sub_event_macro_f1}`);
  }
  return out;
}

function pick(s: { event_type_acc: number; sub_event_macro_f1: number }) {
  return { event_type_acc: s.event_type_acc, sub_event_macro_f1: s.sub_event_macro_f1 };
}

/** Just what the notes scorer reads of a prediction. */
function record(docId: string, sub: string): EventRecord {
  const t = CLASSES.includes(sub as never) ? sub : 'Other';
  return { doc_id: docId, sub_event_type: t, event_type: eventTypeName(t), confidence: 1 } as unknown as EventRecord;
}

const eventTypeName = (s: string) => eventTypeOf(s as SubEventType);

/** Per-region rows and the unweighted mean over regions, as a plain-text table. */
export function formatHoldOut(rows: readonly RegionScore[]): string {
  const mean = (f: (r: RegionScore) => number) => (rows.reduce((s, r) => s + f(r), 0) / (rows.length || 1)).toFixed(1);
  const lines = ['region                         notes  rules type  rules F1  combined type  combined F1'];
  for (const r of rows) lines.push(`${r.region.padEnd(30)} ${String(r.rows).padStart(5)}  ${r.rules.event_type_acc.toFixed(1).padStart(10)}  ${r.rules.sub_event_macro_f1.toFixed(1).padStart(8)}  ${r.combined.event_type_acc.toFixed(1).padStart(13)}  ${r.combined.sub_event_macro_f1.toFixed(1).padStart(11)}`);
  lines.push(`${'mean over regions'.padEnd(30)} ${''.padStart(5)}  ${mean((r) => r.rules.event_type_acc).padStart(10)}  ${mean((r) => r.rules.sub_event_macro_f1).padStart(8)}  ${mean((r) => r.combined.event_type_acc).padStart(13)}  ${mean((r) => r.combined.sub_event_macro_f1).padStart(11)}`);
  return lines.join('\n');
}
