// Sitrep's analyst workspace: filters → /api/events → map, timeline, table; click → event detail.
import { createCharts } from './charts.js';
import { h } from './dom.js';
import { renderHighlightedText } from './highlight.js';
import { createMap, TYPE_COLOURS, typeColour } from './map.js';
import { createTable } from './table.js';
import { createTimeline } from './timeline.js';
import { entityLinks } from './entity-pages.js';
import { reviewPanel } from './review.js';

/** The map shows the newest events up to this many; the table pages through all of them. */
const MAP_LIMIT = 1000;
const FILTER_NAMES = ['text', 'actor', 'event_type', 'sub_event_type', 'country', 'from', 'to', 'min_fatalities', 'historical'];
const TOKEN_KEY = 'sitrep-token';

const $ = (sel) => document.querySelector(sel);
const form = $('#filters');


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
  $('#detail').dataset.eventId = e.event_id;
  $('.layout').classList.add('with-detail');
  mapView.invalidate();
  $('#detail-body').scrollTop = 0;
}

async function openEvent(id) {
  table.select(id);
  mapView.select(id);
  try {
    renderDetail(await api(`/api/events/${encodeURIComponent(id)}`));
    if (location.hash !== `#event=${encodeURIComponent(id)}`) history.replaceState(null, '', `${location.pathname}${location.search}#event=${encodeURIComponent(id)}`);
  } catch (err) {
    showError(`Could not open the event: ${err.message}`);
  }
}

function closeDetail() {
  $('#detail').hidden = true;
  delete $('#detail').dataset.eventId;
  $('.layout').classList.remove('with-detail');
  mapView.invalidate();
  table.select(null);
  mapView.select(null);
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
  onUnit(unit) {
    $('#timeline-title').textContent = `Events per ${unit}`;
  },
});
const table = createTable($('#events'), $('#column-chooser'), $('#pager'), {
  onOpen: (id) => openEvent(id).then(() => mapView.focus(id)),
  onPage: () => loadPage(),
});
const charts = createCharts($('#charts-pane'));

let generation = 0;
let pageGeneration = 0;
let taxonomy = null;

/** The table's page under the current filters. */
async function loadPage() {
  const mine = ++pageGeneration;
  try {
    const page = await api(`/api/events?${query({ ...readFilters(), ...table.pageQuery() })}`);
    if (mine !== pageGeneration) return;
    table.setPage(page);
    $('#empty').hidden = page.total > 0;
  } catch (err) {
    if (mine === pageGeneration) showError(err.message);
  }
}

/** Options of a <select>, keeping its first ("All …") option and the current choice even when it is not offered. */
function fillSelect(select, values) {
  const current = select.value;
  const all = current && !values.includes(current) ? [current, ...values] : values;
  select.replaceChildren(select.options[0], ...all.map((v) => h('option', {}, v)));
  select.value = current;
}

function fillSubEvents() {
  if (!taxonomy) return;
  const type = form.elements.namedItem('event_type').value;
  const subs = type && taxonomy[type] ? taxonomy[type] : Object.values(taxonomy).flat();
  fillSelect(form.elements.namedItem('sub_event_type'), [...subs]);
}

async function refresh() {
  const mine = ++generation;
  const f = readFilters();
  history.replaceState(null, '', `${location.pathname}${Object.keys(f).length ? `?${query(f)}` : ''}${location.hash}`);
  $('#export-csv').href = `/api/export.csv?${query(f)}`;
  $('#export-geojson').href = `/api/export.geojson?${query(f)}`;
  const { from, to, ...undated } = f;
  table.firstPage();
  loadPage();
  try {
    const mapPage = await api(`/api/events?${query({ ...f, limit: MAP_LIMIT, sort: '-date' })}`);
    if (mine !== generation) return;
    // Asked for after the markers: on a large store the counts take longer, and the server answers one query at a time.
    const counts = Promise.all([api(`/api/summary?${query(undated)}`), from || to ? api(`/api/summary?${query(f)}`) : null]);
    mapView.setEvents(mapPage.events);
    const located = mapPage.events.filter((e) => e.latitude != null).length;
    $('#summary').replaceChildren(
      h('strong', {}, mapPage.total.toLocaleString('en')),
      ` event${mapPage.total === 1 ? '' : 's'} match`,
      ` · ${located.toLocaleString('en')} on the map`,
      mapPage.total > mapPage.events.length ? ` (the latest ${mapPage.events.length.toLocaleString('en')})` : '',
    );
    const [overall, dated] = await counts;
    if (mine !== generation) return;
    timeline.setData(overall.days);
    timeline.setRange(from && to ? { from, to } : null);
    charts.setSummary(dated ?? overall);
    taxonomy = overall.taxonomy;
    fillSubEvents();
    fillSelect(form.elements.namedItem('country'), overall.countries);
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

function openFromHash() {
  const m = /^#event=(.+)$/.exec(location.hash);
  if (m) {
    const id = decodeURIComponent(m[1]);
    if (id !== currentEventId()) openEvent(id).then(() => mapView.focus(id));
  } else if (!$('#detail').hidden) closeDetail();
}

const currentEventId = () => $('#detail').dataset.eventId ?? null;

function showTab(name) {
  for (const tab of document.querySelectorAll('.tabs [role=tab]')) {
    const on = tab.id === `tab-${name}`;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`#${tab.getAttribute('aria-controls')}`).hidden = !on;
  }
  $('#pager').hidden = name !== 'table';
  $('#column-chooser').hidden = name !== 'table';
  if (name === 'charts') charts.redraw();
}

async function init() {
  const legend = $('#legend');
  legend.replaceChildren(...Object.keys(TYPE_COLOURS).map((t) => h('li', {}, swatch(t), t)));
  const initial = Object.fromEntries(new URLSearchParams(location.search));
  for (const name of ['country', 'sub_event_type']) {
    if (initial[name]) form.elements.namedItem(name).append(h('option', {}, initial[name]));
  }
  writeFilters(initial);
  const typed = debounce(refresh, 300);
  form.addEventListener('input', (ev) => (ev.target.type === 'search' || ev.target.type === 'number' ? typed() : null));
  form.addEventListener('change', (ev) => {
    if (ev.target.type === 'search' || ev.target.type === 'number') return;
    if (ev.target.name === 'event_type') {
      // a sub-event type of another event type would match nothing
      const sub = form.elements.namedItem('sub_event_type');
      if (sub.value && taxonomy && ev.target.value && !taxonomy[ev.target.value]?.includes(sub.value)) sub.value = '';
      fillSubEvents();
    }
    refresh();
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    refresh();
  });
  form.addEventListener('reset', () => setTimeout(refresh, 0));
  $('#detail-close').addEventListener('click', closeDetail);
  document.addEventListener('keydown', (ev) => ev.key === 'Escape' && !$('#detail').hidden && closeDetail());
  window.addEventListener('hashchange', openFromHash);
  $('.tabs').addEventListener('click', (ev) => {
    const tab = ev.target.closest('[role=tab]');
    if (tab) showTab(tab.id.replace('tab-', ''));
  });
  $('.tabs').addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowLeft' && ev.key !== 'ArrowRight') return;
    const next = $('#tab-table').getAttribute('aria-selected') === 'true' ? 'charts' : 'table';
    showTab(next);
    $(`#tab-${next}`).focus();
  });

  api('/api/stats')
    .then((s) => ($('#summary').title = `${s.articles} articles · ${s.events} events · ${s.failures} failed inputs`))
    .catch(() => {});
  api('/api/actors?limit=200')
    .then(({ actors }) => $('#actor-list').replaceChildren(...actors.map((a) => h('option', { value: a.name }))))
    .catch(() => {});
  await refresh();
  openFromHash();
}

init();
