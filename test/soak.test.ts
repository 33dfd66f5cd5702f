import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { runSoak } from '../bench/soak-run.ts';
import { pgTestGate, throwawayDatabases } from '../src/store/postgres/pg-test-db.ts';

/** bench/soak.ts in miniature: the same code, a few hundred articles, on both backends. */

const gate = await pgTestGate();
const dbs = throwawayDatabases();
after(() => dbs.dropAll());

const backends = [
  { name: 'SQLite', articles: 500, skip: false as string | false, pg: async (): Promise<string | undefined> => undefined },
  { name: 'PostgreSQL', articles: 300, skip: gate.run ? (false as const) : gate.reason, pg: () => dbs.create() },
];

describe('soak (small)', () => {
  for (const b of backends) {
    it(`${b.name}: ${b.articles} articles ingested while the API answers; every count adds up`, { skip: b.skip, timeout: 120_000 }, async () => {
      const r = await runSoak({ articles: b.articles, pg: await b.pg(), queryPauseMs: 10 });
      assert.deepEqual(r.stats, { articles: b.articles, events: r.expectedEvents, failures: 0 });
      assert.deepEqual(r.apiStats, r.stats, 'the API process sees the final state');
      assert.deepEqual(r.queryErrors, []);
      assert.ok(r.queries >= 10, `the API answered during the run (${r.queries} queries)`);
      assert.ok(r.monotonic, 'the article count seen by the API never went down');
    });
  }
});
