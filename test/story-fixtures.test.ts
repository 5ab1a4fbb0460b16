// Story fixture folders (test/fixtures/stories/<name>/): articles in, expected key figures and claim groups out.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadAttributionModel } from '../src/analyze/index.js';
import { documentsFromJson } from '../src/ingest/index.js';
import { buildStory, type StoryMember } from '../src/link/index.js';
import type { ClaimGroup } from '../src/model/dossier.js';
import { analysisOf, extractItem } from '../src/pipeline/index.js';

interface Expected {
  keyFigures: { measure: string; value: number; verdict?: string }[];
  groups: { measure: string; values: number[]; verdict?: string; scope?: 'event' | 'background' }[];
  /** Pairs of values that must never share a group. */
  noGroupMixes: [number, number][];
  /** [measure, pattern]: no statement of a group of that measure (a prefix; "*" for any) may match the pattern. */
  noStatements?: [string, string][];
}

const ROOT = 'test/fixtures/stories';
const model = loadAttributionModel();
const has = (g: ClaimGroup, v: number) => g.tellings.some((t) => t.value === v);

for (const name of readdirSync(ROOT)) {
  test(`story fixture ${name}`, () => {
    const dir = join(ROOT, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const members: StoryMember[] = [];
    for (const item of documentsFromJson(join(dir, 'articles.jsonl'), readFileSync(join(dir, 'articles.jsonl'), 'utf8'))) {
      const x = extractItem(item);
      assert.ok(x.ok);
      members.push({ article: x.article, analysis: analysisOf(x.article, { attributionModel: model }), syndicatedFrom: null });
    }
    const story = buildStory(name, members);
    const show = () => `${story.keyFigures.map((f) => `KF ${f.measure} ${JSON.stringify(f.value)} ${f.verdict}`).join('\n')}\n${story.claimGroups.map((g) => `${g.key} ${g.verdict}: ${g.statement}`).join('\n')}`;
    for (const f of expected.keyFigures) {
      const got = story.keyFigures.find((k) => k.measure === f.measure);
      assert.ok(got, `no key figure ${f.measure}\n${show()}`);
      assert.equal(got.value, f.value, show());
      if (f.verdict) assert.equal(got.verdict, f.verdict, show());
    }
    for (const e of expected.groups) {
      const g = story.claimGroups.find((x) => x.frame.measure === e.measure && (e.scope ?? 'event') === x.frame.scope && e.values.every((v) => has(x, v)));
      assert.ok(g, `no ${e.measure} group holding ${e.values.join(', ')}\n${show()}`);
      if (e.verdict) assert.equal(g.verdict, e.verdict, show());
    }
    for (const [measure, pattern] of expected.noStatements ?? []) {
      for (const g of story.claimGroups.filter((x) => measure === '*' || x.frame.measure.startsWith(measure))) assert.doesNotMatch(g.statement, new RegExp(pattern), show());
    }
    for (const [a, b] of expected.noGroupMixes) assert.ok(!story.claimGroups.some((g) => has(g, a) && has(g, b)), `${a} and ${b} share a group\n${show()}`);
    for (const o of story.claimGroups.flatMap((g) => g.origins)) assert.ok(!/^(he|she|they|it|who|which|been)$/i.test(o) && !/^article /.test(o), o);
  });
}
