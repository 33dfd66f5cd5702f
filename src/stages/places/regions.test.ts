import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceKm } from '../../geo/gazetteer.ts';
import type { Article } from '../../model/article.ts';
import { mentionsOf, type Document } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { choosePlace, createSpanResolver, places } from './index.ts';

const deps = createDeps();
const pipeline = createPipeline([segment, places], deps);
const segmentOnly = createPipeline([segment], deps);
const article = (text: string): Article => ({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const run = (text: string): Document => pipeline.run(article(text));
const placeOf = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').find((m) => m.text === surface)?.place;
const near = (p: { latitude: number; longitude: number } | null | undefined, lat: number, lon: number, km: number) => !!p && distanceKm(p.latitude, p.longitude, lat, lon) < km;

test('continents and cross-border regions resolve to their stated centres, of no country', () => {
  const doc = run('Migrants crossed the Sahel on their way to Europe, officials in the Middle East said.');
  const europe = placeOf(doc, 'Europe');
  assert.equal(europe?.featureCode, 'CONT');
  assert.equal(europe?.countryCode, '');
  assert.equal(europe?.precision, 3);
  assert.ok(near(placeOf(doc, 'Sahel'), 14.5, 2, 50));
  assert.ok(near(placeOf(doc, 'Middle East'), 32.8, 36.3, 50));
});

test('a continent never wins an event over a country or town in the same sentence', () => {
  const doc = run('Fighters attacked Mosul in Iraq, the worst attack in the Middle East this year.');
  assert.equal(choosePlace(doc, [0])?.text, 'Mosul');
});

test('the US country point is the centre of the contiguous states, not a rougher centroid', () => {
  const us = placeOf(run('Officials in the United States said the talks would go on.'), 'United States');
  assert.ok(near(us, 39.83, -98.58, 20), JSON.stringify(us));
});

test('a county is placed in its state, at the towns the article names there', () => {
  const text = 'A fire destroyed a barn near Corbin on Monday. Laurel County deputies said the blaze started in London, Ky.';
  const county = placeOf(run(text), 'Laurel County');
  assert.equal(county?.countryCode, 'US');
  assert.equal(county?.admin1, 'Kentucky');
  assert.ok(near(county, 37.05, -84.1, 60), JSON.stringify(county));
});

test('given spans: a county with no town of its name, and a region demonym, still get a place', () => {
  const text = 'Deputies in Oconee County, Ga., and in Athens, Ga., arrested two men. European ministers met.';
  const doc = segmentOnly.run(article(text));
  const spanOf = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const [oconee, european] = createSpanResolver(deps)(doc, [spanOf('Oconee'), spanOf('European')]);
  assert.equal(oconee?.admin1, 'Georgia');
  assert.ok(near(oconee, 33.9, -83.4, 100), JSON.stringify(oconee));
  assert.equal(european?.featureCode, 'CONT');
});
