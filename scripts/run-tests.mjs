// Runs every compiled test file (dist/**/*.test.js) with Node's built-in test runner.
//
// The PostgreSQL suites need a server: when TRIANGULATE_TEST_PG names none, this script starts a
// throwaway one through scripts/with-postgres.sh (PostgreSQL 15's initdb and pg_ctl from PG_BIN,
// by default /usr/lib/postgresql/15/bin). Where that cannot be done, and where Chromium is absent,
// those suites are skipped with one line naming them and saying how to run them; under CI=true
// nothing is skipped without being asked for (a missing tool is a failure there).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PG_SUITES = 'the PostgreSQL store suite, the queue CLI tests and the queue fault tests';
const BROWSER_SUITES = 'the browser tests (test/e2e)';
const CHROMIUM = '/usr/bin/chromium';

function find(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

/** Why a throwaway PostgreSQL cannot be started here, or null when it can. */
function postgresMissing(pgBin) {
  for (const tool of ['initdb', 'pg_ctl']) {
    if (!existsSync(join(pgBin, tool))) return `no ${join(pgBin, tool)}`;
  }
  if (process.getuid?.() === 0) {
    const user = spawnSync('id', ['postgres'], { stdio: 'ignore' });
    if (user.status !== 0) return "running as root and there is no 'postgres' user to run the server as";
  }
  return null;
}

function skipLine(suites, why, how) {
  console.log(`\n*** SKIPPED: ${suites}: ${why}. ${how}\n`);
}

const env = { ...process.env };
const ci = Boolean(env.CI) && env.CI !== 'false';

if (!env.TRIANGULATE_TEST_PG && env.TRIANGULATE_SKIP_PG !== '1') {
  const pgBin = env.PG_BIN || '/usr/lib/postgresql/15/bin';
  const missing = postgresMissing(pgBin);
  if (missing === null) {
    // Run this same script again inside a throwaway server; with-postgres.sh exports TRIANGULATE_TEST_PG.
    const wrapped = spawnSync('bash', ['scripts/with-postgres.sh', process.execPath, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env,
    });
    process.exit(wrapped.status ?? 1);
  }
  if (!ci) {
    skipLine(
      PG_SUITES,
      missing,
      'Install postgresql-15 (or set PG_BIN to its bin folder), or set TRIANGULATE_TEST_PG=postgres://... to a database the tests may write to.',
    );
    env.TRIANGULATE_SKIP_PG = '1';
  }
}

if (!existsSync(CHROMIUM) && env.TRIANGULATE_SKIP_BROWSER !== '1' && !ci) {
  skipLine(BROWSER_SUITES, `no Chromium at ${CHROMIUM}`, 'Install it (apt-get install -y chromium) to run them.');
  env.TRIANGULATE_SKIP_BROWSER = '1';
}

const filter = process.argv.slice(2);
const files = find('dist', []).filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('no test files found under dist/: run `npm run build` first');
  process.exit(1);
}
const reporter = ci ? ['--test-reporter=spec'] : [];
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...reporter, ...files], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
