import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import type { EventRecord } from '../model/record.ts';
import {
  ACLED_COLUMNS,
  EVENT_RECORD_FIELDS,
  createAcledCsvFormatter,
  csvCell,
  csvHeader,
  csvRow,
  createRecordWriter,
  formatRecords,
  toFeatureCollection,
} from './formats.ts';

function record(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    event_id: 'ev-1',
    doc_id: 'doc-1',
    event_date: '2016-06-29',
    event_date_end: '2016-06-29',
    time_precision: 1,
    historical: false,
    disorder_type: 'Political violence',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Rebel Group A',
    assoc_actor_1: null,
    inter1: 2,
    actor2: 'Military Forces of Examplestan',
    assoc_actor_2: null,
    inter2: 1,
    interaction: 12,
    actor1_mention: 'the rebels',
    actor2_mention: 'the army',
    country: 'Syria',
    iso3: 'SYR',
    admin1: 'Deir ez Zor',
    admin2: null,
    location: 'Test Town',
    latitude: 34.5,
    longitude: -40.25,
    geo_precision: 1,
    geonameid: 12345,
    fatalities: 3,
    claims: [{ what: 'killed', low: 3, high: 3, qualifier: 'exact', claimant: 'rebel sources', start: 10, end: 20 }],
    evidence: [{ start: 0, end: 42 }],
    notes: 'On 29 June 2016, rebels clashed with "the army", near Test Town;\nthree killed.',
    confidence: 0.75,
    sources: [
      { doc_id: 'doc-1', title: 'T1', publisher: 'Reuters', url: 'https://x.org/1', published: '2016-06-29' },
      { doc_id: 'doc-2', title: 'T2', publisher: 'AFP', url: null, published: null },
      { doc_id: 'doc-3', title: 'T3', publisher: 'Reuters', url: null, published: null },
    ],
    ...overrides,
  };
}

test('csvCell: RFC 4180 quoting and formula neutralising', () => {
  const table: [unknown, string, string][] = [
    [null, '', 'null'],
    ['plain', 'plain', 'plain text'],
    ['a,b', '"a,b"', 'comma'],
    ['say "hi"', '"say ""hi"""', 'quotes doubled'],
    ['two\nlines', '"two\nlines"', 'newline'],
    ['=SUM(A1)', "'=SUM(A1)", 'formula'],
    ['+1', "'+1", 'plus'],
    ['-x', "'-x", 'minus text'],
    ['@cmd', "'@cmd", 'at'],
    [-3.5, '-3.5', 'negative number stays a number'],
    [true, 'true', 'boolean'],
    [[{ start: 1, end: 2 }], '"[{""start"":1,""end"":2}]"', 'array as JSON'],
  ];
  for (const [value, expected, label] of table) assert.equal(csvCell(value), expected, label);
});

test('jsonl: one parseable line per record', () => {
  const records = [record(), record({ event_id: 'ev-2', latitude: null, longitude: null })];
  const out = formatRecords(records, 'jsonl');
  const lines = out.split('\n');
  assert.equal(lines.pop(), '');
  assert.deepEqual(lines.map((l) => JSON.parse(l)), records);
});

test('csv: round-trips through csv-parse with every SPEC field', () => {
  const records = [record(), record({ event_id: 'ev-2', notes: '=HYPERLINK("http://evil")', actor2: null, fatalities: null })];
  const out = formatRecords(records, 'csv');
  assert.equal(out, csvHeader() + records.map(csvRow).join(''));
  const rows = parse(out, { columns: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(rows[0]), [...EVENT_RECORD_FIELDS]);
  const back = rows[0];
  const r = records[0];
  assert.equal(back.notes, r.notes);
  assert.equal(back.event_id, r.event_id);
  assert.equal(Number(back.latitude), r.latitude);
  assert.equal(Number(back.longitude), r.longitude, 'negative longitude is not prefixed');
  assert.equal(back.historical, 'false');
  assert.equal(back.assoc_actor_1, '');
  assert.deepEqual(JSON.parse(back.claims), r.claims);
  assert.deepEqual(JSON.parse(back.evidence), r.evidence);
  assert.deepEqual(JSON.parse(back.sources), r.sources);
  assert.equal(rows[1].notes, `'=HYPERLINK("http://evil")`, 'formula neutralised');
  assert.equal(rows[1].actor2, '');
  assert.equal(rows[1].fatalities, '');
  assert.ok(out.includes('\r\n'), 'CRLF line ends');
});

test('acled-csv: ACLED column order, derived iso/region/source/civilian_targeting', () => {
  const records = [
    record(),
    record({ event_id: 'ev-2', actor2: 'Civilians (Syria)', iso3: 'XXX', sources: [], event_date: '2017-01-05', notes: '-dash' }),
  ];
  const out = formatRecords(records, 'acled-csv', { timestamp: 1700000000 });
  const rows = parse(out, { columns: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(rows[0]), [...ACLED_COLUMNS]);
  assert.deepEqual(
    { id: rows[0].event_id_cnty, year: rows[0].year, iso: rows[0].iso, region: rows[0].region, source: rows[0].source, civ: rows[0].civilian_targeting, ts: rows[0].timestamp, fat: rows[0].fatalities, inter: rows[0].interaction },
    { id: 'ev-1', year: '2016', iso: '760', region: 'Middle East', source: 'Reuters; AFP', civ: '', ts: '1700000000', fat: '3', inter: '12' },
  );
  assert.equal(rows[1].civilian_targeting, 'Civilian targeting');
  assert.equal(rows[1].iso, '', 'unknown iso3 leaves iso empty');
  assert.equal(rows[1].source, '');
  assert.equal(rows[1].year, '2017');
  assert.equal(rows[1].notes, "'-dash");
  const streamed = createAcledCsvFormatter({ timestamp: 1700000000 });
  assert.equal(streamed.header() + records.map(streamed.row).join(''), out, 'streaming pieces give the same output');
});

test('geojson: Points for records with coordinates; the rest counted as omitted', () => {
  const records = [
    record(),
    record({ event_id: 'ev-2', latitude: null, longitude: null }),
    record({ event_id: 'ev-3', latitude: 95, longitude: 10 }),
  ];
  const { collection, omitted } = toFeatureCollection(records);
  assert.equal(omitted, 2);
  const parsed = JSON.parse(formatRecords(records, 'geojson'));
  assert.deepEqual(parsed, JSON.parse(JSON.stringify(collection)));
  assert.equal(parsed.type, 'FeatureCollection');
  assert.equal(parsed.features.length, 1);
  const f = parsed.features[0];
  assert.deepEqual(f.geometry, { type: 'Point', coordinates: [-40.25, 34.5] });
  assert.equal(f.properties.event_id, 'ev-1');
  assert.equal(f.properties.latitude, undefined);
  assert.deepEqual(f.properties.claims, records[0].claims);
  assert.equal(Object.keys(f.properties).length, EVENT_RECORD_FIELDS.length - 2);
});

test('formatRecords: an unknown format is a usage error', () => {
  assert.throws(() => formatRecords([], 'xml' as never), /unknown output format/);
});

test('undated records: JSONL keeps null, CSV and ACLED-CSV leave the date (and year) blank', () => {
  const undated = record({ event_date: null, event_date_end: null, time_precision: 4 });
  const json = JSON.parse(formatRecords([undated], 'jsonl'));
  assert.equal(json.event_date, null);
  assert.equal(json.event_date_end, null);
  const [row] = parse(formatRecords([undated], 'csv'), { columns: true }) as Record<string, string>[];
  assert.equal(row.event_date, '');
  assert.equal(row.event_date_end, '');
  assert.equal(row.time_precision, '4');
  const [acled] = parse(formatRecords([undated], 'acled-csv'), { columns: true }) as Record<string, string>[];
  assert.equal(acled.event_date, '');
  assert.equal(acled.year, '');
  const geo = toFeatureCollection([undated]).collection;
  assert.equal(geo.features[0].properties.event_date, null);
});

test('acled-csv: unknown fatalities are written 0 (JSONL keeps null), and the timestamp defaults to now', () => {
  const unknown = record({ fatalities: null });
  assert.equal(JSON.parse(formatRecords([unknown], 'jsonl')).fatalities, null);
  const before = Math.floor(Date.now() / 1000);
  const [acled] = parse(formatRecords([unknown], 'acled-csv'), { columns: true }) as Record<string, string>[];
  assert.equal(acled.fatalities, '0');
  assert.ok(Number(acled.timestamp) >= before && Number(acled.timestamp) <= Math.floor(Date.now() / 1000) + 1, `timestamp ${acled.timestamp}`);
  const [csv] = parse(formatRecords([unknown], 'csv'), { columns: true }) as Record<string, string>[];
  assert.equal(csv.fatalities, '', 'the SPEC CSV keeps unknown as blank');
});

test('geojson written record by record is byte for byte the FeatureCollection, whichever records lack coordinates', () => {
  const noPoint = (id: string) => record({ event_id: id, latitude: null, longitude: null });
  for (const records of [[], [noPoint('a')], [noPoint('a'), record({ event_id: 'b' }), noPoint('c'), record({ event_id: 'd' })], [record({ event_id: 'e' })]]) {
    const expected = JSON.stringify(toFeatureCollection(records).collection) + '\n';
    assert.equal(formatRecords(records, 'geojson'), expected);
    const writer = createRecordWriter('geojson');
    assert.equal(writer.head() + records.map((r) => writer.row(r)).join('') + writer.tail(), expected);
  }
});

test('jsonl carries who decided the type, the crowd size and the fatalities flag; acled-csv puts them in tags and notes', () => {
  const protest = record({
    event_type: 'Protests', sub_event_type: 'Peaceful protest', fatalities: 0, decided_by: 'model',
    crowd_size: { text: 'around 50', low: 50, high: 50, qualifier: 'about' },
  });
  const json = JSON.parse(formatRecords([protest], 'jsonl'));
  assert.equal(json.decided_by, 'model');
  assert.deepEqual(json.crowd_size, { text: 'around 50', low: 50, high: 50, qualifier: 'about' });
  const zero = record({ fatalities: 0, notes: 'Militants attacked a post.', fatalities_flag: { kind: 'coded_as_zero', reason: 'Fatalities coded as 0 as only the group reported them.' } });
  const party = record({ fatalities: 10, notes: 'Militants attacked a post.', fatalities_flag: { kind: 'party_claim', reason: 'reported only by Amaq, a party to the fighting; the lowest figure is taken' } });
  const rows = parse(formatRecords([protest, zero, party], 'acled-csv'), { columns: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(rows[0]), [...ACLED_COLUMNS], 'the ACLED column layout is untouched');
  assert.equal(rows[0].tags, 'crowd size=around 50');
  assert.equal(rows[1].tags, '');
  assert.equal(rows[1].fatalities, '0');
  assert.equal(rows[1].notes, 'Militants attacked a post. Fatalities coded as 0 as only the group reported them.');
  assert.match(rows[2].notes, /Fatalities reported only by Amaq, a party to the fighting/);
});

test('acled-csv: time_precision stops at ACLED\'s 3 (month); the SPEC CSV keeps 4 for a year', () => {
  const yearOnly = record({ time_precision: 4, event_date: '2016-01-01', event_date_end: '2016-12-31' });
  const [acled] = parse(formatRecords([yearOnly], 'acled-csv'), { columns: true }) as Record<string, string>[];
  assert.equal(acled.time_precision, '3');
  const [csv] = parse(formatRecords([yearOnly], 'csv'), { columns: true }) as Record<string, string>[];
  assert.equal(csv.time_precision, '4');
});
