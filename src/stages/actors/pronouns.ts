import type { ActorMention, Sentence, Token } from '../../model/document.ts';

/** Kinds a group pronoun never stands for. */
const NOT_GROUPS = new Set(['monitor', 'media']);
/** Sentence-initial group pronouns and the kinds of antecedent each may take. */
const GROUP_PRONOUNS = new Map<string, (kind: string | undefined) => boolean>([
  ['they', () => true],
  ['it', (k) => k !== 'civilians' && k !== 'protesters' && k !== 'rioters'],
]);

/**
 * Resolves a sentence-initial "They"/"It" to the last group the previous sentence named:
 * "… IS fighters had encircled the rebels in a surprise ambush. They had suffered heavy
 * casualties …" — "They" are the rebels. Only sentence-initial pronouns are resolved, and only
 * when the previous sentence names a group; everything else stays unresolved rather than guessed.
 */
export function resolvePronouns(docId: string, text: string, sentences: readonly Sentence[], tokens: readonly Token[], found: readonly ActorMention[]): ActorMention[] {
  const bySentence = new Map<number, ActorMention[]>();
  for (const m of found) {
    if (!m.actor || NOT_GROUPS.has(m.actor.kind ?? '') || m.confidence < 0.5) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const out: ActorMention[] = [];
  for (const s of sentences) {
    if (s.index === 0 || s.endToken <= s.firstToken) continue;
    let t = s.firstToken;
    // skip an opening quotation mark
    if (/^["“‘']$/.test(tokens[t].norm) && t + 1 < s.endToken) t++;
    const tok = tokens[t];
    const accepts = GROUP_PRONOUNS.get(tok.norm);
    if (!accepts || tok.pos !== 'PRON') continue;
    const prev = (bySentence.get(s.index - 1) ?? []).filter((m) => accepts(m.actor?.kind)).sort((a, b) => a.start - b.start);
    const ante = prev.at(-1);
    if (!ante) continue;
    out.push({
      kind: 'ACTOR',
      id: `${docId}-pron-${tok.start}`,
      start: tok.start,
      end: tok.end,
      sentence: s.index,
      text: text.slice(tok.start, tok.end),
      confidence: 0.5,
      by: 'actors',
      actor: ante.actor,
      via: 'pronoun',
      antecedent: ante.id,
    });
  }
  return out;
}
