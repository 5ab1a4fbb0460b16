// Pins how a value reads with its unit in every dossier view.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bySpeaker, cueWords, formatValue } from './dossier-format.js';

test('a unit reads as said with its number: one person, years of age', () => {
  assert.equal(formatValue(1, null, 'persons'), '1 person');
  assert.equal(formatValue(1, null, 'people'), '1 person');
  assert.equal(formatValue(3, null, 'people'), '3 people');
  assert.equal(formatValue(24, null, 'year of age'), '24 years of age');
  assert.equal(formatValue(1, null, 'year of age'), '1 year of age');
  assert.equal(formatValue(3000, 'about', 'soldiers'), 'about 3,000 soldiers');
});

test('a speaker written in two cases is one speaker, whether or not one writing resolved to an entity; other names stay apart', () => {
  const said = (name: string, entityId: string | null, content: string) => ({ articleId: 'a1', speaker: { name, entityId }, cue: 'said', content, direct: false, span: [0, 1] as [number, number] });
  const groups = bySpeaker([
    said('Police', 'e-police', 'the gunman fled'),
    said('police', null, 'two people were hurt'),
    said('Police', 'e-police', 'a car was found'),
    said('Jane Lorton', 'e-jane', 'she heard shots'),
  ]);
  assert.deepEqual(groups.map((g) => [g.name, g.attributions.length]), [['Police', 3], ['Jane Lorton', 1]]);
});

test('a cue of punctuation alone (a quote opened by a colon or a dash) reads "said"; a cue of words stays as told', () => {
  assert.equal(cueWords(':'), 'said');
  assert.equal(cueWords('—'), 'said');
  assert.equal(cueWords('according to'), 'according to');
});

test('a bore in inches reads as gunsmiths write it, with its word', () => {
  assert.equal(formatValue(32, null, 'calibre'), '.32 calibre');
  assert.equal(formatValue(357, null, 'calibre'), '.357 calibre');
  assert.equal(formatValue(380, null, 'calibre'), '.380 calibre');
  assert.equal(formatValue(12, null, 'gauge'), '12 gauge');
  assert.equal(formatValue(0.32), '0.32');
});
