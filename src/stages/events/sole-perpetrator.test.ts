import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { Actor } from '../../model/actor.ts';
import { soleAttacker } from './sole-perpetrator.ts';

const uag: Actor = { id: 'unidentified-armed-group', name: 'Unidentified Armed Group ({country})', inter: 3, country: null, kind: 'unknown' };

test('sole perpetrator: one attacker in the US or Canada, by the words that name him', () => {
  assert.equal(soleAttacker(uag, 'A gunman', 'US').name, 'Sole Perpetrator ({country})');
  assert.equal(soleAttacker(uag, 'the shooter', 'CA').name, 'Sole Perpetrator ({country})');
  assert.equal(soleAttacker(uag, 'a lone attacker', 'US').name, 'Sole Perpetrator ({country})');
});

test('sole perpetrator: not for several attackers, other countries, an unnamed one or a named group', () => {
  assert.equal(soleAttacker(uag, 'gunmen', 'US'), uag);
  assert.equal(soleAttacker(uag, 'unknown attackers', 'US'), uag);
  // ACLED's Middle East and world rows code a gunman as an armed group
  assert.equal(soleAttacker(uag, 'a gunman', 'IQ'), uag);
  assert.equal(soleAttacker(uag, null, 'US'), uag);
  const is: Actor = { id: 'islamic-state', name: 'Islamic State', inter: 2, country: null };
  assert.equal(soleAttacker(is, 'the attacker', 'US'), is);
});

test('sole perpetrator: in a whole story, "A gunman killed 20 children" in Connecticut', () => {
  const ex = createExtractor({ stages: ['segment', 'dates', 'places', 'actors', 'claims', 'events'] });
  const art: Article = { id: 't', text: 'A gunman killed 20 children at a school in Newtown, Connecticut, on Friday.', title: null, published: '2012-12-15', publisher: null, url: null, dateline: null, origin: { file: 't' } };
  const e = ex.extract(art).records.find((r) => r.sub_event_type === 'Attack');
  assert.equal(e?.actor1, 'Sole Perpetrator (United States)');
});

test('sole perpetrator: an attacker the event\'s words leave unnamed, in a story that speaks of one gunman only', () => {
  assert.equal(soleAttacker(uag, null, 'US', true).name, 'Sole Perpetrator ({country})');
  assert.equal(soleAttacker(uag, null, 'US', false), uag);
  assert.equal(soleAttacker(uag, null, 'FR', true), uag);
  const ex = createExtractor({ stages: ['segment', 'dates', 'places', 'actors', 'claims', 'events'] });
  const a1 = (text: string) => ex.extract({ id: 't', text, title: null, published: '2016-06-13', publisher: null, url: null, dateline: null, origin: { file: 't' } }).records.find((r) => r.sub_event_type === 'Attack')?.actor1;
  assert.equal(a1('Omar Mateen killed 49 people at a gay nightclub in Orlando, Florida, on Sunday. Police killed the gunman after a three-hour siege.'), 'Sole Perpetrator (United States)');
  // a couple, or several gunmen, are no sole perpetrator
  assert.equal(a1('Syed Farook and his wife killed 14 people at a holiday party in San Bernardino, California, on Wednesday. The couple died in a shootout with police.'), 'Unidentified Armed Group (United States)');
});
