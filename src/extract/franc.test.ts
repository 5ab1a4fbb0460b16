// Tests the indexed franc ranking against franc-min itself: the same languages, order and scores.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { francAll as reference, franc as referenceTop } from 'franc-min';
import { franc, francAll } from './franc.js';

function texts(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) texts(path, out);
    else if (/\.(html|txt|md|json|jsonl)$/u.test(name) && statSync(path).size < 500_000) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

const samples = [
  '',
  'short',
  '1234567890 2024-10-22 !!!',
  'The police said two people were wounded in a shooting on Main Street late on Saturday.',
  'Der Bundestag hat am Donnerstag ein neues Gesetz zur Wehrpflicht beschlossen, teilte die Regierung mit.',
  'Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse.',
  'El alcalde dijo que las lluvias habían dejado a miles de familias sin electricidad en la región.',
  'Москва — столица России, крупнейший по численности населения город страны.',
  '東京で大きな地震があり、多くの人が避難しました。政府は対策を急いでいます。',
  '서울에서 열린 회의에서 정부는 새로운 정책을 발표했다.',
  'ελληνικά κείμενο για δοκιμή της γλώσσας από την κυβέρνηση',
  'שלום עולם זה טקסט בעברית לבדיקה',
  'Norsk tekst om været i Oslo i dag, med regn og vind fra vest.',
  // Punctuation and digits between letters, blanks of several kinds, a final sigma before punctuation and case-ignorable marks.
  "ΟΔΥΣΣΕΥΣ'Α ΤΟΥΣ:ΑΛΛΟΥΣ 12ΣΑ ΚΟΣΜΟΣ. Η ΠΟΛΙΣ\u00a0\u2003ΑΘΗΝΑΣ!!ΚΑΙ ΟΙ 3 ΦΙΛΟΙ ΤΗΣ@ΝΥΧΤΑΣ; \t\n ΤΕΛΟΣ",
  'a1b2c3 d!e?f  @@  g\u3000h\u2028i \ufeff jk --  lm::no 42 pq\u00a0\u00a0rs',
  ...texts('examples'),
];

test('francAll ranks every sample exactly as franc-min does, at every length and minimum', () => {
  let compared = 0;
  for (const text of samples) {
    for (const [from, to] of [[0, 4000], [0, 300], [200, 2400], [0, 40]] as const) {
      const s = text.slice(from, to);
      for (const minLength of [10, 20]) {
        assert.deepEqual(francAll(s, { minLength }), reference(s, { minLength }), JSON.stringify(s.slice(0, 60)));
        assert.equal(franc(s, { minLength }), referenceTop(s, { minLength }));
        compared++;
      }
    }
  }
  assert.ok(compared > 100);
});

test('SmallCounts counts keys as a Map does, past the capacity it was made with', async () => {
  const { SmallCounts } = await import('./franc.js');
  const table = new SmallCounts(8);
  for (const round of [0, 1]) {
    table.clear();
    const expected = new Map<number, number>();
    let x = 12345 + round;
    for (let i = 0; i < 500; i++) {
      x = (Math.imul(x, 1103515245) + 12345) & 0x3fffffff;
      const key = i % 3 === 0 ? x % 40 : x;
      table.add(key);
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const got = new Map<number, number>();
    for (let k = 0; k < table.used; k++) got.set(table.keyAt(table.slots[k]!), table.countAt(table.slots[k]!));
    assert.deepEqual([...got], [...expected]);
  }
});

test('SmallIndex finds every key of its lists and no other', async () => {
  const { SmallIndex } = await import('./franc.js');
  const lists = new Map<number, number[]>();
  let x = 99;
  for (let i = 0; i < 700; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x3fffffff;
    lists.set(x, [i % 7, i, (i * 3) % 11, i + 1].slice(0, 2 + 2 * (i % 2)));
  }
  const index = new SmallIndex(lists);
  for (const [key, list] of lists) {
    const slot = index.find(key);
    assert.ok(slot >= 0);
    assert.deepEqual([...index.pairs.subarray(index.start(slot), index.end(slot))], list);
  }
  for (const key of [0, 1, 12345, 0x3fffffff]) if (!lists.has(key)) assert.equal(index.find(key), -1);
});
