// Reading and checking query parameters; bad values are 400 problems naming the parameter.
import type { Context } from 'hono';
import { HttpError } from './errors.js';

/** An integer parameter within bounds, or its default when absent. */
export function intParam(c: Context, name: string, fallback: number, min: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new HttpError(400, 'Bad Request', `"${name}" must be a whole number from ${min} to ${max}.`);
  const n = Number(raw);
  if (n < min || n > max) throw new HttpError(400, 'Bad Request', `"${name}" must be a whole number from ${min} to ${max}.`);
  return n;
}

/** A date parameter (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or undefined when absent. */
export function dayParam(c: Context, name: string): string | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw)) throw new HttpError(400, 'Bad Request', `"${name}" must be a date as YYYY-MM-DD.`);
  return raw;
}

/** A text parameter cut to a sane length, or undefined when absent or blank. */
export function textParam(c: Context, name: string, maxLength = 500): string | undefined {
  const raw = c.req.query(name)?.trim();
  if (!raw) return undefined;
  if (raw.length > maxLength) throw new HttpError(400, 'Bad Request', `"${name}" is longer than ${maxLength} characters.`);
  return raw;
}
