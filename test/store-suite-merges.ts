// The store suite's story merges: two articles start two stories, a later article reports the same event as both and
// merges them; the store keeps the merge with its reason, and the dossier and the watch say so.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildDossier } from '../src/pipeline/index.js';
import { renderDossierMarkdown, renderDossierTerminal, validateDossier } from '../src/report/index.js';
import type { Store, StoryMergeRecord } from '../src/store/index.js';
import { runCycle } from '../src/watch/index.js';

/** The first report of a bar shooting. */
export const SHOOTING = {
  id: 'merge-a',
  title: 'Gunman opens fire at Dayton bar, killing two',
  published: '2025-03-08',
  outlet: 'Dayton Daily News',
  text:
    'DAYTON, Ohio — A gunman opened fire inside the Blue Heron bar on Wayne Avenue early Saturday, killing two men and wounding three others, Dayton police said. ' +
    'Officers found the victims shortly after 1 a.m. Police Chief Kamran Afzal said the shooter fled on foot. The victims were identified as Marcus Tillman, 34, and Devon Reyes, 29.',
};
/** An arrest told without anything that names the shooting: alone, it is another story. */
export const ARREST = {
  id: 'merge-c',
  title: 'Trotwood man held without bond on murder counts',
  published: '2025-03-10',
  outlet: 'WDTN',
  text:
    'Montgomery County deputies arrested Jarrell Vance, 41, on Monday in Trotwood after a traffic stop. Prosecutor Mathias Heck said Vance faces two counts of murder and three of felonious assault. ' +
    'Vance was held at the county jail without bond; arraignment is set for Wednesday in municipal court.',
};
/** A report that tells both: the bridge. */
export const BRIDGE = {
  id: 'merge-b',
  title: 'Man charged with murder in Dayton bar shooting that killed two',
  published: '2025-03-10',
  outlet: 'WHIO',
  text:
    'DAYTON, Ohio — Jarrell Vance, 41, was arrested Monday in Trotwood and charged with two counts of murder in the shooting at the Blue Heron bar on Wayne Avenue that killed Marcus Tillman, 34, and Devon Reyes, 29, early Saturday, Dayton police said. ' +
    'Three others were wounded. Prosecutor Mathias Heck said Vance faces three counts of felonious assault. Police Chief Kamran Afzal said the shooter fled on foot after opening fire.',
};

/** Merge tests of the shared store suite (called inside its describe). */
export function mergeTests(fresh: () => Promise<Store>): void {
  test('putStoryMerges keeps one merge per merged story (linking it again replaces it); storyMerges reads a story\'s merges oldest first', async () => {
    const store = await fresh();
    const m = (storyId: string, intoStoryId: string, at: string, score = 0.9): StoryMergeRecord => ({ storyId, intoStoryId, via: `v-${storyId}`, matched: `m-${storyId}`, score, features: ['names +2.29', 'rareName +2.47'], articleIds: [storyId, `${storyId}2`], at });
    assert.deepEqual(await store.storyMerges('s1'), []);
    await store.putStoryMerges([]);
    await store.putStoryMerges([m('s2', 's1', '2026-11-23T10:00:00.000Z'), m('s3', 's1', '2026-11-23T11:00:00.000Z')]);
    await store.putStoryMerges([m('s4', 's9', '2026-11-23T12:00:00.000Z')]);
    assert.deepEqual(await store.storyMerges('s1'), [m('s2', 's1', '2026-11-23T10:00:00.000Z'), m('s3', 's1', '2026-11-23T11:00:00.000Z')]);
    await store.putStoryMerges([m('s2', 's1', '2026-11-23T10:00:00.000Z', 0.95)]);
    assert.deepEqual((await store.storyMerges('s1')).map((x) => [x.storyId, x.score]), [['s2', 0.95], ['s3', 0.9]]);
    assert.deepEqual((await store.storyMerges('s9')).map((x) => x.storyId), ['s4']);
    await store.clearStoryMerges();
    assert.deepEqual(await store.storyMerges('s1'), []);
    assert.deepEqual(await store.storyMerges('s9'), []);
  });

  test('a bridging article merges two stories: the dossier and the watch report the merge with its reason', { timeout: 120_000 }, async () => {
    const store = await fresh();
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-merge-'));
    try {
      const first = join(dir, 'first.jsonl');
      const later = join(dir, 'later.jsonl');
      writeFileSync(first, [SHOOTING, ARREST].map((r) => JSON.stringify(r)).join('\n'));
      const one = await runCycle(store, [first]);
      assert.deepEqual(one.events.map((e) => e.kind), ['new-story', 'new-story'], 'the shooting and the arrest start two stories');
      const [shootingStory, arrestStory] = one.events.map((e) => e.story.id);
      assert.notEqual(shootingStory, arrestStory);

      writeFileSync(later, JSON.stringify(BRIDGE));
      const two = await runCycle(store, [first, later]);
      const bridgeId = two.run?.articleIds[0];
      assert.ok(bridgeId);
      const merged = two.events.filter((e) => e.kind === 'story-merged');
      assert.equal(merged.length, 1, `one story-merged event: ${JSON.stringify(two.events.map((e) => e.kind))}`);
      const e = merged[0]!;
      assert.equal(e.story.id, shootingStory, 'the older story keeps its id');
      assert.equal(e.key, `story-merged|${shootingStory}|${arrestStory}`);
      assert.equal(e.merge?.storyId, arrestStory);
      assert.equal(e.merge?.via, bridgeId);
      assert.deepEqual(e.articles.map((a) => a.id), [bridgeId, e.merge?.matched]);
      assert.ok((e.merge?.score ?? 0) >= 0.5 && (e.merge?.features.length ?? 0) > 0, 'the merge carries its score and the features that decided it');
      assert.match(e.message, new RegExp(`^Story ${arrestStory} \\(1 article\\) merged into “.+”: “Man charged with murder`));
      assert.ok((await store.listEvents(shootingStory!)).some((x) => x.kind === 'story-merged'), 'the event is stored');

      const dossier = await buildDossier(store);
      assert.equal(dossier.stories.length, 1);
      const story = dossier.stories[0]!;
      assert.equal(story.articleIds.length, 3);
      assert.equal(story.merges?.length, 1);
      assert.deepEqual(story.merges![0], e.merge, 'the dossier and the event tell the same merge');
      assert.deepEqual([story.merges![0]!.intoStoryId, story.merges![0]!.articleIds.length], [shootingStory, 1]);
      assert.deepEqual(validateDossier(dossier), []);
      const line = (text: string) => text.split('\n').filter((l) => l.includes('Merged story'));
      assert.equal(line(renderDossierMarkdown(dossier)).length, 1, 'one line in Markdown');
      assert.match(line(renderDossierMarkdown(dossier))[0]!, /reports the same event as .* \(score \d\.\d\d; /);
      assert.equal(line(renderDossierTerminal(dossier, { width: 1000, color: false })).length, 1, 'one line in the terminal');

      const again = await runCycle(store, [first, later]);
      assert.deepEqual(again.events, [], 'the merge is reported once');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
