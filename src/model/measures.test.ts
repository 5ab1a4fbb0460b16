import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber, hasTrait, KEY_FIGURE_MEASURES, measureTraits } from './measures.js';

test('traits nest from harm to measures of the story', () => {
  for (const m of ['killed', 'injured', 'shot', 'missing', 'displaced', 'evacuated', 'rescued', 'arrested', 'charged', 'troops', 'magnitude', 'depth', 'age', 'distance', 'poll-share', 'money', 'shots-fired', 'event']) {
    const t = measureTraits(m);
    if (t.harm) assert.ok(t.victims, `${m}: harm is a kind of victim count`);
    if (t.victims) assert.ok(t.persons, `${m}: victims are persons`);
    if (t.persons) assert.ok(t.peopleCount, `${m}: persons are counted as people`);
    if (t.peopleCount) assert.ok(t.running, `${m}: a people count runs over time`);
    if (t.running) assert.ok(t.ofStory && t.keepsOwn, `${m}: a running count is the story's and keeps its own measure in lists`);
  }
});

test('violence harms; arrests count persons but are not victims; troops run but are not people counted for their victims', () => {
  assert.ok(hasTrait('shot', 'harm'));
  assert.equal(hasTrait('missing', 'harm'), false);
  assert.ok(hasTrait('missing', 'victims'));
  assert.ok(hasTrait('arrested', 'persons'));
  assert.equal(hasTrait('arrested', 'victims'), false);
  assert.equal(hasTrait('charged', 'persons'), false);
  assert.ok(hasTrait('troops', 'running'));
  assert.equal(hasTrait('troops', 'peopleCount'), false);
  assert.ok(hasTrait('age', 'keepsOwn'));
  assert.equal(hasTrait('age', 'ofStory'), false);
});

test('open-tail and unknown measures have no traits', () => {
  for (const m of ['other:count', 'other:money:share', 'nonsense']) {
    const t = measureTraits(m);
    assert.equal(t.keyRank, null);
    assert.ok(Object.entries(t).every(([k, v]) => k === 'keyRank' || v === false), m);
  }
});

test('key figures: tolls first, then a deployment, then arrests and a quake', () => {
  assert.deepEqual(KEY_FIGURE_MEASURES.slice(0, 2), ['killed', 'injured']);
  assert.ok(KEY_FIGURE_MEASURES.indexOf('troops') < KEY_FIGURE_MEASURES.indexOf('arrested'));
  assert.ok(KEY_FIGURE_MEASURES.indexOf('arrested') < KEY_FIGURE_MEASURES.indexOf('magnitude'));
  assert.equal(KEY_FIGURE_MEASURES.includes('age'), false);
  assert.equal(new Set(KEY_FIGURE_MEASURES).size, KEY_FIGURE_MEASURES.length);
});

test('a number reads with thousands separators and two decimals; below one, three (a batting average of 0.308)', () => {
  assert.deepEqual([12000, 1.5, 2.345, 0.308, 0.09, 0].map(formatNumber), ['12,000', '1.5', '2.35', '0.308', '0.09', '0']);
});
