// Sitrep's analyst workspace: filters → /api/events → map, timeline, table; click → event detail.
import { renderHighlightedText } from './highlight.js';
import { createMap, TYPE_COLOURS, typeColour } from './map.js';
import { createTimeline } from './timeline.js';
import { entityLinks } from './entity-pages.js';
import { reviewPanel } from './review.js';

const PAGE = 1000;
const FILTER_NAMES = ['text', 'actor', 'event_type', 'country', 'from', 'to', 'min_fatalities', 'historical'];
const TOKEN_KEY = 'sitrep-token';

const $ = (sel) => document.querySelector(sel);
const form = $('#filters');

function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

async function api(path) {
  const headers = {};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(path, { headers });
  if (res.status === 401) {
    const entered = window.prompt('This Sitrep server needs an access token:');
    if (entered) {
      sessionStorage.setItem(TOKEN_KEY, entered.trim());
      return api(path);
    }
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body;
}

function showError(message) {
  document.querySelector('.error-banner')?.remove();
  if (!message) return;
  const banner = h('div', { class: 'error-banner', role: 'alert' }, message);
  $('.map-wrap').append(banner);
  setTimeout(() => banner.remove(), 8000);
}

function readFilters() {
  const data = new FormData(form);
  const f = {};
  for (const name of FILTER_NAMES) {
    if (name === 'historical') {
      if (data.get('historical')) f.historical = 'true';
      continue;
    }
    const v = String(data.get(name) ?? '').trim();
    if (v) f[name] = v;
  }
  return f;
}

function writeFilters(f) {
  for (const name of FILTER_NAMES) {
    const input = form.elements.namedItem(name);
    if (!input) continue;
    if (name === 'historical') input.checked = f.historical === 'true';
    else input.value = f[name] ?? '';
  }
}

const query = (f) => new URLSearchParams(f).toString();

// ---- table -------------------------------------------------------------------------------
const tableState = { key: 'event_date', dir: -1, events: [], selected: null };

function compare(key, dir) {
  return (a, b) => {
    const va = a[key] ?? (typeof b[key] === 'number' ? -1 : '');
    const vb = b[key] ?? (typeof a[key] === 'number' ? -1 : '');
    if (va < vb) return -dir;
    if (va > vb) return dir;
    return 0;
  };
}

function renderTable() {
  const body = $('#events tbody');
  const rows = [...tableState.events].sort(compare(tableState.key, tableState.dir)).map((e) =>
    h(
      'tr',
      { dataset: { id: e.event_id }, class: e.event_id === tableState.selected ? 'selected' : undefined },
      h('td', {}, e.event_date ?? UNDATED, e.event_date_end !== e.event_date ? h('span', { class: 'tag' }, `→ ${e.event_date_end}`) : null),
      h('td', { title: e.event_type }, swatch(e.event_type, 'type-dot'), e.event_type),
      h('td', { title: e.sub_event_type }, e.sub_event_type, e.historical ? h('span', { class: 'tag' }, 'history') : null),
      h('td', { title: e.actor1 ?? '' }, e.actor1 ?? '—'),
      h('td', { title: e.actor2 ?? '' }, e.actor2 ?? '—'),
      h('td', { title: e.location ?? '' }, e.location ?? '—'),
      h('td', {}, e.country ?? '—'),
      h('td', { class: 'num' }, e.fatalities ?? '—'),
      h('td', { class: 'num' }, e.n_sources ?? e.sources?.length ?? 1),
    ),
  );
  body.replaceChildren(...rows);
  $('#empty').hidden = rows.length > 0;
  for (const th of document.querySelectorAll('#events thead th')) {
    th.classList.toggle('sorted', th.dataset.key === tableState.key);
    th.classList.toggle('asc', th.dataset.key === tableState.key && tableState.dir === 1);
    th.classList.toggle('desc', th.dataset.key === tableState.key && tableState.dir === -1);
  }
}

function swatch(type, cls = 'swatch') {
  const s = h('span', { class: cls });
  s.style.background = typeColour(type);
  return s;
}

// ---- detail ------------------------------------------------------------------------------
/** An event whose article carried no date (event_date null). */
const UNDATED = 'undated';
const PRECISION = { 1: 'exact day', 2: 'within days', 3: 'within a month', 4: 'year or coarser' };

function actorLine(name, assoc, inter, mention) {
  if (!name) return '—';
  return [
    name,
    inter ? h('span', { class: 'tag' }, `inter ${inter}`) : null,
    mention && mention.toLowerCase() !== name.toLowerCase() ? h('div', { class: 'mention' }, `“${mention}”`) : null,
    assoc ? h('div', { class: 'mention' }, `with ${assoc}`) : null,
  ];
}

function safeLink(url, text) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return h('a', { href: u.href, target: '_blank', rel: 'noopener noreferrer' }, text);
  } catch {
    /* not a URL: shown as text */
  }
  return text;
}

function renderDetail({ event: e, articles }) {
  const title = $('#detail-title');
  title.replaceChildren(
    h('div', { class: 'detail-type' }, swatch(e.event_type), e.event_type, ' · ', e.sub_event_type),
    h('h1', { class: 'detail-title' }, [e.location, e.country].filter(Boolean).join(', ') || 'Unlocated event', ' — ', e.event_date ?? UNDATED),
  );
  const facts = h(
    'dl',
    { class: 'facts' },
    h('dt', {}, 'Date'),
    e.event_date === null
      ? h('dd', {}, UNDATED, h('span', { class: 'tag' }, 'the article carried no date'))
      : h('dd', {}, e.event_date === e.event_date_end ? e.event_date : `${e.event_date} – ${e.event_date_end}`, h('span', { class: 'tag' }, PRECISION[e.time_precision] ?? '')),
    h('dt', {}, 'Actor 1'),
    h('dd', {}, actorLine(e.actor1, e.assoc_actor_1, e.inter1, e.actor1_mention)),
    h('dt', {}, 'Actor 2'),
    h('dd', {}, actorLine(e.actor2, e.assoc_actor_2, e.inter2, e.actor2_mention)),
    h('dt', {}, 'Place'),
    h('dd', {}, [e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(', ') || '—', e.latitude != null ? h('div', { class: 'mention' }, `${e.latitude.toFixed(4)}, ${e.longitude.toFixed(4)} · precision ${e.geo_precision ?? '?'}`) : null),
    h('dt', {}, 'Fatalities'),
    h('dd', {}, e.fatalities ?? 'unknown'),
    h('dt', {}, 'Confidence'),
    h('dd', {}, `${Math.round(e.confidence * 100)}%`, e.historical ? h('span', { class: 'historical-flag' }, ' background history') : null),
  );
  const claims = e.claims?.length
    ? h(
        'table',
        { class: 'claims' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Figure'), h('th', {}, 'What'), h('th', {}, 'Qualifier'), h('th', {}, 'Claimant'))),
        h(
          'tbody',
          {},
          e.claims.map((c) =>
            h('tr', {}, h('td', {}, c.low === c.high || c.high == null ? `${c.low ?? '?'}` : `${c.low ?? '?'}–${c.high}`), h('td', {}, c.what), h('td', {}, c.qualifier.replace('_', ' ')), h('td', {}, c.claimant ?? 'the report')),
          ),
        ),
      )
    : h('p', { class: 'notes' }, 'No figures given.');
  const sources = h(
    'ul',
    { class: 'sources' },
    e.sources.map((s) => h('li', {}, safeLink(s.url, s.title ?? s.doc_id), h('div', { class: 'source-meta' }, [s.publisher, s.published].filter(Boolean).join(' · ')))),
  );
  const key = h('div', { class: 'key' }, h('span', { class: 'k-evidence' }, 'evidence'), h('span', { class: 'k-actor' }, 'actor'), h('span', { class: 'k-place' }, 'place'), h('span', { class: 'k-figure' }, 'figure'));
  const texts = articles.map((a) =>
    h(
      'article',
      { class: 'article', dataset: { doc: a.doc_id } },
      h('div', { class: 'article-head' }, h('div', { class: 'headline' }, a.title ?? a.doc_id), h('div', { class: 'source-meta' }, [a.publisher, a.published].filter(Boolean).join(' · '))),
      a.text === null ? h('p', { class: 'article-text' }, 'The article text is not stored.') : h('p', { class: 'article-text' }, renderHighlightedText(document, a.text, a.highlights)),
    ),
  );
  const quotes = articles.flatMap((a) =>
    a.text === null ? [] : a.highlights.filter((x) => x.kind === 'evidence').map((x) => h('blockquote', { class: 'quote' }, a.text.slice(x.start, x.end).trim(), articles.length > 1 ? h('cite', {}, a.publisher ?? a.doc_id) : null)),
  );
  $('#detail-body').replaceChildren(
    // Hook points: actor and place pages (web/entity-pages.js) and the review queue (web/review.js).
    entityLinks(e, { onEvent: openEvent, onError: showError }),
    reviewPanel(e, { map: mapView.map, onReviewed: (id) => refresh().then(() => openEvent(id)) }),
    h('p', { class: 'notes' }, e.notes),
    quotes.length ? h('section', {}, h('h2', {}, 'Evidence'), quotes) : null,
    facts,
    h('section', {}, h('h2', {}, 'Claims'), claims),
    h('section', {}, h('h2', {}, `Sources (${e.sources.length})`), sources),
    h('section', { class: 'article-list' }, h('h2', {}, 'Article text'), key, texts),
  );
  $('#detail').hidden = false;
  $('.layout').classList.add('with-detail');
  mapView.invalidate();
  $('#detail-body').scrollTop = 0;
}

async function openEvent(id) {
  tableState.selected = id;
  renderTable();
  try {
    renderDetail(await api(`/api/events/${encodeURIComponent(id)}`));
    if (location.hash !== `#event=${encodeURIComponent(id)}`) history.replaceState(null, '', `${location.pathname}${location.search}#event=${encodeURIComponent(id)}`);
  } catch (err) {
    showError(`Could not open the event: ${err.message}`);
  }
}

function closeDetail() {
  $('#detail').hidden = true;
  $('.layout').classList.remove('with-detail');
  mapView.invalidate();
  tableState.selected = null;
  renderTable();
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

// ---- wiring ------------------------------------------------------------------------------
const mapView = createMap($('#map'), { onSelect: openEvent });
const timeline = createTimeline($('#timeline'), {
  onBrush(range) {
    form.elements.namedItem('from').value = range?.from ?? '';
    form.elements.namedItem('to').value = range?.to ?? '';
    refresh();
  },
});

let generation = 0;
let countriesFilled = false;

async function refresh() {
  const mine = ++generation;
  const f = readFilters();
  history.replaceState(null, '', `${location.pathname}${Object.keys(f).length ? `?${query(f)}` : ''}${location.hash}`);
  $('#export-csv').href = `/api/export.csv?${query(f)}`;
  $('#export-geojson').href = `/api/export.geojson?${query(f)}`;
  const { from, to, ...undated } = f;
  try {
    const [page, all] = await Promise.all([
      api(`/api/events?${query({ ...f, limit: PAGE, sort: '-date' })}`),
      api(`/api/events?${query({ ...undated, limit: PAGE, sort: '-date' })}`),
    ]);
    if (mine !== generation) return;
    tableState.events = page.events;
    renderTable();
    mapView.setEvents(page.events);
    timeline.setData(all.events);
    timeline.setRange(from && to ? { from, to } : null);
    const located = page.events.filter((e) => e.latitude != null).length;
    $('#summary').replaceChildren(
      h('strong', {}, page.total.toLocaleString('en')),
      ` event${page.total === 1 ? '' : 's'} match`,
      page.total > page.events.length ? ` · showing the latest ${page.events.length.toLocaleString('en')}` : '',
      ` · ${located.toLocaleString('en')} on the map`,
    );
    if (!countriesFilled && !f.country) {
      countriesFilled = true;
      const select = form.elements.namedItem('country');
      const names = [...new Set(all.events.map((e) => e.country).filter(Boolean))].sort();
      select.append(...names.map((n) => h('option', {}, n)));
    }
    showError(null);
  } catch (err) {
    if (mine === generation) showError(err.message);
  }
}

function debounce(fn, ms) {
  let t;
  return () => {
    clearTimeout(t);
    t = setTimeout(fn, ms);
  };
}

async function init() {
  const legend = $('#legend');
  legend.replaceChildren(...Object.keys(TYPE_COLOURS).map((t) => h('li', {}, swatch(t), t)));
  writeFilters(Object.fromEntries(new URLSearchParams(location.search)));
  const initialCountry = form.elements.namedItem('country');
  const wanted = new URLSearchParams(location.search).get('country');
  if (wanted) {
    initialCountry.append(h('option', {}, wanted));
    initialCountry.value = wanted;
  }
  const typed = debounce(refresh, 300);
  form.addEventListener('input', (ev) => (ev.target.type === 'search' || ev.target.type === 'number' ? typed() : null));
  form.addEventListener('change', (ev) => (ev.target.type === 'search' || ev.target.type === 'number' ? null : refresh()));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    refresh();
  });
  form.addEventListener('reset', () => setTimeout(refresh, 0));
  $('#events tbody').addEventListener('click', (ev) => {
    const row = ev.target.closest('tr[data-id]');
    if (row) openEvent(row.dataset.id).then(() => mapView.focus(row.dataset.id));
  });
  $('#events thead').addEventListener('click', (ev) => {
    const th = ev.target.closest('th[data-key]');
    if (!th) return;
    if (tableState.key === th.dataset.key) tableState.dir = -tableState.dir;
    else [tableState.key, tableState.dir] = [th.dataset.key, th.classList.contains('num') || th.dataset.key === 'event_date' ? -1 : 1];
    renderTable();
  });
  $('#detail-close').addEventListener('click', closeDetail);
  document.addEventListener('keydown', (ev) => ev.key === 'Escape' && !$('#detail').hidden && closeDetail());

  api('/api/stats')
    .then((s) => ($('#summary').title = `${s.articles} articles · ${s.events} events · ${s.failures} failed inputs`))
    .catch(() => {});
  api('/api/actors?limit=200')
    .then(({ actors }) => $('#actor-list').replaceChildren(...actors.map((a) => h('option', { value: a.name }))))
    .catch(() => {});
  await refresh();
  const m = /^#event=(.+)$/.exec(location.hash);
  if (m) openEvent(decodeURIComponent(m[1]));
}

init();
