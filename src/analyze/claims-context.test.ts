import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refusedCue, sharedSurnameSpeaker } from './claims-context.js';

test('a surname two people bear names the one quoted by full name', () => {
  // "Lura Willrich said her son, Royal Willrich, is gone. ... said Willrich."
  const ms = [
    { text: 'Lura Willrich', type: 'person' },
    { text: 'Royal Willrich', type: 'person' },
    { text: 'Willrich', type: 'person', refersTo: 1 },
  ];
  assert.deepEqual(sharedSurnameSpeaker(ms, 2, [0]), { name: 'Lura Willrich', mention: 0 });
  assert.equal(sharedSurnameSpeaker(ms, 2, []), undefined);
  // Spellings of one person are one bearer.
  const one = [{ text: 'Ron Lee Haskell', type: 'person' }, { text: 'Ronald Lee Haskell', type: 'person' }, { text: 'Haskell', type: 'person', refersTo: 1 }];
  assert.equal(sharedSurnameSpeaker(one, 2, [0]), undefined);
  // One bearer only: the resolver's answer stands.
  assert.equal(sharedSurnameSpeaker([{ text: 'Royal Willrich', type: 'person' }, { text: 'Willrich', type: 'person', refersTo: 0 }], 1, []), undefined);
  // A full name is no bare surname.
  assert.equal(sharedSurnameSpeaker(ms, 0, [0]), undefined);
});

test('a cue refused or not given is told apart from a cue of telling', () => {
  const text = "Police wouldn't confirm that information. Police declined to say. Police did not release names. Police confirmed it.";
  const cue = (s: string, from = 0) => { const i = text.indexOf(s, from); return { cue: { text: s, span: [i, i + s.length] as [number, number] } }; };
  assert.equal(refusedCue(cue("wouldn't confirm"), text), true);
  assert.equal(refusedCue(cue('say'), text), true);
  assert.equal(refusedCue(cue('release'), text), true);
  assert.equal(refusedCue(cue('confirmed'), text), false);
});
