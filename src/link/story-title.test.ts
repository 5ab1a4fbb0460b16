// Pins how a story's title is chosen from its articles' titles: a tail two or more titles end with names the site.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyTitle, withoutSharedTail } from './story.js';
import type { StoryMember } from './story.js';

test('a tail two or more titles end with is the site\'s, and is cut; a tail of one title stays', () => {
  assert.deepEqual(withoutSharedTail([
    'Four teens taken to hospital after shooting - Tri-State News, Weather & Sports',
    'Teen charged as adult in shooting - Tri-State News, Weather & Sports',
    'Police: four teens shot on Bedford Avenue - Evening Post',
  ]), ['Four teens taken to hospital after shooting', 'Teen charged as adult in shooting', 'Police: four teens shot on Bedford Avenue - Evening Post']);
  // A title that is only the tail is kept whole.
  assert.deepEqual(withoutSharedTail(['- Daily Test', '- Daily Test']), ['- Daily Test', '- Daily Test']);
});

test('a title that is a language tag or no word names no story: the next title does, else the text', () => {
  const member = (title: string | null, text: string) => ({ article: { text, metadata: { title: title === null ? undefined : { value: title } } }, analysis: {}, syndicatedFrom: null }) as unknown as StoryMember;
  assert.equal(storyTitle([member('en', 'Emergency messages of the city police.'), member('Seven arrested in drug raids', 'Police arrested seven people.')]), 'Seven arrested in drug raids');
  assert.equal(storyTitle([member('en-US', 'Emergency messages of the city police.')]), 'Emergency messages of the city police.');
  assert.equal(storyTitle([member('Man shot in Salem', 'A man was shot.')]), 'Man shot in Salem');
});
