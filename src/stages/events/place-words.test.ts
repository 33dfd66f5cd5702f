import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { createExtractor } from '../../pipeline/extractor.ts';

// Issue 10: which place words name an event's scene. Sentences are our own.
const extractor = createExtractor();
const locations = (text: string, dateline: string | null = null) =>
  extractor
    .extract({ id: 't', text, title: null, published: '2017-09-15', publisher: 'Reuters', url: null, dateline, origin: { file: 'test' } } as Article)
    .records.filter((r) => !r.historical)
    .map((r) => r.location);

test('a people\'s name before a place or its police names the country: "a Syrian air base", "Saudi police arrested"', () => {
  const strike = locations('CAIRO (Reuters) - Jordan said on Friday a U.S. air strike on a Syrian air base was a necessary response, which the United States and its allies welcomed.', 'CAIRO');
  assert.ok(strike.length > 0 && strike.every((l) => l === 'Syria'), JSON.stringify(strike));
  const arrests = locations('DUBAI (Reuters) - Saudi police arrested some 30 clerics and activists this week, said Sarah Leah Whitson, Middle East director at Human Rights Watch.', 'DUBAI');
  assert.ok(arrests.length > 0 && arrests.every((l) => l === 'Saudi Arabia'), JSON.stringify(arrests));
  // a demonym before a force still says whose it is, not where
  const clash = locations('BEIRUT (Reuters) - Russian forces clashed with Islamic State fighters in Deir al-Zor on Tuesday.', 'BEIRUT');
  assert.ok(clash.every((l) => l !== 'Russia'), JSON.stringify(clash));
});

test('a side taken ("the pro-Assad commander") and a person\'s home ("who has lived in Pennsylvania") are no scenes', () => {
  const pro = locations('BEIRUT (Reuters) - Government forces broke the siege of Deir al-Zor, Syria, on Tuesday. Troops fought Islamic State there on Wednesday, the pro-Assad commander said.', 'BEIRUT');
  assert.ok(pro.every((l) => !/Asad/.test(l ?? '')), JSON.stringify(pro));
  const home = locations(
    'ANKARA (Reuters) - Turkey is angered by U.S. reluctance to hand over the cleric Fethullah Gulen, who has lived in Pennsylvania since 1999. ' +
      'Police detained his wife over alleged links to the network on Tuesday.',
    'ANKARA',
  );
  assert.ok(home.every((l) => l !== 'Pennsylvania'), JSON.stringify(home));
});

test('a place in the event another is dated by belongs to that event: "a week after an attack on Kunduz"', () => {
  const found = locations('KABUL (Reuters) - Taliban fighters stormed a police post in Ghazni province on Sunday, officials said on Tuesday, a week after an attack on Kunduz.', 'KABUL');
  assert.ok(found.length > 0 && found.every((l) => l !== 'Kunduz'), JSON.stringify(found));
});
