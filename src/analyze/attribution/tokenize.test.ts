// Unit tests for the attribution tokenizer, the PolNeAR reader, scoring and model serialisation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAnn } from './corpus.js';
import { WeightTable } from './hash.js';
import { deserializeModel, emptyModel, packageRoot, serializeModel } from './model.js';
import { DEFAULT_OPTIONS } from './options.js';
import { emptyScores, prf, scoreRole, trimSpan } from './score.js';
import { Kind, stem, tokenize } from './tokenize.js';

test('tokens carry offsets into the text', () => {
  const text = 'Mr. Kim’s aide said: “No.”\nU.S. officials agreed.';
  const t = tokenize(text);
  for (let k = 0; k < t.starts.length; k++) assert.equal(text.slice(t.starts[k], t.ends[k]), t.words[k]);
  assert.deepEqual(t.words.slice(0, 5), ['Mr', '.', 'Kim', '’s', 'aide']);
  assert.ok(t.words.includes('U.S'));
  assert.equal(t.paraStarts.length, 3);
});

test('quote marks of every style are classed as opening or closing', () => {
  const t = tokenize('He said “yes” and «oui» and „ja“ and "si" and 「はい」.');
  const open = t.words.filter((_, k) => t.kind[k] === Kind.OpenQuote);
  const close = t.words.filter((_, k) => t.kind[k] === Kind.CloseQuote);
  assert.deepEqual(open, ['“', '«', '„', '"', '「']);
  assert.deepEqual(close, ['”', '»', '“', '"', '」']);
  const yes = t.words.indexOf('yes');
  assert.ok(t.quoteDepth[yes] > 0);
  assert.equal(t.quoteDepth[t.words.indexOf('said')], 0);
});

test('a full stop without a space still ends a sentence', () => {
  const t = tokenize('in return for its aid.Russian President Vladimir Putin spoke.');
  assert.ok(t.words.includes('aid'));
  assert.ok(t.words.includes('Russian'));
  assert.notEqual(t.sent[t.words.indexOf('aid')], t.sent[t.words.indexOf('Russian')]);
});

test('abbreviations do not end sentences', () => {
  const t = tokenize('Sen. Bernie Sanders said so. Then he left.');
  assert.equal(t.sent[t.words.indexOf('Sen')], t.sent[t.words.indexOf('Sanders')]);
  assert.notEqual(t.sent[t.words.indexOf('said')], t.sent[t.words.indexOf('Then')]);
  // A street's abbreviation before its address's compass quarter ends nothing; before a new sentence it does.
  const u = tokenize('Shots were fired at 1550 Weston Ct. NE, according to police. They left on Main Rd. Police said so.');
  assert.equal(u.sent[u.words.indexOf('Ct')], u.sent[u.words.indexOf('NE')]);
  assert.notEqual(u.sent[u.words.indexOf('Rd')], u.sent[u.words.lastIndexOf('Police')]);
  // A compass quarter's own stop ends the sentence: it is no initial of a name.
  const v = tokenize('It happened on Lyndale Ave. N. The people below found bullet holes.');
  assert.equal(v.sent[v.words.indexOf('Ave')], v.sent[v.words.indexOf('N')]);
  assert.notEqual(v.sent[v.words.indexOf('N')], v.sent[v.words.indexOf('The')]);
});

test('stems join forms of a cue verb', () => {
  assert.equal(stem('says'), stem('saying'));
  assert.equal(stem('claimed'), stem('claims'));
  assert.equal(stem('denied'), stem('denies'));
});

test('brat relations become attributions; discontinuous spans become their extent', () => {
  const ann = [
    'T1\tSource 0 2\the', 'T2\tCue 3 7\tsaid', 'T3\tContent 8 12;20 25\tx y', 'T4\tAttribution 3 7\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1', 'T5\tCue 30 34\tsaid', 'T6\tContent 35 40\tz',
    'E2\tAttribution-no-source:T5 Content:T6 Cue:T5',
  ].join('\n');
  const atts = parseAnn(ann);
  assert.equal(atts.length, 2);
  assert.deepEqual(atts[0], { cue: [3, 7], source: [0, 2], content: [8, 25] });
  assert.equal(atts[1].source, null);
});

test('scoring trims punctuation and whitespace and compares distinct spans', () => {
  const text = '“Hello,” he said.';
  assert.deepEqual(trimSpan(text, [0, 8]), [1, 6]);
  assert.equal(trimSpan(text, [6, 8]), null);
  const s = emptyScores();
  scoreRole(s.content, text, [[0, 8]], [[1, 6], [1, 7]]);
  assert.deepEqual(s.content.exact, { tp: 1, pred: 1, gold: 1 });
  assert.equal(prf(s.content.exact).f, 100);
});

test('a model survives serialisation within quantisation error', () => {
  const opts = { ...DEFAULT_OPTIONS, cueBits: 8, sourceBits: 8, contentBits: 8, pruneFraction: 0 };
  const m = emptyModel(opts);
  m.cue.w[3] = 1.5;
  m.source.w[7] = -2;
  m.content.w[255] = 0.25;
  const back = deserializeModel(serializeModel(m));
  assert.ok(back.cue instanceof WeightTable);
  assert.ok(Math.abs(back.cue.w[3] - 1.5) < 1e-3);
  assert.ok(Math.abs(back.source.w[7] + 2) < 1e-3);
  assert.ok(Math.abs(back.content.w[255] - 0.25) < 1e-4);
  assert.equal(back.options.cueBits, 8);
});

test('the package root is found from the compiled file', () => {
  assert.match(packageRoot(), /.+/);
});

test('a possessive ’s or \'s at a word\'s end is a token of its own; a capital S or an inner one is not', () => {
  const t = tokenize("Korea's and Obama’s dogs; Jones'S cat, it's 1990's, rock'n'roll");
  assert.deepEqual(t.words, ['Korea', "'s", 'and', 'Obama', '’s', 'dogs', ';', "Jones'S", 'cat', ',', 'it', "'s", '1990', "'s", ',', "rock'n'roll"]);
  assert.equal(t.kind[12], Kind.Number);
});
