// One fuzz worker process: makes its share of hostile documents, runs each through `extract` and `add`, and reports each outcome as a JSON line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAttributionModel } from '../../src/analyze/index.js';
import { readInputs } from '../../src/ingest/index.js';
import type { Lookup } from '../../src/ingest/web/options.js';
import type { Message } from '../../src/model/index.js';
import { extractItem, runPipeline } from '../../src/pipeline/index.js';
import { SqliteStore } from '../../src/store/index.js';
import { hostileGenerator } from './generate.js';

/** What one document gave. A crash is an exception that escaped; a bare failure is one without a message naming its rule. */
export interface DocOutcome {
  i: number;
  name: string;
  kind: string;
  bytes: number;
  ms: number;
  /** Articles extracted, and failures (each with its messages' rule ids). */
  extracted: number;
  failed: number;
  ruleIds: string[];
  added: number;
  crashes: { phase: 'extract' | 'add'; error: string }[];
  bareFailures: number;
  /** Peak resident memory of the worker process so far, in KiB. */
  rssKb?: number;
}

/** No network: every name fails to resolve at once, and addresses the guard refuses are never connected to. */
const offline: Lookup = async (hostname) => {
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
};
const WEB = { lookup: offline, rateMs: 0, timeoutMs: 2_000 };

function errorLine(e: unknown): string {
  const err = e as Error;
  return `${err?.name ?? 'Error'}: ${err?.message ?? String(e)} ${(err?.stack ?? '').split('\n').slice(1, 3).map((l) => l.trim()).join(' ')}`.slice(0, 500);
}

function bare(messages: readonly Message[]): boolean {
  return messages.length === 0 || messages.some((m) => typeof m.ruleId !== 'string' || m.ruleId === '' || typeof m.reason !== 'string');
}

/** Runs documents [from, to) of the seed; writes `{"start":i}` before each and its outcome after, then `{"rssKb":...}`. */
export async function runChild(seed: number, from: number, to: number, write: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-fuzz-'));
  const store = new SqliteStore(join(dir, 'fuzz.db'));
  const analysis = { attributionModel: loadAttributionModel() };
  const make = hostileGenerator(seed);
  try {
    for (let i = from; i < to; i++) {
      const doc = make(i);
      const path = join(dir, doc.name);
      writeFileSync(path, doc.bytes);
      write(JSON.stringify({ start: i }));
      const out: DocOutcome = { i, name: doc.name, kind: doc.kind, bytes: doc.bytes.length, ms: 0, extracted: 0, failed: 0, ruleIds: [], added: 0, crashes: [], bareFailures: 0 };
      const t0 = performance.now();
      const rules = new Set<string>();
      try {
        for await (const item of readInputs([path], { web: WEB })) {
          const r = extractItem(item);
          if (r.ok) out.extracted++;
          else {
            out.failed++;
            if (bare(r.messages)) out.bareFailures++;
            for (const m of r.messages) if (m.severity === 'error') rules.add(m.ruleId);
          }
        }
      } catch (e) {
        out.crashes.push({ phase: 'extract', error: errorLine(e) });
      }
      try {
        const s = await runPipeline([path], store, { web: WEB, analysis });
        out.added = s.added;
        for (const f of s.failed) if (bare(f.messages)) out.bareFailures++;
      } catch (e) {
        out.crashes.push({ phase: 'add', error: errorLine(e) });
      }
      out.ms = Math.round(performance.now() - t0);
      out.ruleIds = [...rules].sort();
      out.rssKb = process.resourceUsage().maxRSS;
      rmSync(path, { force: true });
      write(JSON.stringify(out));
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  write(JSON.stringify({ rssKb: process.resourceUsage().maxRSS }));
}
