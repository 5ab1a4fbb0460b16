// Tests of the content span rule (a reported clause's subject alone runs on to the end of its sentence) and of decoding with the loaded weights laid out for it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inferenceTables, loadAttributionModel } from './model.js';
import { lastClauseOf, runModel, toldClause, wholeClause } from './pipeline.js';
import { tokenize } from './tokenize.js';

const at = (words: string[], w: string): number => words.indexOf(w);

test('a subject before an auxiliary runs on to the sentence end, final stop left out', () => {
  const t = tokenize('The agency confirmed the North has decided to send troops. Officials agreed.');
  const cue = at(t.words, 'confirmed');
  const north = at(t.words, 'North');
  assert.deepEqual(wholeClause(t, cue + 1, [cue + 1, north]), [cue + 1, at(t.words, 'troops')]);
});

test('after a colon too; contents that end elsewhere or start away from the cue are kept', () => {
  const t = tokenize('The agency confirmed: the North was sending troops, officials said.');
  const cue = at(t.words, 'confirmed');
  const north = at(t.words, 'North');
  assert.deepEqual(wholeClause(t, cue + 1, [cue + 2, north]), [cue + 2, at(t.words, 'troops')]);
  const u = tokenize('Police said the man fled on foot and was caught.');
  const said = at(u.words, 'said');
  assert.deepEqual(wholeClause(u, said + 1, [said + 1, at(u.words, 'foot')]), [said + 1, at(u.words, 'foot')]);
  assert.deepEqual(wholeClause(u, said + 1, [0, 1]), [0, 1]);
  assert.equal(wholeClause(u, said + 1, null), null);
});

test('"told police someone shot him": the content opens after whom "told" tells, with the clause\'s subject and verb', () => {
  const t = tokenize('A man told police someone shot him in the right hand.');
  const told = at(t.words, 'told');
  const him = at(t.words, 'him');
  const hand = at(t.words, 'hand');
  assert.deepEqual(toldClause(t, told + 1, [him, hand]), [at(t.words, 'someone'), hand]);
  // A content already after whom "told" tells, one not after a verb, or one a word like "that" opens, is kept.
  assert.deepEqual(toldClause(t, told + 1, [at(t.words, 'someone'), hand]), [at(t.words, 'someone'), hand]);
  const u = tokenize('A man told police that the shooter fled on foot.');
  const told2 = at(u.words, 'told');
  assert.deepEqual(toldClause(u, told2 + 1, [at(u.words, 'fled'), at(u.words, 'foot')]), [at(u.words, 'fled'), at(u.words, 'foot')]);
  const v = tokenize('A man told the court someone shot him.');
  const told3 = at(v.words, 'told');
  assert.deepEqual(toldClause(v, told3 + 1, [at(v.words, 'him'), at(v.words, 'him')]), [at(v.words, 'him'), at(v.words, 'him')]);
});

test('a source running back over a semicolon is the party of the clause after it', () => {
  const t = tokenize('Two men ran from the house; deputies found one in a shed.');
  const deputies = at(t.words, 'deputies');
  assert.deepEqual(lastClauseOf(t, [0, deputies]), [deputies, deputies]);
  assert.deepEqual(lastClauseOf(t, [deputies, deputies]), [deputies, deputies]);
  assert.equal(lastClauseOf(t, null), null);
});

test('the weights laid out for decoding find what the tables themselves find', () => {
  const loaded = loadAttributionModel();
  assert.ok(loaded.inference?.spans);
  const { inference: _, ...plain } = loaded;
  const text = [
    '"We will not back down," the mayor told reporters on Monday, adding that the city had hired 40 more officers.',
    'Police said the suspect, a 34-year-old man, was arrested after a chase. According to the county coroner, two people died.',
    'The ministry confirmed that 12,000 troops were sent, but officials denied any role in the attack, a spokesman said.',
  ].join('\n\n');
  const fast = runModel(loaded, text).found;
  assert.ok(fast.length >= 3);
  assert.deepEqual(fast, runModel(plain, text).found);
  // Each table laid out where the other's weights should be finds something else: the layout is what is read.
  const crossed = { ...loaded, inference: inferenceTables(loaded.content, loaded.source) };
  assert.notDeepEqual(runModel(crossed, text).found, fast);
});

test('an adverb of manner or time alone is no cue ("Galarza initially fled the scene")', () => {
  const model = loadAttributionModel();
  const text = 'Galarza initially fled the scene but later turned himself in to police, who recovered the weapon around some nearby railroad tracks.';
  const { t, found } = runModel(model, text);
  assert.ok(found.every(({ cue }) => !/ly$/.test(t.words[cue[0]]!)), JSON.stringify(found.map(({ cue }) => t.words.slice(cue[0], cue[1]).join(' '))));
});

test('a speaker told in a relative clause says what follows the cue, up to the comma that closes an aside', () => {
  const model = loadAttributionModel();
  const said = (text: string) => { const { t, found } = runModel(model, text); return found.map(({ source, content }) => [source ? t.words.slice(source[0], source[1] + 1).join(' ') : null, content ? t.words.slice(content[0], content[1] + 1).join(' ') : null]); };
  assert.deepEqual(said('A 19-year-old man has been held without bail following a fatal shooting that his attorney says was accidental.'), [['his attorney', 'was accidental']]);
  assert.deepEqual(said('The plan, which officials say would cost $5 million, was dropped on Friday.'), [['officials', 'would cost $ 5 million']]);
});
