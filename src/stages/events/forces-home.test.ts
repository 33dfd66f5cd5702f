import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newDocument, type Document, type PlaceMention, type Sentence } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { forcesHome } from './forces-home.ts';

// Hand-built one-sentence documents filed from one country about an event in another: the dateline never places it.
const ISO3: Record<string, string> = { BD: 'BGD', MM: 'MMR' };
function country(name: string, cc: string): Place {
  return { name, latitude: 0, longitude: 0, geonameid: null, featureCode: 'PCLI', countryCode: cc, iso3: ISO3[cc], country: name, admin1: null, admin2: null, precision: 3 } as unknown as Place;
}
function docOf(text: string, readings: [string, Place, boolean?][]): Document {
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length, firstToken: 0, endToken: 0 }];
  const mentions: PlaceMention[] = readings.map(([surface, p, demonym]) => {
    const start = text.indexOf(surface);
    assert.ok(start >= 0, surface);
    return { id: `p${start}`, kind: 'PLACE', start, end: start + surface.length, sentence: 0, text: surface, confidence: 0.9, by: 'test', place: p, ...(demonym ? { demonym: true as const } : {}) };
  });
  return { ...newDocument({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } }), sentences, mentions };
}
const at = (doc: Document, word: string) => ({ start: doc.text.indexOf(word), end: doc.text.indexOf(word) + word.length });

test('a state that says its forces are fighting is their home: the dateline of another country yields to it', () => {
  const text = 'COX S BAZAR, Bangladesh (Reuters) - The government of Myanmar says its security forces are fighting Rohingya militants.';
  const doc = docOf(text, [
    ['COX S BAZAR', { ...country('Cox’s Bāzār', 'BD'), featureCode: 'PPL', precision: 1 }],
    ['Bangladesh', country('Bangladesh', 'BD')],
    ['Myanmar', country('Myanmar', 'MM')],
  ]);
  assert.equal(forcesHome(doc, doc.mentions[0] as PlaceMention, 0, at(doc, 'fighting'))?.text, 'Myanmar');
  // a state that says what another's forces did is no home of theirs: "Myanmar said Bangladeshi troops …" keeps the rule
  const other = docOf('COX S BAZAR, Bangladesh (Reuters) - Myanmar says the militants are fighting on.', [
    ['COX S BAZAR', { ...country('Cox’s Bāzār', 'BD'), featureCode: 'PPL', precision: 1 }],
    ['Bangladesh', country('Bangladesh', 'BD')],
    ['Myanmar', country('Myanmar', 'MM')],
  ]);
  assert.equal(forcesHome(other, other.mentions[0] as PlaceMention, 0, at(other, 'fighting')), null);
});
