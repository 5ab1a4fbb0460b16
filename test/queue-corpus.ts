// A varied test corpus for the queue tests and benchmark, written from ../shared/eval texts and the example corpus.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EVAL = '../shared/eval';

function polnearTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const split of ['train', 'dev']) {
    const dir = join(EVAL, 'polnear', split, 'text');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) out.push({ name: `${split}-${name}`, text: readFileSync(join(dir, name), 'utf8') });
  }
  return out;
}

function ecbRecords(): { doc: string; text: string }[] {
  const path = join(EVAL, 'ecbplus-docs.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as { doc: string; text: string });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A polnear article as an HTML page with navigation chrome, one paragraph dropped: a near-copy of the text version. */
function asHtml(text: string, i: number): string {
  const paras = text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  const title = paras[0] ?? 'Untitled';
  const body = paras.slice(1).filter((_, k) => paras.length < 6 || k !== 2 + (i % 3));
  return `<!doctype html><html><head><title>${escapeHtml(title)} | Daily Wire ${i % 7}</title></head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a></nav>
<article><h1>${escapeHtml(title)}</h1>${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article>
<footer>Copyright 2016 Daily Wire. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;
}

/**
 * Writes at most `size` documents under dir (PolNeAR texts as page text, ECB+ documents as
 * JSON-lines records of 40, the example corpus, HTML near-copies of PolNeAR texts, an empty and
 * a binary file) and returns how many documents the folder holds. Deterministic for a size.
 */
export function writeQueueCorpus(dir: string, size: number, extra: { name: string; content: string | Buffer }[] = []): number {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const room = (): boolean => n < size;
  const put = (name: string, content: string | Buffer): void => {
    writeFileSync(join(dir, name), content);
    n++;
  };
  put('000-empty.txt', '');
  put('001-binary.html', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]));
  for (const e of extra) put(e.name, e.content);
  for (const name of readdirSync('examples/korea-troops-2024').sort()) {
    if (room()) put(`002-example-${name}`, readFileSync(join('examples/korea-troops-2024', name)));
  }
  const polnear = polnearTexts();
  const ecb = ecbRecords();
  // Interleave the sources so any prefix of the corpus is varied.
  let p = 0;
  let e = 0;
  let h = 0;
  let file = 0;
  while (room() && (p < polnear.length || e < ecb.length || h < polnear.length)) {
    if (p < polnear.length && room()) {
      put(`p${String(p).padStart(4, '0')}-${polnear[p]!.name}`, polnear[p]!.text);
      p++;
    }
    if (e < ecb.length && room()) {
      const records: string[] = [];
      while (e < ecb.length && records.length < Math.min(40, size - n)) {
        const r = ecb[e++]!;
        const lines = r.text.split('\n');
        records.push(JSON.stringify({ url: `https://ecb.example/${r.doc}`, title: lines[0], text: lines.join('\n\n') }));
      }
      writeFileSync(join(dir, `e${String(file++).padStart(4, '0')}-ecb.jsonl`), `${records.join('\n')}\n`);
      n += records.length;
    }
    if (p > 3 * h && h < polnear.length && room()) {
      put(`h${String(h).padStart(4, '0')}.html`, asHtml(polnear[h]!.text, h));
      h++;
    }
  }
  return n;
}
