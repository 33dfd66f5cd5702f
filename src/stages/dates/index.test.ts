import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf, newDocument } from '../../model/document.ts';
import { LEXICON_DIR } from '../../lexicons/load.ts';
import { silentLogger } from '../../pipeline/stage.ts';
import type { Deps } from '../../pipeline/stage.ts';
import { segment } from '../segment/index.ts';
import { dates } from './index.ts';

const deps: Deps = {
  lexicons: { dir: LEXICON_DIR },
  gazetteer: () => {
    throw new Error('the dates stage must not geocode');
  },
};

function article(text: string, published: string | null): Article {
  return { id: 'a1', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 'test' } };
}

describe('dates stage', () => {
  const seg = segment.create(deps);
  const stage = dates.create(deps);

  it('declares its contract', () => {
    assert.equal(stage.name, 'dates');
    assert.deepEqual(stage.requires, ['sentences', 'tokens']);
    assert.deepEqual(stage.assigns, ['mentions:DATE']);
  });

  it('appends DATE mentions with sentence indexes and leaves the input untouched', () => {
    const text = 'BEIRUT (Reuters) - Air strikes killed 12 people on Tuesday. The town fell to rebels in 2014.';
    const before = seg.run(newDocument(article(text, '2016-06-29')), { log: silentLogger });
    const after = stage.run(before, { log: silentLogger });
    assert.equal(before.mentions.length, 0);
    const found = mentionsOf(after, 'DATE');
    assert.deepEqual(found.map((m) => [m.text, m.sentence, m.value.earliest, m.value.precision, m.past, m.by]), [
      ['Tuesday', 0, '2016-06-28', 1, false, 'dates'],
      ['2014', 1, '2014-01-01', 4, true, 'dates'],
    ]);
    for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
    assert.notEqual(found[0].id, found[1].id);
  });

  it('gives the same ids on a second run', () => {
    const doc = seg.run(newDocument(article('Rebels attacked on Wednesday.', '2016-06-29')), { log: silentLogger });
    const a = mentionsOf(stage.run(doc, { log: silentLogger }), 'DATE');
    const b = mentionsOf(stage.run(doc, { log: silentLogger }), 'DATE');
    assert.deepEqual(a, b);
    assert.equal(a.length, 1);
  });

  it('keeps only self-contained dates when the article has no publication date', () => {
    const doc = seg.run(newDocument(article('Rebels attacked on Wednesday, as they did on 3 January 2022.', null)), { log: silentLogger });
    assert.deepEqual(mentionsOf(stage.run(doc, { log: silentLogger }), 'DATE').map((m) => m.text), ['3 January 2022']);
  });
});
