// The map: a basemap drawn from world-atlas country shapes (no tile server, so it works offline)
// and clustered event markers coloured by event type.
export const TYPE_COLOURS = {
  Battles: '#c2410c',
  'Explosions/Remote violence': '#b91c1c',
  'Violence against civilians': '#7e22ce',
  Protests: '#1d4ed8',
  Riots: '#0f766e',
  'Strategic developments': '#4b5563',
};
export const typeColour = (t) => TYPE_COLOURS[t] ?? '#6b7280';

function clusterIcon(cluster) {
  const n = cluster.getChildCount();
  const size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 44 : 52;
  const div = document.createElement('div');
  div.className = 'cluster';
  div.textContent = n >= 1000 ? `${Math.round(n / 100) / 10}k` : String(n);
  div.style.width = `${size}px`;
  div.style.height = `${size}px`;
  return L.divIcon({ html: div, className: '', iconSize: L.point(size, size) });
}

async function loadCountries(file) {
  const res = await fetch(file);
  if (!res.ok) throw new Error(`basemap ${file}: HTTP ${res.status}`);
  const topo = await res.json();
  return topojson.feature(topo, topo.objects.countries);
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

  const clusters = L.markerClusterGroup({ iconCreateFunction: clusterIcon, showCoverageOnHover: false, maxClusterRadius: 45, disableClusteringAtZoom: 9, chunkedLoading: true });
  map.addLayer(clusters);
  const byId = new Map();

  return {
    map,
    setEvents(events, { fit = true } = {}) {
      clusters.clearLayers();
      byId.clear();
      const markers = [];
      for (const e of events) {
        if (typeof e.latitude !== 'number' || typeof e.longitude !== 'number') continue;
        const m = L.circleMarker([e.latitude, e.longitude], { radius: 7, color: '#ffffff', weight: 1.5, fillColor: typeColour(e.event_type), fillOpacity: 0.9 });
        const label = document.createElement('div');
        const strong = document.createElement('strong');
        strong.textContent = `${e.sub_event_type}`;
        label.append(strong, document.createElement('br'), `${e.event_date ?? 'undated'} · ${e.location ?? e.country ?? 'unknown place'}`);
        m.bindTooltip(label, { direction: 'top', offset: [0, -6] });
        m.on('click', () => onSelect(e.event_id));
        markers.push(m);
        byId.set(e.event_id, m);
      }
      clusters.addLayers(markers);
      container.dataset.markers = String(markers.length);
      if (fit && markers.length > 0) {
        const bounds = L.latLngBounds(markers.map((m) => m.getLatLng()));
        map.fitBounds(bounds.pad(0.3), { maxZoom: 7, animate: false });
      }
      container.dispatchEvent(new CustomEvent('markers-drawn', { detail: { count: markers.length } }));
    },
    focus(id) {
      const m = byId.get(id);
      if (!m) return;
      const visible = clusters.getVisibleParent(m) === m && map.getBounds().contains(m.getLatLng());
      if (visible) m.openTooltip();
      else clusters.zoomToShowLayer(m, () => m.openTooltip());
    },
    invalidate() {
      map.invalidateSize();
    },
  };
}
