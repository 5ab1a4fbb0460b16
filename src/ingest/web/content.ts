// What a response body is: Content-Type parsing (essence, charset) and sniffing feeds by their root element.

export interface ContentType {
  /** `type/subtype` in lower case, or null when there was no usable header. */
  essence: string | null;
  /** The `charset` parameter, or null. */
  charset: string | null;
}

export function parseContentType(header: string | null): ContentType {
  if (!header) return { essence: null, charset: null };
  const [head, ...params] = header.split(';');
  const essence = head.trim().toLowerCase();
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1];
  }
  return { essence: /^[\w.+-]+\/[\w.+-]+$/.test(essence) ? essence : null, charset };
}

/** What the body is taken as, from the Content-Type essence alone. */
export type BodyClass = 'html' | 'text' | 'feed' | 'xml' | 'json' | 'unknown' | 'unsupported';

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json']);

export function classifyContentType(essence: string | null): BodyClass {
  if (essence === null) return 'unknown';
  if (essence === 'text/html' || essence === 'application/xhtml+xml') return 'html';
  if (essence === 'text/plain' || essence === 'text/markdown') return 'text';
  if (FEED_TYPES.has(essence)) return 'feed';
  if (essence === 'application/xml' || essence === 'text/xml') return 'xml';
  if (essence === 'application/json') return 'json';
  if (essence === 'application/octet-stream' || essence === 'binary/octet-stream') return 'unknown';
  return 'unsupported';
}

/** How far into a body the root element or the JSON Feed version is looked for. */
const SNIFF_BYTES = 4096;

/**
 * The feed format a body's start shows: `xml` when its root element is `rss`, `feed` or
 * `rdf:RDF` (after any prolog, comments, processing instructions and doctype), `json` when it
 * is a JSON object naming a jsonfeed.org version, null otherwise.
 */
export function sniffFeed(bytes: Uint8Array): 'xml' | 'json' | null {
  let head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  if (head.startsWith('\xef\xbb\xbf')) head = head.slice(3);
  const t = head.trimStart();
  if (t.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(t) ? 'json' : null;
  let rest = t;
  for (;;) {
    const m = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*/i.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
  }
  const root = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(rest);
  if (!root) return null;
  const name = root[2];
  if (name === 'rss' || name === 'feed' || (name === 'RDF' && root[1] !== undefined)) return 'xml';
  return null;
}
