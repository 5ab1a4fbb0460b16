// Tests of the cue-tagger features: templates read from precomputed tables give the values of their mix3 definitions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CUE_FEATURES, Cls, clsAt, cueFeatures, lowerAt, tokenFeatures } from './features.js';
import { mix, mix3 } from './hash.js';
import { tokenize } from './tokenize.js';

test('cue features equal their template definitions', () => {
  const t = tokenize('“We will stay,” the minister said on Tuesday, according to officials (AP).\nHe told reporters: no.');
  const f = tokenFeatures(t);
  const lo = t.paraStarts[0]!;
  const hi = t.paraStarts[1]!;
  const out = new Uint32Array(CUE_FEATURES);
  for (let k = lo; k < hi; k++) {
    cueFeatures(f, k, lo, hi, out, 0);
    const lex = f.lexCue[k]!;
    const q = f.inQuote[k]!;
    const cm1 = clsAt(f, k - 1, lo, hi);
    const cp1 = clsAt(f, k + 1, lo, hi);
    const cm2 = clsAt(f, k - 2, lo, hi);
    const cp2 = clsAt(f, k + 2, lo, hi);
    const lexm1 = k - 1 >= lo ? f.lexCue[k - 1]! : 2;
    const lexp1 = k + 1 < hi ? f.lexCue[k + 1]! : 2;
    assert.equal(out[0], mix(1, 0));
    assert.equal(out[1], mix(2, f.lower[k]!));
    assert.equal(out[11], mix3(12, lex, f.cls[k]!));
    assert.equal(out[13], mix3(14, cm1 * 16 + cp1, f.cls[k]!));
    assert.equal(out[14], mix3(15, lexm1, lexp1));
    assert.equal(out[15], mix3(16, q, lex));
    assert.equal(out[21], mix3(22, Math.min(k - lo, 6), lex));
    assert.equal(out[22], mix3(23, cm2 * 16 + cp2, lex));
    assert.equal(out[25], mix3(26, f.sentStart[k]! * 2 + f.sentEnd[k]!, lex));
    assert.equal(out[28], mix3(29, f.title[k]! * 2 + f.pronoun[k]!, cm1));
    assert.equal(out[29], mix3(30, lex, q * 16 + cm1));
    assert.equal(out[30], mix3(31, f.sentQuote[k]!, lex * 2 + q));
    assert.equal(out[34], mix(35, lowerAt(f, k - 3, lo, hi)));
  }
  assert.ok(f.cls.includes(Cls.OpenQ) && f.cls.includes(Cls.Paren), 'the text has quotes and brackets');
});
