// Pins what a broadcast's running transcript in capitals may give a story: no speakers, no lines of the brief.
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
