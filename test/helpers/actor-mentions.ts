import { LEXICON_DIR } from '../../src/lexicons/load.ts';
import { newDocument, mentionsOf, type ActorMention } from '../../src/model/document.ts';
import { silentLogger, type Deps } from '../../src/pipeline/stage.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { actors } from '../../src/stages/actors/index.ts';

// The actors stage over one segmented sentence or story, for tests that look at the actor mentions it finds.

const deps: Deps = { lexicons: { dir: LEXICON_DIR }, gazetteer: () => { throw new Error('the actors stage must not geocode'); } };
const ctx = { log: silentLogger };
const seg = segment.create(deps);
const stage = actors.create(deps);

export function actorMentions(text: string): ActorMention[] {
  const article = { id: 'test', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } };
  return mentionsOf(stage.run(seg.run(newDocument(article), ctx), ctx), 'ACTOR');
}
