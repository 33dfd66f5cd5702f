// Clear sentences the rules must code on their own, with no sub-event model behind them (invented sentences): harm told
// in the passive with unnamed armed men as its agent is their attack on the victims, and an attack told as the answer
// to another event is the attack, not the event it answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const rulesAlone = createExtractor({ stages: ['segment', 'event-words', 'dates', 'places', 'actors', 'claims', 'events'] });
const art = storyOn('2022-06-12');
const events = (text: string): EventRecord[] => rulesAlone.extract(art(text)).records;
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('civilians harmed "by gunmen", "by unknown assailants", "by armed men" are attacked by an unidentified armed group', () => {
  for (const text of [
    'On 10 June 2022, a shepherd was killed by unidentified gunmen near a village south of Kirkuk.',
    'On 9 June 2022, a farmer was killed by gunmen on the road to Tikrit.',
    'On 8 June 2022, two civilians were wounded by armed men near Jasim.',
    'On 7 June 2022, a teacher was shot and injured by masked men in Basra.',
    'On 6 June 2022, a trader was stabbed by unknown assailants in Daraa.',
  ]) {
    const rs = events(text);
    assert.equal(rs.length, 1, `${text} ${show(rs)}`);
    assert.equal(rs[0].sub_event_type, 'Attack', text);
    assert.match(rs[0].actor1 ?? '', /^Unidentified Armed Group \(/, text);
    assert.match(rs[0].actor2 ?? '', /^Civilians \(/, text);
  }
});

test('"killed by" names the killer, not the killed: soldiers killed by gunmen fought an unidentified armed group', () => {
  const rs = events('On 10 June 2022, two soldiers were killed by unidentified gunmen near Kirkuk.');
  assert.equal(rs[0]?.sub_event_type, 'Armed clash', show(rs));
  assert.match(rs[0].actor1 ?? '', /^Unidentified Armed Group/, show(rs));
  assert.match(rs[0].actor2 ?? '', /^Military Forces of/, show(rs));
});

test('civilians harmed by a named armed side are its attack, with the side after "by" as actor1', () => {
  const cases: [string, RegExp][] = [
    ['On 5 June 2022, three villagers were killed by Islamic State militants near Mosul.', /^Islamic State/],
    ['On 2 June 2022, a nurse was killed by the Taliban in Herat province.', /^Taliban/],
    ['On 1 June 2022, six shopkeepers were beaten and tortured by Taliban fighters in Kandahar city.', /^Taliban/],
  ];
  for (const [text, actor1] of cases) {
    const rs = events(text);
    assert.equal(rs[0]?.sub_event_type, 'Attack', `${text} ${show(rs)}`);
    assert.match(rs[0].actor1 ?? '', actor1, `${text} ${show(rs)}`);
    assert.match(rs[0].actor2 ?? '', /^Civilians \(/, `${text} ${show(rs)}`);
  }
  // the weapon's own words still name the event: killed by air strikes is an air strike, not an attack by the air force
  assert.deepEqual(events('On 5 June 2022, three civilians were killed by Russian air strikes in Idlib.').map((r) => r.sub_event_type), ['Air/drone strike']);
});

test('harm by a bullet, shrapnel or a named force is no attack by unnamed men', () => {
  assert.deepEqual(events('A doctor was wounded by a stray bullet in Mosul on Sunday.').filter((r) => /Unidentified/.test(r.actor1 ?? '')), []);
  const shell = events('Two farmers were wounded by shrapnel when a shell hit their field near Hama on Sunday.');
  assert.ok(shell.every((r) => r.sub_event_type !== 'Attack'), show(shell));
  assert.deepEqual(events('On 5 June 2022, a man was killed by a landslide near Mosul.'), []);
  assert.deepEqual(events('On 5 June 2022, a boy was hurt by a car in Mosul.'), []);
});

test('a strike answering, avenging or punishing another attack is the strike, not the attack it answers', () => {
  for (const text of [
    'Warships fired missiles at an air base in Homs on Friday, answering a gas attack that killed 30 people in Latamneh.',
    'Warships fired missiles at an air base in Homs on Friday in answer to a gas attack in Latamneh.',
    'Warships fired missiles at an air base in Homs on Friday, as punishment for a gas attack in Latamneh.',
  ]) {
    const subs = events(text).map((r) => r.sub_event_type);
    assert.ok(subs.includes('Shelling/artillery/missile attack') && !subs.includes('Chemical weapon'), `${text} ${JSON.stringify(subs)}`);
  }
});
