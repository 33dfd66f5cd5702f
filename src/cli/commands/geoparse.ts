import { errorMessage } from '../../errors.ts';
import { readArticles } from '../../input/index.ts';
import { mentionsOf } from '../../model/document.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { checkDate, gazetteerDumps, GAZETTEER_OPTION, parse } from '../args.ts';

/** `sitrep geoparse [FILE…|-] [--date YYYY-MM-DD] [--gazetteer PATH|URL[,…]]…`; SPEC: one JSON line per resolved place mention. */
export async function geoparseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { date: { type: 'string' }, ...GAZETTEER_OPTION });
  const date = checkDate(values.date, '--date');
  const gazetteerFiles = await gazetteerDumps(values.gazetteer, 'geoparse');
  const extractor = createExtractor({ stages: ['segment', 'places'], gazetteerFiles });
  let failed = 0;
  for await (const item of readArticles(positionals.length ? positionals : ['-'], { date })) {
    if (!item.ok) {
      failed++;
      process.stderr.write(`sitrep geoparse: ${errorMessage(item.error)}\n`);
      continue;
    }
    let doc;
    try {
      doc = extractor.pipeline.run(item.article);
    } catch (e) {
      failed++;
      process.stderr.write(`sitrep geoparse: ${item.article.origin.file}: ${errorMessage(e)}\n`);
      continue;
    }
    for (const m of mentionsOf(doc, 'PLACE')) {
      // a seat ("the Iraqi parliament" placed at Baghdad) is an event's place, not a toponym
      if (!m.place || m.seat) continue;
      const p = m.place;
      process.stdout.write(
        `${JSON.stringify({ doc_id: doc.id, start: m.start, end: m.end, text: m.text, name: p.name, latitude: p.latitude, longitude: p.longitude, geonameid: p.geonameid, feature_code: p.featureCode, country_iso3: p.iso3 })}\n`,
      );
    }
  }
  return failed ? 1 : 0;
}
