/** Per-class precision/recall/F1 and the confusion matrix of a single-label classification. */
export interface ClassStats {
  readonly label: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly support: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Classification {
  readonly classes: ClassStats[];
  readonly accuracy: number;
  readonly macroF1: number;
  readonly weightedF1: number;
  /** confusion[gold][pred] = count */
  readonly confusion: Map<string, Map<string, number>>;
}

export const NONE = '(none)';

export function classify(pairs: readonly { gold: string; pred: string | null }[]): Classification {
  const labels = new Set<string>();
  const confusion = new Map<string, Map<string, number>>();
  let correct = 0;
  for (const { gold, pred } of pairs) {
    const p = pred ?? NONE;
    labels.add(gold);
    if (p !== NONE) labels.add(p);
    const row = confusion.get(gold) ?? new Map<string, number>();
    row.set(p, (row.get(p) ?? 0) + 1);
    confusion.set(gold, row);
    if (gold === p) correct++;
  }
  const classes: ClassStats[] = [];
  for (const label of [...labels].sort()) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, pred } of pairs) {
      const p = pred ?? NONE;
      if (gold === label && p === label) tp++;
      else {
        if (gold === label) fn++;
        if (p === label) fp++;
      }
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    classes.push({ label, tp, fp, fn, support: tp + fn, precision, recall, f1 });
  }
  const gold = classes.filter((c) => c.support > 0);
  const total = gold.reduce((s, c) => s + c.support, 0);
  return {
    classes,
    accuracy: pairs.length ? correct / pairs.length : 0,
    macroF1: gold.length ? gold.reduce((s, c) => s + c.f1, 0) / gold.length : 0,
    weightedF1: total ? gold.reduce((s, c) => s + c.f1 * c.support, 0) / total : 0,
    confusion,
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatClassTable(c: Classification): string {
  const w = Math.max(10, ...c.classes.map((k) => k.label.length));
  const lines = [`${'class'.padEnd(w)}  support   prec    rec     f1`];
  for (const k of c.classes) lines.push(`${k.label.padEnd(w)}  ${String(k.support).padStart(7)}  ${pct(k.precision)}  ${pct(k.recall)}  ${pct(k.f1)}`);
  return lines.join('\n');
}

/** Confusion matrix with short column keys (numbers) to stay readable in a terminal. */
export function formatConfusion(c: Classification): string {
  const labels = [...new Set([...c.confusion.keys(), ...[...c.confusion.values()].flatMap((r) => [...r.keys()])])].sort();
  const w = Math.max(10, ...labels.map((l) => l.length));
  const head = `${'gold \\ pred'.padEnd(w + 4)}${labels.map((_, i) => String(i + 1).padStart(4)).join('')}`;
  const rows = labels
    .filter((l) => c.confusion.has(l))
    .map((l) => `${String(labels.indexOf(l) + 1).padStart(2)}. ${l.padEnd(w)}${labels.map((p) => String(c.confusion.get(l)?.get(p) ?? '').padStart(4)).join('')}`);
  return [head, ...rows].join('\n');
}
