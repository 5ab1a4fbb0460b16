// Outlet: record hint, markup (og:site_name, JSON-LD publisher, ...), then clues in page text; a paper a source "told" only as a guess.
import type { ArticleMetadata } from '../../model/index.js';
import type { MetadataInput } from './index.js';
import type { MetadataOptions } from './options.js';
import { type ChromeLine, chromeLines, displayOutlet, isNameRun } from './names.js';
import { ldArticleNames, ldOrganizationName, metaValue } from './page.js';
import { textDateCandidates } from './published.js';

export type DecidedOutlet = NonNullable<ArticleMetadata['outlet']>;

function make(raw: string, rule: string, evidence?: string, guess = false): DecidedOutlet | null {
  const value = displayOutlet(raw);
  if (!value || value.length < 2) return null;
  const out: DecidedOutlet = { value, rule };
  if (evidence !== undefined) out.evidence = evidence;
  if (guess) out.guess = true;
  return out;
}

/** "Why you can trust SCMP": a trust line naming the outlet. */
function trustLine(lines: readonly ChromeLine[], opts: MetadataOptions): DecidedOutlet | null {
  for (const l of lines) {
    const m = /^why (?:you can )?trust (.+?)[.?!]?$/i.exec(l.text);
    if (m && isNameRun(m[1], opts.maxOutletWords)) return make(m[1], 'text/trust-line', l.text);
  }
  return null;
}

/** "(Yonhap)" / "(AP)" closing the last paragraph: the agency credit of the story. */
function trailingCredit(paragraphs: readonly string[], opts: MetadataOptions): DecidedOutlet | null {
  const last = paragraphs[paragraphs.length - 1]?.trim();
  if (!last) return null;
  const m = /\(([^()]{2,60})\)\s*$/.exec(last) ?? /\s[-–—]{1,2}\s*(\p{Lu}[\p{L}. &-]{1,40})$/u.exec(last);
  if (!m) return null;
  const name = m[1].split(/\s*[/,]\s*/)[0].trim();
  if (!isNameRun(name, Math.min(4, opts.maxOutletWords)) || /\d/.test(name)) return null;
  return make(name, 'text/trailing-credit', m[0].trim());
}

/** A name standing alone on chrome lines that also closes another chrome line ("MORE STORIES FROM X", an edition line). */
function brandLine(lines: readonly ChromeLine[], opts: MetadataOptions): DecidedOutlet | null {
  const alone = new Map<string, number>();
  for (const l of lines) {
    const t = l.text.replace(/[.:]$/, '');
    if (t.split(/\s+/).length >= 2 && isNameRun(t, opts.maxOutletWords) && !/\d/.test(t)) alone.set(t, (alone.get(t) ?? 0) + 1);
  }
  let best: { name: string; score: number; evidence: string } | null = null;
  for (const [name, count] of alone) {
    const closer = lines.find((l) => l.text !== name && l.text.length > name.length + 3 && l.text.replace(/[.:]$/, '').endsWith(name));
    if (!closer) continue;
    const score = count + 1;
    if (!best || score > best.score) best = { name, score, evidence: closer.text };
  }
  return best ? make(best.name, 'text/brand-line', best.evidence) : null;
}

/** A caption ending in an agency credit (". Yonhap", "/AFP"): the photo's source, so only a guess at the outlet. */
function captionCredit(lines: readonly ChromeLine[]): DecidedOutlet | null {
  for (const l of lines) {
    if (l.text.split(/\s+/).length < 8) continue;
    const m = /[.)]\s+(?:Photo:?\s*|Foto:?\s*)?(\p{Lu}[\p{L}&-]+(?: \p{Lu}[\p{L}&-]+){0,2})\s*$/u.exec(l.text)
      ?? /\s\/\s*(\p{Lu}[\p{L}&-]+)\s*$/u.exec(l.text);
    if (m) return make(m[1], 'text/caption-credit', l.text, true);
  }
  return null;
}

/** "told Newsweek", "he told The Straits Times": the paper a source spoke to, most frequent first. */
function toldOutlet(paragraphs: readonly string[], opts: MetadataOptions): DecidedOutlet | null {
  const counts = new Map<string, { n: number; evidence: string }>();
  const re = /\btold ((?:The |the )?\p{Lu}[\p{L}\p{M}.'’&-]*(?: (?:of |the )?\p{Lu}[\p{L}\p{M}.'’&-]*){0,4})(?=\s*[.,;:!?"”’)]|\s+(?:in|on|last|this|that)\b)/gu;
  for (const p of paragraphs) {
    for (const m of p.matchAll(re)) {
      const name = m[1].replace(/^the /, 'The ');
      if (name.split(/\s+/).length > opts.maxOutletWords) continue;
      const c = counts.get(name) ?? { n: 0, evidence: m[0] };
      c.n++;
      counts.set(name, c);
    }
  }
  const best = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
  return best ? make(best[0], 'text/told', best[1].evidence, true) : null;
}

function urlHost(input: MetadataInput): DecidedOutlet | null {
  const url = input.hints.url ?? input.page?.canonical ?? null;
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host ? make(host, 'url/host', url) : null;
  } catch {
    return null;
  }
}

/** The outlet and how it was decided; `guess` marks values read from weak clues. */
export function decideOutlet(input: MetadataInput, lang: string | null, opts: MetadataOptions): DecidedOutlet | null {
  if (input.hints.outlet && input.hints.outlet.trim()) return make(input.hints.outlet, 'record/hint');
  const og = metaValue(input.page, ['og:site_name']);
  if (og) return make(og.value, og.rule);
  const pub = ldArticleNames(input.page, 'publisher')[0];
  if (pub) return make(pub, 'json-ld/publisher');
  const app = metaValue(input.page, ['application-name', 'al:ios:app_name', 'al:android:app_name']);
  if (app) return make(app.value, app.rule);
  const org = ldOrganizationName(input.page);
  if (org) return make(org, 'json-ld/organization');

  const lines = chromeLines(input.removed, opts.maxChromeLines);
  const edition = textDateCandidates(input, lang, opts).find((c) => c.rule === 'text/edition-line' && c.outlet);
  if (edition?.outlet) return make(edition.outlet, 'text/edition-line', edition.evidence);
  const fromText = trustLine(lines, opts) ?? trailingCredit(input.paragraphs, opts) ?? brandLine(lines, opts);
  if (fromText) return fromText;
  const tw = metaValue(input.page, ['twitter:site']);
  if (tw) return make(tw.value, tw.rule);
  return urlHost(input) ?? captionCredit(lines) ?? toldOutlet(input.paragraphs, opts);
}
