// Charts in the manner of ACLED Explorer, from /api/summary: events or fatalities by type over
// time (stacked bars), and by actor and by country (bars). Plain SVG, drawn through DOM calls.
import { axisTicks, binLabel, binStart, binsBetween, chooseUnit, DAY, nextBin, parseDay } from './bins.js';
import { TYPE_COLOURS, typeColour } from './map.js';

const SVG = 'http://www.w3.org/2000/svg';
const TYPE_ORDER = Object.keys(TYPE_COLOURS);

function el(name, attrs = {}, text = null) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== null) node.textContent = text;
  return node;
}

function html(tag, cls, text = null) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== null) node.textContent = text;
  return node;
}

const fmt = (n) => n.toLocaleString('en');

/** Stacked bars per time bin; `measure` is 'events' or 'fatalities'. */
function overTime(summary, measure, width) {
  const height = 220;
  const pad = { left: 44, right: 8, top: 8, bottom: 20 };
  const svg = el('svg', { class: 'chart', width, height, role: 'img', 'aria-label': `${measure} by event type over time`, 'data-chart': 'time' });
  const days = summary.days.filter((d) => d.date);
  if (days.length === 0) {
    svg.appendChild(el('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'axis' }, 'No dated events'));
    return svg;
  }
  const times = days.map((d) => parseDay(d.date));
  const from = Math.min(...times);
  const to = Math.max(...times);
  const unit = chooseUnit(from, to);
  const bins = new Map(binsBetween(unit, from, to).map((t) => [t, new Map()]));
  for (const d of days) {
    const b = bins.get(binStart(unit, parseDay(d.date)));
    b?.set(d.event_type, (b.get(d.event_type) ?? 0) + d[measure]);
  }
  const starts = [...bins.keys()];
  const end = nextBin(unit, starts[starts.length - 1]);
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (t) => pad.left + ((t - starts[0]) / (end - starts[0])) * plotW;
  const max = Math.max(1, ...[...bins.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
  for (const frac of [0, 0.5, 1]) {
    const y = pad.top + plotH * (1 - frac);
    svg.appendChild(el('line', { x1: pad.left, x2: width - pad.right, y1: y, y2: y, class: 'grid' }));
    svg.appendChild(el('text', { x: pad.left - 4, y: y + 3, 'text-anchor': 'end', class: 'axis' }, fmt(Math.round(max * frac))));
  }
  for (const tick of axisTicks(starts[0], end - DAY, plotW)) svg.appendChild(el('text', { x: x(tick.t) + 2, y: height - 5, class: 'axis' }, tick.text));
  for (const [t, byType] of bins) {
    const x0 = x(t);
    const w = Math.max(1, x(nextBin(unit, t)) - x0 - (plotW / bins.size > 4 ? 1 : 0));
    let y = pad.top + plotH;
    const g = el('g');
    let total = 0;
    for (const type of TYPE_ORDER) {
      const n = byType.get(type);
      if (!n) continue;
      total += n;
      const h = (plotH * n) / max;
      y -= h;
      g.appendChild(el('rect', { x: x0, y, width: w, height: Math.max(0.5, h), fill: typeColour(type), class: 'bar' }));
    }
    g.appendChild(el('title', {}, `${binLabel(unit, t)}: ${fmt(total)} ${measure}${[...byType].map(([k, n]) => `\n${k}: ${fmt(n)}`).join('')}`));
    svg.appendChild(g);
  }
  return svg;
}

/** Horizontal bars: one row per name, the measure's value and the other's in the label. */
function ranking(rows, key, measure, width, id, limit = 12) {
  const other = measure === 'events' ? 'fatalities' : 'events';
  const top = [...rows].sort((a, b) => b[measure] - a[measure] || b[other] - a[other]).slice(0, limit);
  const rowH = 22;
  const labelW = Math.min(220, Math.round(width * 0.42));
  const height = Math.max(rowH, top.length * rowH) + 4;
  const svg = el('svg', { class: 'chart', width, height, role: 'img', 'aria-label': `${measure} by ${id}`, 'data-chart': id });
  if (top.length === 0) {
    svg.appendChild(el('text', { x: 4, y: 16, class: 'axis' }, 'Nothing to show'));
    return svg;
  }
  const max = Math.max(1, ...top.map((r) => r[measure]));
  const barW = width - labelW - 70;
  top.forEach((r, i) => {
    const y = i * rowH + 2;
    const name = el('text', { x: labelW - 6, y: y + 14, 'text-anchor': 'end', class: 'label' }, r[key].length > 34 ? `${r[key].slice(0, 33)}…` : r[key]);
    name.appendChild(el('title', {}, r[key]));
    svg.appendChild(name);
    const w = Math.max(1, (barW * r[measure]) / max);
    svg.appendChild(el('rect', { x: labelW, y: y + 3, width: w, height: rowH - 8, class: `hbar ${measure}` }));
    svg.appendChild(el('text', { x: labelW + w + 4, y: y + 14, class: 'axis' }, `${fmt(r[measure])} · ${fmt(r[other])} ${other === 'events' ? 'ev.' : 'killed'}`));
  });
  return svg;
}

export function createCharts(container) {
  let summary = null;
  let measure = 'events';
  const head = html('div', 'charts-head');
  const toggle = html('div', 'segmented');
  toggle.setAttribute('role', 'group');
  toggle.setAttribute('aria-label', 'Measure');
  for (const m of ['events', 'fatalities']) {
    const b = html('button', null, m === 'events' ? 'Events' : 'Fatalities');
    b.type = 'button';
    b.dataset.measure = m;
    b.addEventListener('click', () => {
      measure = m;
      draw();
    });
    toggle.append(b);
  }
  const note = html('span', 'hint');
  head.append(toggle, note);
  const body = html('div', 'charts-body');
  container.replaceChildren(head, body);

  function panel(title, chart) {
    const section = html('section', 'chart-panel');
    section.append(html('h3', null, title), chart);
    return section;
  }

  function draw() {
    for (const b of toggle.children) b.setAttribute('aria-pressed', String(b.dataset.measure === measure));
    if (!summary || container.hidden) return;
    const width = Math.max(280, body.clientWidth - 4);
    const half = width >= 760 ? Math.floor((width - 16) / 2) : width;
    const noun = measure === 'events' ? 'Events' : 'Fatalities';
    note.textContent = `${fmt(summary.total)} events · ${fmt(summary.by_type.reduce((a, t) => a + t.fatalities, 0))} reported fatalities${summary.undated ? ` · ${fmt(summary.undated)} undated` : ''}`;
    body.replaceChildren(
      panel(`${noun} by event type over time`, overTime(summary, measure, width)),
      panel(`${noun} by actor`, ranking(summary.by_actor, 'actor', measure, half, 'actor')),
      panel(`${noun} by country`, ranking(summary.by_country, 'country', measure, half, 'country')),
    );
  }
  new ResizeObserver(() => draw()).observe(body);

  return {
    setSummary(s) {
      summary = s;
      draw();
    },
    redraw: draw,
  };
}
