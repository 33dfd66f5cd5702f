import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateHeaderSpans } from './date-header.ts';

const headers = (text: string) => dateHeaderSpans(text).map(([a, b]) => text.slice(a, b));

test('date headers: outlets\' date lines before a title or lead are found, with cue words, clock times and furniture', () => {
  assert.deepEqual(headers('Thu Sep 5 2013 Car bomb kills four in a town. A car bomb killed four.'), ['Thu Sep 5 2013']);
  assert.deepEqual(headers('Published September 21 2016 Five medics were killed in a strike.'), ['Published September 21 2016']);
  assert.deepEqual(headers('Date of publication 7 July 2016 More than 33 people were killed.'), ['Date of publication 7 July 2016']);
  assert.deepEqual(headers('Wed 01 Oct 2014 at 1459 Regional agency - Twin blasts hit a city.'), ['Wed 01 Oct 2014 at 1459']);
  assert.deepEqual(headers('Friday 21 November 2014 10:13 35 Civilians Killed in Air Raids'), ['Friday 21 November 2014 10:13']);
  assert.deepEqual(headers('13-08-2013 33 Militants Killed in Fierce Fighting.'), ['13-08-2013']);
  assert.deepEqual(headers('21.08.2013Get short URL 0 0 0 Regime forces fired artillery.'), ['21.08.2013Get short URL 0 0 0']);
  assert.deepEqual(headers('Last updated at Jan 202015 BEIRUT Air strikes killed ten.'), ['Last updated at Jan 202015']);
  assert.deepEqual(headers('Car bomb kills 15 in a city Governor AFP Thursday 6 Mar 2014 At least 15 people died.'), ['Thursday 6 Mar 2014']);
});

test('date headers: a title\'s count after the date stays out of the header', () => {
  assert.deepEqual(headers('Mon Jun 20 2016 23 Fighters Killed Near the Border'), ['Mon Jun 20 2016']);
  assert.deepEqual(headers('Fri Apr 15 2016 150 Fighters Crossed the Border'), ['Fri Apr 15 2016']);
});

test('date headers: dates in running text are not headers', () => {
  assert.deepEqual(headers('On 5 March 2014 Government forces shelled the town.'), []);
  assert.deepEqual(headers('Forces shelled the town on 5 March 2014 The next day they withdrew.'), []);
  assert.deepEqual(headers('The attack 5 March 2014 Killed ten.'), []);
  assert.deepEqual(headers('Published September 21 2016 and reprinted later.'), [], 'a lower-case word follows');
  assert.deepEqual(headers('Around 27 June 2022, in a town, Police fired on protesters.'), [], 'a note\'s opening date');
  assert.deepEqual(headers('Thu Sep 5 2013, Car bomb kills four.'), [], 'a comma follows');
  assert.deepEqual(headers('In September 2016 Russian jets bombed the town.'), [], 'no day');
  assert.deepEqual(headers(`${'x '.repeat(300)}Thu Sep 5 2013 Car bomb kills four.`), [], 'beyond the head of the text');
});

test('segment stage: a date line glued to the lead is a sentence of its own, so its year is not the lead\'s first word', async () => {
  const { segment } = await import('./index.ts');
  const { newDocument } = await import('../../model/document.ts');
  const { LEXICON_DIR } = await import('../../lexicons/load.ts');
  const { silentLogger } = await import('../../pipeline/stage.ts');
  const text = 'Published March 3 2016 Five fighters were killed when a car bomb exploded near a checkpoint. Two more died later.';
  const article = { id: 'h', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'h' } };
  const stage = segment.create({ lexicons: { dir: LEXICON_DIR }, gazetteer: () => { throw new Error('unused'); } });
  const doc = stage.run(newDocument(article), { log: silentLogger });
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), [
    'Published March 3 2016',
    'Five fighters were killed when a car bomb exploded near a checkpoint.',
    'Two more died later.',
  ]);
});

test('photo credits: a credit closing a caption is found when the next paragraph follows it', async () => {
  const { photoCreditSpans } = await import('./date-header.ts');
  const credits = (text: string) => photoCreditSpans(text).map(([a, b]) => text.slice(a, b));
  assert.deepEqual(credits('Smoke rises over a town August 1 2016 (Reuters Photo) Ten civilians were killed.'), ['(Reuters Photo)']);
  assert.deepEqual(credits('A man walks past rubble. (TRT World and Agencies) At least eight workers died.'), ['(TRT World and Agencies)']);
  assert.deepEqual(credits('A hospital near the border (File photo) (AFP) Jets struck.'), ['(File photo)', '(AFP)']);
  assert.deepEqual(credits('Smoke over the city (AA Photo) Two people died.'), ['(AA Photo)']);
  assert.deepEqual(credits('BEIRUT (Reuters) - Jets struck a town.'), [], 'a dateline');
  assert.deepEqual(credits('Anadolu Agency (AA) Turkish troops entered the town.'), [], 'an acronym defined');
  assert.deepEqual(credits('a monitor told AFP (AFP) said nothing.'), [], 'a lower-case word follows');
});

test('date lines: only those starting in the zone count, however long the story after it, as a scan of the whole story found', async () => {
  const { dateHeaderSpans } = await import('./date-header.ts');
  const lines = (text: string, zone?: number) => dateHeaderSpans(text, zone).map(([a, b]) => text.slice(a, b));
  // n characters of capitals ending in a space: no lower-case word before the line
  const pad = (n: number) => `${'ROCKETS '.repeat(Math.ceil(n / 8)).slice(0, n - 1)} `;
  // a line starting one character before the zone's end is one, and may run past it; one starting at the end is not
  assert.deepEqual(lines(`${pad(99)}Published March 3 2016 Five fighters died.`, 100), ['Published March 3 2016']);
  assert.deepEqual(lines(`${pad(100)}Published March 3 2016 Five fighters died.`, 100), []);
  // two lines in the zone, the second after the first; a third past it is left, with thousands of words after it
  const two = `Thu Sep 5 2013 Get short URL 0 0 Posted on April 2 2017 Jets struck.${' Jets struck a town on March 3 2016.'.repeat(300)} 6 March 2014 Two died.`;
  assert.deepEqual(lines(two), ['Thu Sep 5 2013 Get short URL 0 0', 'Posted on April 2 2017']);
  // characters outside the basic plane before the line: offsets stay the text's own
  const emoji = '\u{1F4F0}\u{1F4F0} News Published March 3 2016 Five fighters died.';
  assert.deepEqual(dateHeaderSpans(emoji), [[emoji.indexOf('Published'), emoji.indexOf(' Five')]]);
  assert.deepEqual(lines(`${pad(2000)}Published March 3 2016 Five fighters died.`), []);
});
