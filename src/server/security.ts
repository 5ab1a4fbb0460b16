// Security middleware: strict response headers, Host and cross-site checks, and the optional bearer token (header or cookie).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { HttpError } from './errors.js';

/** The Content-Security-Policy of every response: no inline script or style, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Name of the cookie `/login?token=` sets. */
export const TOKEN_COOKIE = 'triangulate_token';

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

function presentedToken(c: Context): string | null {
  const auth = c.req.header('authorization');
  const bearer = auth ? /^Bearer\s+(.+)$/i.exec(auth.trim()) : null;
  if (bearer) return bearer[1];
  return getCookie(c, TOKEN_COOKIE) ?? null;
}

/**
 * Requires the token on every request when one is set. `/login?token=` checks it and sets an
 * HTTP-only, same-site cookie so that a browser can use the web UI.
 */
export function tokenAuth(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token === null) return next();
    if (c.req.path === '/login') {
      const given = c.req.query('token') ?? '';
      if (!sameSecret(given, token)) throw new HttpError(401, 'Unauthorized', 'The token is not right.');
      setCookie(c, TOKEN_COOKIE, given, { httpOnly: true, sameSite: 'Strict', path: '/', secure: new URL(c.req.url).protocol === 'https:' });
      return c.redirect('/', 303);
    }
    const given = presentedToken(c);
    if (given === null || !sameSecret(given, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="triangulate"');
      throw new HttpError(401, 'Unauthorized', 'This server needs its token: send "Authorization: Bearer TOKEN", or open /login?token=TOKEN in the browser.');
    }
    return next();
  };
}
