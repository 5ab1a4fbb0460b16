// Pins that a spokesperson speaks for the body named with the role, in the three ways news text writes it, and that the story counts them as one origin.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyOf } from '../analyze/claim-fixtures.js';
import { bodyOfSpokesperson, spokespeople } from './spokesperson.js';

test('the body of a spokesperson is read before the role, after "a spokesman for", and in an apposition', () => {
  const b = spokespeople([
    'Police spokesman Frank Preciado said the man died at the scene.',
    'Maria Lopez, a spokeswoman for the Harris County Sheriff\'s Office, said two people were hurt.',
    'Joe Lee, a police spokesman, said officers arrived within minutes.',
  ]);
  assert.match(bodyOfSpokesperson('Frank Preciado', b) ?? '', /police/i);
  assert.match(bodyOfSpokesperson('Preciado', b) ?? '', /police/i);
  assert.match(bodyOfSpokesperson('Maria Lopez', b) ?? '', /Sheriff/);
  assert.match(bodyOfSpokesperson('Lee', b) ?? '', /police/i);
  assert.equal(bodyOfSpokesperson('Frank Smith', b), null);
  assert.equal(spokespeople(['Frank Preciado, a witness, said he heard four shots.']).size, 0);
});

test('"police said" and "police spokesman Frank Preciado said" are one origin, not two that corroborate', () => {
  const groups = storyOf([
    ['Paper One', '2016-03-01', 'Two people were killed in the shooting on Main Street, police said.'],
    ['Paper Two', '2016-03-01', 'Two people were killed in the shooting, police spokesman Frank Preciado said.'],
  ]);
  const killed = groups.find((g) => g.frame.measure === 'killed');
  assert.ok(killed, groups.map((g) => g.statement).join('\n'));
  assert.equal(killed.independentOrigins, 1, `${killed.statement} ${killed.tellings.map((t) => `${t.origin}/${t.originEntityId}`).join(', ')}`);
  assert.equal(killed.verdict, 'single-origin');
});

test('a chief, a sheriff or an officer the text ties to a body speaks for it; one named alone does not', () => {
  const b = spokespeople([
    'Elm Grove Police Chief John Smith said two men died.',
    'Harris County Sheriff Ed Gonzalez said the victims were brothers.',
    'Chief Tom Cole of the Oak Park Police Department said the gunman fled.',
    'Bob Hale, the Pine City police chief, said officers arrived within minutes.',
    'Springfield police Sgt. Joe Lee said the car was found.',
    'Fire Chief Rob Day said the house burned. Officer Kim Yu said she heard shots.',
  ]);
  assert.match(bodyOfSpokesperson('John Smith', b) ?? '', /police/i);
  assert.match(bodyOfSpokesperson('Police Chief John Smith', b) ?? '', /police/i);
  assert.match(bodyOfSpokesperson('Ed Gonzalez', b) ?? '', /sheriff/i);
  assert.match(bodyOfSpokesperson('Cole', b) ?? '', /Police Department/);
  assert.match(bodyOfSpokesperson('Bob Hale', b) ?? '', /police/i);
  assert.match(bodyOfSpokesperson('Joe Lee', b) ?? '', /police/i);
  assert.equal(bodyOfSpokesperson('Rob Day', b), null);
  assert.equal(bodyOfSpokesperson('Kim Yu', b), null);
});

test('"police said" and "Police Chief John Smith said" of one city are one origin, not two that corroborate', () => {
  const groups = storyOf([
    ['Paper One', '2016-03-01', 'Two people were killed in the shooting on Main Street, Elm Grove police said.'],
    ['Paper Two', '2016-03-01', 'Two people were killed in the shooting, Elm Grove Police Chief John Smith said.'],
  ]);
  const killed = groups.find((g) => g.frame.measure === 'killed');
  assert.ok(killed, groups.map((g) => g.statement).join('\n'));
  assert.equal(killed.independentOrigins, 1, `${killed.statement} ${killed.tellings.map((t) => `${t.origin}/${t.originEntityId}`).join(', ')}`);
  assert.equal(killed.verdict, 'single-origin');
});

test('spokespeople: a writing between brackets, quotes or digits is found as in running text, a name glued to a digit is not', () => {
  const bodies = spokespeople(['"We are looking," (police spokesman Joe Lee) said at 3 p.m.; Ann Bell, a spokeswoman for the Springfield Police Department: yes. 12Police spokesman John Smith']);
  assert.equal(bodies.get('lee'), 'police');
  assert.equal(bodies.get('bell'), 'Springfield Police Department');
  assert.equal(bodies.has('smith'), false);
});

test('the bodies found in the runs that write a rank before a name are those found in every run holding a rank\'s letters', () => {
  const texts = [
    'Springfield police Sgt. Joe Lee said. Officials at the Department said.', 'Chief John Smith of the Springfield Police Department spoke.',
    'Houston Police Deputy Chief Ann Bell said', 'LAPD Officer\u00a0Ann Bell', 'police Det.\tJoe Lee', 'police Detective joe lee', 'xChief John Smith of the Police Department',
    'Chief John Smith with the sheriff’s office', 'Sheriff Ed Gonzalez', 'police Sgt Joe Lee', 'the Springfield Police Off. Joe Lee', 'police Agent 𝐀nn Bell',
    '(Chief John Smith of the Springfield Police Department)', 'Told:\nChief John Smith of the Police Department', 'Springfield police\u00a0Sgt. Joe Lee',
  ];
  const parts = ['police ', 'Police ', 'Sgt. ', 'Det', 'Detective ', 'Chief ', 'Joe Lee', ' of the ', 'Springfield Police Department', 'x', '_', '\u00a0', ', ', 'Officials ', 'Deputy ', '(', '\n'];
  let seed = 3;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % parts.length;
  for (let k = 0; k < 3000; k++) texts.push(Array.from({ length: 2 + (k % 9) }, () => parts[next()]).join(''));
  let found = 0;
  for (const t of texts) {
    const expected = [...spokespeople([t], true)];
    found += expected.length;
    assert.deepEqual([...spokespeople([t])], expected, JSON.stringify(t));
  }
  assert.ok(found >= 100, `bodies found: ${found}`);
});
