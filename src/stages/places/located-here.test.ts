import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import type { EntityTagger } from '../../models/ner/model.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import type { RawPlace } from './detect.ts';
import { gatePlaces } from './entity-gate.ts';
import { places } from './index.ts';

// GeoWebNews/LGL misses: a town whose name also heads a body's office or a building elsewhere in the story
// ("Joins Sochi Mayor Race", "SOS Children's Village Malakal") went everywhere in it, "the election in Sochi" too.

const article = (text: string): Article => ({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });

/** A tagger that reads one word as a person's name wherever it follows `personAfter`, and as a location elsewhere. */
function fakeTagger(word: string, personAfter: string): EntityTagger {
  const read = (words: readonly string[], from = 0, to = words.length) => {
    const tags: string[] = [];
    const probabilities: Float64Array[] = [];
    for (let k = from; k < to; k++) {
      const p = new Float64Array(9);
      if (words[k] !== word) p[0] = 1;
      else if (words[k - 1] === personAfter) p[1] = 1;
      else p[5] = 0.96;
      if (words[k] === word && words[k - 1] !== personAfter) p[0] = 0.04;
      tags.push(p[1] === 1 ? 'B-PER' : p[5] > 0.5 ? 'B-LOC' : 'O');
      probabilities.push(p);
    }
    return { tags, probabilities };
  };
  return { tag: (w, f, t) => read(w, f, t).tags, tagWithProbabilities: read };
}

test('a town the tagger reads as a location after "in" stays, though it reads the same name as a person elsewhere in the story', () => {
  const text = 'Banker Ivan Kestel joins the Varnov race. The vote in Varnov is due in May. Kestel met Varnov voters.';
  const doc = createPipeline([segment], createDeps()).run(article(text));
  const town: Place = { name: 'Varnov', latitude: 44, longitude: 40, geonameid: 1, featureCode: 'PPL', countryCode: 'RU', iso3: 'RUS', country: 'Russia', admin1: null, admin2: null, precision: 1, population: 20_000 };
  const raw = (from: number): RawPlace => {
    const start = text.indexOf('Varnov', from);
    return { start, end: start + 6, sentence: doc.sentences.findIndex((s) => s.start <= start && s.end > start), text: 'Varnov', candidates: [town], adminCue: false, placeCue: false, relation: null, container: null, isContainer: false, containerLevel: 0, codedTo: false, tokenPos: 'PROPN', partial: false };
  };
  const [race, vote, voters] = [raw(0), raw(45), raw(80)];
  // "the" before the race's "Varnov" reads as a person's name there, so the story reads it as one all through
  const kept = gatePlaces(doc, [race, vote, voters], fakeTagger('Varnov', 'the')).kept;
  assert.ok(kept.includes(vote), '"in Varnov" is the town');
  // only where a locative word stands before it: "Varnov voters" is left to the story's reading
  assert.ok(!kept.includes(race) && !kept.includes(voters));
});

test('a surname the story gives a person is still a town after "in" where the tagger reads it as one (committed tagger)', () => {
  const p = createPipeline([segment, places], createDeps());
  const doc = p.run(article('Councillor Mark Arlington voted against the plan. A new library opened in Arlington on Friday.'));
  const found = mentionsOf(doc, 'PLACE').filter((m) => m.place).map((m) => m.start);
  assert.deepEqual(found, [74]);
  // the person's own mention stays no place, and a bare surname with no locative word before stays the person's
  const said = p.run(article('Councillor Mark Arlington voted against the plan. Arlington said the library would open on Friday.'));
  assert.deepEqual(mentionsOf(said, 'PLACE').filter((m) => m.place).map((m) => m.text), []);
  // an owner after "in": "in Arlington's office", and copy that lost its apostrophes ("in Arlington s office")
  for (const owner of ["Arlington's", 'Arlington s']) {
    const office = p.run(article(`Councillor Mark Arlington voted against the plan. A memo sent to staff in ${owner} office leaked on Friday.`));
    assert.deepEqual(mentionsOf(office, 'PLACE').filter((m) => m.place).map((m) => m.text), [], owner);
  }
});
