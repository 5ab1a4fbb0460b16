// Tests incremental story clustering: separate events of one kind, follow-ups, the example corpus, serialisation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoryIndex, type ClusterInput } from './cluster.js';

const CHILE_1: ClusterInput = {
  id: 'chile-1',
  title: 'Magnitude 6.8 earthquake strikes near Valparaiso, Chile',
  text:
    'A magnitude 6.8 earthquake struck off the coast of central Chile near Valparaiso on Tuesday, shaking buildings in Santiago and ' +
    'cutting power to thousands of homes. The national seismology centre said the quake hit at a depth of 30 kilometres. ' +
    'Chile\'s emergency office Senapred briefly issued a tsunami warning for the Valparaiso coast before lifting it. ' +
    'President Gabriel Boric said two people had died in Quilpue when a wall collapsed.',
  published: '2023-03-14T10:00:00Z',
};
const TURKEY_1: ClusterInput = {
  id: 'turkey-1',
  title: 'Earthquake of magnitude 5.9 hits Malatya province in eastern Turkey',
  text:
    'An earthquake of magnitude 5.9 hit Malatya province in eastern Turkey on Thursday, damaging buildings in the town of Yesilyurt. ' +
    'The disaster agency AFAD said the quake struck at a depth of 7 kilometres. Interior Minister Ali Yerlikaya said 23 people were ' +
    'injured and a mosque minaret collapsed in Yesilyurt. Rescue teams searched damaged buildings in Malatya overnight.',
  published: '2023-08-10T09:00:00Z',
};
const CHILE_2: ClusterInput = {
  id: 'chile-2',
  title: 'Chile counts damage after Valparaiso quake',
  text:
    'Residents of Valparaiso and Quilpue cleared rubble on Wednesday after the magnitude 6.8 earthquake. Senapred said 1,200 homes were ' +
    'damaged across the Valparaiso region and power had returned to most of Santiago. Boric visited Quilpue, where two people died, ' +
    'and promised reconstruction funds. Seismologists recorded more than 40 aftershocks off the Chilean coast.',
  published: '2023-03-15T12:00:00Z',
};
const TURKEY_2: ClusterInput = {
  id: 'turkey-2',
  title: 'Aftershocks rattle Malatya a day after earthquake',
  text:
    'Aftershocks rattled Malatya on Friday, a day after the 5.9 earthquake that injured 23 people in eastern Turkey. AFAD said families ' +
    'from Yesilyurt spent the night in tents while engineers inspected damaged buildings. Yerlikaya said the Yesilyurt mosque minaret ' +
    'would be rebuilt and that schools in Malatya province would stay closed until inspections ended.',
  published: '2023-08-11T08:00:00Z',
};
const CHILE_3: ClusterInput = {
  id: 'chile-3',
  title: null,
  text:
    'A week after the Valparaiso earthquake, Chile\'s government said the 1,200 damaged homes in the Valparaiso region would be ' +
    'inspected by engineers from Santiago. Senapred lifted the emergency in Quilpue. Boric said the state would cover repairs.',
  published: '2023-03-21T12:00:00Z',
};

test('two earthquakes in different places on different dates form two stories, follow-ups join their own', () => {
  const index = new StoryIndex();
  const d1 = index.add(CHILE_1);
  const d2 = index.add(TURKEY_1);
  const d3 = index.add(CHILE_2);
  const d4 = index.add(TURKEY_2);
  const d5 = index.add(CHILE_3);
  assert.equal(d1.joined, false);
  assert.equal(d2.joined, false);
  assert.notEqual(d1.storyId, d2.storyId);
  assert.equal(d3.joined, true);
  assert.equal(d3.storyId, d1.storyId);
  assert.equal(d4.storyId, d2.storyId);
  assert.equal(d5.storyId, d1.storyId);
  assert.equal(index.storyCount, 2);
  assert.deepEqual(index.allStories().map((s) => s.articles), [['chile-1', 'chile-2', 'chile-3'], ['turkey-1', 'turkey-2']]);
});

test('the same events without dates still separate, by their places and names', () => {
  const index = new StoryIndex();
  const undated = [CHILE_1, TURKEY_1, CHILE_2, TURKEY_2, CHILE_3].map((a) => ({ ...a, published: null }));
  const ids = undated.map((a) => index.add(a).storyId);
  assert.deepEqual(ids, ['chile-1', 'turkey-1', 'chile-1', 'turkey-1', 'chile-1']);
});

test('distance in time weighs against joining', () => {
  const near = new StoryIndex();
  near.add(CHILE_1);
  const far = new StoryIndex();
  far.add(CHILE_1);
  const a = near.add({ ...CHILE_2, id: 'near' });
  const b = far.add({ ...CHILE_2, id: 'far', published: '2024-06-01T00:00:00Z' });
  assert.equal(a.required, b.required);
  assert.ok(b.score < a.score, `far ${b.score} should score below near ${a.score}`);
});

test('entities from the entity pass are used when given', () => {
  const index = new StoryIndex();
  const first = index.add({ ...CHILE_1, entities: [{ key: 'valparaiso', type: 'LOC' }, { key: 'gabriel boric', type: 'PER' }] });
  const second = index.add({ ...CHILE_2, entities: [{ key: 'valparaiso', type: 'LOC' }, { key: 'gabriel boric', type: 'PER' }] });
  assert.equal(second.storyId, first.storyId);
});

test('the five example pages about North Korean troops form one story', () => {
  const dir = join(process.cwd(), 'examples', 'korea-troops-2024');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  assert.equal(files.length, 5);
  const index = new StoryIndex();
  const decisions = files.map((f) => {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.length > 80);
    return index.add({ id: f, title: null, text: lines.join('\n'), published: null });
  });
  assert.equal(new Set(decisions.map((d) => d.storyId)).size, 1);
  assert.equal(decisions.filter((d) => d.joined).length, 4);
});

test('state survives a JSON round trip and later decisions match', () => {
  const a = new StoryIndex();
  a.add(CHILE_1);
  a.add(TURKEY_1);
  const b = StoryIndex.fromJSON(JSON.parse(JSON.stringify(a.toJSON())));
  assert.deepEqual(b.add(CHILE_2), a.add(CHILE_2));
  assert.deepEqual(b.add(TURKEY_2), a.add(TURKEY_2));
  assert.equal(b.storyOf('chile-2'), 'chile-1');
});

test('adding the same article id twice is a misuse', () => {
  const index = new StoryIndex();
  index.add(CHILE_1);
  assert.throws(() => index.add(CHILE_1));
});

test('an index reloaded mid-stream scores every later article exactly as the one kept in memory', () => {
  // Deterministic synthetic articles over overlapping vocabularies, enough for the norm cache to go stale and refresh.
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const topics = ['harbour strike dockers wages union', 'wildfire evacuation hillside crews wind', 'election ballots recount county judge', 'vaccine trial dose volunteers agency'];
  const places = ['Valparaiso', 'Malatya', 'Quebec', 'Lagos', 'Osaka', 'Perth'];
  const articles: ClusterInput[] = [];
  for (let i = 0; i < 80; i++) {
    const words = topics[i % topics.length]!.split(' ');
    const place = places[Math.floor(rand() * places.length)]!;
    const sentences = Array.from({ length: 4 }, () => `${place} officials said the ${words.map((w) => (rand() < 0.6 ? w : 'report')).join(' ')} continued.`);
    articles.push({ id: `a${i}`, title: null, text: sentences.join(' '), published: new Date(Date.UTC(2024, 0, 1 + (i % 20))).toISOString() });
  }
  const kept = new StoryIndex();
  let reloaded = new StoryIndex();
  for (const [i, article] of articles.entries()) {
    assert.deepEqual(reloaded.add(article), kept.add(article), `article ${i}`);
    reloaded = StoryIndex.fromJSON(JSON.parse(JSON.stringify(reloaded.toJSON())));
  }
});
