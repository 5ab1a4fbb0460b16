// Security middleware: strict response headers, Host and cross-site checks, and the optional bearer token (header or cookie).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { HttpError } from './errors.js';

/** The Content-Security-Policy of every response: no inline script or style, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Name of the session cookie the sign-in form sets: a random session id, never the token. */
export const SESSION_COOKIE = 'triangulate_session';

export interface SessionOptions {
  /** How long a browser stays signed in, in milliseconds. */
  ttlMs: number;
  /** Most sessions kept at once; the oldest are dropped first. */
  max: number;
}

/** Twelve hours, a working day; a few thousand browsers is far more than one newsroom. */
export const defaultSessionOptions: SessionOptions = { ttlMs: 12 * 3600_000, max: 10_000 };

/**
 * Signed-in browsers: random session ids mapped, in this process, to when they expire. The
 * cookie holds only the id, so it never reveals the token; a restart signs everyone out.
 */
export class Sessions {
  private readonly expiry = new Map<string, number>();

  constructor(private readonly options: SessionOptions = defaultSessionOptions, private readonly now: () => number = Date.now) {}

  /** A new session id. */
  open(): string {
    const id = randomBytes(32).toString('base64url');
    while (this.expiry.size >= this.options.max) this.expiry.delete(this.expiry.keys().next().value as string);
    this.expiry.set(id, this.now() + this.options.ttlMs);
    return id;
  }

  /** Whether the id names a live session (an expired one is forgotten). */
  valid(id: string | undefined): boolean {
    if (id === undefined) return false;
    const until = this.expiry.get(id);
    if (until === undefined) return false;
    if (until <= this.now()) {
      this.expiry.delete(id);
      return false;
    }
    return true;
  }

  close(id: string | undefined): void {
    if (id !== undefined) this.expiry.delete(id);
  }
}

/** Sets the security headers on every response, errors included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'same-origin');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
  };
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

/**
 * Without a token the server answers only to loopback Host names (a page elsewhere cannot reach
 * it through DNS rebinding); requests that change state must not come from another site.
 */
export function originChecks(options: { tokenRequired: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    if (!options.tokenRequired && host !== '' && !LOOPBACK_HOST.test(host)) {
      throw new HttpError(403, 'Forbidden', 'This server answers only to localhost; start it with --token to serve other hosts.');
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      // Browsers say where a request comes from in Sec-Fetch-Site; older ones only in Origin.
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      const foreign = site !== undefined ? site !== 'same-origin' && site !== 'none' : origin !== undefined && originHost(origin) !== host;
      if (foreign) throw new HttpError(403, 'Forbidden', 'Requests that change the store must come from this site.');
    }
    await next();
  };
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Compares two secrets in constant time (over their SHA-256 digests, so lengths leak nothing). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function bearerToken(c: Context): string | null {
  const auth = c.req.header('authorization');
  const bearer = auth ? /^Bearer\s+(.+)$/i.exec(auth.trim()) : null;
  return bearer ? bearer[1]! : null;
}

/** The sign-in page: a form that POSTs the token, so it never appears in a URL, a history or a log. */
function loginPage(failed: boolean): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Triangulate</title></head>
<body><main><h1>Sign in</h1>
${failed ? '<p class="error">The token is not right.</p>\n' : ''}<form method="post" action="/login">
<label>Token <input type="password" name="token" autocomplete="current-password" required autofocus></label>
<button type="submit">Sign in</button>
</form></main></body></html>`;
}

/**
 * Requires the token on every request when one is set: as `Authorization: Bearer`, or through
 * the session cookie a browser gets from the sign-in form (`GET /login` shows it, `POST /login`
 * checks the token and sets an HTTP-only, same-site cookie holding a random session id).
 * The sign-in page is the only thing served without it.
 */
export function tokenAuth(token: string | null, sessions: Sessions = new Sessions()): MiddlewareHandler {
  return async (c, next) => {
    if (token === null) return next();
    if (c.req.path === '/login') {
      if (c.req.method === 'POST') {
        let given = '';
        try {
          const form = await c.req.parseBody();
          given = typeof form.token === 'string' ? form.token : '';
        } catch {
          throw new HttpError(400, 'Bad Request', 'The sign-in form cannot be read.');
        }
        if (!sameSecret(given, token)) return c.html(loginPage(true), 401);
        setCookie(c, SESSION_COOKIE, sessions.open(), { httpOnly: true, sameSite: 'Strict', path: '/', secure: new URL(c.req.url).protocol === 'https:' });
        return c.redirect('/', 303);
      }
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.html(loginPage(false));
    }
    if (c.req.path === '/logout' && c.req.method === 'POST') {
      sessions.close(getCookie(c, SESSION_COOKIE));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.redirect('/login', 303);
    }
    const bearer = bearerToken(c);
    const ok = bearer !== null ? sameSecret(bearer, token) : sessions.valid(getCookie(c, SESSION_COOKIE));
    if (!ok) {
      c.header('WWW-Authenticate', 'Bearer realm="triangulate"');
      throw new HttpError(401, 'Unauthorized', 'This server needs its token: send "Authorization: Bearer TOKEN", or sign in at /login in the browser.');
    }
    return next();
  };
}
