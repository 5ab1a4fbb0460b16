// Pins how a story's title is chosen from its articles' titles: a tail two or more titles end with names the site.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutSharedTail } from './story.js';

test('a tail two or more titles end with is the site\'s, and is cut; a tail of one title stays', () => {
  assert.deepEqual(withoutSharedTail([
    'Four teens taken to hospital after shooting - Tri-State News, Weather & Sports',
    'Teen charged as adult in shooting - Tri-State News, Weather & Sports',
    'Police: four teens shot on Bedford Avenue - Evening Post',
  ]), ['Four teens taken to hospital after shooting', 'Teen charged as adult in shooting', 'Police: four teens shot on Bedford Avenue - Evening Post']);
  // A title that is only the tail is kept whole.
  assert.deepEqual(withoutSharedTail(['- Daily Test', '- Daily Test']), ['- Daily Test', '- Daily Test']);
});
