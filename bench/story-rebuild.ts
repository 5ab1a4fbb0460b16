// Cost of building every story of a store again, as `add` builds the snapshots of the stories it touched.
//
// `node dist/bench/story-rebuild.js STORE.db [--limit N]`: reads each story's members, articles and
// analyses from the store, builds the story and its snapshot body, and compares the body (less its
// build time) with the snapshot the store holds for the same memberships. Prints the CPU and wall
// time of the builds and a hash of all bodies, so two builds of the code can be compared on one store.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { membershipSignature } from '../src/pipeline/snapshots.js';
import { loadStory, snapshotBody } from '../src/pipeline/story-build.js';
import { SqliteStore } from '../src/store/index.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: bench/story-rebuild STORE.db [--limit N]');
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : undefined;
  const store = new SqliteStore(file);
  try {
    const ids = (await store.listStories()).map((s) => s.id).slice(0, limit);
    const hash = createHash('sha1');
    let same = 0;
    let different = 0;
    let unstored = 0;
    let buildMs = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const id of ids) {
      const members = await store.storyMembers(id);
      const signature = membershipSignature(members);
      const t = performance.now();
      const loaded = await loadStory(store, id, members);
      if (!loaded) continue;
      const { builtAt: _, ...snapshot } = snapshotBody(signature, loaded);
      const body = JSON.stringify(snapshot);
      buildMs += performance.now() - t;
      hash.update(body);
      const stored = await store.getStorySnapshot(id, signature);
      if (stored === null) unstored++;
      else {
        const { builtAt: __, ...kept } = JSON.parse(stored) as { builtAt?: string };
        if (JSON.stringify(kept) === body) same++;
        else different++;
      }
    }
    const used = process.cpuUsage(cpu);
    console.log(`${ids.length} stories: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, ${(performance.now() - started).toFixed(0)} ms wall, ` +
      `${buildMs.toFixed(0)} ms reading and building; bodies the same as stored ${same}, different ${different}, none stored ${unstored}; ` +
      `sha1 of all bodies ${hash.digest('hex')}`);
  } finally {
    await store.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
