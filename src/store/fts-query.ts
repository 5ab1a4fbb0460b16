// Turns a web-search style query (words, "phrases", -not, OR, prefix*) into a safe SQLite FTS5 match expression; puts external-id hits first.
import type { SearchHit } from './store.js';

/** One parsed term: a word or phrase, negated or not, optionally a prefix. */
interface Term {
  text: string;
  negated: boolean;
  prefix: boolean;
}

/** A number written with group separators ("3,000", "3 000", "3 000"), read as its digits. */
const GROUPED_NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+)(?![\p{N}]|[.,]\d)/gu;

/** The query with grouped numbers joined ("3 000" → "3000"), so every way of writing a number is one term. */
export function joinNumbers(query: string): string {
  return query.replace(GROUPED_NUMBER, (m) => m.replace(/[^\d]/g, ''));
}

/** A whole number of four or more digits as the index splits it when a text groups it: 3000 → "3 000". */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ' ');
}

/** Splits a query into terms and OR markers; quotes group phrases; anything else is plain text. */
function tokenize(raw: string): (Term | 'OR')[] {
  const query = joinNumbers(raw);
  const out: (Term | 'OR')[] = [];
  const re = /(-?)"([^"]*)"?|(\S+)/g;
  for (let m = re.exec(query); m !== null; m = re.exec(query)) {
    if (m[3] !== undefined) {
      const raw = m[3];
      if (raw === 'OR' || raw === '|') {
        out.push('OR');
        continue;
      }
      const negated = raw.startsWith('-') && raw.length > 1;
      const body = negated ? raw.slice(1) : raw;
      const prefix = body.endsWith('*');
      const text = body.replace(/\*+$/, '').replace(/[^\p{L}\p{N}'’.\-]+/gu, ' ').trim();
      if (text) out.push({ text, negated, prefix });
    } else {
      const text = m[2].replace(/[^\p{L}\p{N}'’.\-]+/gu, ' ').trim();
      if (text) out.push({ text, negated: m[1] === '-', prefix: false });
    }
  }
  return out;
}

function quote(term: Term): string {
  // A number matches whether a text writes it 3000, 3,000 or 3 000 (the index splits the last two at the separator).
  if (/^\d{4,}$/.test(term.text)) return `("${term.text}" OR "${grouped(term.text)}")`;
  // Inside a phrase, a number is matched as texts that group it write it ("3,000 troops").
  const text = /\s/.test(term.text) ? term.text.replace(/\b\d{4,}\b/g, grouped) : term.text;
  return `"${text.replace(/"/g, '""')}"${term.prefix ? ' *' : ''}`;
}

/**
 * The FTS5 expression for a query, or null when it holds no positive term. Positive terms are
 * ANDed, `OR` joins its neighbours, negated terms are subtracted with NOT. Every term is quoted,
 * so no input can reach FTS5's own syntax.
 */
export function ftsExpression(query: string): string | null {
  const tokens = tokenize(query);
  const groups: string[][] = [];
  const negated: string[] = [];
  let joinNext = false;
  for (const t of tokens) {
    if (t === 'OR') {
      joinNext = groups.length > 0;
      continue;
    }
    if (t.negated) {
      negated.push(quote(t));
      continue;
    }
    if (joinNext) groups[groups.length - 1].push(quote(t));
    else groups.push([quote(t)]);
    joinNext = false;
  }
  if (groups.length === 0) return null;
  const positive = groups.map((g) => (g.length > 1 ? `(${g.join(' OR ')})` : g[0])).join(' AND ');
  return negated.length > 0 ? `(${positive}) NOT (${negated.join(' OR ')})` : positive;
}

/**
 * The text hits with the articles whose external id is the whole query put first (ranked above
 * every text hit, in the order given), each article's text hit giving way to its id hit.
 */
export function withExternalIdHits(query: string, ids: readonly string[], textHits: readonly SearchHit[]): SearchHit[] {
  if (ids.length === 0) return [...textHits];
  const rank = Math.max(0, ...textHits.map((h) => h.rank)) + 1;
  const byId = new Set(ids);
  const first = ids.map((articleId, i) => ({ kind: 'article' as const, articleId, rank: rank + (ids.length - i), snippet: `external id «${query.trim()}»` }));
  return [...first, ...textHits.filter((h) => !((h.kind ?? 'article') === 'article' && byId.has(h.articleId)))];
}
