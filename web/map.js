// The map: a basemap drawn from world-atlas country shapes with place labels from the server's
// gazetteer (no tile server, so it works offline), and clustered event markers coloured by event
// type and sized by fatalities.
export const TYPE_COLOURS = {
  Battles: '#c2410c',
  'Explosions/Remote violence': '#b91c1c',
  'Violence against civilians': '#7e22ce',
  Protests: '#1d4ed8',
  Riots: '#0f766e',
  'Strategic developments': '#4b5563',
};
export const typeColour = (t) => TYPE_COLOURS[t] ?? '#6b7280';

/** Radius in pixels: 5 for no or unknown deaths, growing with the square root (area ∝ deaths), capped. */
export function markerRadius(fatalities) {
  if (!fatalities || fatalities < 0) return 5;
  return Math.min(18, 5 + 1.6 * Math.sqrt(fatalities));
}

/** A cluster as a ring split by event type (a conic gradient), the count in the middle. */
function clusterIcon(cluster) {
  const n = cluster.getChildCount();
  const size = n < 10 ? 32 : n < 100 ? 38 : n < 1000 ? 46 : 54;
  const counts = new Map();
  for (const m of cluster.getAllChildMarkers()) counts.set(m.options.eventType, (counts.get(m.options.eventType) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  let at = 0;
  const stops = sorted.map(([type, k]) => {
    const from = at;
    at += (k / n) * 360;
    return `${typeColour(type)} ${from}deg ${at}deg`;
  });
  const ring = document.createElement('div');
  ring.className = 'cluster';
  ring.style.width = `${size}px`;
  ring.style.height = `${size}px`;
  ring.style.background = `conic-gradient(${stops.join(', ')})`;
  ring.dataset.types = sorted.map(([t]) => t).join('|');
  const count = document.createElement('span');
  count.textContent = n >= 1000 ? `${Math.round(n / 100) / 10}k` : String(n);
  ring.append(count);
  ring.title = sorted.map(([t, k]) => `${t}: ${k}`).join('\n');
  return L.divIcon({ html: ring, className: '', iconSize: L.point(size, size) });
}

async function loadJson(file) {
  const res = await fetch(file);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return res.json();
}

async function loadCountries(file) {
  const topo = await loadJson(file);
  return topojson.feature(topo, topo.objects.countries);
}

/** Roughly how wide a label is drawn, for keeping labels apart without measuring the DOM. */
const labelWidth = (l) => l.name.length * (l.kind === 'admin1' ? 7.2 : 6.4) + 8;

/**
 * Place labels for the view, fetched as the map moves, drawn in their own pane under the markers.
 * Towns first, largest first; a label that would overlap one already placed is left out.
 */
function createLabels(map) {
  map.createPane('labels');
  map.getPane('labels').style.zIndex = 450;
  map.getPane('labels').style.pointerEvents = 'none';
  const layer = L.layerGroup([], { pane: 'labels' }).addTo(map);
  let lines = null;
  let wanted = 0;

  async function update() {
    const mine = ++wanted;
    const b = map.getBounds();
    const zoom = map.getZoom();
    const bbox = [b.getWest(), Math.max(-90, b.getSouth()), b.getEast(), Math.min(90, b.getNorth())].map((v) => v.toFixed(3)).join(',');
    let labels;
    try {
      ({ labels } = await loadJson(`/api/map/labels?bbox=${bbox}&zoom=${zoom}`));
    } catch (e) {
      console.warn(`place labels: ${e.message}`);
      return;
    }
    if (mine !== wanted) return;
    const placed = [];
    const markers = [];
    for (const l of labels) {
      const p = map.latLngToContainerPoint([l.lat, l.lon]);
      const w = labelWidth(l);
      const box = { x0: p.x - w / 2, x1: p.x + w / 2, y0: p.y - 9, y1: p.y + 9 };
      if (placed.some((o) => box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1)) continue;
      placed.push(box);
      const text = document.createElement('span');
      text.textContent = l.name;
      const icon = L.divIcon({ html: text, className: `place-label ${l.kind}`, iconSize: null });
      markers.push(L.marker([l.lat, l.lon], { icon, pane: 'labels', interactive: false, keyboard: false }));
    }
    layer.clearLayers();
    for (const m of markers) layer.addLayer(m);
    map.getContainer().dataset.labels = String(markers.length);
    map.getContainer().dispatchEvent(new CustomEvent('labels-drawn', { detail: { count: markers.length } }));
    if (zoom >= 4 && !lines) {
      lines = 'loading';
      loadJson('/api/map/admin1-lines')
        .then((topo) => {
          lines = L.geoJSON(topojson.mesh(topo, topo.objects.states, (a, b) => a !== b), { style: { color: '#9aa5b1', weight: 0.8, dashArray: '3 3', fill: false }, interactive: false }).addTo(map);
        })
        .catch((e) => console.warn(`region lines: ${e.message}`));
    }
  }
  let timer = null;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  };
  map.on('moveend', schedule);
  return { schedule };
}

export function createMap(container, { onSelect }) {
  const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 10, zoomControl: true, attributionControl: false, preferCanvas: false }).setView([30, 30], 3);
  const canvas = L.canvas({ padding: 0.5 });
  const landStyle = { renderer: canvas, color: '#b9c2cc', weight: 0.7, fillColor: '#f8f7f3', fillOpacity: 1, interactive: false };
  let basemap = null;
  let detailed = false;
  const showBasemap = (geo) => {
    const layer = L.geoJSON(geo, { style: () => landStyle, interactive: false });
    layer.addTo(map);
    layer.bringToBack();
    if (basemap) map.removeLayer(basemap);
    basemap = layer;
  };
  loadCountries('/geo/countries-110m.json').then(showBasemap).catch((e) => console.error(e));
  map.on('zoomend', () => {
    if (detailed || map.getZoom() < 5) return;
    detailed = true;
    loadCountries('/geo/countries-50m.json').then(showBasemap).catch((e) => console.error(e));
  });
  // The first labels are asked for once the first markers are drawn: the server reads its
  // gazetteer on the first request, and the events should not wait behind that.
  const labels = createLabels(map);

  const clusters = L.markerClusterGroup({ iconCreateFunction: clusterIcon, showCoverageOnHover: false, maxClusterRadius: 45, disableClusteringAtZoom: 9, chunkedLoading: true });
  map.addLayer(clusters);
  // The selected event's ring sits outside the clusters, so it shows even while its marker is clustered.
  const selection = L.layerGroup().addTo(map);
  const byId = new Map();
  let selectedId = null;
  /** The cluster whose spider is open, so a marker opened from it leaves it open. */
  let spider = null;
  clusters.on('spiderfied', (ev) => {
    spider = ev.cluster;
    container.dataset.spider = ev.markers.map((m) => m.options.eventId).join(' ');
  });
  clusters.on('unspiderfied', () => {
    spider = null;
    container.dataset.spider = '';
  });

  function drawSelection() {
    selection.clearLayers();
    const m = selectedId && byId.get(selectedId);
    container.dataset.selected = m ? selectedId : '';
    if (!m) return;
    const r = m.getRadius() + 7;
    selection.addLayer(L.circleMarker(m.getLatLng(), { radius: r, color: '#f5a524', weight: 3, fill: false, interactive: false, className: 'selected-ring' }));
  }

  return {
    map,
    setEvents(events, { fit = true } = {}) {
      clusters.clearLayers();
      byId.clear();
      const markers = [];
      for (const e of events) {
        if (typeof e.latitude !== 'number' || typeof e.longitude !== 'number') continue;
        const m = L.circleMarker([e.latitude, e.longitude], {
          radius: markerRadius(e.fatalities),
          color: '#ffffff',
          weight: 1.5,
          fillColor: typeColour(e.event_type),
          fillOpacity: 0.88,
          eventType: e.event_type,
          eventId: e.event_id,
          className: 'event-marker',
          // a click on a marker is not a click on the map, which would fold the spider it sits in
          bubblingMouseEvents: false,
        });
        const label = document.createElement('div');
        const strong = document.createElement('strong');
        strong.textContent = `${e.sub_event_type}`;
        label.append(strong, document.createElement('br'), `${e.event_date ?? 'undated'} · ${e.location ?? e.country ?? 'unknown place'}`, document.createElement('br'), `${e.fatalities ?? 'unknown'} fatalities`);
        m.on('add', () => m.getElement()?.setAttribute('data-id', e.event_id));
        m.bindTooltip(label, { direction: 'top', offset: [0, -6] });
        m.on('click', () => {
          const open = spider;
          onSelect(e.event_id);
          // opening the panel resizes the map, and the cluster layer folds its spiders on a move
          if (open) setTimeout(() => clusters.getVisibleParent(m) !== m && open._icon && open.spiderfy(), 0);
        });
        markers.push(m);
        byId.set(e.event_id, m);
      }
      clusters.addLayers(markers);
      container.dataset.markers = String(markers.length);
      if (fit && markers.length > 0) {
        const bounds = L.latLngBounds(markers.map((m) => m.getLatLng()));
        map.fitBounds(bounds.pad(0.3), { maxZoom: 7, animate: false });
      }
      drawSelection();
      labels.schedule();
      container.dispatchEvent(new CustomEvent('markers-drawn', { detail: { count: markers.length } }));
    },
    /** Marks the selected event (null: none). */
    select(id) {
      selectedId = id;
      drawSelection();
    },
    focus(id) {
      const m = byId.get(id);
      if (!m) return;
      const visible = clusters.getVisibleParent(m) === m && map.getBounds().contains(m.getLatLng());
      if (visible) m.openTooltip();
      else clusters.zoomToShowLayer(m, () => m.openTooltip());
    },
    invalidate() {
      const open = spider;
      map.invalidateSize();
      if (open && open._icon && !spider) open.spiderfy();
    },
  };
}
