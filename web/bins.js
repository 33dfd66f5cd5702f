// Calendar bins (day, week, month, year) and axis ticks for the timeline and the charts. All
// arithmetic is in UTC on ISO days, so a bin never shifts with the viewer's time zone.
export const DAY = 86_400_000;

export const parseDay = (day) => Date.parse(`${day}T00:00:00Z`);
export const isoDay = (t) => new Date(t).toISOString().slice(0, 10);

/** Start (ms, UTC) of the bin of the given unit that holds time t; weeks start on Monday. */
export function binStart(unit, t) {
  const d = new Date(t);
  if (unit === 'day') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (unit === 'week') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY;
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return Date.UTC(d.getUTCFullYear(), 0, 1);
}

/** Start of the bin after the one starting at t. */
export function nextBin(unit, t) {
  const d = new Date(t);
  if (unit === 'day') return t + DAY;
  if (unit === 'week') return t + 7 * DAY;
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}

/**
 * The bin that keeps a range readable: days up to two months, weeks up to a year and a half,
 * months up to fifteen years, years beyond. Roughly 15 to 180 bars either way.
 */
export function chooseUnit(fromT, toT) {
  const days = (toT - fromT) / DAY + 1;
  if (days <= 62) return 'day';
  if (days <= 550) return 'week';
  if (days <= 15 * 366) return 'month';
  return 'year';
}

/** Every bin start from the bin holding fromT to the bin holding toT. */
export function binsBetween(unit, fromT, toT) {
  const out = [];
  for (let t = binStart(unit, fromT); t <= toT; t = nextBin(unit, t)) out.push(t);
  return out;
}

export const UNIT_NOUN = { day: 'day', week: 'week', month: 'month', year: 'year' };

/** A bin as words: "14 Mar 2024", "week of 11 Mar 2024", "Mar 2024", "2024". */
export function binLabel(unit, t) {
  const d = new Date(t);
  const opts = { timeZone: 'UTC' };
  if (unit === 'year') return String(d.getUTCFullYear());
  if (unit === 'month') return d.toLocaleString('en-GB', { ...opts, month: 'short', year: 'numeric' });
  const day = d.toLocaleString('en-GB', { ...opts, day: 'numeric', month: 'short', year: 'numeric' });
  return unit === 'week' ? `week of ${day}` : day;
}

// Tick steps from finest to coarsest: a step is [unit, how many].
const TICK_STEPS = [['day', 1], ['day', 2], ['week', 1], ['week', 2], ['month', 1], ['month', 2], ['month', 3], ['month', 6], ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 25]];
const STEP_DAYS = { day: 1, week: 7, month: 30.4, year: 365.25 };

function tickText([unit, n], t, first) {
  const d = new Date(t);
  const opts = { timeZone: 'UTC' };
  if (unit === 'year') return String(d.getUTCFullYear());
  // at a quarter or coarser, a year's first tick reads as the year itself
  if (unit === 'month' && n >= 3 && d.getUTCMonth() === 0) return String(d.getUTCFullYear());
  if (unit === 'month') return d.getUTCMonth() === 0 || first ? d.toLocaleString('en-GB', { ...opts, month: 'short', year: 'numeric' }) : d.toLocaleString('en-GB', { ...opts, month: 'short' });
  // the first tick says the year too, so a short range is never read without it
  if (first) return d.toLocaleString('en-GB', { ...opts, day: 'numeric', month: 'short', year: 'numeric' });
  return d.getUTCDate() === 1 ? d.toLocaleString('en-GB', { ...opts, day: 'numeric', month: 'short' }) : String(d.getUTCDate());
}

function aligned([unit, n], t) {
  const d = new Date(t);
  if (unit === 'day') return n === 1 || (d.getUTCDate() - 1) % n === 0;
  if (unit === 'week') return n === 1 || Math.round((t - binStart('week', Date.UTC(d.getUTCFullYear(), 0, 1))) / (7 * DAY)) % n === 0;
  if (unit === 'month') return d.getUTCMonth() % n === 0;
  return d.getUTCFullYear() % n === 0;
}

/**
 * Axis ticks for a time range drawn `width` pixels wide: the finest calendar step whose labels
 * stand at least minGap pixels apart. Returns [{t, text}] with t inside the range.
 */
export function axisTicks(fromT, toT, width, minGap = 56) {
  const perDay = width / Math.max(1, (toT - fromT) / DAY);
  const step = TICK_STEPS.find(([unit, n]) => STEP_DAYS[unit] * n * perDay >= minGap) ?? TICK_STEPS[TICK_STEPS.length - 1];
  const [unit] = step;
  const ticks = [];
  let t = binStart(unit, fromT);
  if (t < fromT) t = nextBin(unit, t);
  for (; t <= toT; t = nextBin(unit, t)) if (aligned(step, t)) ticks.push({ t, text: tickText(step, t, ticks.length === 0) });
  return ticks;
}
