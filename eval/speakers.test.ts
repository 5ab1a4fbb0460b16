// The junk tests of the speakers evaluation that read the story's text: datelines and names cut from a longer name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { junkTests } from './speakers.js';

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
