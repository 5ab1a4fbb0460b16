import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerHead, speakerWords, type HeadMention } from './speaker-head.js';

/** Mentions at the given substrings of `text`, with their types. */
function mentionsOf(text: string, parts: Array<[string, string]>): HeadMention[] {
  return parts.map(([p, type]) => { const s = text.indexOf(p); return { span: [s, s + p.length] as [number, number], type }; });
}
const whole = (text: string): [number, number] => [0, text.length];

test('the head of the span names the speaker, not a place or body after it', () => {
  const t = 'Sylvia Carrillo, the city manager of Aransas Pass';
  assert.equal(speakerHead(t, whole(t), mentionsOf(t, [['Sylvia Carrillo', 'person'], ['Aransas Pass', 'place']])), 0);
  const u = 'Jimmy Figueroa with Project REACH';
  assert.equal(speakerHead(u, whole(u), mentionsOf(u, [['Jimmy Figueroa', 'person'], ['Project REACH', 'organisation']])), 0);
  const v = 'Pam Bosley of Project REACH';
  assert.equal(speakerHead(v, whole(v), mentionsOf(v, [['Pam Bosley', 'person'], ['Project REACH', 'organisation']])), 0);
  const w = 'a statement from Gary police';
  assert.equal(speakerHead(w, whole(w), mentionsOf(w, [['Gary', 'place']])), -1);
  // "The charges against Canty alleged ...": the person charged is no speaker of the charges.
  const x = 'The charges against Canty';
  assert.equal(speakerHead(x, whole(x), mentionsOf(x, [['Canty', 'person']])), -1);
});

test('a modifier or a possessor is not the speaker; an apposition after a possessor is', () => {
  const t = 'Gary police';
  assert.equal(speakerHead(t, whole(t), mentionsOf(t, [['Gary', 'person']])), -1);
  const u = "Amy's father, Amos McGhee";
  assert.equal(speakerHead(u, whole(u), mentionsOf(u, [['Amy', 'person'], ['Amos McGhee', 'person']])), 1);
  const v = 'South Korea’s spy agency';
  assert.equal(speakerHead(v, whole(v), mentionsOf(v, [['South Korea', 'place'], ['spy agency', 'organisation']])), 1);
  const w = 'James Stover lives';
  assert.equal(speakerHead(w, whole(w), mentionsOf(w, [['James Stover', 'person']])), 0);
});

test('a place before the office or force that serves it, written with a capital, is not the speaker', () => {
  const t = 'The Fayette County Sheriff';
  assert.equal(speakerHead(t, whole(t), mentionsOf(t, [['Fayette County', 'place']])), -1);
  assert.equal(speakerWords(t, whole(t)), 'The Fayette County Sheriff');
  // A person named "Sheriff" stays the speaker, and so does a place alone.
  const u = 'Fayette County Sheriff Marty Fisher';
  assert.equal(speakerHead(u, whole(u), mentionsOf(u, [['Fayette County', 'place'], ['Marty Fisher', 'person']])), 1);
  const v = 'Fayette County';
  assert.equal(speakerHead(v, whole(v), mentionsOf(v, [['Fayette County', 'place']])), 0);
});

test('a place whose name the span writes longer is not the speaker', () => {
  const t = 'New Orleans police';
  assert.equal(speakerHead(t, whole(t), mentionsOf(t, [['Orleans', 'place']])), -1);
  const u = 'Police Chief John Smith';
  assert.equal(speakerHead(u, whole(u), mentionsOf(u, [['John Smith', 'person']])), 0);
});

test('a dateline or an opening time is no part of the speaker', () => {
  const t = 'NEW ORLEANS (AP) - New Orleans police';
  assert.equal(speakerWords(t, whole(t)), 'New Orleans police');
  const u = 'Early Tuesday morning, an Arkansas State Police';
  assert.equal(speakerWords(u, whole(u)), 'an Arkansas State Police');
  assert.equal(speakerHead(u, whole(u), mentionsOf(u, [['Arkansas State Police', 'organisation']])), 0);
  // A hyphen inside a word is no dateline's dash: a station's call letters are its name.
  const v = 'KIDK-TV';
  assert.equal(speakerWords(v, whole(v)), 'KIDK-TV');
  const w = 'CHICAGO -- Chicago police';
  assert.equal(speakerWords(w, whole(w)), 'Chicago police');
});

test('a span that is the tail of a longer organisation name names that organisation', () => {
  const t = 'spokesman John Ham of the Bureau of Alcohol, Tobacco, Firearms and Explosives says';
  const s = t.indexOf('Firearms');
  const span: [number, number] = [s, s + 'Firearms and Explosives'.length];
  assert.equal(speakerHead(t, span, mentionsOf(t, [['John Ham', 'person'], ['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'organisation']])), 1);
  const head = 'The Bureau of Alcohol, Firearms and Tobacco (ATF) is investigating';
  assert.equal(speakerHead(head, [0, 'The Bureau of Alcohol'.length], mentionsOf(head, [['Bureau of Alcohol, Firearms and Tobacco', 'organisation']])), 0);
  // A person's name is not stretched over: the tail of a person's mention names no one.
  assert.equal(speakerHead(t, [t.indexOf('Ham'), t.indexOf('Ham') + 3], mentionsOf(t, [['John Ham', 'person']])), -1);
});

test('a span of the surname after a nickname in quote marks names the whole name\'s person', () => {
  const t = 'Atlanta attorney Claud "Tex" McIver told the newspaper that it was an accident.';
  const at = t.indexOf('McIver');
  assert.equal(speakerHead(t, [at, at + 'McIver'.length], mentionsOf(t, [['Claud "Tex" McIver', 'person']])), 0);
});

test('a place before words in lower case tells where the speaker is from: the person they lead to speaks, else the words', () => {
  const t = 'Anchorage businessman and blogger Andrew Halcro';
  assert.equal(speakerHead(t, whole(t), mentionsOf(t, [['Anchorage', 'place'], ['Andrew Halcro', 'person']])), 1);
  const u = 'A Polk County judge';
  assert.equal(speakerHead(u, whole(u), mentionsOf(u, [['Polk County', 'place']])), -1);
});
