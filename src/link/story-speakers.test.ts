// Pins who speaks in a story's "Who said what": one body of one place is one speaker, as it is one origin.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle, loadAttributionModel } from '../analyze/index.js';
import type { Article } from '../model/index.js';
import { bySpeaker } from '../report/dossier-format.js';
import { buildStory, type StoryMember } from './story.js';

const model = loadAttributionModel();
function member(id: string, outlet: string, text: string): StoryMember {
  const published = '2025-03-08';
  const article = { id, source: 'test', text, paragraphs: [[0, text.length]], metadata: { outlet: { value: outlet }, published: { value: published } }, removed: [], messages: [] } as unknown as Article;
  return { article, analysis: analyzeArticle({ id, text, published, outlet }, { attributionModel: model }), syndicatedFrom: null };
}

test('"police", "Police", "Milton police" and "Police in Milton" are one speaker where the story names one police body', () => {
  const story = buildStory('s1', [
    member('a1', 'Paper One', 'MILTON — Two people were shot at a park late Friday, Milton police said.\n\nThe gunman fled in a gray car, police said.'),
    member('a2', 'Paper Two', 'Police in Milton say two people were shot at a park on Friday.\n\nPolice said no arrests had been made.'),
  ]);
  const speakers = bySpeaker(story.attributions).map((s) => s.name);
  const police = speakers.filter((n) => /police/i.test(n));
  assert.equal(police.length, 1, speakers.join(' | '));
  assert.equal(bySpeaker(story.attributions).find((s) => /police/i.test(s.name))?.attributions.length, 4);
});

test('two police bodies of two places keep a bare "police" apart from both', () => {
  const story = buildStory('s2', [
    member('a1', 'Paper One', 'Two people were shot on Friday, Milton police said.\n\nThe gunman fled, police said.'),
    member('a2', 'Paper Two', 'Officers later found the car in Quincy, Quincy police said.'),
  ]);
  const police = bySpeaker(story.attributions).map((s) => s.name).filter((n) => /police/i.test(n));
  assert.equal(police.length, 3, police.join(' | '));
});

test('a video playlist left in the page names no speakers: its entries are other stories\' titles', () => {
  const story = buildStory('s3', [
    member('a1', 'Paper One', '1:08 Truck crashes into tree and catches fire Pause\n\n0:56 Benny Snell credits offensive line\n\n0:43 Stephen Johnson says he felt fine enough to play\n\nA teen was shot on Friday, police said.'),
  ]);
  const speakers = bySpeaker(story.attributions).map((s) => s.name);
  assert.deepEqual(speakers.filter((n) => /snell|johnson/i.test(n)), [], speakers.join(' | '));
  assert.ok(speakers.some((n) => /police/i.test(n)), speakers.join(' | '));
});

test('a list of links left in the page names no speakers: a bulleted line that never ends as a sentence is a headline', () => {
  const story = buildStory('s5', [
    member('a1', 'Paper One', 'A man was shot early Wednesday, police said.\n\nMORE FROM THE STATION\n\n+ Police: Men dressed as priests scamming residents\n\n+ Mayor says budget will pass\n\n• The victim was taken to a hospital, Sgt. Tom Lee said.'),
  ]);
  const contents = story.attributions.map((a) => a.content);
  assert.ok(!contents.some((c) => /priests|budget/.test(c)), contents.join(' | '));
  // A bulleted line that ends as a sentence is the article's own.
  assert.ok(contents.some((c) => /taken to a hospital/.test(c)), contents.join(' | '));
});

test('a cue that opens its sentence ("According to ...") is listed in lower case, as every other', () => {
  const story = buildStory('s4', [member('a1', 'Paper One', 'According to Police Chief Carl Long, two teens were playing with a revolver at a home on Sunny Ray Drive.')]);
  const cues = story.attributions.map((a) => a.cue);
  assert.ok(cues.includes('according to'), cues.join(' | '));
});
