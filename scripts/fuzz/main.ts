// `npm run fuzz`: hostile documents through `extract` and `add` in worker processes; reports crashes, hangs, per-document failures and peak memory.
//
//   npm run fuzz -- --count 5000 --seed 1 --jobs 4 --hang-ms 60000 --json fuzz.json --log fuzz.jsonl [--resume]
//
// Each worker makes its share of the documents from the seed (any document can be made again
// alone), writes `{"start":i}` before each one and its outcome after. A worker silent for longer
// than --hang-ms is killed: the document it was on is a hang, and a new worker goes on after it.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runChild, type DocOutcome } from './child.js';
import { HOSTILE_KINDS } from './generate.js';

export interface FuzzOptions {
  count: number;
  seed: number;
  jobs: number;
  hangMs: number;
  /** A file each outcome is appended to as a JSON line as soon as it is known (a long run can be read while it goes). */
  log?: string;
  /** Go on from the log of an interrupted run: documents it holds are not run again, and the report covers them. */
  resume?: boolean;
}

/** The outcomes and hangs a run's log holds. */
function readLog(path: string): { outcomes: DocOutcome[]; hangs: number[] } {
  const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as DocOutcome & { hang?: number }) : [];
  return { outcomes: lines.filter((l) => l.hang === undefined), hangs: lines.filter((l) => l.hang !== undefined).map((l) => l.hang!) };
}

export interface FuzzReport {
  options: FuzzOptions;
  documents: number;
  extracted: number;
  failedDocuments: number;
  crashes: { i: number; name: string; phase: string; error: string }[];
  hangs: { i: number; kind: string }[];
  bareFailures: number;
  peakRssMb: number;
  slowestMs: number;
  wallSeconds: number;
  byKind: Record<string, { documents: number; extracted: number; failed: number; crashes: number; hangs: number; maxMs: number }>;
  /** Rule ids of the errors documents failed with, most frequent first. */
  failureRules: [string, number][];
}

const SELF = fileURLToPath(import.meta.url);

/** Runs documents [from, to) in worker processes, restarting after a hang; resolves with the outcomes, hangs and peak RSS. */
function runRange(o: FuzzOptions, from: number, to: number): Promise<{ outcomes: DocOutcome[]; hangs: number[]; rssKb: number }> {
  const outcomes: DocOutcome[] = [];
  const hangs: number[] = [];
  let rssKb = 0;
  return new Promise((resolve) => {
    const start = (at: number): void => {
      if (at >= to) return resolve({ outcomes, hangs, rssKb });
      const child = spawn(process.execPath, [SELF, '--child', String(o.seed), String(at), String(to)], { stdio: ['ignore', 'pipe', 'ignore'] });
      let current = at;
      let buffer = '';
      let timer = setTimeout(() => child.kill('SIGKILL'), o.hangMs);
      child.stdout.on('data', (c: Buffer) => {
        buffer += c.toString('utf8');
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (!line.startsWith('{')) continue;
          const msg = JSON.parse(line) as { start?: number; rssKb?: number } & Partial<DocOutcome>;
          clearTimeout(timer);
          timer = setTimeout(() => child.kill('SIGKILL'), o.hangMs);
          if (msg.start !== undefined) current = msg.start;
          else if (msg.i === undefined) rssKb = Math.max(rssKb, msg.rssKb ?? 0);
          else {
            rssKb = Math.max(rssKb, msg.rssKb ?? 0);
            outcomes.push(msg as DocOutcome);
            if (o.log) appendFileSync(o.log, `${line}\n`);
            current = (msg.i as number) + 1;
          }
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (current >= to) return resolve({ outcomes, hangs, rssKb });
        // Killed by the watchdog (a hang) or died (a crash of the whole process): the document it was on is counted, the rest go on.
        if (signal === 'SIGKILL') {
          hangs.push(current);
          if (o.log) appendFileSync(o.log, `${JSON.stringify({ hang: current })}\n`);
        }
        else outcomes.push({ i: current, name: `#${current}`, kind: HOSTILE_KINDS[current % HOSTILE_KINDS.length]!, bytes: 0, ms: 0, extracted: 0, failed: 0, ruleIds: [], added: 0, crashes: [{ phase: 'add', error: `the worker process exited (${code ?? signal})` }], bareFailures: 0 });
        start(current + 1);
      });
    };
    start(from);
  });
}

export async function fuzz(o: FuzzOptions): Promise<FuzzReport> {
  const t0 = performance.now();
  const per = Math.ceil(o.count / o.jobs);
  const earlier = o.resume && o.log ? readLog(o.log) : { outcomes: [], hangs: [] };
  const done = new Set([...earlier.outcomes.map((d) => d.i), ...earlier.hangs]);
  const ranges = Array.from({ length: o.jobs }, (_, j) => {
    let a = j * per;
    const b = Math.min(o.count, (j + 1) * per);
    while (a < b && done.has(a)) a++;
    return [a, b] as const;
  }).filter(([a, b]) => a < b);
  const results = await Promise.all(ranges.map(([a, b]) => runRange(o, a, b)));
  const outcomes = [...earlier.outcomes, ...results.flatMap((r) => r.outcomes)];
  const hangs = [...earlier.hangs, ...results.flatMap((r) => r.hangs)];
  return summarise(o, outcomes, hangs, Math.max(0, ...results.map((r) => r.rssKb)), (performance.now() - t0) / 1000);
}

/** The report of a run's outcomes (also of a run's log, read while it goes: `--summarise LOG`). */
export function summarise(o: FuzzOptions, all: readonly DocOutcome[], hangList: readonly number[], rssKb: number, wallSeconds: number): FuzzReport {
  const outcomes = [...all].sort((a, b) => a.i - b.i);
  const hangs = [...hangList].sort((a, b) => a - b);
  const byKind: FuzzReport['byKind'] = {};
  for (const k of HOSTILE_KINDS) byKind[k] = { documents: 0, extracted: 0, failed: 0, crashes: 0, hangs: 0, maxMs: 0 };
  const rules = new Map<string, number>();
  for (const d of outcomes) {
    const k = byKind[d.kind]!;
    k.documents++;
    k.extracted += d.extracted;
    k.failed += d.failed > 0 ? 1 : 0;
    k.crashes += d.crashes.length > 0 ? 1 : 0;
    k.maxMs = Math.max(k.maxMs, d.ms);
    for (const r of d.ruleIds) rules.set(r, (rules.get(r) ?? 0) + 1);
  }
  for (const i of hangs) {
    const k = byKind[HOSTILE_KINDS[i % HOSTILE_KINDS.length]!]!;
    k.documents++;
    k.hangs++;
  }
  return {
    options: o,
    documents: outcomes.length + hangs.length,
    extracted: outcomes.reduce((n, d) => n + d.extracted, 0),
    failedDocuments: outcomes.filter((d) => d.failed > 0).length,
    crashes: outcomes.flatMap((d) => d.crashes.map((c) => ({ i: d.i, name: d.name, phase: c.phase, error: c.error }))),
    hangs: hangs.map((i) => ({ i, kind: HOSTILE_KINDS[i % HOSTILE_KINDS.length]! })),
    bareFailures: outcomes.reduce((n, d) => n + d.bareFailures, 0),
    peakRssMb: Math.round(Math.max(rssKb, ...outcomes.map((d) => d.rssKb ?? 0)) / 1024),
    slowestMs: Math.max(0, ...outcomes.map((d) => d.ms)),
    wallSeconds: Math.round(wallSeconds),
    byKind,
    failureRules: [...rules.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}

export function formatReport(r: FuzzReport): string {
  const lines = [
    `fuzz: ${r.documents} hostile documents (seed ${r.options.seed}, ${r.options.jobs} workers, hang after ${r.options.hangMs} ms) in ${r.wallSeconds} s`,
    `crashes ${r.crashes.length}, hangs ${r.hangs.length}, failures without a rule ${r.bareFailures}; peak RSS of a worker ${r.peakRssMb} MB; slowest document ${r.slowestMs} ms`,
    `${r.extracted} articles extracted; ${r.failedDocuments} documents with a per-document failure`,
    '',
    'kind              docs  articles  failed  crashes  hangs  slowest ms',
  ];
  for (const [k, v] of Object.entries(r.byKind)) {
    lines.push(`${k.padEnd(16)} ${String(v.documents).padStart(5)} ${String(v.extracted).padStart(9)} ${String(v.failed).padStart(7)} ${String(v.crashes).padStart(8)} ${String(v.hangs).padStart(6)} ${String(v.maxMs).padStart(11)}`);
  }
  lines.push('', `failure rules: ${r.failureRules.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const c of r.crashes.slice(0, 20)) lines.push(`CRASH #${c.i} ${c.name} (${c.phase}): ${c.error}`);
  for (const h of r.hangs.slice(0, 20)) lines.push(`HANG #${h.i} (${h.kind})`);
  return lines.join('\n');
}

function arg(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  const v = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} needs a number`);
  return v;
}

async function main(args: string[]): Promise<number> {
  if (args[0] === '--summarise') {
    const lines = readFileSync(args[1]!, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as DocOutcome & { hang?: number });
    const outcomes = lines.filter((l) => l.hang === undefined);
    const hangs = lines.filter((l) => l.hang !== undefined).map((l) => l.hang!);
    const seconds = (statSync(args[1]!).mtimeMs - statSync(args[1]!).birthtimeMs) / 1000;
    console.log(formatReport(summarise({ count: outcomes.length + hangs.length, seed: arg(args, '--seed', 1), jobs: arg(args, '--jobs', 1), hangMs: arg(args, '--hang-ms', 60_000) }, outcomes, hangs, 0, seconds)));
    return 0;
  }
  if (args[0] === '--child') {
    await runChild(Number(args[1]), Number(args[2]), Number(args[3]), (line) => process.stdout.write(`${line}\n`));
    return 0;
  }
  const o: FuzzOptions = {
    count: arg(args, '--count', 5000),
    seed: arg(args, '--seed', 1),
    jobs: Math.max(1, arg(args, '--jobs', Math.max(1, availableParallelism() - 1))),
    hangMs: arg(args, '--hang-ms', 60_000),
    log: args.includes('--log') ? args[args.indexOf('--log') + 1] : undefined,
    resume: args.includes('--resume'),
  };
  const report = await fuzz(o);
  console.log(formatReport(report));
  const json = args.indexOf('--json');
  if (json >= 0 && args[json + 1]) writeFileSync(args[json + 1]!, JSON.stringify(report, null, 2));
  return report.crashes.length + report.hangs.length + report.bareFailures > 0 ? 1 : 0;
}

if (process.argv[1] === SELF) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(2);
    },
  );
}
