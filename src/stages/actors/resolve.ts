import type { ActorMention } from '../../model/document.ts';
import { stableId } from '../../model/ids.ts';
import type { ActorKind } from './lexicon.ts';
import type { RawMention } from './match.ts';

/** Below this, a name is too doubtful ("Islamic State-held") to anchor a description… */
const MIN_ANTECEDENT_CONFIDENCE = 0.3;
/** …and these kinds are never what "the group" refers to. */
const NOT_ANTECEDENTS: ReadonlySet<string> = new Set(['monitor', 'media', 'civilians', 'protesters', 'rioters']);

interface Antecedent {
  readonly mention: ActorMention;
  readonly kinds: readonly ActorKind[];
}

const FREQUENCY_CAP = 3;
/** How many sentences back a description without a determiner may find its actor (the recency window below). */
const BARE_REACH = 3;

/** Recency bonus by sentence distance: same sentence, previous, within three. */
function recency(distance: number): number {
  return distance === 0 ? 4 : distance === 1 ? 3 : distance <= 3 ? 2 : 0;
}

/**
 * Salience = how often the actor was named so far + how recently + 1 for the description's
 * preferred kind. Pure recency picks "the YPG" for "the militant group" in a story about IS;
 * pure frequency ignores "A spokesman of the New Syria Army confirmed the group's …".
 */
function findAntecedent(prior: readonly Antecedent[], compatible: readonly ActorKind[], sentence: number, reach = Infinity): Antecedent | null {
  const best = new Map<string, { ante: Antecedent; count: number; bonus: number }>();
  // an actor last named beyond the reach is no candidate, however often it was named before
  const recent = new Set(prior.filter((p) => sentence - p.mention.sentence <= reach).map((p) => p.mention.actor!.id));
  for (const p of prior) {
    if (!p.kinds.some((k) => compatible.includes(k)) || !recent.has(p.mention.actor!.id)) continue;
    const id = p.mention.actor!.id;
    const bonus = recency(sentence - p.mention.sentence) + (p.kinds.includes(compatible[0]) ? 1 : 0);
    const seen = best.get(id);
    if (seen) best.set(id, { ante: p, count: seen.count + 1, bonus });
    else best.set(id, { ante: p, count: 1, bonus });
  }
  let top: { ante: Antecedent; score: number; count: number } | null = null;
  for (const { ante, count, bonus } of best.values()) {
    // frequency saturates: a tenth mention says little more than a third
    const score = Math.min(count, FREQUENCY_CAP) + bonus;
    if (!top || score > top.score || (score === top.score && count > top.count)) top = { ante, score, count };
  }
  return top?.ante ?? null;
}

/** Actor id → the states known to back it (lexicons/actors.jsonl "backers"). */
export type Backers = ReadonlyMap<string, readonly string[]>;

/**
 * The antecedents the patron may back: those the story names as its clients ("U.S.-backed Syrian Democratic Forces"),
 * and those whose backers neither the lexicon nor the story tells; never a group the lexicon knows other states back
 * (the YPG for "Turkish-backed rebels") or the story names as another patron's ("the Western-backed coalition" stays open).
 */
function backedAs(prior: readonly Antecedent[], backer: string, backers: Backers): Antecedent[] {
  const named = new Map<string, Set<string>>();
  for (const p of prior) if (p.mention.backedBy) named.set(p.mention.actor!.id, (named.get(p.mention.actor!.id) ?? new Set()).add(p.mention.backedBy));
  return prior.filter((p) => {
    const id = p.mention.actor!.id;
    if (named.get(id)?.has(backer)) return true;
    const known = backers.get(id);
    if (known) return known.includes(backer);
    return !named.has(id);
  });
}

/** The armed group named before, within reach, that the story or the lexicon says `backer` backs (never one merely left open). */
function clientOf(prior: readonly Antecedent[], backer: string, backers: Backers, sentence: number): Antecedent | null {
  const clients = prior.filter((p) => p.mention.backedBy === backer || backers.get(p.mention.actor!.id)?.includes(backer));
  const ids = new Set(clients.map((p) => p.mention.actor!.id));
  return findAntecedent(prior.filter((p) => ids.has(p.mention.actor!.id)), ['militia', 'rebel'], sentence, BARE_REACH);
}

/**
 * Turns raw mentions into ActorMentions, pointing each description at the most recent
 * compatible actor before it ("the jihadists" → the last jihadist group named).
 */
export function resolveMentions(docId: string, text: string, raws: readonly RawMention[], backers: Backers = new Map()): ActorMention[] {
  const out: ActorMention[] = [];
  const prior: Antecedent[] = [];
  // one hash per document, not per mention: offsets already make ids unique within it
  const prefix = stableId('actor-', docId);
  for (const r of raws) {
    const base = { kind: 'ACTOR' as const, id: `${prefix}-${r.start}-${r.end}`, start: r.start, end: r.end, sentence: r.sentence, text: text.slice(r.start, r.end), by: 'actors' };
    const backed = { ...(r.backedBy ? { backedBy: r.backedBy } : {}), ...(r.holds ? { holds: true as const } : {}), ...(r.struck ? { struck: true as const } : {}) };
    if (r.via === 'description' && r.description) {
      // A bare plural ("rebels say", "to eliminate terrorists", "a recruiting tool for Islamist militants") points back only to
      // an actor named in the last few sentences; past them it speaks of such people in general. "The militants", "the group"
      // and "militant positions" refer to one known actor, however far back it was named.
      // "Turkish-backed rebels" after the YPG are named: a patron's clients are the actor the story named as its clients,
      // not any rebels before them (read back, the patron's client became the very side it fights)
      const ante = findAntecedent(r.backedBy ? backedAs(prior, r.backedBy, backers) : prior, r.description.compatible, r.sentence, r.definite ? Infinity : BARE_REACH);
      if (ante) {
        const m: ActorMention = { ...base, ...backed, actor: ante.mention.actor, via: 'description', antecedent: ante.mention.id, confidence: round(ante.mention.confidence >= 0.5 ? r.confidence : 0.8 * r.confidence) };
        out.push(m);
        // every mention of an actor adds to its salience, "the militants" as much as "Islamic State": a story that goes on
        // about "the militants" keeps them more salient than a unit named once in passing ("the Emergency Response division")
        // (only as what its words call it: "the coalition" adds to the coalition's salience as a coalition, not as a state)
        prior.push({ mention: m, kinds: ante.kinds.filter((k) => r.description!.compatible.includes(k)) });
      } else {
        out.push({ ...base, ...backed, actor: r.actor, via: 'description', confidence: r.actor ? 0.5 * r.confidence : 0.2 });
      }
      continue;
    }
    // "U.S.-backed militias" after "the U.S.-backed Syrian Democratic Forces": the militia that patron backs is the group
    // the story (or the lexicon) names as its client, not a new "Militia (Pro-United States)"
    const client = r.backedBy && r.actor?.id.startsWith('militia-pro-') ? clientOf(prior, r.backedBy, backers, r.sentence) : null;
    if (client) {
      const c: ActorMention = { ...base, ...backed, actor: client.mention.actor, via: 'description', antecedent: client.mention.id, confidence: round(Math.min(r.confidence, client.mention.confidence)) };
      out.push(c);
      prior.push({ mention: c, kinds: client.kinds });
      continue;
    }
    const m: ActorMention = { ...base, ...backed, actor: r.actor, via: r.via === 'pattern' ? 'pattern' : 'name', confidence: round(r.confidence) };
    out.push(m);
    if (r.actor && r.confidence >= MIN_ANTECEDENT_CONFIDENCE && !NOT_ANTECEDENTS.has(r.actor.kind ?? '')) prior.push({ mention: m, kinds: r.kinds });
  }
  return upgradeGenericRebels(out, backers);
}

/**
 * "U.S.-backed Syrian rebels" in a story about the New Syria Army means that army: when one
 * named rebel group clearly dominates the article (≥2 mentions, twice any other), generic
 * rebels of the same country are read as that group.
 */
function upgradeGenericRebels(mentions: ActorMention[], backers: Backers): ActorMention[] {
  const counts = new Map<string, { n: number; first: ActorMention }>();
  for (const m of mentions) {
    const a = m.actor;
    if (!a || a.kind !== 'rebel' || a.id.startsWith('opposition-rebels') || m.confidence < 0.5) continue;
    const c = counts.get(a.id);
    if (c) c.n++;
    else counts.set(a.id, { n: 1, first: m });
  }
  const ranked = [...counts.values()].sort((x, y) => y.n - x.n);
  const top = ranked[0];
  if (!top || top.n < 2 || (ranked[1] && ranked[1].n * 2 > top.n)) return mentions;
  const group = top.first.actor!;
  // (only near a mention of the group: "rebels say Moscow …" ten sentences after the YPG was named are rebels in general)
  const groupSentences = mentions.filter((m) => m.actor?.id === group.id && m.confidence >= 0.5).map((m) => m.sentence);
  return mentions.map((m) => {
    const a = m.actor;
    if (!a || !a.id.startsWith('opposition-rebels') || (a.country && group.country && a.country !== group.country)) return m;
    if (!groupSentences.some((s) => Math.abs(s - m.sentence) <= BARE_REACH)) return m;
    // ("Turkish-backed rebels" in a story about the YPG: rebels of another patron, unless the story so named the group)
    if (m.backedBy && backers.has(group.id) && !backers.get(group.id)!.includes(m.backedBy) && !mentions.some((g) => g.actor?.id === group.id && g.backedBy === m.backedBy)) return m;
    return { ...m, actor: group, via: 'description', antecedent: top.first.id, confidence: round(Math.min(m.confidence, 0.6)) };
  });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
