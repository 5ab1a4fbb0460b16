// Pins which numbers of a sentence count a part of the hurt or dead rather than the whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Telling } from '../model/dossier.js';
import { isPartTelling } from './count-parts.js';

const told = (value: number, sentence: string): Telling => ({
  articleId: 'a', outlet: 'A', published: null, origin: 'A', originEntityId: null, value, unit: null, approx: null, asOf: null,
  modality: 'asserted', negated: false, sentence, span: [0, 1], syndicatedFrom: null,
  rules: { measure: 'measure/cue-after-number', subject: 'subject/counted-noun', scope: 'scope/default-event', asOf: 'time/as-of', origin: 'origin/outlet-unattributed', modality: 'modality/default' },
});

test('"three others" beside another group of the hurt is a part of the hurt; beside the dead alone it is the whole hurt', () => {
  assert.equal(isPartTelling(told(3, 'The gunman opened fire, leaving one person dead, two police officers wounded and three others injured.')), true);
  assert.equal(isPartTelling(told(3, 'The gunman opened fire, killing one person and injuring three others.')), false);
  assert.equal(isPartTelling(told(6, 'In total, two people were killed and six others were injured.')), false);
});
