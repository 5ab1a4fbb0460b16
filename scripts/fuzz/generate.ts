// Hostile documents for the fuzz run: random bytes, deep nesting, decompression bombs, bad encodings, malformed WARC, feeds and JSON, from a seed.
import { gzipSync } from 'node:zlib';
import { prng } from '../../bench/corpus.js';

export { prng };


export interface HostileDocument {
  /** File name: its extension decides how the document is read. */
  name: string;
  kind: string;
  bytes: Buffer;
}

type Rnd = () => number;
const int = (r: Rnd, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rnd, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function randomBytes(r: Rnd, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  return b;
}

const WORDS = ['said', 'the', 'minister', 'troops', '12,000', 'according', 'to', 'Reuters', 'on', 'Monday', 'denied', 'about', '1,500', 'Seoul', '“', '”', '"', 'October', '2024', '9001', 'Feb', '27', 'up to', 'as many as', '%', '$', 'NIS', 'told', 'AFP', '.', ',', '—', ':', 'Kim', 'Jong', 'Un'];

function salad(r: Rnd, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, WORDS));
  return out.join(' ');
}

function randomUnicode(r: Rnd, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.05) s += String.fromCharCode(int(r, 0, 31));
    else if (k < 0.1) s += String.fromCharCode(int(r, 0xd800, 0xdfff)); // lone surrogates
    else if (k < 0.2) s += String.fromCodePoint(int(r, 0x10000, 0x10ffff));
    else if (k < 0.3) s += String.fromCharCode(int(r, 0x300, 0x36f)); // combining marks
    else if (k < 0.35) s += '\u202e\u200b\ufeff'[int(r, 0, 2)]!;
    else s += String.fromCharCode(int(r, 0x20, 0x2fff));
  }
  return s;
}

/** One gzip member of a MiB of one byte, by byte, made once per generator. */
type Bombs = Map<number, Buffer>;

/**
 * A gzip file that inflates to `mib` MiB: that many members of one MiB each (concatenated
 * members are one valid gzip stream), so making it never holds more than a MiB.
 */
function bomb(bombs: Bombs, mib: number, fill: number): Buffer {
  let member = bombs.get(fill);
  if (!member) {
    member = gzipSync(Buffer.alloc(1024 * 1024, fill), { level: 9 });
    bombs.set(fill, member);
  }
  return Buffer.concat(Array.from({ length: mib }, () => member));
}

const gen: Record<string, (r: Rnd, i: number, bombs: Bombs) => HostileDocument> = {
  'random-bytes': (r, i) => ({ name: `${i}.${pick(r, ['html', 'txt', 'md', 'xhtml'])}`, kind: 'random-bytes', bytes: randomBytes(r, int(r, 0, 100_000)) }),
  'random-unicode': (r, i) => ({ name: `${i}.txt`, kind: 'random-unicode', bytes: Buffer.from(randomUnicode(r, int(r, 1, 50_000)), 'utf8') }),
  'word-salad': (r, i) => ({ name: `${i}.txt`, kind: 'word-salad', bytes: Buffer.from(Array.from({ length: int(r, 1, 40) }, () => salad(r, int(r, 1, 300))).join('\n\n')) }),
  'deep-nesting': (r, i) => {
    const depth = int(r, 1_000, 30_000);
    const tag = pick(r, ['div', 'b', 'table', 'blockquote', 'span', 'ul><li', 'p']);
    const closed = r() < 0.5;
    const html = `<!doctype html><html><head><title>${salad(r, 8)}</title></head><body>${`<${tag}>`.repeat(depth)}${salad(r, 200)}${closed ? `</${tag.split('>')[0]}>`.repeat(depth) : ''}</body></html>`;
    return { name: `${i}.html`, kind: 'deep-nesting', bytes: Buffer.from(html) };
  },
  'many-elements': (r, i) => {
    const n = int(r, 5_000, 50_000);
    const el = pick(r, ['<p>x</p>', '<a href="#">more</a>', '<br>', '<li>Home</li>', '<img src=x alt="">', '<script>var a=1</script>', '<p>Reuters said 12 on Monday.</p>']);
    return { name: `${i}.html`, kind: 'many-elements', bytes: Buffer.from(`<html><body>${el.repeat(n)}</body></html>`) };
  },
  'long-line': (r, i) => {
    const unit = pick(r, ['a', '12,000 ', '"', 'said ', '“', '.', 'October 23, 2024 ', '(', '<', '&amp;']);
    return { name: `${i}.${pick(r, ['txt', 'html'])}`, kind: 'long-line', bytes: Buffer.from(unit.repeat(Math.ceil(int(r, 50_000, 800_000) / unit.length))) };
  },
  'gzip-bomb': (r, i, bombs) => {
    const inner = bomb(bombs, pick(r, [70, 100, 200, 1024]), r() < 0.5 ? 0x20 : 0x61);
    return { name: `${i}.html.gz`, kind: 'gzip-bomb', bytes: r() < 0.3 ? gzipSync(inner) : inner };
  },
  'gzip-broken': (r, i) => {
    const z = gzipSync(Buffer.from(`<html><body><p>${salad(r, 300)}</p></body></html>`));
    const cut = z.subarray(0, int(r, 2, Math.max(2, z.length - 1)));
    return { name: `${i}.${pick(r, ['html.gz', 'txt.gz'])}`, kind: 'gzip-broken', bytes: r() < 0.5 ? Buffer.from(cut) : Buffer.concat([z.subarray(0, 10), randomBytes(r, 500)]) };
  },
  'bad-encoding': (r, i) => {
    const text = `<html><head><meta charset="${pick(r, ['utf-7', 'x-unknown', 'utf-16', 'windows-1252', 'shift_jis', 'iso-2022-jp', '"><script>', ''])}"></head><body><p>${salad(r, 200)}</p></body></html>`;
    const variants: Buffer[] = [
      Buffer.concat([Buffer.from(text.slice(0, 200)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xc0, 0xaf]), Buffer.from(text.slice(200))]),
      Buffer.from(text, 'utf16le'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), randomBytes(r, 3001)]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'latin1')]),
      Buffer.from(text.replace(/e/g, '\u00e9'), 'latin1'),
    ];
    return { name: `${i}.${pick(r, ['html', 'txt'])}`, kind: 'bad-encoding', bytes: pick(r, variants) };
  },
  'malformed-warc': (r, i) => {
    const body = `<html><body><p>${salad(r, 120)}</p></body></html>`;
    const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${body}`;
    const len = pick(r, [String(Buffer.byteLength(http)), '-5', '99999999999', 'abc', '0', String(Buffer.byteLength(http) + 500)]);
    const record = `WARC/1.0\r\nWARC-Type: ${pick(r, ['response', 'resource', 'request', 'bogus', ''])}\r\nWARC-Target-URI: ${pick(r, ['http://example.org/a', 'javascript:alert(1)', '', 'http://[::1', 'x'])}\r\nWARC-Date: ${pick(r, ['2024-10-23T00:00:00Z', 'yesterday', ''])}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${len}\r\n\r\n${http}\r\n\r\n`;
    let bytes = Buffer.from(record.repeat(int(r, 1, 3)));
    const how = int(r, 0, 3);
    if (how === 1) bytes = bytes.subarray(0, int(r, 1, bytes.length));
    else if (how === 2) bytes = Buffer.concat([bytes, randomBytes(r, int(r, 1, 5000))]);
    else if (how === 3) bytes = Buffer.concat([randomBytes(r, 50), bytes]);
    const gz = r() < 0.4;
    return { name: `${i}.warc${gz ? '.gz' : ''}`, kind: 'malformed-warc', bytes: gz ? gzipSync(bytes).subarray(0, r() < 0.5 ? undefined : int(r, 5, 200)) : bytes };
  },
  'feed': (r, i) => {
    const item = () => `<item><title>${salad(r, 6)}</title><link>${pick(r, ['http://127.0.0.1:1/a', 'javascript:alert(1)', 'file:///etc/passwd', 'http://169.254.169.254/', 'not a url', 'http://news.invalid/x'])}</link><pubDate>${pick(r, ['Wed, 23 Oct 2024 10:00:00 GMT', '9001-99-99', ''])}</pubDate></item>`;
    const variants = [
      `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${Array.from({ length: int(r, 0, 30) }, item).join('')}</channel></rss>`,
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><rss><channel><title>&lol4;</title>${item()}</channel></rss>`,
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>${salad(r, 5)}</title><link href="http://127.0.0.1:1/"/>${'<entry>'.repeat(int(r, 10, 5000))}`,
      `<rss><channel>${randomUnicode(r, 2000)}</channel>`,
      `<?xml version="1.0"?><rss version="2.0"><channel>${item().repeat(int(r, 500, 3000))}</channel></rss>`,
    ];
    const ext = pick(r, ['rss', 'atom', 'xml']);
    return { name: `${i}.${ext}`, kind: 'feed', bytes: Buffer.from(pick(r, variants)) };
  },
  'json-feed': (r, i) => {
    const variants = [
      { version: 'https://jsonfeed.org/version/1', title: 'J', items: Array.from({ length: int(r, 0, 20) }, () => ({ id: r() < 0.5 ? int(r, 0, 9) : { x: 1 }, url: pick(r, ['http://127.0.0.1:1/', 'javascript:x', 42, null]), title: pick(r, [salad(r, 4), 7, [], null]) })) },
      { version: 'https://jsonfeed.org/version/1.1', items: 'not an array' },
      { version: 'https://jsonfeed.org/version/1', items: [null, 1, 'x', [[[]]]] },
    ];
    return { name: `${i}.json`, kind: 'json-feed', bytes: Buffer.from(JSON.stringify(pick(r, variants))) };
  },
  'json-records': (r, i) => {
    const rec = (): unknown => pick<unknown>(r, [
      { id: int(r, 0, 5), text: salad(r, int(r, 0, 400)), published: pick(r, ['9001-02-27', '2024-10-23', 'yesterday', 12, null]), outlet: pick(r, ['Reuters', '', 7, { a: 1 }]) },
      { html: `<p>${salad(r, 100)}</p>`.repeat(int(r, 1, 50)), url: pick(r, ['https://news.example/a', 'javascript:alert(1)', 'x']), id: 'same' },
      { text: { nested: true } },
      { __proto__: { polluted: true }, text: salad(r, 50), constructor: { prototype: { x: 1 } } },
      { text: randomUnicode(r, 3000) },
      [1, 2, 3],
      null,
      'just a string',
    ]);
    const n = int(r, 1, 40);
    const kind = int(r, 0, 3);
    let body: string;
    if (kind === 0) body = Array.from({ length: n }, () => JSON.stringify(rec())).join('\n');
    else if (kind === 1) body = JSON.stringify(Array.from({ length: n }, rec));
    else if (kind === 2) body = `${'['.repeat(int(r, 1000, 200_000))}{"text":"deep"}${']'.repeat(r() < 0.5 ? 0 : 1000)}`;
    else body = Array.from({ length: n }, () => (r() < 0.5 ? JSON.stringify(rec()) : `{"text": "${salad(r, 10)}", ${randomUnicode(r, 20)}`)).join('\n');
    return { name: `${i}.${pick(r, ['jsonl', 'json', 'ndjson'])}`, kind: 'json-records', bytes: Buffer.from(body) };
  },
  'html-tricks': (r, i) => {
    const parts = [
      '<script>' + 'a'.repeat(int(r, 1, 100_000)),
      '<!--' + salad(r, 1000),
      '<![CDATA[' + salad(r, 500),
      `<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:/">`,
      `<a href="${'javascript:'.repeat(1000)}">x</a>`,
      `<time datetime="9001-02-27">then</time><meta property="article:published_time" content="${pick(r, ['99999-01-01', '2024-13-45', '0000-00-00', '-1'])}">`,
      `<title>${'<title>'.repeat(1000)}</title>`,
      `<p>${'&#x' + 'f'.repeat(20) + ';'}${'&'.repeat(10_000)}</p>`,
      `<svg><foreignObject><p>${salad(r, 200)}</p></foreignObject></svg>`,
      `<table>${'<tr><td>'.repeat(5000)}${salad(r, 200)}`,
    ];
    const body = Array.from({ length: int(r, 1, 6) }, () => pick(r, parts)).join('\n');
    return { name: `${i}.html`, kind: 'html-tricks', bytes: Buffer.from(`<!doctype html><html><head><title>T</title></head><body><article><p>${salad(r, 80)}</p>${body}</article></body></html>`) };
  },
  'regex-traps': (r, i) => {
    const traps = [
      'said '.repeat(50_000),
      '"'.repeat(20_000) + 'said' + '"'.repeat(20_000),
      '1,'.repeat(40_000) + '000 troops',
      'as many as about up to over nearly '.repeat(5_000),
      'According to according to according to '.repeat(5_000),
      ('October 23, ' + '2024 ').repeat(10_000),
      'Kim Jong Un Kim Jong-un Kim '.repeat(10_000),
      ('a'.repeat(60) + ' ').repeat(20_000),
      '— '.repeat(50_000),
    ];
    return { name: `${i}.txt`, kind: 'regex-traps', bytes: Buffer.from(`Headline\n\n${pick(r, traps)}\n\n${salad(r, 100)}`) };
  },
  empty: (r, i) => ({ name: `${i}.${pick(r, ['txt', 'html', 'jsonl', 'warc', 'rss', 'html.gz'])}`, kind: 'empty', bytes: Buffer.from(pick(r, ['', ' ', '\n\n\n', '\u0000', '\ufeff'])) }),
};

/** The kinds of hostile document generated, in a fixed order. */
export const HOSTILE_KINDS: readonly string[] = Object.keys(gen);

/**
 * The documents of a seed: the i-th one's kind cycles through the kinds and its content is
 * drawn from the seed and i, so any document can be made again alone.
 */
export function hostileGenerator(seed: number): (i: number) => HostileDocument {
  const bombs: Bombs = new Map();
  return (i) => {
    const kind = HOSTILE_KINDS[i % HOSTILE_KINDS.length]!;
    const d = gen[kind]!(prng(seed * 1_000_003 + i), i, bombs);
    return { ...d, name: `${String(i).padStart(5, '0')}-${kind}${d.name.slice(d.name.indexOf('.'))}` };
  };
}
