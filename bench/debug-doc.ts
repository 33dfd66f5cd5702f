// Prints one article's actor mentions and events (for looking at actor errors by hand; prints article text to the
// terminal only): node --import tsx bench/debug-doc.ts ARTICLES.jsonl DOC_ID
import { readArticles } from '../src/input/read-articles.ts';
import { createExtractor } from '../src/pipeline/extractor.ts';
import { mentionsOf } from '../src/model/document.ts';
const [file, id] = process.argv.slice(2);
let article = null;
for await (const r of readArticles([file])) if (r.ok && r.article.id === id) article = r.article;
if (!article) throw new Error(`${id} not in ${file}`);
const x = createExtractor();
const { doc, records } = x.extract(article);
for (const s of doc.sentences) {
  const ms = mentionsOf(doc, 'ACTOR').filter((m) => m.sentence === s.index);
  console.log(`[${s.index}] ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
  for (const m of ms) console.log(`     ${JSON.stringify(m.text)} -> ${m.actor?.name ?? null} (${m.via}, ${m.confidence})`);
}
for (const r of records) console.log(`EVENT ${r.historical ? 'HIST ' : ''}${r.sub_event_type} @${r.location}|${r.country} ${r.event_date} a1=${r.actor1} (${r.actor1_mention}) a2=${r.actor2} (${r.actor2_mention}) ev=${r.evidence.map((e) => doc.sentences.findIndex((s) => s.start === e.start)).join(',')}`);
