import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { INTERRUPT_BUDGET, tieringFlag } from './v8-tiering.js';

test('the budget is raised on V8 11 only, where V8 knows the flag and its default is smaller', () => {
  assert.equal(tieringFlag('11.3.244.8-node.33'), `--interrupt-budget=${INTERRUPT_BUDGET}`);
  assert.equal(tieringFlag('11.8.172.17-node.20'), `--interrupt-budget=${INTERRUPT_BUDGET}`);
  assert.equal(tieringFlag('12.4.254.21-node.33'), null);
  assert.equal(tieringFlag('13.6.233.10-node.24'), null);
  assert.equal(tieringFlag('10.2.154.26-node.36'), null);
});

test('setting the flag on this V8 prints nothing', () => {
  const url = new URL('./v8-tiering.js', import.meta.url).href;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import { tuneTiering } from ${JSON.stringify(url)}; console.log(String(tuneTiering()));`], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout.trim(), String(tieringFlag(process.versions.v8)));
});
