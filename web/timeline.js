// Weekly histogram with a drag-to-brush date filter, drawn as SVG through DOM calls.
const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;
const WEEK = 7 * DAY;

function el(name, attrs = {}) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Monday (UTC) of the week containing an ISO day. */
export function weekStart(day) {
  const t = Date.parse(`${day}T00:00:00Z`);
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  return t - dow * DAY;
}

const iso = (t) => new Date(t).toISOString().slice(0, 10);

export function createTimeline(svg, { onBrush }) {
  let weeks = [];
  let range = null;
  let geometry = null;

  function draw() {
    svg.replaceChildren();
    const width = svg.clientWidth || 600;
    const height = svg.clientHeight || 90;
    const padBottom = 16;
    if (weeks.length === 0) {
      const t = el('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'axis' });
      t.textContent = 'No dated events';
      svg.appendChild(t);
      geometry = null;
      return;
    }
    const first = weeks[0].t;
    const last = weeks[weeks.length - 1].t;
    const n = Math.round((last - first) / WEEK) + 1;
    const max = Math.max(...weeks.map((w) => w.count));
    const slot = width / n;
    geometry = { first, n, slot, width, height };
    for (let i = 0; i <= n; i++) {
      const t = first + i * WEEK;
      const d = new Date(t);
      if (d.getUTCDate() <= 7 && (n < 60 || d.getUTCMonth() % 3 === 0)) {
        const x = i * slot;
        svg.appendChild(el('line', { x1: x, x2: x, y1: 0, y2: height - padBottom, class: 'tick' }));
        const label = el('text', { x: x + 2, y: height - 3, class: 'axis' });
        label.textContent = d.toLocaleString('en', { month: 'short', year: d.getUTCMonth() === 0 || i < 5 ? 'numeric' : undefined, timeZone: 'UTC' });
        svg.appendChild(label);
      }
    }
    for (const w of weeks) {
      const i = Math.round((w.t - first) / WEEK);
      const h = Math.max(2, ((height - padBottom - 4) * w.count) / max);
      const inside = !range || (w.t + WEEK - DAY >= Date.parse(`${range.from}T00:00:00Z`) && w.t <= Date.parse(`${range.to}T00:00:00Z`));
      const bar = el('rect', { x: i * slot + 1, y: height - padBottom - h, width: Math.max(1, slot - 2), height: h, class: `bar ${range ? (inside ? 'in' : 'out') : ''}` });
      const tip = el('title');
      tip.textContent = `Week of ${iso(w.t)}: ${w.count} event${w.count === 1 ? '' : 's'}`;
      bar.appendChild(tip);
      svg.appendChild(bar);
    }
    if (range) {
      const a = (Date.parse(`${range.from}T00:00:00Z`) - first) / WEEK;
      const b = (Date.parse(`${range.to}T00:00:00Z`) + DAY - first) / WEEK;
      const x0 = Math.max(0, a * slot);
      const x1 = Math.min(width, b * slot);
      if (x1 > x0) svg.appendChild(el('rect', { x: x0, y: 0, width: x1 - x0, height: height - padBottom, class: 'brush' }));
    }
  }

  const xToTime = (x) => geometry.first + (x / geometry.slot) * WEEK;
  let dragFrom = null;
  svg.addEventListener('pointerdown', (ev) => {
    if (!geometry) return;
    dragFrom = ev.offsetX;
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener('pointermove', (ev) => {
    if (dragFrom === null || !geometry) return;
    const [a, b] = [dragFrom, ev.offsetX].sort((p, q) => p - q);
    range = { from: iso(weekStart(iso(xToTime(a)))), to: iso(weekStart(iso(xToTime(b))) + WEEK - DAY) };
    draw();
  });
  svg.addEventListener('pointerup', (ev) => {
    if (dragFrom === null || !geometry) return;
    const moved = Math.abs(ev.offsetX - dragFrom) > 3;
    dragFrom = null;
    if (!moved) {
      const t = weekStart(iso(xToTime(ev.offsetX)));
      range = { from: iso(t), to: iso(t + WEEK - DAY) };
    }
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
    /** events: [{event_date}] — all events under the non-date filters. */
    setData(events) {
      const counts = new Map();
      for (const e of events) {
        if (!e.event_date) continue;
        const t = weekStart(e.event_date);
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      weeks = [...counts].map(([t, count]) => ({ t, count })).sort((a, b) => a.t - b.t);
      draw();
    },
    setRange(r) {
      range = r;
      draw();
    },
  };
}
