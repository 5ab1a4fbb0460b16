// Tests the compact profiles: every pair feature equals, to the last bit, the Map-based computation it replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backgroundIdf, type BackgroundIdf } from './background.js';
import { compactProfile, countsStart, expandProfile, IdfTable, idfTable, IndexedProfile, PositionIndex, PROFILE_HEADER, Part, PostingLists, RecentlyUsed, TermTable, TERMS, topEntries, compactPairFeatures } from './compact.js';
import { eventProfile, type Vec } from './event-profile.js';
import { PackedProfiles } from './packed-profiles.js';
import { weightProfile, type WeightedProfile } from './pair-model.js';

// The Map-based pair features as they were computed before profiles were compact (the reference).
function cosine(a: Vec, b: Vec, na: number, nb: number, idf: BackgroundIdf, prefix: string): number {
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v === undefined) continue;
    const i = idf.idf(prefix + t);
    dot += w * v * i * i;
  }
  return dot / (na * nb);
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const s = new Set(a);
  let both = 0;
  for (const x of b) if (s.has(x)) both++;
  return both / (s.size + b.length - both);
}

/** Weighted share of salient entries that `b` also holds (0 when there are none). */
function cover(ranked: readonly [string, number][], b: Vec): number {
  let all = 0;
  let found = 0;
  for (const [t, w] of ranked) {
    all += w;
    if (b.has(t)) found += w;
  }
  return all === 0 ? 0 : found / all;
}

function shares(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

/** The named features of a pair, in `PAIR_FEATURES` order. */
function mapPairFeatures(a: WeightedProfile, b: WeightedProfile, idf: BackgroundIdf): number[] {
  const text = cosine(a.terms, b.terms, a.norms.terms, b.norms.terms, idf, '');
  let rare = 0;
  const [small, large] = a.names.size <= b.names.size ? [a.names, b.names] : [b.names, a.names];
  for (const t of small.keys()) if (large.has(t)) rare = Math.max(rare, idf.idf('@' + t) / idf.maxIdf);
  const dayA = a.eventDay ?? a.publishedDay;
  const dayB = b.eventDay ?? b.publishedDay;
  const dayKnown = dayA !== null && dayB !== null;
  const gap = dayKnown ? Math.abs(dayA - dayB) : 0;
  const sameOutlet = a.outlet !== null && a.outlet === b.outlet ? 1 : 0;
  const names = cosine(a.names, b.names, a.norms.names, b.norms.names, idf, '@');
  const states = (p: WeightedProfile, day: number): boolean => p.statedDays.some((d) => Math.abs(d - day) <= 1) || p.weekdayDays.includes(day);
  const recalled = dayKnown && gap > 3 && (states(a, dayB) || states(b, dayA));
  return [
    text,
    names,
    cosine(a.title, b.title, a.norms.title, b.norms.title, idf, ''),
    rare,
    jaccard(a.numbers, b.numbers),
    a.years.length > 0 && b.years.length > 0 && !shares(a.years, b.years) ? 1 : 0,
    jaccard(a.triggers, b.triggers),
    shares(a.cities, b.cities) ? 1 : 0,
    a.cities.length > 0 && b.cities.length > 0 && !shares(a.cities, b.cities) ? 1 : 0,
    a.regions.length > 0 && b.regions.length > 0 && !shares(a.regions, b.regions) ? 1 : 0,
    cosine(a.lead, b.lead, a.norms.lead, b.norms.lead, idf, ''),
    dayKnown && gap <= 3 ? 1 : 0,
    dayKnown && gap > 3 && gap <= 30 ? 1 : 0,
    dayKnown && gap > 30 && gap <= 365 ? 1 : 0,
    dayKnown && gap > 365 ? 1 : 0,
    a.eventDay !== null && b.eventDay !== null ? 1 : 0,
    sameOutlet,
    sameOutlet * text,
    dayKnown ? 0 : text,
    dayKnown ? 0 : names,
    Math.min(cover(a.salient.names, b.names), cover(b.salient.names, a.names)),
    Math.min(cover(a.salient.terms, b.terms), cover(b.salient.terms, a.terms)),
    a.numbers.length > 0 && b.numbers.length > 0 && !shares(a.numbers, b.numbers) ? 1 : 0,
    recalled ? 1 : 0,
    dayKnown && gap > 30 && recallsYear(dayA > dayB ? a : b, Math.max(dayA, dayB), Math.min(dayA, dayB)) ? 1 : 0,
    shares(a.persons, b.persons) ? 1 : 0,
  ];
}

function recallsYear(later: WeightedProfile, laterDay: number, earlierDay: number): boolean {
  const year = new Date(earlierDay * 86_400_000).getUTCFullYear();
  return new Date(laterDay * 86_400_000).getUTCFullYear() !== year && later.years.includes('#' + String(year));
}

function mapTop(v: Vec, max: number, idf: (t: string) => number): [string, number][] {
  const ranked = [...v].map(([t, w]) => [t, w * idf(t)] as [string, number]).filter((e) => e[1] > 0);
  ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked.slice(0, max);
}

/** Profiles of articles made from the example corpus's paragraphs in varied mixes, titles, outlets and dates. */
function profiles(): WeightedProfile[] {
  const idf = backgroundIdf();
  const dir = join(process.cwd(), 'examples', 'korea-troops-2024');
  const paras = readdirSync(dir)
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n+/))
    .filter((p) => p.trim().length > 40);
  const out: WeightedProfile[] = [];
  for (let i = 0; i < 60; i++) {
    const take = paras.filter((_, k) => (k * 7 + i * 3) % (2 + (i % 5)) === 0).slice(0, 1 + (i % 9));
    const title = i % 4 === 0 ? null : (paras[(i * 5) % paras.length] ?? '').slice(0, 80);
    const published = i % 6 === 0 ? null : Date.UTC(2024, 9, 1 + (i % 40));
    const outlet = i % 3 === 0 ? null : `outlet-${i % 4}`;
    const w = weightProfile(eventProfile(title, take.join('\n'), published, outlet), idf);
    // Some vectors no counts give (as entity keys added by hand): kept as weights.
    if (i % 7 === 3) for (const v of [w.names, w.lead]) for (const [k, x] of [...v].slice(0, 1)) v.set(k, x * 0.999);
    out.push(w);
  }
  return out;
}

test('compact pair features are bit-identical to the Map-based ones on every pair, both ways', () => {
  const idf = backgroundIdf();
  const table = idfTable(idf);
  const ps = profiles();
  const compact = ps.map((p) => new IndexedProfile(compactProfile(p)));
  let compared = 0;
  let nonZeroText = 0;
  for (let i = 0; i < ps.length; i++) {
    for (let j = 0; j < ps.length; j++) {
      const want = mapPairFeatures(ps[i]!, ps[j]!, idf);
      const got = compactPairFeatures(compact[i]!, compact[j]!.profile, table);
      assert.deepEqual(got, want, `pair ${i}, ${j}`);
      for (let k = 0; k < want.length; k++) assert.ok(Object.is(got[k], want[k]), `pair ${i}, ${j} feature ${k}`);
      compared++;
      if (want[0]! > 0 && i !== j) nonZeroText++;
    }
  }
  assert.equal(compared, ps.length * ps.length);
  assert.ok(nonZeroText > 100, `only ${nonZeroText} pairs share terms: the test compares too little`);
});

test('a compact profile expands back to the weighted profile it was made from', () => {
  for (const p of profiles()) {
    const back = expandProfile(compactProfile(p));
    assert.deepEqual(back, p);
    assert.deepEqual(Object.keys(back), Object.keys(p));
    assert.deepEqual([...back.terms.keys()], [...p.terms.keys()]);
    assert.deepEqual([...back.names.keys()], [...p.names.keys()]);
  }
});

test('the top entries by weight times IDF are the Map-based ones, names keyed as @name', () => {
  const idf = backgroundIdf();
  const table = idfTable(idf);
  for (const p of profiles()) {
    const c = compactProfile(p);
    const terms = topEntries(c, Part.Terms, 30, table).map(([t, w]) => [TERMS.str(t), w]);
    assert.deepEqual(terms, mapTop(p.terms, 30, (t) => idf.idf(t)));
    const names = topEntries(c, Part.Names, 30, table).map(([t, w]) => [TERMS.str(t), w]);
    assert.deepEqual(names, mapTop(p.names, 30, (t) => idf.idf('@' + t)).map(([t, w]) => ['@' + t, w]));
  }
});

test('posting lists read back as arrays cut at twice the kept length do, entries reused', () => {
  const lists = new PostingLists();
  const ref = new Map<number, number[]>();
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  for (let doc = 0; doc < 3000; doc++) {
    for (let k = 0; k < 5; k++) {
      const term = k === 0 ? 0 : rnd(k < 3 ? 20 : 400);
      const l = ref.get(term) ?? [];
      ref.set(term, l);
      if (l[l.length - 1] === doc) continue;
      l.push(doc);
      if (l.length >= 100) l.splice(0, l.length - 50);
      lists.append(term, doc, 100, 50);
    }
    if (doc % 97 === 0) {
      for (const [term, l] of ref) {
        const last: number[] = [];
        lists.forEachLast(term, 50, (d) => last.push(d));
        assert.deepEqual(last, l.slice(Math.max(0, l.length - 50)));
        assert.equal(lists.size(term), l.length);
      }
    }
  }
  assert.deepEqual(new Map(lists.lists()), ref);
  assert.deepEqual([...lists.lists()].map(([t]) => t), [...ref.keys()]);
});

test('vectors made from term counts are kept as counts (one number per vector), others as weights', () => {
  const ps = profiles();
  let asCounts = 0;
  for (const p of ps) {
    const c = compactProfile(p);
    const weights = p.terms.size + p.title.size + p.lead.size + p.names.size;
    if (c.nums.length < weights) asCounts++;
  }
  assert.ok(asCounts > ps.length * 0.8, `${asCounts} of ${ps.length}`);
  // A vector whose weights no counts give (as entity keys added by hand) keeps its weights.
  const p = { ...ps[1]!, names: new Map([...ps[1]!.names].map(([k, w], i) => [k, i === 0 ? w * 0.999 : w] as [string, number])) };
  assert.deepEqual(expandProfile(compactProfile(p)), p);
});

test('the term table gives `@name` one id whether looked up whole or as a name', () => {
  const t = new TermTable();
  const a = t.id('reid');
  const b = t.nameId('reid');
  assert.notEqual(a, b);
  assert.equal(t.id('@reid'), b);
  assert.equal(t.str(b), '@reid');
  const c = t.id('@tara reid');
  assert.equal(t.nameId('tara reid'), c);
  assert.equal(t.find('@tara reid'), c);
  assert.equal(t.find('tara reid'), -1);
  assert.equal(t.size, 3);
});

test('the term table gives ids in the order terms are first seen and the same strings back, past its growth', () => {
  const t = new TermTable();
  const words: string[] = [];
  for (let i = 0; i < 40_000; i++) words.push(i % 7 === 0 ? `Zürich-${i}` : i % 11 === 0 ? `名前${i}😀` : `w${(i * 2654435761) >>> 0}`);
  words.push('a'.repeat(100), `${'b'.repeat(63)}ÿ`, 'ÿé', '', '@', '@@x');
  words.forEach((w, i) => assert.equal(t.id(w), i));
  words.forEach((w, i) => {
    assert.equal(t.id(w), i, 'looked up again');
    assert.equal(t.find(w), i);
    assert.equal(t.str(i), w);
  });
  assert.equal(t.nameId('@x'), words.length - 1, "'@@x' is the name '@x'");
  assert.equal(t.find('w-unknown'), -1);
  assert.equal(t.size, words.length);
  assert.throws(() => t.str(words.length));
});

test('the recently used set drops the least recently used past its limit, a use moving an entry to the end', () => {
  const dropped: number[] = [];
  const recent = new RecentlyUsed(3);
  for (const i of [1, 2, 3]) recent.touch(i, (j) => dropped.push(j));
  assert.equal(dropped.length, 0);
  recent.touch(1, (j) => dropped.push(j));
  recent.touch(4, (j) => dropped.push(j));
  assert.deepEqual(dropped, [2], 'entry 2 was used least recently (1 was used again)');
  recent.touch(5, (j) => dropped.push(j));
  recent.touch(6, (j) => dropped.push(j));
  assert.deepEqual(dropped, [2, 3, 1]);
  assert.equal(recent.size, 3);
});

test('packed profiles read back bit for bit: header, ids past one and three bytes, packed counts and weights', () => {
  const packed = new PackedProfiles();
  const ps = profiles().map((p) => compactProfile(p));
  // Ids that take 4 and 5 bytes as varints, an outlet of none (-1), and counts words with the top bit set.
  const big = compactProfile(profiles()[1]!);
  const wide = new Int32Array(big.ints);
  for (let i = PROFILE_HEADER; i < countsStart(wide); i++) wide[i] = i % 2 === 0 ? 0x7fffffff - i : 2_100_000 + i;
  wide[12] = -1;
  for (let i = countsStart(wide); i < wide.length; i++) wide[i] = 0xfffefdfc | 0;
  const all = [...ps, { ints: wide, nums: big.nums }, ...ps.slice(0, 5)];
  all.forEach((p) => packed.push(p));
  assert.equal(packed.count, all.length);
  all.forEach((p, d) => {
    const back = packed.get(d);
    assert.deepEqual(Array.from(back.ints), Array.from(p.ints), `ints of ${d}`);
    assert.deepEqual(Array.from(back.nums), Array.from(p.nums), `nums of ${d}`);
    assert.ok(back.ints instanceof Int32Array);
  });
  // A profile read twice gives two arrays: one held while another is read stays as it was.
  const first = packed.get(0);
  packed.get(ps.length);
  assert.deepEqual(Array.from(first.ints), Array.from(all[0]!.ints));
  const raw = all.reduce((s, p) => s + p.ints.byteLength, 0);
  assert.ok(packed.bytes < raw + all.reduce((s, p) => s + p.nums.byteLength, 0), 'packed smaller than the ints and nums as they were');
  assert.throws(() => packed.get(all.length));
});

test('the term table keeps units of 255 and more apart from bytes, and long terms whole', () => {
  const t = new TermTable();
  const words = ['\u00ff', '\u00ff\u00ff', '\u0100', 'a\u00ffb', 'a\u0100b', '\u00fe', 'ÿÿ€', 'x'.repeat(5000), 'é'.repeat(4097) + '\u0101', '\u00ffa\u00ff'];
  words.forEach((w, i) => assert.equal(t.id(w), i));
  words.forEach((w, i) => {
    assert.equal(t.find(w), i);
    assert.equal(t.str(i), w);
  });
  assert.equal(t.find('\u00ff\u0001\u0000'), -1, 'the bytes of a wide unit are not a term of their own');
  assert.equal(t.find('a'), -1);
  const n = t.nameId('\u0100x');
  assert.equal(t.str(n), '@\u0100x');
  assert.equal(t.find('@\u0100x'), n);
});

test('the IDF table gives the background IDF of every id, past its growth', () => {
  const idf = backgroundIdf();
  const table = new IdfTable(idf);
  const ids: number[] = [];
  for (let i = 0; i < 5000; i++) ids.push(TERMS.id(i % 3 === 0 ? `made-up-${i}` : ['said', 'police', 'fire', 'the', 'minister', 'storm'][i % 6]! + (i % 5 === 0 ? '' : String(i % 40))));
  for (const id of [...ids, ...ids.reverse()]) assert.ok(Object.is(table.of(id), idf.idf(TERMS.str(id))), TERMS.str(id));
  assert.ok(table.bytes < TERMS.size * 8, 'smaller than one double a term');
});

test('a vector position index finds each id at its last position and nothing else', () => {
  const ids = Int32Array.from([5, 0, 1 << 30, 77, 5, 2_000_000_011, 13]);
  const index = new PositionIndex(ids);
  assert.equal(index.get(5), 4);
  assert.equal(index.get(0), 1);
  assert.equal(index.get(1 << 30), 2);
  assert.equal(index.get(2_000_000_011), 5);
  assert.equal(index.get(13), 6);
  for (const absent of [1, 6, 12, 78, 1 << 29, 2_000_000_010]) assert.equal(index.get(absent), -1, String(absent));
  assert.equal(index.has(77), true);
  assert.equal(index.has(76), false);
  // Many ids, colliding in a small table, each found where a Map filled in order puts it.
  const many = Int32Array.from({ length: 5000 }, (_, i) => (i * 7919) % 3001);
  const byMap = new Map<number, number>();
  many.forEach((id, i) => byMap.set(id, i));
  const big = new PositionIndex(many);
  for (let id = 0; id < 3100; id++) assert.equal(big.get(id), byMap.get(id) ?? -1);
  assert.equal(new PositionIndex(new Int32Array(0)).get(0), -1);
});
