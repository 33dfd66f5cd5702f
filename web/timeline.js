// The timeline: events per day, week, month or year (whichever keeps the range readable), the
// bars stacked by event type, with a drag-to-brush date filter. Drawn as SVG through DOM calls.
import { axisTicks, binLabel, binsBetween, binStart, chooseUnit, DAY, isoDay, nextBin, parseDay, UNIT_NOUN } from './bins.js';
import { TYPE_COLOURS, typeColour } from './map.js';

const SVG = 'http://www.w3.org/2000/svg';
const TYPE_ORDER = Object.keys(TYPE_COLOURS);

function el(name, attrs = {}) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** [{date, event_type, events}] → the unit and, per bin, counts by type. */
export function binDays(days, unit = null) {
  const dated = days.filter((d) => d.date);
  if (dated.length === 0) return { unit: unit ?? 'week', bins: [], from: null, to: null };
  const times = dated.map((d) => parseDay(d.date));
  const from = Math.min(...times);
  const to = Math.max(...times);
  const u = unit ?? chooseUnit(from, to);
  const bins = new Map(binsBetween(u, from, to).map((t) => [t, { t, total: 0, byType: new Map() }]));
  for (const d of dated) {
    const bin = bins.get(binStart(u, parseDay(d.date)));
    if (!bin) continue;
    bin.total += d.events;
    bin.byType.set(d.event_type, (bin.byType.get(d.event_type) ?? 0) + d.events);
  }
  return { unit: u, bins: [...bins.values()], from, to };
}

export function createTimeline(svg, { onBrush, onUnit = () => {} }) {
  let data = { unit: 'week', bins: [] };
  let range = null;
  let geometry = null;

  function draw() {
    svg.replaceChildren();
    const width = svg.clientWidth || 600;
    const height = svg.clientHeight || 90;
    const padBottom = 16;
    svg.dataset.unit = data.unit;
    if (data.bins.length === 0) {
      const t = el('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'axis' });
      t.textContent = 'No dated events';
      svg.appendChild(t);
      geometry = null;
      return;
    }
    const start = data.bins[0].t;
    const end = nextBin(data.unit, data.bins[data.bins.length - 1].t);
    const x = (t) => ((t - start) / (end - start)) * width;
    geometry = { start, end, width };
    const max = Math.max(...data.bins.map((b) => b.total), 1);
    const plotH = height - padBottom - 4;

    for (const tick of axisTicks(start, end - DAY, width)) {
      const tx = x(tick.t);
      svg.appendChild(el('line', { x1: tx, x2: tx, y1: 0, y2: height - padBottom, class: 'tick' }));
      const label = el('text', { x: tx + 2, y: height - 3, class: 'axis' });
      label.textContent = tick.text;
      svg.appendChild(label);
    }
    const from = range ? parseDay(range.from) : null;
    const to = range ? parseDay(range.to) : null;
    for (const b of data.bins) {
      const x0 = x(b.t);
      const w = Math.max(1, x(nextBin(data.unit, b.t)) - x0 - (width / data.bins.length > 4 ? 1 : 0));
      const inside = !range || (nextBin(data.unit, b.t) - DAY >= from && b.t <= to);
      const g = el('g', { class: `bin ${range ? (inside ? 'in' : 'out') : ''}`, 'data-t': isoDay(b.t) });
      let y = height - padBottom;
      for (const type of [...TYPE_ORDER, ...[...b.byType.keys()].filter((k) => !TYPE_ORDER.includes(k))]) {
        const n = b.byType.get(type);
        if (!n) continue;
        const h = Math.max(1, (plotH * n) / max);
        y -= h;
        const bar = el('rect', { x: x0, y, width: w, height: h, class: 'bar', fill: typeColour(type), 'data-type': type });
        g.appendChild(bar);
      }
      const tip = el('title');
      tip.textContent = `${binLabel(data.unit, b.t)}: ${b.total} event${b.total === 1 ? '' : 's'}${[...b.byType].map(([t, n]) => `\n${t}: ${n}`).join('')}`;
      g.appendChild(tip);
      svg.appendChild(g);
    }
    if (range) {
      const x0 = Math.max(0, x(from));
      const x1 = Math.min(width, x(to + DAY));
      if (x1 > x0) svg.appendChild(el('rect', { x: x0, y: 0, width: x1 - x0, height: height - padBottom, class: 'brush' }));
    }
  }

  const xToTime = (px) => geometry.start + (Math.max(0, Math.min(geometry.width, px)) / geometry.width) * (geometry.end - geometry.start);
  /** The date range of the bins between two x positions. */
  const rangeOf = (a, b) => ({ from: isoDay(binStart(data.unit, xToTime(a))), to: isoDay(nextBin(data.unit, binStart(data.unit, Math.min(xToTime(b), geometry.end - 1))) - DAY) });
  let dragFrom = null;
  svg.addEventListener('pointerdown', (ev) => {
    if (!geometry) return;
    dragFrom = ev.offsetX;
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener('pointermove', (ev) => {
    if (dragFrom === null || !geometry) return;
    const [a, b] = [dragFrom, ev.offsetX].sort((p, q) => p - q);
    range = rangeOf(a, b);
    draw();
  });
  svg.addEventListener('pointerup', (ev) => {
    if (dragFrom === null || !geometry) return;
    const moved = Math.abs(ev.offsetX - dragFrom) > 3;
    dragFrom = null;
    if (!moved) range = rangeOf(ev.offsetX, ev.offsetX);
    draw();
    onBrush(range);
  });
  svg.addEventListener('dblclick', () => {
    range = null;
    draw();
    onBrush(null);
  });
  new ResizeObserver(() => draw()).observe(svg);

  return {
    /** days: [{date, event_type, events}] for every event under the non-date filters. */
    setData(days) {
      data = binDays(days);
      onUnit(data.unit, UNIT_NOUN[data.unit]);
      draw();
    },
    setRange(r) {
      range = r;
      draw();
    },
  };
}
