// A loopback HTTP server of fixture pages and feeds for the web-ingestion tests (never the network).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

export interface WebFixture {
  /** `http://127.0.0.1:PORT`. */
  base: string;
  port: number;
  /** Every request as `HOST PATH`, in arrival order. */
  requests: string[];
  /** TCP connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

/** Paragraphs of the fixture articles: no headings, titles or dates, so feed hints have something to fill. */
export const STORY = [
  'Rescue teams searched collapsed buildings after a strong earthquake struck the coastal province, officials said.',
  'The regional governor said at least 40 people had been taken to hospital and that schools would stay closed for two days.',
  '"We are doing everything we can to reach the people still trapped," the head of the civil defence agency told reporters.',
];

function bare(paragraphs: string[]): string {
  return `<!doctype html><html><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

/** A page that states its own title and date (they beat a feed's). */
function dated(title: string, date: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="${date}"></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

const PAGES: Record<string, string> = {
  '/article/quake.html': bare(STORY),
  '/article/aftershock.html': bare([
    'A second tremor shook the same coastal province, the national seismology institute said, and more buildings were evacuated.',
    'Engineers inspected three bridges on the main highway and reopened two of them to traffic by the evening, the transport ministry said.',
    'Aid agencies said they had sent tents, water and blankets to the towns nearest the epicentre and asked for more volunteers.',
  ]),
  '/article/dated.html': dated('Governor visits quake zone', '2024-03-05T08:00:00Z', [
    'The regional governor visited the worst-hit towns and promised money to rebuild the schools that collapsed in the earthquake.',
    'Residents told the governor that help had been slow to arrive in the villages in the hills above the coast, officials said.',
  ]),
  '/private/secret.html': bare(['This page is disallowed by robots.txt and must never be fetched by the tests that obey it.']),
};

function rss(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Coastal News</title><link>${base}/</link><description>Fixture feed</description>
<item><title>Strong quake hits coastal province</title><link>${base}/article/quake.html</link><guid isPermaLink="false">quake-1</guid>
<pubDate>Mon, 04 Mar 2024 06:30:00 GMT</pubDate><dc:creator>Ana Reyes</dc:creator></item>
<item><title>Aftershock forces evacuations</title><link>/article/aftershock.html</link><guid isPermaLink="false">quake-2</guid>
<pubDate>Tue, 05 Mar 2024 11:00:00 GMT</pubDate><author>desk@example.com (Ben Ortiz)</author></item>
<item><title>Feed title loses to the page</title><link>${base}/article/dated.html</link><guid>${base}/article/dated.html</guid>
<pubDate>Wed, 06 Mar 2024 00:00:00 GMT</pubDate></item>
<item><title>Relief flights resume</title><guid isPermaLink="false">quake-4</guid><pubDate>Thu, 07 Mar 2024 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Relief flights resumed to the coastal airport after engineers checked the runway for cracks, the aviation authority said.</p><p>The first aircraft carried medical supplies and a team of doctors from the capital, according to the health ministry.</p>]]></content:encoded></item>
</channel></rss>`;
}

function atom(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coastal Atom</title><id>urn:fixture:atom</id><updated>2024-03-05T12:00:00Z</updated>
<link rel="alternate" href="${base}/"/>
<entry><title type="html">Strong quake &lt;b&gt;hits&lt;/b&gt; province</title><link rel="alternate" href="${base}/article/quake.html"/><id>urn:fixture:quake</id>
<published>2024-03-04T06:30:00Z</published><updated>2024-03-04T09:00:00Z</updated><author><name>Ana Reyes</name></author></entry>
</feed>`;
}

function jsonFeed(base: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Coastal JSON',
    home_page_url: `${base}/`,
    items: [
      { id: 'j1', url: `${base}/article/aftershock.html`, title: 'Aftershock forces evacuations', date_published: '2024-03-05T11:00:00Z', authors: [{ name: 'Ben Ortiz' }] },
      { id: 'j2', title: 'No link, no content' },
    ],
  });
}

const CP1252_TEXT = 'Le café “Chez Müller” a rouvert ses portes — après le séisme, dit le propriétaire à la presse régionale.';

/** The Windows-1252 page's text, as the decoder should return it. */
export const CP1252_SENTENCE = CP1252_TEXT;

function handle(req: IncomingMessage, res: ServerResponse, base: string): void {
  const url = new URL(req.url ?? '/', base);
  const path = url.pathname;
  const send = (status: number, type: string | null, body: string | Buffer, extra: Record<string, string> = {}) => {
    const headers: Record<string, string> = { ...extra };
    if (type) headers['content-type'] = type;
    res.writeHead(status, headers);
    res.end(body);
  };
  if (path === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n');
  if (PAGES[path]) return send(200, 'text/html; charset=utf-8', PAGES[path]);
  if (path === '/feed.rss') return send(200, 'application/rss+xml; charset=utf-8', rss(base));
  if (path === '/feed-as-xml') return send(200, 'text/xml', rss(base));
  if (path === '/feed.atom') return send(200, 'application/atom+xml', atom(base));
  if (path === '/feed.json') return send(200, 'application/feed+json', jsonFeed(base));
  if (path === '/cp1252.html') {
    return send(200, 'text/html; charset=windows-1252', iconv.encode(`<html><body><article><p>${CP1252_TEXT}</p><p>${STORY[0]}</p></article></body></html>`, 'windows-1252'));
  }
  if (path === '/gzip.html') return send(200, 'text/html', gzipSync(PAGES['/article/quake.html']), { 'content-encoding': 'gzip' });
  if (path === '/image.png') return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (path === '/missing') return send(404, 'text/html', '<p>not here</p>');
  const hop = /^\/redirect\/(\d+)$/.exec(path);
  if (hop) {
    const n = Number(hop[1]);
    return send(302, null, '', { location: n <= 1 ? '/article/quake.html' : `/redirect/${n - 1}` });
  }
  if (path === '/to-loopback') return send(302, null, '', { location: `http://127.0.0.1:${new URL(base).port}/article/quake.html` });
  if (path === '/to-localhost') return send(302, null, '', { location: `http://localhost:${new URL(base).port}/article/quake.html` });
  // Never answers: only the client's timeout ends the request, however loaded the machine is.
  if (path === '/slow') return;
  if (path === '/big') {
    // 1 MiB in 16 KiB chunks with no Content-Length: the cap must stop the read.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(16 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < 64 && !res.destroyed) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    res.on('error', () => undefined);
    return pump();
  }
  if (path === '/big-declared') return send(200, 'text/html', Buffer.alloc(256 * 1024, 0x61));
  send(404, 'text/plain', 'no such fixture');
}

/** Starts the fixture server on 127.0.0.1, port 0. */
export async function startWebFixture(): Promise<WebFixture> {
  const requests: string[] = [];
  let connections = 0;
  let base = '';
  const server = createServer((req, res) => {
    requests.push(`${req.headers.host ?? ''} ${req.url ?? ''}`);
    handle(req, res, `http://${req.headers.host ?? new URL(base).host}`);
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    requests,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
