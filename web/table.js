// The events table: columns the analyst chooses (remembered in localStorage), sized to fit its
// pane, paged through the API, sortable from real buttons, and usable from the keyboard (one
// row in the tab order; arrows move, Enter opens).
import { typeColour } from './map.js';
import { h } from './dom.js';

const COLUMNS_KEY = 'sitrep-columns';
const UNDATED = 'undated';

/**
 * min: narrowest readable width in pixels; weight: share of the width left over; sort: the API's
 * sort key, when the server can sort the whole result by it (other columns sort the page's rows).
 */
export const COLUMNS = [
  { key: 'event_date', label: 'Date', min: 100, weight: 1, sort: 'date', first: -1 },
  { key: 'event_type', label: 'Type', min: 120, weight: 3 },
  { key: 'sub_event_type', label: 'Sub-event', min: 120, weight: 3 },
  { key: 'actor1', label: 'Actor 1', min: 120, weight: 4 },
  { key: 'actor2', label: 'Actor 2', min: 110, weight: 4 },
  { key: 'location', label: 'Location', min: 96, weight: 2 },
  { key: 'country', label: 'Country', min: 80, weight: 1 },
  { key: 'fatalities', label: 'Fatalities', min: 96, weight: 0, num: true, sort: 'fatalities', first: -1 },
  { key: 'n_sources', label: 'Sources', min: 84, weight: 0, num: true, first: -1 },
  { key: 'confidence', label: 'Confidence', min: 96, weight: 0, num: true, sort: 'confidence', first: -1, hidden: true },
  { key: 'admin1', label: 'Region', min: 96, weight: 2, hidden: true },
  { key: 'notes', label: 'Notes', min: 200, weight: 8, hidden: true },
];
/** When the chosen columns are wider than the pane, these give way first (they come back when it widens). */
const GIVE_WAY = ['notes', 'admin1', 'confidence', 'n_sources', 'sub_event_type', 'country', 'actor2', 'location', 'fatalities', 'actor1', 'event_type', 'event_date'];
export const DEFAULT_COLUMNS = COLUMNS.filter((c) => !c.hidden).map((c) => c.key);

export function loadColumns() {
  try {
    const saved = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null');
    if (Array.isArray(saved)) {
      const known = saved.filter((k) => COLUMNS.some((c) => c.key === k));
      if (known.length > 0) return known;
    }
  } catch {
    /* unreadable: the defaults */
  }
  return [...DEFAULT_COLUMNS];
}


function cell(col, e) {
  switch (col.key) {
    case 'event_date':
      return h('td', {}, e.event_date ?? UNDATED, e.event_date_end && e.event_date_end !== e.event_date ? h('span', { class: 'tag' }, `→ ${e.event_date_end}`) : null);
    case 'event_type': {
      const dot = h('span', { class: 'type-dot' });
      dot.style.background = typeColour(e.event_type);
      return h('td', { title: e.event_type }, dot, e.event_type);
    }
    case 'sub_event_type':
      return h('td', { title: e.sub_event_type }, e.sub_event_type, e.historical ? h('span', { class: 'tag' }, 'history') : null);
    case 'fatalities':
      return h('td', { class: 'num' }, e.fatalities ?? '—');
    case 'n_sources':
      return h('td', { class: 'num' }, e.n_sources ?? e.sources?.length ?? 1);
    case 'confidence':
      return h('td', { class: 'num' }, `${Math.round((e.confidence ?? 0) * 100)}%`);
    default: {
      const v = e[col.key];
      return h('td', { title: v ?? '' }, v ?? '—');
    }
  }
}

function compare(key, dir) {
  return (a, b) => {
    const va = a[key] ?? (typeof b[key] === 'number' ? -1 : '');
    const vb = b[key] ?? (typeof a[key] === 'number' ? -1 : '');
    if (va < vb) return -dir;
    if (va > vb) return dir;
    return 0;
  };
}

/**
 * table: the <table>; chooser: a container for the column menu; pager: a container for paging.
 * onOpen(id) opens an event; onPage() is called when the page, page size or server sort changes.
 */
export function createTable(table, chooser, pager, { onOpen, onPage }) {
  const state = { columns: loadColumns(), key: 'event_date', dir: -1, events: [], total: 0, offset: 0, size: 100, selected: null, active: 0 };

  const pane = table.parentElement;
  let fitted = { width: -1, cols: [] };

  /** The chosen columns that fit the pane's width, each with its width in pixels. */
  function visibleColumns() {
    const width = pane.clientWidth || 1000;
    let cols = state.columns.map((k) => COLUMNS.find((c) => c.key === k)).filter(Boolean);
    for (const key of GIVE_WAY) {
      if (cols.length <= 1 || cols.reduce((a, c) => a + c.min, 0) <= width) break;
      cols = cols.filter((c) => c.key !== key);
    }
    const spare = Math.max(0, width - cols.reduce((a, c) => a + c.min, 0));
    const weights = cols.reduce((a, c) => a + c.weight, 0);
    const share = (c) => (weights > 0 ? c.weight / weights : 1 / cols.length);
    fitted = { width, cols: cols.map((c) => ({ ...c, px: c.min + spare * share(c) })) };
    const hidden = state.columns.length - cols.length;
    const summary = chooser.querySelector('summary');
    if (summary) summary.textContent = hidden > 0 ? `Columns (${hidden} hidden to fit)` : 'Columns';
    return fitted.cols;
  }

  function renderHead() {
    const cols = visibleColumns();
    const colgroup = h('colgroup', {}, cols.map((c) => {
      const col = h('col', { dataset: { key: c.key } });
      col.style.width = `${Math.floor(c.px)}px`;
      return col;
    }));
    const row = h('tr', {}, cols.map((c) => {
      const sorted = c.key === state.key;
      return h(
        'th',
        { scope: 'col', class: c.num ? 'num' : undefined, 'aria-sort': sorted ? (state.dir === 1 ? 'ascending' : 'descending') : 'none', dataset: { key: c.key } },
        h('button', { type: 'button', class: `sort${sorted ? ` sorted ${state.dir === 1 ? 'asc' : 'desc'}` : ''}`, title: c.sort ? `Sort all events by ${c.label.toLowerCase()}` : `Sort this page by ${c.label.toLowerCase()}` }, c.label),
      );
    }));
    table.querySelector('colgroup')?.remove();
    table.prepend(colgroup);
    table.tHead.replaceChildren(row);
  }

  function rows() {
    const col = COLUMNS.find((c) => c.key === state.key);
    // the server sorted the page already when it can; otherwise the page is sorted here
    return col?.sort ? state.events : [...state.events].sort(compare(state.key, state.dir));
  }

  function renderBody() {
    const cols = fitted.cols;
    const list = rows();
    state.active = Math.min(state.active, Math.max(0, list.length - 1));
    const selectedAt = list.findIndex((e) => e.event_id === state.selected);
    if (selectedAt >= 0 && !table.tBodies[0].contains(document.activeElement)) state.active = selectedAt;
    const body = table.tBodies[0];
    body.replaceChildren(
      ...list.map((e, i) =>
        h(
          'tr',
          { dataset: { id: e.event_id }, class: e.event_id === state.selected ? 'selected' : undefined, tabindex: i === state.active ? 0 : -1, 'aria-selected': e.event_id === state.selected ? 'true' : 'false' },
          cols.map((c) => cell(c, e)),
        ),
      ),
    );
  }

  function renderPager() {
    const from = state.total === 0 ? 0 : state.offset + 1;
    const to = state.offset + state.events.length;
    const prev = h('button', { type: 'button', class: 'secondary', 'data-page': 'prev', disabled: state.offset === 0 }, '‹ Previous');
    const next = h('button', { type: 'button', class: 'secondary', 'data-page': 'next', disabled: to >= state.total }, 'Next ›');
    const size = h('select', { 'aria-label': 'Rows per page', 'data-page': 'size' }, [100, 250, 500, 1000].map((n) => h('option', { value: n, selected: n === state.size }, `${n} rows`)));
    pager.replaceChildren(h('span', { class: 'range' }, `${from.toLocaleString('en')}–${to.toLocaleString('en')} of ${state.total.toLocaleString('en')}`), prev, next, size);
  }

  function renderChooser() {
    const menu = h('details', { class: 'columns-menu' }, h('summary', {}, 'Columns'));
    const list = h('fieldset', {}, h('legend', {}, 'Show columns'));
    for (const c of COLUMNS) {
      list.append(h('label', {}, h('input', { type: 'checkbox', value: c.key, checked: state.columns.includes(c.key) }), c.label));
    }
    list.append(h('button', { type: 'button', class: 'secondary', 'data-reset': '' }, 'Default columns'));
    menu.append(list);
    chooser.replaceChildren(menu);
  }

  function render() {
    renderHead();
    renderBody();
    renderPager();
  }

  function saveColumns(keys) {
    state.columns = COLUMNS.filter((c) => keys.includes(c.key)).map((c) => c.key);
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(state.columns));
    render();
  }

  chooser.addEventListener('change', (ev) => {
    if (ev.target.type !== 'checkbox') return;
    const keys = [...chooser.querySelectorAll('input[type=checkbox]:checked')].map((i) => i.value);
    if (keys.length === 0) {
      ev.target.checked = true;
      return;
    }
    saveColumns(keys);
  });
  chooser.addEventListener('click', (ev) => {
    if (!ev.target.closest('[data-reset]')) return;
    localStorage.removeItem(COLUMNS_KEY);
    state.columns = [...DEFAULT_COLUMNS];
    renderChooser();
    render();
  });

  table.tHead.addEventListener('click', (ev) => {
    const th = ev.target.closest('th[data-key]');
    if (!th || !ev.target.closest('button')) return;
    const col = COLUMNS.find((c) => c.key === th.dataset.key);
    if (state.key === col.key) state.dir = -state.dir;
    else [state.key, state.dir] = [col.key, col.first ?? 1];
    if (col.sort) {
      state.offset = 0;
      renderHead();
      onPage();
    } else render();
    table.tHead.querySelector(`th[data-key="${col.key}"] button`)?.focus();
  });

  pager.addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-page]');
    if (!b) return;
    state.offset = b.dataset.page === 'next' ? state.offset + state.size : Math.max(0, state.offset - state.size);
    state.active = 0;
    onPage();
  });
  pager.addEventListener('change', (ev) => {
    if (ev.target.dataset.page !== 'size') return;
    state.size = Number(ev.target.value);
    state.offset = 0;
    onPage();
  });

  const body = table.tBodies[0];
  body.addEventListener('click', (ev) => {
    const row = ev.target.closest('tr[data-id]');
    if (!row) return;
    state.active = [...body.rows].indexOf(row);
    onOpen(row.dataset.id);
  });
  body.addEventListener('keydown', (ev) => {
    const row = ev.target.closest('tr[data-id]');
    if (!row) return;
    const all = [...body.rows];
    let i = all.indexOf(row);
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      onOpen(row.dataset.id);
      return;
    }
    if (ev.key === 'ArrowDown') i = Math.min(all.length - 1, i + 1);
    else if (ev.key === 'ArrowUp') i = Math.max(0, i - 1);
    else if (ev.key === 'Home') i = 0;
    else if (ev.key === 'End') i = all.length - 1;
    else return;
    ev.preventDefault();
    row.tabIndex = -1;
    all[i].tabIndex = 0;
    all[i].focus();
    state.active = i;
  });

  renderChooser();
  renderHead();
  // A new width may fit more or fewer of the chosen columns.
  new ResizeObserver(() => {
    if (pane.clientWidth === fitted.width || pane.clientWidth === 0) return;
    const before = fitted.cols.map((c) => c.key).join();
    renderHead();
    if (fitted.cols.map((c) => c.key).join() !== before) renderBody();
  }).observe(pane);

  return {
    /** The API parameters of the page wanted: limit, offset and, when the server sorts, sort. */
    pageQuery() {
      const col = COLUMNS.find((c) => c.key === state.key);
      const sort = col?.sort ? `${state.dir === -1 ? '-' : ''}${col.sort}` : '-date';
      return { limit: String(state.size), offset: String(state.offset), sort };
    },
    /** Back to the first page (filters changed). */
    firstPage() {
      state.offset = 0;
      state.active = 0;
    },
    setPage({ events, total, offset }) {
      state.events = events;
      state.total = total;
      state.offset = offset;
      render();
    },
    select(id) {
      state.selected = id;
      renderBody();
    },
    get events() {
      return state.events;
    },
  };
}
