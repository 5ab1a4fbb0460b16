// Reading the page's own markup (meta tags, JSON-LD) for metadata: lookups that tolerate real-world shapes.
import type { HtmlPageInfo } from '../html/index.js';

/** A value found in markup with the rule id naming where it was found. */
export interface Found {
  value: string;
  rule: string;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Collapses whitespace and decodes the few entities that survive in attribute values. */
export function clean(s: string): string {
  return s
    .replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#0?39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** First non-empty content of a meta tag whose key is one of `keys` (case-insensitive), in key order. */
export function metaValue(page: HtmlPageInfo | undefined, keys: readonly string[]): Found | null {
  if (!page) return null;
  for (const key of keys) {
    for (const m of page.metaTags) {
      if (m.key.toLowerCase() === key) {
        const v = clean(m.content);
        if (v) return { value: v, rule: `meta/${key}` };
      }
    }
  }
  return null;
}

/** Every object in the page's JSON-LD, flattening arrays and `@graph`. */
export function jsonLdNodes(page: HtmlPageInfo | undefined): Obj[] {
  const out: Obj[] = [];
  const stack: unknown[] = page ? [...page.jsonLd].reverse() : [];
  let guard = 0;
  while (stack.length > 0 && guard++ < 10_000) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isObj(v)) {
      out.push(v);
      const g = v['@graph'];
      if (Array.isArray(g)) for (let i = g.length - 1; i >= 0; i--) stack.push(g[i]);
    }
  }
  return out;
}

function types(node: Obj): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report|NewsArticle|Posting|Review|Recipe|HowTo|Story)$/;

/** JSON-LD nodes that describe the article itself, article types first, then pages, then anything. */
export function articleNodes(nodes: readonly Obj[]): Obj[] {
  const articles = nodes.filter((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  const pages = nodes.filter((n) => types(n).some((t) => /WebPage$/.test(t)));
  return [...articles, ...pages];
}

function byId(nodes: readonly Obj[], v: unknown): unknown {
  if (isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) {
    const hit = nodes.find((n) => n['@id'] === v['@id'] && Object.keys(n).length > 1);
    return hit ?? v;
  }
  return v;
}

/** A string field of a JSON-LD node (strings, `{@value}` objects, first of arrays). */
export function ldString(node: Obj, key: string): string | null {
  let v = node[key];
  if (Array.isArray(v)) v = v[0];
  if (isObj(v) && typeof v['@value'] === 'string') v = v['@value'];
  if (typeof v === 'string' || typeof v === 'number') {
    const s = clean(String(v));
    return s || null;
  }
  return null;
}

/** Names of a node-valued field (author, publisher): strings or objects with `name`, resolving `@id`. */
export function ldNames(nodes: readonly Obj[], node: Obj, key: string): string[] {
  const raw = node[key];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const names: string[] = [];
  for (const item of list) {
    const v = byId(nodes, item);
    if (typeof v === 'string') names.push(clean(v));
    else if (isObj(v)) {
      const n = ldString(v, 'name') ?? ldString(v, 'alternateName');
      if (n) names.push(n);
    }
  }
  return names.filter((n) => n.length > 0 && !/^https?:\/\//i.test(n));
}

/** Authors of the article nodes with whether each is typed as an organisation. */
export function ldAuthors(page: HtmlPageInfo | undefined): { name: string; isOrg: boolean }[] {
  const nodes = jsonLdNodes(page);
  for (const n of articleNodes(nodes)) {
    const raw = n['author'] ?? n['creator'];
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const out: { name: string; isOrg: boolean }[] = [];
    for (const item of list) {
      const v = byId(nodes, item);
      if (typeof v === 'string' && v.trim() && !/^https?:\/\//i.test(v)) out.push({ name: clean(v), isOrg: false });
      else if (isObj(v)) {
        const name = ldString(v, 'name');
        if (name && !/^https?:\/\//i.test(name)) out.push({ name, isOrg: types(v).some((t) => /Organization|Corporation|WebSite|Brand/.test(t)) });
      }
    }
    if (out.length > 0) return out;
  }
  return [];
}

/** First value of `key` over the article nodes. */
export function ldArticleString(page: HtmlPageInfo | undefined, key: string): string | null {
  for (const n of articleNodes(jsonLdNodes(page))) {
    const s = ldString(n, key);
    if (s) return s;
  }
  return null;
}

/** Names in a node-valued field over the article nodes, then over Organization nodes for `publisher`. */
export function ldArticleNames(page: HtmlPageInfo | undefined, key: string): string[] {
  const nodes = jsonLdNodes(page);
  for (const n of articleNodes(nodes)) {
    const names = ldNames(nodes, n, key);
    if (names.length > 0) return names;
  }
  return [];
}

/** Name of a standalone Organization / NewsMediaOrganization node (sites that publish one apart from the article). */
export function ldOrganizationName(page: HtmlPageInfo | undefined): string | null {
  for (const n of jsonLdNodes(page)) {
    if (types(n).some((t) => /(NewsMediaOrganization|Organization|WebSite)$/.test(t))) {
      const s = ldString(n, 'name');
      if (s) return s;
    }
  }
  return null;
}
