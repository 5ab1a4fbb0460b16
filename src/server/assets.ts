// Static files of the web UI from a fixed in-memory map: a request path only ever selects a key, never reaches the file system.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { PRINT_CSS } from './assets/print.js';
import { DOSSIER_JS, UPLOAD_JS } from './assets/scripts.js';
import { STYLE_CSS } from './assets/style.js';
import { notFound } from './errors.js';

interface Asset {
  type: string;
  body: string;
  etag: string;
}

function asset(type: string, body: string): Asset {
  return { type, body, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` };
}

/** The asset map, built once per app. */
export function buildAssets(): ReadonlyMap<string, Asset> {
  return new Map([
    ['style.css', asset('text/css; charset=utf-8', STYLE_CSS)],
    ['print.css', asset('text/css; charset=utf-8', PRINT_CSS)],
    ['upload.js', asset('text/javascript; charset=utf-8', UPLOAD_JS)],
    ['dossier.js', asset('text/javascript; charset=utf-8', DOSSIER_JS)],
  ]);
}

/** Handler for GET /assets/:name. */
export function serveAsset(assets: ReadonlyMap<string, Asset>) {
  return (c: Context): Response => {
    const a = assets.get(c.req.param('name') ?? '');
    if (!a) return notFound(c);
    if (c.req.header('if-none-match') === a.etag) return c.body(null, 304, { ETag: a.etag });
    return c.body(a.body, 200, { 'Content-Type': a.type, ETag: a.etag, 'Cache-Control': 'no-cache' });
  };
}
