import { loadGeoCues } from '../../geo/geo-lexicons.ts';
import type { Document, PlaceMention } from '../../model/document.ts';
import { stableId } from '../../model/ids.ts';
import type { Deps, Stage, StageFactory } from '../../pipeline/stage.ts';
import { createDetector } from './detect.ts';
import { computeFocus, resolvePlaces } from './resolve.ts';

export { choosePlace } from './choose.ts';

/**
 * Finds place names (capitalised sequences the gazetteer knows, with the cues around them) and
 * resolves each to a Place, or null when context cannot decide. The gazetteer loads on the
 * first article, not at create(), so pipelines that never see text never pay for it.
 */
export const places: StageFactory = {
  name: 'places',
  create(deps: Deps): Stage {
    const detector = createDetector(loadGeoCues(deps.lexicons.dir));
    return {
      name: 'places',
      version: '1',
      requires: ['sentences', 'tokens'],
      assigns: ['mentions:PLACE'],
      run(doc: Document): Document {
        const gazetteer = deps.gazetteer();
        const { raws, demonyms } = detector.detect(doc, gazetteer);
        const focus = computeFocus(raws, demonyms, doc.article.dateline, gazetteer);
        const mentions: PlaceMention[] = [];
        for (const r of resolvePlaces(raws, focus, gazetteer)) {
          if (!r.keep) continue;
          mentions.push({
            id: stableId('pl', doc.id, r.raw.start, r.raw.end),
            kind: 'PLACE',
            start: r.raw.start,
            end: r.raw.end,
            sentence: r.raw.sentence,
            text: r.raw.text,
            confidence: r.confidence,
            by: 'places',
            place: r.place,
            ...(r.raw.relation ? { relation: r.raw.relation } : {}),
          });
        }
        return { ...doc, mentions: [...doc.mentions, ...mentions] };
      },
    };
  },
};
