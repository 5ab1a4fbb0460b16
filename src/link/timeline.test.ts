// Pins the story's timeline: one date per sentence, the most precise its claims read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle, loadAttributionModel } from '../analyze/index.js';
import type { LinkArticle } from './claim-groups.js';
import { buildTimeline } from './timeline.js';

const model = loadAttributionModel();

function timelineOf(text: string, published: string): { date: string; event: string }[] {
  const article: LinkArticle = { id: 'a1', outlet: 'Paper', published, syndicatedFrom: null, analysis: analyzeArticle({ id: 'a1', text, published, outlet: 'Paper' }, { attributionModel: model }) };
  return buildTimeline([article]).map((e) => ({ date: e.date, event: e.event }));
}

test('a sentence with a day and a month is one timeline entry, dated by the day', () => {
  const text = 'An 18-year-old man was ordered held without bond Monday in connection with a shooting that killed three people during a barbecue two months ago.';
  const entries = timelineOf(text, '2015-11-30');
  assert.equal(entries.length, 1, JSON.stringify(entries));
  assert.equal(entries[0]!.date, '2015-11-30');
});
