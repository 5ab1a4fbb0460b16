// The shared Store suite against PostgreSQL (a fresh schema per store), plus what only the PostgreSQL store does.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { openStore, PostgresStore } from '../src/store/index.js';
import { postgresMigrations } from '../src/store/postgres-migrations.js';
import { article, runStoreSuite } from './store-suite.js';

const url = process.env.TRIANGULATE_TEST_PG;
const skip = process.env.TRIANGULATE_SKIP_PG === '1';

if (!url && !skip) {
  test('PostgreSQL store tests need a server', () => {
    assert.fail(
      'TRIANGULATE_TEST_PG is unset: run the tests through `scripts/with-postgres.sh npm test` (a throwaway PostgreSQL 15), ' +
        'set TRIANGULATE_TEST_PG=postgres://... to a database the tests may write to, or set TRIANGULATE_SKIP_PG=1 to skip them on purpose',
    );
  });
} else if (!url) {
  test('PostgreSQL store tests', (t) => t.skip('TRIANGULATE_SKIP_PG=1: skipped on purpose'));
} else {
  const schemas: string[] = [];
  const openFresh = async (): Promise<PostgresStore> => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    return PostgresStore.open(url, { schema });
  };
  after(async () => {
    const client = new pg.Client(url);
    await client.connect();
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await client.end();
  });

  runStoreSuite('PostgreSQL', openFresh);

  describe('PostgreSQL store', () => {
    test('openStore opens a postgres:// URL; migrations are versioned and run once, also when opened concurrently', async () => {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(url, { schema })));
      const latest = postgresMigrations.at(-1)?.version;
      for (const s of stores) assert.equal(await s.schemaVersion(), latest);
      const { rows } = await stores[0].db.query<{ n: string }>('SELECT COUNT(*) AS n FROM schema_migrations');
      assert.equal(Number(rows[0].n), postgresMigrations.length);
      for (const s of stores) await s.close();
      const viaUrl = await openStore(url);
      assert.equal(viaUrl.kind, 'postgres');
      await viaUrl.close();
    });

    test('large tables carry the article id in their primary keys (Citus distribution column)', async () => {
      const store = await openFresh();
      const { rows } = await store.db.query<{ table: string; columns: string[] }>(
        `SELECT c.conrelid::regclass::text AS table, array_agg(a.attname::text ORDER BY a.attname) AS columns
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
         WHERE c.contype = 'p' AND c.connamespace = current_schema()::regnamespace GROUP BY 1`,
      );
      const keys = new Map(rows.map((r) => [r.table, r.columns]));
      assert.deepEqual(keys.get('articles'), ['id']);
      assert.deepEqual(keys.get('analyses'), ['article_id']);
      assert.deepEqual(keys.get('story_members'), ['article_id']);
      assert.deepEqual(keys.get('documents'), ['id']);
      await store.close();
    });

    test('a transaction commits all or nothing', async () => {
      const store = await openFresh();
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.putArticle(article('a', 'A'));
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(await store.hasArticle('a'), false);
      await store.transaction(async (tx) => {
        await tx.putArticle(article('a', 'A'));
        await tx.putState('linker', 'x');
      });
      assert.equal(await store.hasArticle('a'), true);
      assert.equal(await store.getState('linker'), 'x');
      await store.close();
    });

    test('search takes web-search syntax and never fails on odd input', async () => {
      const store = await openFresh();
      await store.putArticle(article('a', 'Seoul says troops', 'Seoul said 12,000 troops were sent, the NIS said.'));
      await store.putArticle(article('b', 'Kyiv', 'Kyiv denied that troops were sent.'));
      assert.deepEqual((await store.search('"troops were sent" -Kyiv')).map((h) => h.articleId), ['a']);
      assert.deepEqual((await store.search('seoul or kyiv')).map((h) => h.articleId).sort(), ['a', 'b']);
      for (const q of ['', '   ', '&|!:*()', "'", '-', '""']) assert.ok(Array.isArray(await store.search(q)), q);
      await store.close();
    });
  });
}
