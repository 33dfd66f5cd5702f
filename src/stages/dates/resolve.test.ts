import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDateResolver, resolveDates } from './resolve.ts';

const resolver = createDateResolver();

/** [sentence, publication date, expected mention text, earliest, latest, precision, past] */
type Row = readonly [string, string | null, string, string, string, 1 | 2 | 3 | 4, boolean];

// 2016-06-29 is a Wednesday; 2017-03-30 a Thursday.
const rows: readonly Row[] = [
  ['Rebels attacked the town on Wednesday.', '2016-06-29', 'Wednesday', '2016-06-29', '2016-06-29', 1, false],
  ['Air strikes hit the market on Tuesday.', '2016-06-29', 'Tuesday', '2016-06-28', '2016-06-28', 1, false],
  ['Militants attacked on Monday.', '2016-06-29', 'Monday', '2016-06-27', '2016-06-27', 1, false],
  ['Militants attacked on Friday.', '2016-06-29', 'Friday', '2016-06-24', '2016-06-24', 1, false],
  // the day after the story's date, in the past tense: the date was stamped in another time zone, not six days back
  ['Militants attacked on Thursday.', '2016-06-29', 'Thursday', '2016-06-30', '2016-06-30', 1, false],
  ['The talks will resume on Friday.', '2016-06-29', 'Friday', '2016-07-01', '2016-07-01', 1, false],
  ['Police said on Friday that the raid failed.', '2017-03-30', 'Friday', '2017-03-31', '2017-03-31', 1, false],
  ['Police said on Saturday that the raid failed.', '2017-03-30', 'Saturday', '2017-03-25', '2017-03-25', 1, false],
  ['Fighting raged overnight near Aleppo.', '2016-06-29', 'overnight', '2016-06-28', '2016-06-29', 2, false],
  ['Two soldiers were killed yesterday.', '2016-06-29', 'yesterday', '2016-06-28', '2016-06-28', 1, false],
  ['Protests continued today in the capital.', '2016-06-29', 'today', '2016-06-29', '2016-06-29', 1, false],
  ['Earlier this month, rebels seized the dam.', '2016-06-29', 'Earlier this month', '2016-06-01', '2016-06-29', 3, false],
  ['Earlier in the month, rebels seized the dam.', '2016-06-29', 'Earlier in the month', '2016-06-01', '2016-06-29', 3, false],
  ['Rebels seized the dam earlier in the year.', '2016-06-29', 'earlier in the year', '2016-01-01', '2016-06-29', 4, false],
  ['The offensive began this month.', '2017-03-30', 'this month', '2017-03-01', '2017-03-31', 3, false],
  ['The biggest rally took place this week.', '2016-06-29', 'this week', '2016-06-27', '2016-07-03', 2, false],
  ['The offensive began last month.', '2017-03-30', 'last month', '2017-02-01', '2017-02-28', 3, false],
  ['Clashes erupted this week.', '2016-06-29', 'this week', '2016-06-27', '2016-07-03', 2, false],
  ['Clashes erupted last week.', '2016-06-29', 'last week', '2016-06-20', '2016-06-26', 2, false],
  ['The group lost ground last year.', '2016-06-29', 'last year', '2015-01-01', '2015-12-31', 4, true],
  ['It seized Mosul in 2014.', '2016-06-29', '2014', '2014-01-01', '2014-12-31', 4, true],
  ['Talks collapsed in February 2017.', '2017-03-30', 'February 2017', '2017-02-01', '2017-02-28', 3, false],
  ['The bombing on 3 January 2022 killed five.', '2022-01-10', '3 January 2022', '2022-01-03', '2022-01-03', 1, false],
  ['On 3 January 2022, troops advanced.', '2022-01-10', '3 January 2022', '2022-01-03', '2022-01-03', 1, false],
  ['The bombing on January 3, 2022 killed five.', '2022-01-10', 'January 3, 2022', '2022-01-03', '2022-01-03', 1, false],
  // ACLED time_precision 2: a week, a weekend or a range of days, across a month's end too
  ['Around 22 March 2022, gunmen attacked a checkpoint.', '2022-03-30', 'Around 22 March 2022', '2022-03-19', '2022-03-25', 2, false],
  ['On or about May 5, troops withdrew.', '2022-05-20', 'On or about May 5', '2022-05-02', '2022-05-08', 2, false],
  ['Officials talked about the April 4 attack.', '2017-04-10', 'April 4', '2017-04-04', '2017-04-04', 1, false],
  // a week inside a named month is that week, not last week
  ["The escape in the last week of May led to chaos.", '2017-10-27', 'the last week of May', '2017-05-25', '2017-05-31', 2, true],
  ['Clashes broke out in the first week of October 2016.', '2017-10-27', 'the first week of October 2016', '2016-10-01', '2016-10-07', 2, true],
  // an offset from another dated event is the shifted day: the named day dates the other event
  ['Police arrested him a day after the Oct. 3 attack.', '2017-10-12', 'a day after the Oct. 3', '2017-10-04', '2017-10-04', 1, false],
  ["Troops moved in two days before Monday's vote.", '2017-10-12', 'two days before Monday', '2017-10-07', '2017-10-07', 1, false],
  ['Rebels struck the day after the bombing on Monday.', '2017-10-12', 'the day after the bombing on Monday', '2017-10-10', '2017-10-10', 1, false],
  // "in the days after" is a period, and a comma ends the noun phrase: the date stays as written
  ['Protests spread in the days after the Oct. 3 attack.', '2017-10-12', 'Oct. 3', '2017-10-03', '2017-10-03', 1, false],
  ['A day after the attack, on Monday, police made arrests.', '2017-10-12', 'Monday', '2017-10-09', '2017-10-09', 1, false],
  ['During the week of 2 May 2022, militants attacked an army post.', '2022-05-11', 'the week of 2 May 2022', '2022-05-02', '2022-05-08', 2, false],
  ['Protesters gathered on the weekend of May 7.', '2022-05-11', 'the weekend of May 7', '2022-05-07', '2022-05-08', 2, false],
  ['Between 28 April and 3 May 2022, forces shelled the town.', '2022-05-11', 'Between 28 April and 3 May 2022', '2022-04-28', '2022-05-03', 2, false],
  ['Between 2 and 6 May 2022, forces shelled the town.', '2022-05-11', 'Between 2 and 6 May 2022', '2022-05-02', '2022-05-06', 2, false],
  ['Jets struck Raqqa on Jan. 3.', '2016-01-10', 'Jan. 3', '2016-01-03', '2016-01-03', 1, false],
  ['Shelling in December killed ten.', '2017-01-05', 'December', '2016-12-01', '2016-12-31', 3, false],
  ['In the last two weeks, 40 people died.', '2016-06-29', 'In the last two weeks', '2016-06-15', '2016-06-29', 2, false],
  ['Over the last five months the siege tightened.', '2016-06-29', 'Over the last five months', '2016-01-29', '2016-06-29', 4, false],
  ['In recent months the army advanced.', '2016-06-29', 'In recent months', '2016-03-29', '2016-06-29', 4, false],
  ['Over the last few months the army advanced.', '2017-03-30', 'Over the last few months', '2016-12-30', '2017-03-30', 4, false],
  ['The town fell 18 months ago.', '2016-06-29', '18 months ago', '2014-12-01', '2014-12-31', 3, true],
  ['The town fell some 18 months ago.', '2017-03-30', 'some 18 months ago', '2015-09-01', '2015-09-30', 3, true],
  ['At the height of its power in 2014, the group held a third of Iraq.', '2016-06-29', '2014', '2014-01-01', '2014-12-31', 4, true],
  ['Clashes between 3 and 5 January killed 12.', '2016-01-20', 'between 3 and 5 January', '2016-01-03', '2016-01-05', 2, false],
  ['Clashes on the night of 4-5 March killed 12.', '2017-03-30', 'the night of 4-5 March', '2017-03-04', '2017-03-05', 2, false],
  ['The raid on March 4-5, 2016 killed 12.', '2017-03-30', 'March 4-5, 2016', '2016-03-04', '2016-03-05', 2, true],
  ['The attack on Wednesday last week killed 3.', '2016-06-29', 'Wednesday last week', '2016-06-22', '2016-06-22', 1, false],
  ['Fighting at the weekend killed 3.', '2016-06-29', 'weekend', '2016-06-25', '2016-06-26', 2, false],
  ['The war broke out two years ago.', '2016-06-29', 'two years ago', '2014-01-01', '2014-12-31', 4, true],
  ['Talks held in June last year failed.', '2016-03-01', 'June last year', '2015-06-01', '2015-06-30', 3, true],
  ['Militias fought in the 1990s.', '2016-06-29', 'the 1990s', '1990-01-01', '1999-12-31', 4, true],
  ['Officials said the deal was signed 12/03/2015.', '2016-06-29', '12/03/2015', '2015-12-03', '2015-12-03', 1, true],
  // a future cue on another verb does not reach a day told of a happening already under way
  ['The coalition said it would keep the port open despite a missile attack on Tuesday.', '2017-10-12', 'Tuesday', '2017-10-10', '2017-10-10', 1, false],
  ['The ministers will meet on Tuesday.', '2017-10-12', 'Tuesday', '2017-10-17', '2017-10-17', 1, false],
  // a season is its three months: the latest one for "this" or a bare "the", the one over for "last", a year's if it names one
  ['Pilots shot down two drones this summer.', '2017-10-13', 'this summer', '2017-06-01', '2017-08-31', 3, false],
  ['The offensive began last winter.', '2017-10-13', 'last winter', '2016-12-01', '2017-02-28', 3, true],
  ['The offensive began last summer.', '2017-01-20', 'last summer', '2016-06-01', '2016-08-31', 3, true],
  ['Raids in the summer of 2016 killed 40.', '2017-10-13', 'the summer of 2016', '2016-06-01', '2016-08-31', 3, true],
  ['Talks will resume in the spring.', '2017-10-13', 'the spring', '2018-03-01', '2018-05-31', 3, false],
  // without a publication date only self-contained dates survive
  ['On 3 January 2022 troops advanced.', null, '3 January 2022', '2022-01-03', '2022-01-03', 1, false],
  ['It seized Mosul in 2014.', null, '2014', '2014-01-01', '2014-12-31', 4, false],
];

describe('resolveDates: table of expressions', () => {
  for (const [sentence, published, text, earliest, latest, precision, past] of rows) {
    it(`${JSON.stringify(sentence)} @ ${published}`, () => {
      const found = resolver.resolve(sentence, published);
      const hit = found.find((d) => d.text.toLowerCase().includes(text.toLowerCase()) || text.toLowerCase().includes(d.text.toLowerCase()));
      assert.ok(hit, `no mention for ${text}; got ${JSON.stringify(found.map((d) => d.text))}`);
      assert.equal(sentence.slice(hit.start, hit.end), hit.text);
      assert.deepEqual(
        { earliest: hit.value.earliest, latest: hit.value.latest, precision: hit.value.precision, past: hit.past },
        { earliest, latest, precision, past },
      );
    });
  }
});

describe('resolveDates: what is not a date', () => {
  const notDates: readonly string[] = [
    'The rebels hold 250 square km of land.',
    'Some 117 fighters surrendered with AK-47 rifles.',
    'The convoy left at 10 pm.',
    'About 2000 people fled the shelling.',
    'They may march on the capital.',
    'The army said it killed 1500 militants.',
    'Fighting in the 7-1/2 year war went on for 90 days, earlier in the day and since the 9/11 attacks, last of all.',
    // a superlative's field of comparison, not the event's date
    "Twin suicide bombing kills 70 in Baghdad's deadliest attack this year",
    'It was the worst fighting in the city so far this month.',
    // a town's fall is no autumn, and a season needs a determiner or a year
    'After the fall of Mosul, the Arab Spring protests and spring floods came.',
  ];
  for (const sentence of notDates) {
    it(JSON.stringify(sentence), () => {
      assert.deepEqual(resolver.resolve(sentence, '2016-06-29').map((d) => d.text), []);
    });
  }
});

describe('resolveDates: without a publication date', () => {
  it('drops relative expressions rather than guessing an anchor', () => {
    const found = resolver.resolve('On Wednesday, yesterday and last month, and in recent weeks.', null);
    assert.deepEqual(found, []);
  });
  it('marks explicit dates as explicit and relative ones as published-anchored', () => {
    const [explicit, relative] = resolver.resolve('On 3 January 2022 and on Tuesday.', '2022-01-10');
    assert.equal(explicit.value.anchor, 'explicit');
    assert.equal(relative.value.anchor, 'published');
  });
});

describe('resolveDates (convenience form)', () => {
  it('gives the same answer as a resolver made once', () => {
    const text = 'Rebels attacked on Wednesday, 18 months after the siege began in 2014.';
    assert.deepEqual(resolveDates(text, '2016-06-29'), resolver.resolve(text, '2016-06-29'));
  });
  it('keeps mentions in text order without overlaps', () => {
    const found = resolver.resolve('On Monday, Oct. 26, 1998 and on 3 January 2022 and in 2014.', '2022-01-10');
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].end <= found[i].start);
    assert.deepEqual(found.map((d) => d.text), ['Monday, Oct. 26, 1998', '3 January 2022', '2014']);
  });
});

describe('resolveDates: counted from the moment the text last named', () => {
  // 2017-10-12 is a Thursday
  const value = (sentence: string, text: string) => {
    const hit = resolver.resolve(sentence, '2017-10-12').find((d) => d.text.toLowerCase() === text.toLowerCase());
    return hit ? [hit.value.earliest, hit.value.latest, hit.value.precision] : null;
  };
  it('"two days earlier" counts back from the day named before it, not from publication', () => {
    assert.deepEqual(value('Gunmen attacked the post on Saturday. Two days earlier, militants burned a school.', 'Two days earlier'), ['2017-10-05', '2017-10-05', 1]);
  });
  it('"two days later" counts forward from that day', () => {
    assert.deepEqual(value('Rebels shelled the town on Monday. Two days later, troops withdrew.', 'Two days later'), ['2017-10-11', '2017-10-11', 1]);
  });
  it('"a week later" is a week around the day counted to', () => {
    assert.deepEqual(value('Rebels attacked on 3 October. A week later, the army retook the town.', 'A week later'), ['2017-10-07', '2017-10-13', 2]);
  });
  it('with no day named before it, "earlier" counts from publication and "later" is no date', () => {
    assert.deepEqual(value('Militants attacked a post two days earlier.', 'two days earlier'), ['2017-10-10', '2017-10-10', 1]);
    assert.equal(value('Militants attacked a post, and two days later troops arrived.', 'two days later'), null);
  });
  it('a day counted past the report is no date of the news', () => {
    assert.equal(value('Rebels attacked on 3 October. Two weeks later, the army retook the town.', 'Two weeks later'), null);
  });
  it('"the next day", "the following morning" are the day after the one named before them, not after publication', () => {
    assert.deepEqual(value('Rebels shelled the town on 3 October. The next day, troops withdrew.', 'The next day'), ['2017-10-04', '2017-10-04', 1]);
    assert.deepEqual(value('Gunmen stormed a hotel on Saturday night and the siege ended the following morning.', 'the following morning'), ['2017-10-08', '2017-10-08', 1]);
  });
  it('"hours later", "later that day", "the same day" are the day named before them', () => {
    assert.deepEqual(value('A bomb hit the market on Monday. Hours later, gunmen attacked a checkpoint.', 'Hours later'), ['2017-10-09', '2017-10-09', 1]);
    assert.deepEqual(value('A bomb hit the market on 3 October. Later that day, gunmen attacked a checkpoint.', 'Later that day'), ['2017-10-03', '2017-10-03', 1]);
    assert.deepEqual(value('A bomb hit the market on 3 October. On the same day, gunmen attacked a checkpoint.', 'the same day'), ['2017-10-03', '2017-10-03', 1]);
  });
  it('with no day named before it, "the next day" names no day', () => {
    assert.equal(value('Troops withdrew the next day, officials said.', 'the next day'), null);
  });
});
