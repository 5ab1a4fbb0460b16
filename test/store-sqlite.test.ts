// The shared Store suite against the embedded SQLite store (a fresh file per store).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { SqliteStore } from '../src/store/index.js';
import { runStoreSuite } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-store-suite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreSuite('SQLite', async () => new SqliteStore(join(dir, `s${n++}.db`)));
