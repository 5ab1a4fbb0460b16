// The junk tests of the speakers evaluation that read the story's text: datelines and names cut from a longer name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headingTests, junkTests } from './speakers.js';

const none = new Map<string, [number, number]>();

test('a place that opens a line as a dateline is junk as a speaker', () => {
  const text = 'CHICAGO (AP) — Two men were shot on Sunday, police said.\nChicago police said more.';
  assert.ok(junkTests('Chicago', 'place', text, none).includes('dateline'));
  assert.ok(junkTests('CHICAGO', null, text, none).includes('dateline'));
  assert.ok(!junkTests('Chicago police', null, text, none).includes('dateline'));
  assert.ok(!junkTests('Jane Doe', 'person', 'Jane Doe said the shooting was random.', none).includes('dateline'));
});

test('the tail of a longer name is junk; a name written on its own is not', () => {
  const text = 'New Orleans police said two men were hurt. A New Orleans police spokesman said more.';
  assert.ok(junkTests('Orleans police', 'organisation', text, none).includes('cut-name'));
  assert.ok(!junkTests('New Orleans police', 'organisation', text, none).includes('cut-name'));
  assert.ok(!junkTests('Gary police', null, 'The Gary police said so. According to Gary police, one died.', none).includes('cut-name'));
  assert.ok(!junkTests('John Smith', 'person', 'Police Chief John Smith said so.', none).includes('cut-name'));
});

test('page chrome, time words, streets and names cut at abbreviations are junk', () => {
  const none = new Map<string, [number, number]>();
  assert.ok(junkTests('News Videos Witnesses', null, '', none).includes('chrome'));
  assert.ok(junkTests('ALERT Chatt Police', null, '', none).includes('chrome'));
  assert.ok(!junkTests('Chattanooga Police', null, '', none).includes('chrome'));
  assert.ok(junkTests('Police later', null, '', none).includes('time-word'));
  assert.ok(junkTests('Authorities early Monday', null, '', none).includes('time-word'));
  assert.ok(!junkTests('Police', null, '', none).includes('time-word'));
  assert.ok(junkTests('Eagle Drive', 'place', 'Shots were fired on Eagle Drive.', none).includes('street'));
  assert.ok(!junkTests('Kyra Street', 'person', 'Kyra Street said she ran.', none).includes('street'));
  assert.ok(junkTests('Port St', 'place', '', none).includes('abbrev-cut'));
  assert.ok(junkTests('N. Police', null, '', none).includes('abbrev-cut'));
  assert.ok(!junkTests('Port St. Lucie police', null, '', none).includes('abbrev-cut'));
});

test('two parties cut together at a comma and a facility set as a place fail; a suffix after a comma does not', () => {
  const cases = new Map<string, [number, number]>();
  assert.ok(junkTests('Austin police, Osiel Benitez Benitez', null, '', cases).includes('joined'));
  assert.ok(!junkTests('John Smith, Jr.', 'person', '', cases).includes('joined'));
  assert.ok(junkTests('Beechmont Community Center', null, 'A man was shot at the Beechmont Community Center.', cases).includes('facility'));
  assert.ok(!junkTests('Pride Center', null, 'The Pride Center issued a statement.', cases).includes('facility'));
});

test('a heading labelled by a copula or a verb of motion, or named by a fragment or a bare unit, fails', () => {
  assert.deepEqual(headingTests('Deceased victims: arrive'), ['verb-label']);
  assert.deepEqual(headingTests('Other children: be'), ['verb-label']);
  assert.deepEqual(headingTests('To 25 gunshots: be'), ['verb-label', 'fragment-subject']);
  assert.deepEqual(headingTests('Percent (planned)'), ['unit-subject']);
  assert.deepEqual(headingTests('People killed in Midvale'), []);
  assert.deepEqual(headingTests('Shell casings: shoot'), []);
});
