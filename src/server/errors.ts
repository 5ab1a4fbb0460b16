// The one HTTP error class and the central error handler: RFC 9457 problem details for the API, an HTML page for the UI.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { html } from './html.js';
import { layout } from './pages/layout.js';

/** An error with an HTTP status that a request can cause (not found, bad input, too large, unauthorised). */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail?: string,
    /** Extra members of the problem document (e.g. the limits that were passed). */
    readonly extra: Record<string, unknown> = {},
    /** Response headers the answer carries (Retry-After on a 503). */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
    this.name = 'HttpError';
  }
}

/** The `type` URI of a problem: a stable identifier per status. */
function problemType(status: number): string {
  return `https://triangulate.dev/problems/${status}`;
}

/** Whether a request is for the API (answered in JSON) rather than the web UI. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** Answers a problem as `application/problem+json` (API) or as an HTML page (UI). */
export function problemResponse(c: Context, status: ContentfulStatusCode, title: string, detail?: string, extra: Record<string, unknown> = {}): Response {
  if (isApiPath(c.req.path)) {
    const body = { type: problemType(status), title, status, ...(detail ? { detail } : {}), instance: c.req.path, ...extra };
    return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json; charset=utf-8' });
  }
  const page = layout({ title }, html`<h1>${title}</h1>${detail ? html`<p>${detail}</p>` : ''}<p><a href="/">All stories</a></p>`);
  return c.html(page.value, status);
}

/** The central error handler: HttpErrors answer with their status; anything else is a bug, logged and answered 500. */
export function onError(log: (line: string) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof HttpError) {
      const res = problemResponse(c, err.status, err.title, err.detail, err.extra);
      for (const [name, value] of Object.entries(err.headers)) res.headers.set(name, value);
      return res;
    }
    log(`triangulate serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return problemResponse(c, 500, 'Internal Server Error', 'The server failed on this request; the error was logged.');
  };
}

/** Answer for routes that do not exist. */
export function notFound(c: Context): Response {
  return problemResponse(c, 404, 'Not Found', `Nothing at ${c.req.path}.`);
}
