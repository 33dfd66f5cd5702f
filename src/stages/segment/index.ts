import winkNLP from 'wink-nlp';
import type { Document, Sentence, Token } from '../../model/document.ts';
import type { Stage, StageFactory } from '../../pipeline/stage.ts';
import { dateHeaderSpans, photoCreditSpans } from './date-header.ts';
import { segmentWinkModel } from './wink-model.ts';
import { joinSplitInitials } from './initials.ts';

type Wink = ReturnType<typeof winkNLP>;

/**
 * Sentences and tokens with character offsets. wink-nlp keeps each token's preceding
 * whitespace, so offsets are recovered by walking the text; where wink normalises a
 * token (rare), we search forward for it rather than trust a computed offset.
 */
export function segmentText(nlp: Wink, text: string): { sentences: Sentence[]; tokens: Token[] } {
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out() as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const sentSpans: [number, number][] = [];
  wdoc.sentences().each((s: { out: (f?: unknown) => unknown }) => {
    sentSpans.push(s.out(its.span) as [number, number]);
  });
  const tokens: Token[] = [];
  const starts: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let at = text.startsWith(v, cursor) ? cursor : text.indexOf(v, cursor);
    if (at < 0) {
      // wink changed the surface form; skip whitespace and take the token's length as written
      at = cursor;
      while (at < text.length && /\s/.test(text[at])) at++;
    }
    // never allow a jump over more than whitespace-ish material
    starts[i] = at;
    cursor = at + v.length;
  }
  const sentences: Sentence[] = [];
  for (const [a, b] of sentSpans) {
    const before = tokens.length;
    for (let t = a; t <= b; t++) {
      const v = values[t];
      if (v.trim() === '') continue; // wink keeps line breaks as tokens; they are layout, not words
      tokens.push({ start: starts[t], end: starts[t] + v.length, sentence: sentences.length, norm: v.toLowerCase(), pos: pos[t] });
    }
    if (tokens.length === before) continue;
    sentences.push({ index: sentences.length, start: tokens[before].start, end: tokens[tokens.length - 1].end, firstToken: before, endToken: tokens.length });
  }
  return { sentences, tokens };
}

/**
 * Paragraph breaks (blank lines) and a title line also end sentences: wire copy often
 * has a headline without a full stop, and wink would glue it to the lead. So does a date line at the head of
 * the article, and a caption's photo credit, before and after them (./date-header.ts): outlets' pages glue them to the
 * title or the next paragraph.
 */
function splitAtBlankLines(text: string, sentences: Sentence[], tokens: Token[]): { sentences: Sentence[]; tokens: Token[] } {
  const out: Sentence[] = [];
  const toks: Token[] = [];
  // a sentence starts at the first token at or after each bound of a date line
  const bounds = [...dateHeaderSpans(text), ...photoCreditSpans(text)].flat();
  const startsAfterBound = (prevStart: number, start: number) => bounds.some((b) => prevStart < b && start >= b);
  for (const s of sentences) {
    let first = s.firstToken;
    for (let t = s.firstToken + 1; t < s.endToken; t++) {
      // (the gap between two tokens is looked through in place: a slice of it per token cost an allocation each)
      if (hasLineBreak(text, tokens[t - 1].end, tokens[t].start) || (bounds.length > 0 && startsAfterBound(tokens[t - 1].start, tokens[t].start))) {
        pushSentence(first, t);
        first = t;
      }
    }
    pushSentence(first, s.endToken);
  }
  function pushSentence(a: number, b: number): void {
    if (b <= a) return;
    const index = out.length;
    const firstToken = toks.length;
    // tokens are immutable: one whose sentence is unchanged (most) is kept, not copied
    for (let t = a; t < b; t++) toks.push(tokens[t].sentence === index ? tokens[t] : { ...tokens[t], sentence: index });
    out.push({ index, start: tokens[a].start, end: tokens[b - 1].end, firstToken, endToken: toks.length });
  }
  return { sentences: out, tokens: toks };
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

export const segment: StageFactory = {
  name: 'segment',
  create(): Stage {
    // Only sentences and part-of-speech tags are read: wink's entities, negation and sentiment passes
    // (a third of its time) change neither, so they are left out of its pipe.
    const nlp = winkNLP(segmentWinkModel(), ['sbd', 'pos']);
    return {
      name: 'segment',
      version: '1',
      requires: [],
      assigns: ['sentences', 'tokens'],
      run(doc: Document): Document {
        const raw = segmentText(nlp, doc.text);
        const joined = joinSplitInitials(doc.text, raw.sentences, raw.tokens);
        const { sentences, tokens } = splitAtBlankLines(doc.text, joined.sentences, joined.tokens);
        return { ...doc, sentences, tokens };
      },
    };
  },
};
