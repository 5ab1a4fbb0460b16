// Pins the lines a story's views list: a broadcast's running transcript in capitals gives no speakers and no brief
// lines; a paragraph a page repeats is listed once; a teaser cut short is no line of the brief or the timeline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAttributionModel } from '../src/analyze/index.js';
import { documentsFromJson } from '../src/ingest/index.js';
import { buildStory, type StoryMember } from '../src/link/index.js';
import { analysisOf, extractItem } from '../src/pipeline/index.js';

const model = loadAttributionModel();

function storyOf(texts: string[]) {
  const lines = texts.map((text, i) => JSON.stringify({ id: `t${i}`, url: `https://news${i}.example/a`, title: `Report ${i}`, published: '2024-03-02', text })).join('\n');
  const members: StoryMember[] = [];
  for (const item of documentsFromJson('t.jsonl', lines)) {
    const x = extractItem(item);
    assert.ok(x.ok);
    members.push({ article: x.article, analysis: analysisOf(x.article, { attributionModel: model }), syndicatedFrom: null });
  }
  return buildStory('s', members);
}

test('a transcript in capitals gives no speakers and no brief lines; the report beside it does', () => {
  const story = storyOf([
    'Two people were hurt in a fire on Lorton Street on Friday, the fire chief said.\n\n'
      + 'WEBVTT WE ARE GOING LIVE TO THE PRESS CONFERENCE RIGHT NOW. THE CHIEF SAID THE FAMILY ASKED US NOT TO CONTACT THEM. '
      + 'WE WANT TO MAKE SURE SHE IS TAKEN CARE OF AND SHE RECOVERS, THE OFFICER SAID.',
  ]);
  const speakers = story.attributions.map((a) => `${a.speaker.name}: ${a.cue}`);
  assert.ok(speakers.some((s) => /fire chief/i.test(s)), speakers.join('\n'));
  assert.deepEqual(speakers.filter((s) => !/\p{Ll}/u.test(s.split(': ')[1] ?? '')), [], speakers.join('\n'));
  assert.deepEqual(story.brief.filter((b) => /WEBVTT|TAKEN CARE/.test(b.text)).map((b) => b.text), []);
});

test('a paragraph a page repeats gives its attribution once; a teaser cut short is in neither the brief nor the timeline', () => {
  // A gallery repeats a sentence under each photo's number: the paragraphs differ, the attribution is one.
  const para = (n: number) => `Image ${n} of 40 Flowers outside the house in Lorton. Deputies said they responded to a welfare call around 9 p.m. Photo: Lorton Daily`;
  const story = storyOf([
    ['Eight people were killed in a house in Lorton on Saturday, the sheriff said.', para(3), para(4), para(5),
      'Lorton Smith, 49, is charged with multiple counts of...', 'Smith appears in court in Lorton, Monday, March 4, 2024....'].join('\n\n'),
  ]);
  const said = story.attributions.filter((a) => /welfare call/.test(a.content));
  assert.equal(said.length, 1, story.attributions.map((a) => `${a.speaker.name}: ${a.content}`).join('\n'));
  assert.deepEqual(story.brief.filter((b) => /\.\.\.$|\.{4}$/.test(b.text)).map((b) => b.text), []);
  assert.deepEqual(story.timeline.filter((e) => /appears in court/.test(e.event)).map((e) => e.event), []);
});
