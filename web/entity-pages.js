// Actor and place pages: events over time, a small map, aliases and inter codes; opened from the event panel.
import { h, request, svg, useStylesheet } from './dom.js';

const INTER = { 1: 'State forces', 2: 'Rebel groups', 3: 'Political militias', 4: 'Identity militias', 5: 'Rioters', 6: 'Protesters', 7: 'Civilians', 8: 'External/other forces' };
let countries = null;

async function countryShapes() {
  if (!countries) {
    countries = fetch('/geo/countries-110m.json')
      .then((r) => r.json())
      .then((topo) => topojson.feature(topo, topo.objects.countries).features);
  }
  return countries;
}

/** Events per month (per year beyond six years), as bars. */
function timeChart(events) {
  const dated = events.filter((e) => e.event_date);
  if (!dated.length) return h('p', { class: 'entity-empty' }, 'No dated events.');
  const days = dated.map((e) => e.event_date).sort();
  const years = Number(days.at(-1).slice(0, 4)) - Number(days[0].slice(0, 4));
  const key = years > 6 ? (d) => d.slice(0, 4) : (d) => d.slice(0, 7);
  const bins = [];
  const step = (k) => {
    if (k.length === 4) return String(Number(k) + 1);
    const [y, m] = k.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  };
  for (let k = key(days[0]); k <= key(days.at(-1)); k = step(k)) bins.push(k);
  // A short record still reads as time: at least a year of months, the events in the middle.
  if (years <= 6) {
    const back = (k) => {
      const [y, m] = k.split('-').map(Number);
      return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    };
    while (bins.length < 12) bins.length % 2 ? bins.unshift(back(bins[0])) : bins.push(step(bins.at(-1)));
  }
  const counts = new Map(bins.map((b) => [b, 0]));
  for (const d of days) counts.set(key(d), counts.get(key(d)) + 1);
  const W = 520;
  const H = 110;
  const max = Math.max(...counts.values());
  const bw = W / bins.length;
  const label = (b) => (b.length === 4 ? b : b.endsWith('-01') || bins.length <= 12 ? b : null);
  const every = Math.max(1, Math.ceil(bins.length / 8));
  return svg('svg', { class: 'entity-chart', viewBox: `0 0 ${W} ${H + 18}`, role: 'img', 'aria-label': `Events per ${years > 6 ? 'year' : 'month'}` },
    bins.map((b, i) => {
      const n = counts.get(b);
      const bh = max ? (n / max) * H : 0;
      return svg('rect', { class: 'bar', x: i * bw + 1, y: H - bh, width: Math.max(1, bw - 2), height: bh }, svg('title', {}, `${b}: ${n} event${n === 1 ? '' : 's'}`));
    }),
    bins.map((b, i) => (i % every === 0 && label(b) ? svg('text', { x: i * bw + 2, y: H + 14 }, b) : null)));
}

/** Countries and the events' points on an equirectangular view of their extent. */
function smallMap(events) {
  const pts = events.filter((e) => typeof e.latitude === 'number' && typeof e.longitude === 'number');
  const W = 520;
  const H = 260;
  if (!pts.length) return h('p', { class: 'entity-empty' }, 'No located events.');
  const box = svg('svg', { class: 'entity-map', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Map of ${pts.length} located event(s)`, 'data-points': pts.length });
  const lats = pts.map((e) => e.latitude);
  const lons = pts.map((e) => e.longitude);
  const pad = 2;
  const [w, e, s, n] = [Math.min(...lons) - pad, Math.max(...lons) + pad, Math.min(...lats) - pad, Math.max(...lats) + pad];
  // One scale for both axes, fitted to the tighter one: the extent is centred and never distorted.
  const scale = Math.min(W / (e - w), H / (n - s));
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const x = (lon) => W / 2 + (lon - cx) * scale;
  const y = (lat) => H / 2 - (lat - cy) * scale;
  const land = svg('g', { class: 'land' });
  box.append(land);
  countryShapes()
    .then((features) => {
      for (const f of features) {
        const polys = f.geometry?.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates : [];
        const d = polys.flatMap((poly) => poly.map((ring) => `M${ring.map(([lo, la]) => `${x(lo).toFixed(1)},${y(la).toFixed(1)}`).join('L')}Z`)).join('');
        if (d) land.append(svg('path', { d }, svg('title', {}, f.properties?.name ?? '')));
      }
    })
    .catch(() => {});
  for (const ev of pts) {
    box.append(svg('circle', { class: 'point', cx: x(ev.longitude).toFixed(1), cy: y(ev.latitude).toFixed(1), r: 4 + Math.min(6, Math.sqrt(ev.fatalities ?? 0)) }, svg('title', {}, `${ev.event_date ?? 'undated'} · ${ev.sub_event_type} · ${ev.location ?? ''}`)));
  }
  return box;
}

function eventList(events, onEvent) {
  return h('ul', { class: 'entity-events' }, events.slice(0, 200).map((e) =>
    h('li', {}, h('button', { type: 'button', class: 'linklike', dataset: { id: e.event_id }, onclick: () => onEvent(e.event_id) }, `${e.event_date ?? 'undated'} · ${e.sub_event_type}`), ` — ${[e.location, e.country].filter(Boolean).join(', ') || 'unlocated'}${e.fatalities ? ` · ${e.fatalities} killed` : ''}`)));
}

function showPage(kind, title, facts, events, onEvent) {
  useStylesheet('/review.css');
  document.querySelector('.entity-page')?.remove();
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  const page = h('div', { class: 'entity-page', role: 'dialog', 'aria-modal': 'true', 'aria-label': `${kind}: ${title}`, dataset: { kind } },
    h('div', { class: 'entity-card' },
      h('header', {}, h('div', { class: 'entity-kind' }, kind), h('h1', {}, title), close),
      h('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      h('section', {}, h('h2', {}, 'Events over time'), timeChart(events)),
      h('section', {}, h('h2', {}, 'Map'), smallMap(events)),
      h('section', {}, h('h2', {}, `Events (${events.length})`), eventList(events, (id) => {
        page.remove();
        onEvent(id);
      }))));
  const dismiss = () => page.remove();
  close.addEventListener('click', dismiss);
  page.addEventListener('click', (ev) => ev.target === page && dismiss());
  page.addEventListener('keydown', (ev) => ev.key === 'Escape' && (ev.stopPropagation(), dismiss()));
  document.body.append(page);
  close.focus();
}

export async function openActorPage(name, { onEvent }) {
  const a = await request(`/api/actors/${encodeURIComponent(name)}`);
  showPage('Actor', a.name, [
    ['Inter code', a.inter_codes.length ? a.inter_codes.map((c) => `${c} · ${INTER[c] ?? 'none'}`).join('; ') : '—'],
    ['Aliases', a.aliases.length ? a.aliases.join(', ') : '—'],
    ['Called in reports', a.mentions.length ? a.mentions.map((m) => `“${m}”`).join(', ') : '—'],
    ['Fatalities', String(a.fatalities)],
  ], a.events, onEvent);
}

export async function openPlacePage(geonameid, { onEvent }) {
  const p = await request(`/api/places/${encodeURIComponent(geonameid)}`);
  showPage('Place', p.name ?? `GeoNames ${p.geonameid}`, [
    ['Where', [p.admin2, p.admin1, p.country].filter(Boolean).join(', ') || '—'],
    ['Point', p.latitude != null ? `${p.latitude.toFixed(4)}, ${p.longitude.toFixed(4)} · GeoNames ${p.geonameid}` : `GeoNames ${p.geonameid}`],
    ['Actors here', p.actors.length ? p.actors.map((a) => `${a.name} (${a.events})`).join(', ') : '—'],
    ['Fatalities', String(p.fatalities)],
  ], p.events, onEvent);
}

/** Links from the event panel to the pages of its actors and its place. */
export function entityLinks(e, { onEvent, onError }) {
  useStylesheet('/review.css');
  const open = (fn, arg) => () => fn(arg, { onEvent }).catch((err) => onError?.(err.message));
  const links = [];
  for (const name of [e.actor1, e.actor2].filter(Boolean)) links.push(h('button', { type: 'button', class: 'entity-link', dataset: { actor: name }, onclick: open(openActorPage, name) }, name));
  if (e.geonameid != null) links.push(h('button', { type: 'button', class: 'entity-link', dataset: { place: e.geonameid }, onclick: open(openPlacePage, e.geonameid) }, `${e.location ?? 'Place'} page`));
  const nav = h('nav', { class: 'entity-links', 'aria-label': 'Actor and place pages' }, h('span', {}, 'Pages:'), links);
  nav.hidden = links.length === 0;
  return nav;
}
