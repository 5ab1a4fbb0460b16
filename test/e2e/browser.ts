// Shared set-up of the browser tests: a server on a free loopback port over a temp store filled from the example corpus, and Chromium.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { runPipeline } from '../../src/pipeline/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/index.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = 'test-artifacts';

/**
 * Whether the browser tests can run. Without Chromium they fail with a clear message, unless
 * TRIANGULATE_SKIP_BROWSER=1 says to skip them (then each is marked skipped, never silently passed).
 */
export function browserAvailable(t: TestContext): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.TRIANGULATE_SKIP_BROWSER === '1') {
    t.skip(`${CHROMIUM} is absent and TRIANGULATE_SKIP_BROWSER=1`);
    return false;
  }
  throw new Error(`browser tests need Chromium at ${CHROMIUM}: install it (apt-get install -y chromium), or set TRIANGULATE_SKIP_BROWSER=1 to skip them`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Fixture {
  server: RunningServer;
  store: SqliteStore;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 (free port) over a fresh SQLite store holding the given inputs. */
export async function startFixture(inputs: readonly string[]): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-e2e-'));
  const store = new SqliteStore(join(dir, 'store.db'));
  await runPipeline(inputs, store);
  const server = await startServer({ store, host: '127.0.0.1', port: 0, log: () => undefined });
  return {
    server,
    store,
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
