import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeSpeakerName, roleHolder, storyWordCase } from './speaker-names.js';

test('a role opened by a possessive pronoun is the person the text names, else a described source', () => {
  const text = 'Kiran Patel heard gunfire. "It was loud," said his wife, Asha Patel. His wife called the desk.';
  assert.deepEqual(judgeSpeakerName('His wife', { texts: [text] }), { kind: 'name', name: 'Asha Patel' });
  assert.deepEqual(judgeSpeakerName('His wife', { texts: ['Kiran Patel heard gunfire. His wife called the desk.'] }), { kind: 'described', name: 'his wife' });
  assert.deepEqual(judgeSpeakerName('Her mother, Marsha', {}), { kind: 'name', name: 'Marsha' });
  assert.equal(roleHolder('aunt', 'said his aunt Marilyn Cannon. Jane Roe, her aunt, said so.'), null);
  assert.equal(roleHolder('aunt', 'said his aunt Marilyn Cannon.'), 'Marilyn Cannon');
});

test('verbs of saying are cut; clauses and adverbials are no names', () => {
  assert.deepEqual(judgeSpeakerName('Police say the suspect'), { kind: 'name', name: 'Police' });
  assert.equal(judgeSpeakerName('Calloway pulled out a revolver').kind, 'none');
  assert.equal(judgeSpeakerName('Following the gunshots').kind, 'none');
  assert.equal(judgeSpeakerName('It').kind, 'none');
  assert.equal(judgeSpeakerName('These concerns').kind, 'none');
  assert.equal(judgeSpeakerName('Father accidentally shot daughter while').kind, 'none');
  assert.deepEqual(judgeSpeakerName('One witness'), { kind: 'described', name: 'one witness' });
  assert.deepEqual(judgeSpeakerName('People who knew him'), { kind: 'described', name: 'people who knew him' });
  assert.deepEqual(judgeSpeakerName('Sheriff Bill Federspiel'), { kind: 'name', name: 'Sheriff Bill Federspiel' });
});

test('words the story writes lower-case are a description; a body noun or a name written mid-sentence stays', () => {
  const texts = ['Further investigation revealed a report. The investigation is further along, and records show more. Public records show it. Police said so, and police records agree; the public was told.'];
  const cases = storyWordCase(texts);
  assert.equal(judgeSpeakerName('Further investigation', { cases, texts }).kind, 'described');
  assert.equal(judgeSpeakerName('Public records', { cases, texts }).kind, 'described');
  assert.equal(judgeSpeakerName('Police', { cases, texts }).kind, 'name');
  const once = ['Charging documents say he fled. Witness Larry Carter said he ran.'];
  assert.equal(judgeSpeakerName('Charging documents', { cases: storyWordCase(once), texts: once }).kind, 'described');
  assert.equal(judgeSpeakerName('Witness Larry Carter', { cases: storyWordCase(once), texts: once }).kind, 'name');
  const dc = ['DC dispatchers said so. Roberts\' mother said more.'];
  assert.equal(judgeSpeakerName('DC dispatchers', { cases: storyWordCase(dc), texts: dc }).kind, 'name');
  assert.equal(judgeSpeakerName("Roberts' mother", { cases: storyWordCase(dc), texts: dc }).kind, 'name');
  const long = ['It was a long night, a long wait. Long said he ran, and officers found Long later.'];
  assert.equal(judgeSpeakerName('Long', { cases: storyWordCase(long), texts: long, entity: true }).kind, 'name');
});

test('a place that opens a line as a dateline is no speaker', () => {
  const texts = ['DALLAS - One of the civilians shot in downtown Dallas spoke.'];
  assert.equal(judgeSpeakerName('Dallas', { texts }).kind, 'none');
  assert.equal(judgeSpeakerName('Dallas police', { texts }).kind, 'name');
});

test('a dateline is found on any line of the text, in any case, as the whole-text pattern finds it', () => {
  // The rule as written: the text, not line by line, matched case-insensitively by one pattern per name.
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const reference = (name: string, text: string) =>
    new RegExp(String.raw`(?:^|\n)[ \t]*${escape(name)}(?:,[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)?[ \t]*(?:\(\p{Lu}[\p{L}.]*\)[ \t]*)?(?:—|–|-{1,2})[ \t]`, 'iu').test(text);
  const texts = [
    'DALLAS - One of the civilians shot in downtown Dallas spoke.',
    'Officers came.\n\t  Dallas, Texas (AP) -- Shots were fired.',
    'Officers came.\r\nDALLAS — shots.',
    'The Dallas - Fort Worth area.',
    'Officers came.\nDallasite - no.\nKATY – yes.',
    'Officers came.\n\u212Aaty — the Kelvin sign stands for a k.',
    'Officers came.\nAu\u017Ftin - a long s stands for an s.',
    'Officers came.\nZÜRICH (Reuters) - Swiss police said.',
    'Officers came.\nDallas-Fort Worth - no blank after the first dash, one after the second.',
    'Officers came.\nDallas\n- a dash on the next line.',
    'No dash here at all.\nDallas said so.',
  ];
  const names = ['Dallas', 'Katy', 'Austin', 'Zürich', 'Fort Worth', 'Dallas-Fort Worth', 'Officers'];
  let found = 0;
  for (const name of names) {
    for (const text of texts) {
      const expected = reference(name, text);
      if (expected) found++;
      const verdict = judgeSpeakerName(name, { texts: [text] });
      assert.equal(verdict.kind === 'none', expected, `${name} in ${JSON.stringify(text)}`);
    }
  }
  // The cases above hold datelines and lines that are none.
  assert.ok(found >= 6 && found < names.length * texts.length);
});
