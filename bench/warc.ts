// WARC ingest throughput (records/s, MB/s, peak memory) for .warc and .warc.gz: reading to documents, and through extraction.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer, type WARCRecordOpts } from 'warcio';
import { readWarc } from '../src/ingest/index.js';
import { extractBatch } from '../src/pipeline/index.js';
import { buildCorpus, loadBaseTexts, prng, type BenchArticle } from './corpus.js';

const SHARED = process.env.TRIANGULATE_SHARED_EVAL ?? '../shared/eval';
const EXAMPLES = 'examples/korea-troops-2024';
const OUTLETS = ['Coastal Herald', 'Daily Courier', 'The Ledger', 'Evening Post', 'Northern Times', 'Metro Wire', 'The Observer Review', 'Capital Gazette'];

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A news page around the article: head with style and scripts, navigation, related links, footer (about 6 KB of chrome). */
function pageHtml(a: BenchArticle, i: number, charset: string): string {
  const outlet = OUTLETS[i % OUTLETS.length];
  const nav = ['World', 'Politics', 'Business', 'Tech', 'Science', 'Health', 'Sport', 'Culture', 'Opinion', 'Weather', 'Video', 'Podcasts']
    .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  const related = Array.from({ length: 8 }, (_, k) => `<li><a href="/news/${i + k + 1}">Related story number ${i + k + 1} about the region and its economy</a></li>`).join('');
  const paragraphs = a.text.split('\n\n').map((p) => `<p>${escape(p)}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="${charset}"><title>${escape(a.title)} | ${outlet}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${a.published}T08:00:00Z"><link rel="canonical" href="https://news${i % OUTLETS.length}.example/${a.id}">
<style>${'body{margin:0;font-family:Georgia,serif}.nav li{display:inline-block;padding:4px 8px}.related a{color:#036}'.repeat(8)}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());${'gtag("config","G-XXXX",{page_path:location.pathname});'.repeat(12)}</script>
</head><body><header><div class="logo">${outlet}</div><ul class="nav">${nav}</ul><form action="/search"><input name="q"></form></header>
<main><article><h1>${escape(a.title)}</h1><div class="byline">By Staff Reporter · <time datetime="${a.published}">${a.published}</time></div>
${paragraphs}
</article><aside class="related"><h2>More from ${outlet}</h2><ul>${related}</ul></aside></main>
<footer><p>© 2024 ${outlet}. All rights reserved.</p><ul>${nav}</ul><p>Subscribe to our newsletter for the latest headlines delivered to your inbox every morning.</p></footer>
</body></html>`;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function serialize(opts: WARCRecordOpts, payload: Uint8Array | null): Promise<Uint8Array> {
  return WARCSerializer.serialize(await WARCRecord.create({ warcVersion: 'WARC/1.1', ...opts }, payload ? once(payload) : undefined));
}

/**
 * Writes the crawl of `n` pages as a .warc and a .warc.gz (one gzip member per record), records
 * interleaved as crawlers write them: per page a request, the response and a metadata record;
 * every third page an image fetch (request and image/jpeg response); every 25th a 301 redirect
 * first; every 50th a revisit. One page in five is Windows-1252 declared in the HTTP header, one in
 * four is sent with Content-Encoding: gzip.
 */
async function writeCrawl(dir: string, n: number): Promise<{ plain: string; gz: string; records: number; htmlBytes: number }> {
  const corpus = buildCorpus(loadBaseTexts(SHARED, EXAMPLES), n);
  const rand = prng(11);
  const plain = join(dir, 'crawl.warc');
  const gz = join(dir, 'crawl.warc.gz');
  const fdPlain = openSync(plain, 'w');
  const fdGz = openSync(gz, 'w');
  let records = 0;
  let htmlBytes = 0;
  const put = (bytes: Uint8Array) => {
    writeSync(fdPlain, bytes);
    writeSync(fdGz, gzipSync(bytes));
    records++;
  };
  put(await serialize({ type: 'warcinfo', filename: 'crawl.warc.gz' }, Buffer.from('software: triangulate bench\r\nformat: WARC File Format 1.1\r\n')));
  const day0 = Date.UTC(2024, 5, 1);
  for (let i = 0; i < n; i++) {
    const a = corpus[i];
    const host = `news${i % OUTLETS.length}.example`;
    const url = `https://${host}/${a.published.replace(/-/g, '/')}/${a.id}`;
    const date = new Date(day0 + i * 7_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const request = (u: string) => serialize({ type: 'request', url: u, date, statusline: `GET ${new URL(u).pathname} HTTP/1.1`, httpHeaders: { Host: host, 'User-Agent': 'bench-crawler/1.0', Accept: '*/*' } }, null);
    if (i % 25 === 0) {
      put(await request(`${url}?ref=home`));
      put(await serialize({ type: 'response', url: `${url}?ref=home`, date, statusline: 'HTTP/1.1 301 Moved Permanently', httpHeaders: { Location: url, 'Content-Type': 'text/html' } }, Buffer.from('<html><body>Moved</body></html>')));
    }
    const cp1252 = i % 5 === 0;
    const html = pageHtml(a, i, cp1252 ? 'windows-1252' : 'utf-8');
    let body: Uint8Array = cp1252 ? iconv.encode(html, 'windows-1252') : Buffer.from(html, 'utf8');
    htmlBytes += body.length;
    const headers: Record<string, string> = { 'Content-Type': cp1252 ? 'text/html; charset=windows-1252' : 'text/html; charset=utf-8', Server: 'nginx', 'Cache-Control': 'max-age=60' };
    if (i % 4 === 1) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    put(await request(url));
    put(await serialize({ type: 'response', url, date, httpHeaders: headers }, body));
    put(await serialize({ type: 'metadata', url, date, warcHeaders: { 'Content-Type': 'application/warc-fields' } }, Buffer.from(`via: https://${host}/\r\noutlink: https://${host}/img/${i}.jpg E =EMBED_MISC\r\n`)));
    if (i % 3 === 0) {
      const img = `https://${host}/img/${i}.jpg`;
      const jpeg = Buffer.alloc(4096 + Math.floor(rand() * 12_288));
      for (let k = 0; k < jpeg.length; k++) jpeg[k] = Math.floor(rand() * 256);
      put(await request(img));
      put(await serialize({ type: 'response', url: img, date, httpHeaders: { 'Content-Type': 'image/jpeg', Server: 'nginx' } }, jpeg));
    }
    if (i % 50 === 49) {
      put(await serialize({ type: 'revisit', url, date, refersToUrl: url, refersToDate: date, httpHeaders: { 'Content-Type': headers['Content-Type'] } }, null));
    }
  }
  closeSync(fdPlain);
  closeSync(fdGz);
  return { plain, gz, records, htmlBytes };
}

/** Child: reads one archive to documents, or through extraction, and reports its time and peak memory. */
async function child(mode: string, file: string): Promise<Record<string, number>> {
  let documents = 0;
  let records = 0;
  let failed = 0;
  const options = { onNote: () => {} };
  const t0 = performance.now();
  if (mode === 'read') {
    const gen = readWarc(file, options);
    for (let r = await gen.next(); ; r = await gen.next()) {
      if (r.done) {
        records = r.value?.records ?? 0;
        break;
      }
      if (r.value.ok) documents++;
      else failed++;
    }
  } else {
    let summaryRecords = 0;
    const counted = (async function* () {
      const gen = readWarc(file, options);
      for (let r = await gen.next(); ; r = await gen.next()) {
        if (r.done) {
          summaryRecords = r.value?.records ?? 0;
          return;
        }
        yield r.value;
      }
    })();
    for await (const result of extractBatch(counted)) {
      if (result.ok) documents++;
      else failed++;
    }
    records = summaryRecords;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { records, documents, failed, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.stdout.write(JSON.stringify(await child(args[1], args[2])));
    return;
  }
  const n = Number(args.find((a) => a.startsWith('--records='))?.slice(10) ?? 10_000);
  const load = loadavg();
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-warc-'));
  try {
    const t0 = performance.now();
    const crawl = await writeCrawl(dir, n);
    console.error(`wrote ${crawl.records} records (${n} HTML pages) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const self = fileURLToPath(import.meta.url);
    const plainMb = statSync(crawl.plain).size / 1e6;
    const rows: string[] = [];
    for (const [name, file] of [['.warc', crawl.plain], ['.warc.gz', crawl.gz]] as const) {
      const fileMb = statSync(file).size / 1e6;
      for (const [mode, label] of [['read', 'read to documents'], ['extract', 'read and extract articles']] as const) {
        const r = spawnSync(process.execPath, [self, '--child', mode, file], { encoding: 'utf8', maxBuffer: 1 << 24 });
        if (r.status !== 0) throw new Error(`${mode} ${file} failed: ${r.stderr}`);
        const m = JSON.parse(r.stdout) as Record<string, number>;
        console.error(`${name} ${mode}: ${JSON.stringify(m)}`);
        rows.push(`| ${name} | ${fileMb.toFixed(1)} | ${label} | ${m.records} | ${m.documents}${m.failed ? ` (+${m.failed} failed)` : ''} | ${m.seconds.toFixed(1)} | ${(m.records / m.seconds).toFixed(0)} | ${(m.documents / m.seconds).toFixed(0)} | ${(fileMb / m.seconds).toFixed(1)} | ${(plainMb / m.seconds).toFixed(1)} | ${m.peakRssMb.toFixed(0)} |`);
      }
    }
    let commit = 'unknown';
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      if (execFileSync('git', ['status', '--porcelain', 'src/ingest', 'bench/warc.ts'], { encoding: 'utf8' }).trim() !== '') commit += ' (with uncommitted changes)';
    } catch { /* not a checkout */ }
    console.log([
      '## WARC ingest',
      '',
      `${new Date().toISOString().slice(0, 10)} · commit ${commit} · machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}, load average at start ${load.map((x) => x.toFixed(2)).join(' ')} (shared with other work) · \`node dist/bench/warc.js --records=${n}\``,
      '',
      `A crawl of ${n} HTML pages (bench corpus articles in news-page chrome, ${(crawl.htmlBytes / n / 1024).toFixed(1)} KB a page; one in five Windows-1252 declared in the HTTP header, one in four gzip Content-Encoding) written by warcio as crawlers do: per page a request, the response and a metadata record, every third page an image fetch (request and 4-16 KB image/jpeg response), every 25th a 301 redirect first, every 50th a revisit; ${crawl.records} records in all. The .warc.gz has one gzip member per record. Each row runs in its own process; MB/s is over the archive file and over the uncompressed archive.`,
      '',
      '| archive | file MB | stage | records | documents | seconds | records/s | documents/s | MB/s (file) | MB/s (uncompressed) | peak RSS MB |',
      '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
      '',
    ].join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
