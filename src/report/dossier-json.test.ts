// Tests of dossier JSON: the fixture validates, broken copies fail with a path, and the schema file matches the validator.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Dossier } from '../model/dossier.js';
import { dossierToJson, requiredFieldLists, validateDossier } from './dossier-json.js';

const FIXTURE = new URL('../../../test/fixtures/dossier/small.json', import.meta.url);
const SCHEMA = new URL('../../../schema/dossier.schema.json', import.meta.url);
const load = (): Dossier => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Dossier;

type Json = Record<string, unknown>;
const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Json & { $defs: Record<string, Json> };

test('the fixture is a valid dossier and its spans point at its sentences', () => {
  const d = load();
  assert.deepEqual(validateDossier(d), []);
  const text = new Map(d.articles.map((a) => [a.id, a.text]));
  for (const g of d.stories[0].claimGroups) {
    for (const t of g.tellings) assert.equal(text.get(t.articleId)?.slice(...t.span), t.sentence);
  }
  for (const a of d.stories[0].attributions) assert.equal(text.get(a.articleId)?.slice(...a.span), a.content);
});

test('dossierToJson round-trips and validates as text', () => {
  const d = load();
  const json = dossierToJson(d);
  assert.ok(json.endsWith('}\n'));
  assert.deepEqual(JSON.parse(json), d);
  assert.deepEqual(validateDossier(json), []);
  assert.equal(dossierToJson(d, { pretty: false }).split('\n').length, 2);
});

test('broken copies fail with the path of the problem', () => {
  const cases: [string, (d: Dossier & Json) => void, RegExp][] = [
    ['missing verdict', (d) => { delete (d.stories[0].claimGroups[0] as Partial<Dossier['stories'][0]['claimGroups'][0]>).verdict; }, /claimGroups\[0\]: missing required field "verdict"/],
    ['unknown verdict', (d) => { (d.stories[0].claimGroups[1] as unknown as Json).verdict = 'maybe'; }, /claimGroups\[1\]\.verdict: expected one of/],
    ['schema version', (d) => { d.schemaVersion = 2; }, /\$\.schemaVersion/],
    ['value type', (d) => { (d.stories[0].claimGroups[0].tellings[0] as unknown as Json).value = '12,000'; }, /tellings\[0\]\.value: expected number/],
    ['span out of text', (d) => { d.stories[0].attributions[0].span = [0, 99999]; }, /attributions\[0\]\.span: span \[0, 99999\] is not inside/],
    ['unknown article', (d) => { d.stories[0].brief[0].articleIds = ['zz']; }, /brief\[0\]\.articleIds\[0\]: unknown article id "zz"/],
    ['uncited brief', (d) => { d.stories[0].brief[2].articleIds = []; }, /brief\[2\]: a brief sentence must cite/],
    ['unknown group', (d) => { d.stories[0].coverage.byClaimGroup[0].claimGroupId = 'g9'; }, /unknown claim group id "g9"/],
    ['bad date', (d) => { d.stories[0].timeline[0].date = 'Oct 8'; }, /timeline\[0\]\.date: expected an ISO date/],
    ['not an object', (d) => { (d as Json).stories = {}; }, /\$\.stories: expected array, got object/],
  ];
  for (const [name, breakIt, expected] of cases) {
    const d = load() as Dossier & Json;
    breakIt(d);
    const errors = validateDossier(d);
    assert.ok(errors.some((e) => expected.test(e)), `${name}: ${JSON.stringify(errors)}`);
  }
  assert.match(validateDossier('{not json')[0], /^\$: not JSON/);
  assert.deepEqual(validateDossier(null), ['$: expected object, got null']);
});

test('the schema file is draft 2020-12, pins schemaVersion 1 and lists the fields the validator requires', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual((schema.properties as Json).schemaVersion, { description: (schema.properties as { schemaVersion: Json }).schemaVersion.description, const: 1 });
  for (const [name, fields] of Object.entries(requiredFieldLists())) {
    const def = name === 'Dossier' ? schema : schema.$defs[name];
    assert.ok(def, `schema has $defs.${name}`);
    assert.deepEqual([...(def.required as string[])].sort(), [...fields].sort(), name);
  }
});

test('every field of the fixture is described in the schema', () => {
  const described = new Map<string, boolean>();
  const isDescribed = (s: Json): boolean => {
    if (typeof s.description === 'string') return true;
    if (typeof s.$ref === 'string') return isDescribed(schema.$defs[s.$ref.replace('#/$defs/', '')]);
    return Array.isArray(s.anyOf) && (s.anyOf as Json[]).some(isDescribed);
  };
  // Every `properties` anywhere in the schema, nested subschemas included.
  const collect = (s: unknown): void => {
    if (Array.isArray(s)) s.forEach(collect);
    if (!s || typeof s !== 'object') return;
    const props = (s as Json).properties as Record<string, Json> | undefined;
    for (const [k, v] of Object.entries(props ?? {})) described.set(k, (described.get(k) ?? false) || isDescribed(v));
    Object.values(s).forEach(collect);
  };
  collect(schema);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        assert.ok(described.has(k), `fixture field "${k}" is not in the schema`);
        walk(x);
      }
    }
  };
  walk(load());
  for (const [k, ok] of described) assert.ok(ok, `schema field "${k}" has no description`);
});
