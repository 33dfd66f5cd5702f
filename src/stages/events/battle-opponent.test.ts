import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { Actor } from '../../model/actor.ts';
import type { ActorMention } from '../../model/document.ts';
import { battleOpponent, storySides } from './battle-opponent.ts';

const sdf: Actor = { id: 'sdf', name: 'QSD: Syrian Democratic Forces', inter: 2, country: 'SY', kind: 'rebel' };
const is: Actor = { id: 'islamic-state', name: 'Islamic State', inter: 2, country: null, kind: 'jihadist' };
const aq: Actor = { id: 'al-qaeda', name: 'Al Qaeda', inter: 2, country: null, kind: 'jihadist' };
const coalition: Actor = { id: 'global-coalition', name: 'Global Coalition Against Daesh', inter: 8, country: null, kind: 'coalition' };
const usa: Actor = { id: 'united-states', name: 'Military Forces of the United States', inter: 1, country: 'US', kind: 'state' };
const syria: Actor = { id: 'syria-military', name: 'Military Forces of Syria (2000-)', inter: 1, country: 'SY', kind: 'state' };
const gunmen: Actor = { id: 'unidentified-armed-group', name: 'Unidentified Armed Group ({country})', inter: 3, country: null, kind: 'unknown' };
const police: Actor = { id: 'police', name: 'Police Forces of {country}', inter: 1, country: null, kind: 'state' };
const civilians: Actor = { id: 'civilians', name: 'Civilians ({country})', inter: 7, country: null, kind: 'civilians' };

let at = 0;
const m = (actor: Actor, extra: Partial<ActorMention> = {}): ActorMention =>
  ({ kind: 'ACTOR', id: `m${at}`, start: (at += 10), end: at + 5, sentence: 0, text: actor.name, actor, via: 'name', confidence: 1, ...extra }) as unknown as ActorMention;

test('battle opponent: the most-named armed actor of the story other than the known side', () => {
  assert.equal(battleOpponent([m(sdf), m(is), m(is), m(syria)], sdf, 'SY')?.actor?.name, 'Islamic State');
  assert.equal(battleOpponent([m(syria), m(is), m(sdf), m(is)], syria, 'SY')?.actor?.name, 'Islamic State');
});

test('battle opponent: never a backer, a coalition or another state\'s forces, which back or comment far more than they fight', () => {
  assert.equal(battleOpponent([m(sdf, { backedBy: 'united-states' }), m(usa), m(usa), m(usa), m(is)], sdf, 'SY')?.actor?.name, 'Islamic State');
  assert.equal(battleOpponent([m(coalition), m(coalition), m(is)], sdf, 'SY')?.actor?.name, 'Islamic State');
  assert.equal(battleOpponent([m(coalition), m(usa)], sdf, 'SY'), null);
});

test('battle opponent: none for a tie, for civilians, or between two jihadist groups', () => {
  assert.equal(battleOpponent([m(is), m(syria)], sdf, 'SY'), null);
  assert.equal(battleOpponent([m(is), m(is)], civilians, 'SY'), null);
  assert.equal(battleOpponent([m(aq), m(aq)], is, 'SY'), null);
});

test('battle opponent: unnamed gunmen fight the state\'s forces, not a group the story only mentions', () => {
  assert.equal(battleOpponent([m(is), m(is), m(police)], gunmen, 'AF')?.actor?.name, 'Police Forces of {country}');
  assert.equal(battleOpponent([m(is), m(is)], gunmen, 'AF'), null);
});

test('battle opponent: a state force is never its own state\'s opponent ("troops" of the army named)', () => {
  assert.equal(battleOpponent([m(police), m(police), m(is)], syria, 'SY')?.actor?.name, 'Islamic State');
});

test('story sides: with neither side named, the most-named armed actor and its opponent, the state\'s forces first', () => {
  const sides = storySides([m(is), m(syria), m(is), m(is), m(syria), m(coalition), m(coalition), m(coalition), m(coalition)], 'SY');
  assert.deepEqual(sides?.map((x) => x.actor?.name), ['Military Forces of Syria (2000-)', 'Islamic State']);
  assert.deepEqual(storySides([m(sdf), m(sdf), m(sdf), m(is)], 'SY')?.map((x) => x.actor?.name), ['QSD: Syrian Democratic Forces', 'Islamic State']);
});

test('story sides: none when the story names one armed side only, or two equally often', () => {
  assert.equal(storySides([m(is), m(is), m(usa)], 'SY'), null);
  assert.equal(storySides([m(is), m(syria)], 'SY'), null);
  assert.equal(storySides([m(gunmen), m(gunmen)], 'SY'), null);
});

const ex = createExtractor({ stages: ['segment', 'dates', 'places', 'actors', 'claims', 'events'] });
const article = (id: string, text: string): Article => ({ id, text, title: null, published: '2017-08-14', publisher: null, url: null, dateline: null, origin: { file: id } });

test('battle opponent: in a whole story, the side named only sentences away', () => {
  const story =
    'Islamic State declared Raqqa its capital in 2014. Aid agencies said thousands of families had fled the city. ' +
    'The U.S.-backed Syrian Democratic Forces fought their way into the stadium in Raqqa on Sunday, a spokesman said. ' +
    'Islamic State fighters have laid mines across the city, residents said.';
  const e = ex.extract(article('raqqa', story)).records.find((r) => r.event_type === 'Battles' && !r.historical);
  assert.equal(e?.actor1, 'QSD: Syrian Democratic Forces');
  assert.equal(e?.actor2, 'Islamic State');
});

test('battle opponent: in a whole story, the people a battle killed are no side of it; the story\'s other armed side is', () => {
  const story = 'The Syrian Democratic Forces have surrounded Raqqa. Islamic State still holds the old city, and Islamic State snipers cover its streets. Clashes in Raqqa killed 12 people on Sunday, a monitor said.';
  const e = ex.extract(article('clashes', story)).records.find((r) => r.event_type === 'Battles' && !r.historical);
  assert.deepEqual([e?.actor1, e?.actor2].sort(), ['Islamic State', 'QSD: Syrian Democratic Forces']);
});
