import type { Document, MentionKind } from '../model/document.ts';
import type { Lexicons } from '../lexicons/lexicons.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import type { EntityTagger } from '../models/ner/model.ts';

export type Field = 'sentences' | 'tokens' | 'eventWords' | `mentions:${MentionKind}` | 'events';

export interface Logger {
  debug(msg: string): void;
  warn(msg: string): void;
}

export interface RunContext {
  readonly log: Logger;
}

/** Shared read-only resources a stage may use; injected so tests can pass small fakes. */
export interface Deps {
  readonly lexicons: Lexicons;
  /** Loaded on first use: stages that never geocode never pay for it. */
  readonly gazetteer: () => Gazetteer;
  /**
   * The PER/ORG/LOC tagger that says whether a capitalised name is a place; loaded on first use.
   * Absent, the places stage keeps every candidate as its rules find them.
   */
  readonly entityTagger?: () => EntityTagger;
}

export interface Stage {
  /** kebab-case; equals its folder under src/stages/. */
  readonly name: string;
  /** Bump when output changes; recorded in the trace. */
  readonly version: string;
  readonly requires: readonly Field[];
  readonly assigns: readonly Field[];
  /** Returns a new Document; never mutates its input. */
  run(doc: Document, ctx: RunContext): Document;
  /**
   * Given this stage's output, why no later stage can change the result (the pipeline then skips them and says so in
   * the trace), or null to run on. Only a stage whose followers all serve one purpose may end a run early.
   */
  endsRun?(doc: Document): string | null;
}

export interface StageFactory {
  readonly name: string;
  create(deps: Deps): Stage;
}

export const silentLogger: Logger = { debug() {}, warn() {} };
