// Tests near-duplicate detection: syndicated copies, earliest-copy choice, non-copies, serialisation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuplicateIndex, jaccard, minhash, shingleHashes } from './dedupe.js';
import { hash32, mix32 } from './text-features.js';

const BODY = [
  'The harbour authority in Port Elvane closed the northern container terminal on Tuesday after a crane collapsed onto a cargo ship during the morning shift.',
  'Two dock workers were taken to the regional hospital with injuries that officials described as serious but not life threatening.',
  'The crane, a forty metre gantry model installed in 2011, toppled shortly after nine o clock while unloading refrigerated containers from the vessel Marisol Bay.',
  'Harbour master Ingrid Tollefsen told reporters that the cause of the collapse was not yet known and that an inspection team from the national transport agency had been called in.',
  'Witnesses said they heard a loud metallic crack before the boom of the crane folded and struck the forward deck of the ship.',
  'The Marisol Bay, which sails under a Liberian flag, was carrying fruit and frozen fish from ports along the west African coast.',
  'Its crew of twenty one was unharmed and remained on board while engineers checked the hull for damage.',
  'The northern terminal handles roughly a third of the harbour traffic, and shipping companies were told to expect delays of up to four days.',
  'Trucks queued for several kilometres along the coastal road as drivers waited for news about when loading would resume.',
  'The dock workers union said it had warned the harbour authority twice last year about maintenance on the older cranes.',
  'A spokesman for the union, Per Haldorsen, said members would not operate cranes of the same model until each had been examined.',
  'The harbour authority said it would cooperate fully with the investigation and would publish the findings of the inspection.',
  'Insurance experts estimated that the damage to the crane and the ship could run into several million euros.',
  'The southern terminal stayed open and took some of the diverted ships, though it lacks refrigerated storage for perishable cargo.',
  'Local fish exporters said the closure came at the start of their busiest season and could cost them important contracts.',
  'The mayor of Port Elvane, Anja Rostad, visited the injured workers in hospital on Tuesday afternoon and praised the emergency crews.',
  'Police cordoned off the area around the collapsed crane and asked people not to approach the terminal gates.',
  'It was the most serious accident at the harbour since a fire in a warehouse destroyed stored grain eight years ago.',
].join(' ');

const INTRO_A = 'PORT ELVANE (Northwire) - A crane accident brought work at the country\'s second busiest harbour to a halt.';
const INTRO_B = 'Breaking news from the coast: an accident with a gantry crane has shut part of the port, our partners report.';
const INTRO_C = 'This story was first published by Northwire and is republished here under a content sharing agreement today.';

test('a wire copy with a different intro line derives from the earliest copy', () => {
  const index = new DuplicateIndex();
  assert.equal(index.add({ id: 'a', text: `${INTRO_A} ${BODY}`, published: '2024-03-05T08:00:00Z' }), null);
  const match = index.add({ id: 'b', text: `${INTRO_B} ${BODY}`, published: '2024-03-05T11:30:00Z' });
  assert.ok(match !== null);
  assert.equal(match.syndicatedFrom, 'a');
  assert.ok(match.similarity >= 0.8 && match.similarity < 1);
  assert.equal(match.rule, 'dedupe/minhash-jaccard');
  assert.equal(index.originOf('b'), 'a');
});

test('among several earlier copies the one published first is the source, whatever the insertion order', () => {
  const index = new DuplicateIndex();
  index.add({ id: 'late', text: `${INTRO_B} ${BODY}`, published: '2024-03-06T09:00:00Z' });
  index.add({ id: 'early', text: `${INTRO_A} ${BODY}`, published: '2024-03-05T08:00:00Z' });
  const match = index.add({ id: 'third', text: `${INTRO_C} ${BODY}`, published: '2024-03-07T09:00:00Z' });
  assert.ok(match !== null);
  assert.equal(match.syndicatedFrom, 'early');
  assert.deepEqual(new Set(match.copies.map((c) => c.id)), new Set(['late', 'early']));
  // The later-published copy added first was re-pointed when the earlier one arrived.
  assert.equal(index.derivesFrom('late')?.id, 'early');
});

test('an added document older than its copies becomes their source', () => {
  const index = new DuplicateIndex();
  index.add({ id: 'copy', text: `${INTRO_B} ${BODY}`, published: '2024-03-06T09:00:00Z' });
  const match = index.add({ id: 'orig', text: `${INTRO_A} ${BODY}`, published: '2024-03-05T08:00:00Z' });
  assert.ok(match !== null);
  assert.equal(match.syndicatedFrom, null);
  assert.deepEqual(match.rederived, ['copy']);
  assert.equal(index.originOf('copy'), 'orig');
});

test('undated copies fall back to insertion order', () => {
  const index = new DuplicateIndex();
  index.add({ id: 'first', text: `${INTRO_A} ${BODY}`, published: null });
  const match = index.add({ id: 'second', text: `${INTRO_B} ${BODY}`, published: null });
  assert.equal(match?.syndicatedFrom, 'first');
});

test('a different article about the same event is not a copy', () => {
  const index = new DuplicateIndex();
  index.add({ id: 'a', text: `${INTRO_A} ${BODY}`, published: null });
  const rewrite =
    'Port Elvane harbour partly shut after crane falls on ship. A gantry crane fell onto the cargo vessel Marisol Bay at Port Elvane on Tuesday, ' +
    'injuring two workers and closing the northern terminal. The transport agency is investigating. Harbour master Ingrid Tollefsen said the ' +
    'cause was unknown. The union had warned about old cranes, according to its spokesman Per Haldorsen, and exporters fear losses.';
  assert.equal(index.add({ id: 'b', text: rewrite, published: null }), null);
});

test('exact Jaccard of shingle sets', () => {
  const a = shingleHashes('one two three four five six', 5, 1);
  const b = shingleHashes('one two three four five seven', 5, 1);
  // Shingles: {1-5, 2-6} and {1-5, 2-7}: one shared of three.
  assert.equal(jaccard(a, b), 1 / 3);
  assert.equal(jaccard(a, a), 1);
});

test('a shingle is the hash of its words joined by single spaces, whatever separates them in the text', () => {
  const joined = (words: string[], seed: number): number => hash32(words.join(' '), seed);
  assert.deepEqual([...shingleHashes('One,  two\nthree four', 3, 7)], [joined(['one', 'two', 'three'], 7), joined(['two', 'three', 'four'], 7)].sort((x, y) => x - y));
  // A text shorter than a shingle is one shingle of all its words; a text of no words has none.
  assert.deepEqual([...shingleHashes('Zürich 2024', 5, 7)], [joined(['zürich', '2024'], 7)]);
  assert.equal(shingleHashes(' -- ', 5, 7).length, 0);
});

test('state survives a JSON round trip and keeps finding copies', () => {
  const index = new DuplicateIndex();
  index.add({ id: 'a', text: `${INTRO_A} ${BODY}`, published: '2024-03-05T08:00:00Z' });
  index.add({ id: 'b', text: `${INTRO_B} ${BODY}`, published: '2024-03-05T11:30:00Z' });
  const restored = DuplicateIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
  assert.equal(restored.size, 2);
  assert.equal(restored.derivesFrom('b')?.id, 'a');
  const match = restored.add({ id: 'c', text: `${INTRO_C} ${BODY}`, published: '2024-03-06T00:00:00Z' });
  assert.equal(match?.syndicatedFrom, 'a');
  // Fixed seeds: a fresh index computes the same signature for the same text.
  const again = new DuplicateIndex();
  again.add({ id: 'a', text: `${INTRO_A} ${BODY}`, published: '2024-03-05T08:00:00Z' });
  assert.equal(again.record('a')?.signature, index.record('a')?.signature);
});

test('an LSH bucket takes at most maxBucket documents, the first added; many buckets past the tables growth still find their copies', () => {
  const index = new DuplicateIndex({ maxBucket: 3 });
  // Six identical texts share every bucket: the sixth meets only the first three.
  for (let i = 0; i < 5; i++) index.add({ id: `same-${i}`, text: BODY, published: null });
  const sixth = index.add({ id: 'same-5', text: BODY, published: null });
  assert.ok(sixth !== null);
  assert.deepEqual(sixth.copies.map((c) => c.id), ['same-0', 'same-1', 'same-2']);
  // Distinct texts fill thousands of buckets (the tables grow); a copy of an early one is still found.
  const wide = new DuplicateIndex();
  const sentences = BODY.split('. ');
  for (let i = 0; i < 600; i++) wide.add({ id: `doc-${i}`, text: sentences.map((s, k) => `${s} variant ${i} part ${k}`).join('. '), published: null });
  const copy = wide.add({ id: 'copy-of-7', text: sentences.map((s, k) => `${s} variant 7 part ${k}`).join('. '), published: null });
  assert.ok(copy !== null);
  assert.equal(copy.syndicatedFrom, 'doc-7');
});

test('a MinHash signature holds, per seeded bijection, the least value over the shingles', () => {
  const shingles = shingleHashes('the quick brown fox jumps over the lazy dog again and again', 3, 5);
  const sig = minhash(shingles, 16, 99);
  assert.equal(sig.length, 16);
  for (let i = 0; i < 16; i++) {
    const seed = mix32((99 + 0x9e3779b9 * (i + 1)) >>> 0);
    const values = [...shingles].map((s) => mix32((s ^ seed) >>> 0));
    assert.equal(sig[i], Math.min(...values));
  }
  assert.deepEqual([...minhash(new Uint32Array(0), 3, 1)], [0xffffffff, 0xffffffff, 0xffffffff]);
});
