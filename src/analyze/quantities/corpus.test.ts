// Checks findQuantities on sentences of the example corpus against hand-written expectations in test/fixtures/quantities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findQuantities } from './index.js';

interface Expect { value: number | [number, number]; unit?: string | null; unitClass?: string; approx?: string | null }
interface Case { text: string; expect: Expect[]; none?: string[] }

const fixture = JSON.parse(readFileSync(new URL('../../../../test/fixtures/quantities/korea-troops.json', import.meta.url), 'utf8')) as { cases: Case[] };

for (const c of fixture.cases) {
  test(`corpus: ${c.text.slice(0, 60)}`, () => {
    const qs = findQuantities(c.text);
    assert.equal(qs.length, c.expect.length, `quantities: ${JSON.stringify(qs.map((q) => q.text))}`);
    c.expect.forEach((e, k) => {
      const q = qs[k];
      assert.deepEqual(q.value, e.value);
      if (e.unit !== undefined) assert.equal(q.unit, e.unit);
      if (e.unitClass !== undefined) assert.equal(q.unitClass, e.unitClass);
      if (e.approx !== undefined) assert.equal(q.approx, e.approx);
      assert.equal(c.text.slice(q.span[0], q.span[1]), q.text);
      assert.ok(q.rule.length > 0);
    });
    for (const n of c.none ?? []) {
      assert.ok(!qs.some((q) => q.text.includes(n)), `"${n}" must not be a quantity`);
    }
  });
}
