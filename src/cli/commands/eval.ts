import { writeFileSync } from 'node:fs';
import { CliError } from '../../errors.ts';
import { evalCase2021 } from '../../eval/case2021.ts';
import { formatClassTable, formatConfusion } from '../../eval/metrics.ts';
import { bestPerDoc, extractNotes, readGoldNotes, scoreNotes } from '../../eval/notes.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { formatReliability } from '../../models/subevent/train.ts';
import { parse } from '../args.ts';
import { splitOption } from './eval-input.ts';

export async function evalCommand(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  if (what === 'dedup') return (await import('./eval-dedup.ts')).evalDedupCommand(rest);
  if (what === 'geoparse') return (await import('./eval-geoparse.ts')).evalGeoparseCommand(rest);
  if (what === 'news') return (await import('./eval-news.ts')).evalNewsCommand(rest);
  if (what === 'fakes') return (await import('./eval-fakes.ts')).evalFakesCommand(rest);
  const { values, positionals } = parse(rest, {
    split: { type: 'string' },
    'pred-out': { type: 'string' },
    json: { type: 'boolean', default: false },
    'hold-out-region': { type: 'boolean', default: false },
  });
  const split = splitOption(values.split, 'test');
  const file = positionals[0];
  if (!file) throw new CliError(`usage: sitrep eval ${what ?? '(notes|case)'} FILE [--split test|dev|all]`);
  if (what === 'notes' && values['hold-out-region']) {
    const { holdOutRegions, formatHoldOut } = await import('../../eval/holdout-region.ts');
    const rows = holdOutRegions(createExtractor({ stages: RULES_ORDER }), file, (m) => process.stderr.write(`${m}\n`));
    process.stdout.write(values.json ? `${JSON.stringify(rows)}\n` : `${formatHoldOut(rows)}\n`);
    return 0;
  }
  const extractor = createExtractor();
  if (what === 'notes') {
    const gold = readGoldNotes(file, split);
    const t0 = performance.now();
    const { records, failures } = extractNotes(extractor, gold, file);
    const secs = (performance.now() - t0) / 1000;
    if (values['pred-out']) writeFileSync(values['pred-out'], records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const preds = bestPerDoc(records);
    const { score, subEvents, eventTypes } = scoreNotes(gold, preds, split);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(score)}\n`);
    } else {
      for (const [k, v] of Object.entries(score)) process.stdout.write(`${k.padEnd(30)} ${v}\n`);
      process.stdout.write(`\nevent types\n${formatClassTable(eventTypes)}\n\nsub-event types\n${formatClassTable(subEvents)}\n\nconfusion (sub-event types)\n${formatConfusion(subEvents)}\n`);
      const pairs = gold.flatMap((g) => {
        const p = preds.get(g.event_id_cnty);
        return p ? [{ p: p.confidence ?? 0, ok: p.sub_event_type === g.sub_event_type }] : [];
      });
      process.stdout.write(`\nreliability of confidence (sub-event type right)\n${formatReliability(pairs)}\n`);
      process.stdout.write(`\n${gold.length} notes in ${secs.toFixed(1)} s${failures.length ? `; ${failures.length} failed:\n  ${failures.join('\n  ')}` : ''}\n`);
    }
    return failures.length ? 1 : 0;
  }
  if (what === 'case') {
    const r = evalCase2021(extractor, file, split);
    const out = {
      split,
      rows: r.rows,
      weighted_f1_seen: +(100 * r.seen.weightedF1).toFixed(1),
      macro_f1_seen: +(100 * r.seen.macroF1).toFixed(1),
      accuracy_seen: +(100 * r.seen.accuracy).toFixed(1),
      weighted_f1_all: +(100 * r.all.weightedF1).toFixed(1),
      winner_2021_weighted_f1: 83.9,
    };
    if (values.json) process.stdout.write(`${JSON.stringify(out)}\n`);
    else {
      for (const [k, v] of Object.entries(out)) process.stdout.write(`${k.padEnd(28)} ${v}\n`);
      process.stdout.write(`\n${formatClassTable(r.seen)}\n`);
    }
    return 0;
  }
  throw new CliError(`unknown eval "${what ?? ''}": use notes, case, news, fakes, dedup or geoparse`);
}
