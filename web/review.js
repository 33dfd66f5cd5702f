// The review queue in the event panel: accept, edit (re-pin the place on the map) or reject, with why.
// The token is asked for once and kept in sessionStorage, with the reviewer's name.
import { h, request, REVIEWER_KEY, TOKEN_KEY, useStylesheet } from './dom.js';

const TAXONOMY = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
};
const STATUS_TEXT = { accepted: 'Accepted', edited: 'Edited', rejected: 'Rejected' };

function credentials(section) {
  const token = h('input', { type: 'password', name: 'review-token', placeholder: 'access token', autocomplete: 'off', maxlength: 500 });
  const name = h('input', { type: 'text', name: 'review-name', placeholder: 'your name', maxlength: 100, value: sessionStorage.getItem(REVIEWER_KEY) ?? '' });
  const box = h('div', { class: 'review-credentials' }, h('label', {}, 'Token ', token), h('label', {}, 'Name ', name));
  box.hidden = !!sessionStorage.getItem(TOKEN_KEY);
  section.append(box);
  /** Stores what was typed; true when a token is available. */
  return () => {
    if (token.value.trim()) sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    if (name.value.trim()) sessionStorage.setItem(REVIEWER_KEY, name.value.trim());
    box.hidden = !!sessionStorage.getItem(TOKEN_KEY);
    return !!sessionStorage.getItem(TOKEN_KEY);
  };
}

function field(label, input) {
  return h('label', { class: 'review-field' }, h('span', {}, label), input);
}

function editForm(e, map) {
  const type = h('select', { name: 'event_type' }, Object.keys(TAXONOMY).map((t) => h('option', { value: t, selected: t === e.event_type }, t)));
  const sub = h('select', { name: 'sub_event_type' });
  const fillSubs = () => sub.replaceChildren(...TAXONOMY[type.value].map((s) => h('option', { value: s, selected: s === e.sub_event_type }, s)));
  type.addEventListener('change', fillSubs);
  fillSubs();
  const text = (name, value, extra = {}) => h('input', { type: 'text', name, value: value ?? '', maxlength: 300, ...extra });
  const num = (name, value, extra = {}) => h('input', { type: 'number', name, value: value ?? '', ...extra });
  const inputs = {
    actor1: text('actor1', e.actor1), actor2: text('actor2', e.actor2),
    event_date: h('input', { type: 'date', name: 'event_date', value: e.event_date ?? '' }),
    event_date_end: h('input', { type: 'date', name: 'event_date_end', value: e.event_date_end ?? '' }),
    fatalities: num('fatalities', e.fatalities, { min: 0, step: 1, placeholder: 'unknown' }),
    location: text('location', e.location),
    country: text('country', e.country),
    latitude: num('latitude', e.latitude, { step: 'any', min: -90, max: 90 }),
    longitude: num('longitude', e.longitude, { step: 'any', min: -180, max: 180 }),
  };
  const pick = h('button', { type: 'button', class: 'secondary review-pick' }, 'Pick on map');
  pick.addEventListener('click', () => {
    if (!map) return;
    pick.textContent = 'Click the map…';
    map.getContainer().classList.add('review-picking');
    map.once('click', (ev) => {
      inputs.latitude.value = ev.latlng.lat.toFixed(5);
      inputs.longitude.value = L.Util.wrapNum(ev.latlng.lng, [-180, 180], true).toFixed(5);
      map.getContainer().classList.remove('review-picking');
      pick.textContent = 'Pick on map';
    });
  });
  const form = h('div', { class: 'review-edit' },
    field('Type', type), field('Sub-event', sub), field('Actor 1', inputs.actor1), field('Actor 2', inputs.actor2),
    field('Date', inputs.event_date), field('End date', inputs.event_date_end), field('Fatalities', inputs.fatalities),
    field('Location', inputs.location), field('Country', inputs.country), field('Latitude', inputs.latitude), field('Longitude', inputs.longitude), pick);
  /** Only what differs from the event: an edit records what the analyst changed. */
  const changes = () => {
    const c = {};
    if (type.value !== e.event_type || sub.value !== e.sub_event_type) Object.assign(c, { event_type: type.value, sub_event_type: sub.value });
    for (const k of ['actor1', 'actor2', 'location', 'country']) {
      const v = inputs[k].value.trim() || null;
      if (v !== (e[k] ?? null)) c[k] = v;
    }
    for (const k of ['event_date', 'event_date_end']) if (inputs[k].value && inputs[k].value !== e[k]) c[k] = inputs[k].value;
    const f = inputs.fatalities.value === '' ? null : Number(inputs.fatalities.value);
    if (f !== (e.fatalities ?? null)) c.fatalities = f;
    const lat = inputs.latitude.value === '' ? null : Number(inputs.latitude.value);
    const lon = inputs.longitude.value === '' ? null : Number(inputs.longitude.value);
    if (lat !== null && lon !== null && (lat !== e.latitude || lon !== e.longitude)) Object.assign(c, { latitude: lat, longitude: lon });
    return c;
  };
  return { form, changes };
}

/**
 * The review section for an event: its status and history, and the three actions.
 * onReviewed(id) runs after a review is stored (the caller reloads the panel and the listing).
 */
export function reviewPanel(e, { map, onReviewed }) {
  useStylesheet('/review.css');
  const status = h('div', { class: 'review-status', dataset: { status: e.review_status ?? 'unreviewed' } }, e.review_status ? STATUS_TEXT[e.review_status] : 'Not reviewed');
  const history = h('ul', { class: 'review-history' });
  const message = h('p', { class: 'review-message', role: 'status' });
  const reason = h('input', { type: 'text', name: 'review-reason', placeholder: 'why (needed to reject)', maxlength: 2000 });
  const section = h('section', { class: 'review', 'aria-label': 'Review' }, h('h2', {}, 'Review'), status, history);
  const ensureToken = credentials(section);
  const { form, changes } = editForm(e, map);
  form.hidden = true;
  const send = async (action, extra = {}) => {
    if (!ensureToken()) {
      message.textContent = 'Enter the access token (and your name) to review.';
      return;
    }
    message.textContent = 'Saving…';
    try {
      const reviewer = sessionStorage.getItem(REVIEWER_KEY) || undefined;
      const r = await request(`/api/events/${encodeURIComponent(e.event_id)}/review`, { method: 'POST', body: { action, reason: reason.value.trim() || undefined, reviewer, ...extra } });
      message.textContent = `${STATUS_TEXT[r.event.review_status]} by ${r.review.reviewer}.`;
      onReviewed?.(e.event_id);
    } catch (err) {
      if (err.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        ensureToken();
      }
      message.textContent = `Not saved: ${err.message}`;
    }
  };
  const accept = h('button', { type: 'button', class: 'review-accept' }, 'Accept');
  const edit = h('button', { type: 'button', class: 'review-edit-toggle secondary' }, 'Edit…');
  const save = h('button', { type: 'button', class: 'review-save' }, 'Save edit');
  const reject = h('button', { type: 'button', class: 'review-reject' }, 'Reject');
  accept.addEventListener('click', () => send('accept'));
  reject.addEventListener('click', () => (reason.value.trim() ? send('reject') : (message.textContent = 'Say why the event is rejected.')));
  edit.addEventListener('click', () => {
    form.hidden = !form.hidden;
    save.hidden = form.hidden;
  });
  save.hidden = true;
  save.addEventListener('click', () => {
    const c = changes();
    if (!Object.keys(c).length) message.textContent = 'Nothing changed.';
    else send('edit', { changes: c });
  });
  section.append(form, field('Reason', reason), h('div', { class: 'review-actions' }, accept, edit, save, reject), message);
  request(`/api/events/${encodeURIComponent(e.event_id)}/reviews`)
    .then(({ reviews }) => history.replaceChildren(...reviews.map((r) => h('li', {}, h('strong', {}, STATUS_TEXT[{ accept: 'accepted', edit: 'edited', reject: 'rejected' }[r.action]]), ` by ${r.reviewer}, ${r.at.slice(0, 16).replace('T', ' ')}`, r.reason ? ` — ${r.reason}` : ''))))
    .catch(() => {});
  return section;
}
