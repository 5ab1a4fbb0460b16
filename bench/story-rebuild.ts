// Cost of building every story of a store again, as `add` builds the snapshots of the stories it touched.
//
// `node dist/bench/story-rebuild.js STORE.db [--limit N]`: reads each story's members, articles and
// analyses from the store, builds the story and its snapshot body, and compares the body (less its
// build time) with the snapshot the store holds for the same memberships. Prints the CPU and wall
// time of the builds and a hash of all bodies, so two builds of the code can be compared on one store,
// and the CPU of reading and building by story size (members), per story and per member: a build that
// costs in proportion to its members costs the same per member in every row.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { membershipSignature } from '../src/pipeline/snapshots.js';
import { loadStory, snapshotBody } from '../src/pipeline/story-build.js';
import { SqliteStore } from '../src/store/index.js';

/** The smallest member count of each row of the breakdown by story size. */
const SIZES = [1, 2, 5, 10, 25, 50, 100, 200, 500, 1000, 2000];

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
    const bySize = SIZES.map(() => ({ stories: 0, members: 0, cpuMs: 0 }));
    for (const id of ids) {
      const members = await store.storyMembers(id);
      const signature = membershipSignature(members);
      const t = performance.now();
      const c = process.cpuUsage();
      const loaded = await loadStory(store, id, members);
      if (!loaded) continue;
      const { builtAt: _, ...snapshot } = snapshotBody(signature, loaded);
      const body = JSON.stringify(snapshot);
      const used = process.cpuUsage(c);
      buildMs += performance.now() - t;
      const row = bySize[SIZES.findLastIndex((from) => members.length >= from)]!;
      row.stories++;
      row.members += members.length;
      row.cpuMs += (used.user + used.system) / 1000;
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
    console.log('\n| members | stories | members in all | CPU ms reading and building | ms per story | ms per member |\n|---|---:|---:|---:|---:|---:|');
    bySize.forEach((r, i) => {
      if (r.stories === 0) return;
      const label = i + 1 < SIZES.length ? `${SIZES[i]}-${SIZES[i + 1]! - 1}` : `${SIZES[i]}+`;
      console.log(`| ${label} | ${r.stories} | ${r.members} | ${r.cpuMs.toFixed(0)} | ${(r.cpuMs / r.stories).toFixed(1)} | ${(r.cpuMs / r.members).toFixed(2)} |`);
    });
  } finally {
    await store.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
