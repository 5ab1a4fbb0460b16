// Metadata extraction: runs the title, outlet, byline, date and language rules and reports what is missing.
import type { ArticleMetadata, Decided, Message } from '../../model/index.js';
import type { MetadataInput, MetadataResult } from './index.js';
import { decideByline } from './byline.js';
import { normaliseMarkupDate } from './dates.js';
import { inferPublished } from './infer-date.js';
import { detectLanguage } from './language.js';
import { type MetadataOptions, resolveOptions } from './options.js';
import { decideOutlet } from './outlet.js';
import { explicitPublished } from './published.js';
import { decideTitle } from './title.js';

/** The body's language; the page's declared `lang` when the body is too short to tell. */
function decideLanguage(input: MetadataInput, opts: MetadataOptions): Decided<string> {
  const body = input.paragraphs.join('\n\n');
  const found = detectLanguage(body, opts);
  if (found.code !== 'und') return { value: found.code, rule: 'text/franc', evidence: `confidence ${found.confidence}` };
  const declared = input.page?.lang?.trim().toLowerCase().split(/[-_]/)[0];
  if (declared && /^[a-z]{2,3}$/.test(declared)) return { value: declared, rule: 'html/lang', evidence: input.page?.lang ?? declared };
  return { value: 'und', rule: 'text/franc', evidence: `confidence ${found.confidence}` };
}

/**
 * Decides title, outlet, byline, publication date and language of one article. Values a
 * structured record supplied (`hints`) win; every value names the rule that decided it.
 * Missing values become messages, never exceptions.
 */
export function extractMetadata(input: MetadataInput, options?: Partial<MetadataOptions>): MetadataResult {
  const opts = resolveOptions(options);
  const messages: Message[] = [];
  // A feed item's title, date and author (the hints of a document with `capture.feed`) yield to the page's own.
  const feed = input.capture?.feed ? input.hints : null;
  if (feed) input = { ...input, hints: { url: feed.url, outlet: feed.outlet } };
  const language = decideLanguage(input, opts);
  const lang = language.value === 'und' ? null : language.value;
  const outlet = decideOutlet(input, lang, opts);
  const title = decideTitle(input, outlet?.value ?? null, opts) ?? (feed?.title ? { value: feed.title, rule: 'feed/title' } : null);
  const byline = decideByline(input, outlet?.value ?? null, opts) ?? (feed?.byline ? { value: feed.byline, rule: 'feed/author' } : null);
  let published: ArticleMetadata['published'] = explicitPublished(input, lang, opts)
    ?? (feed?.published ? { value: normaliseMarkupDate(feed.published) ?? feed.published, rule: 'feed/published', basis: 'explicit', evidence: feed.published } : null);
  if (!published) {
    const inferred = inferPublished(input, lang, opts, input.referenceDate, input.readAt);
    published = inferred.decided;
    if (inferred.decided) {
      messages.push({ severity: 'info', ruleId: 'metadata/date-inferred', reason: `No stated publication date; inferred ${inferred.decided.value} from ${inferred.decided.evidence}` });
    } else if (inferred.partial) {
      messages.push({ severity: 'warning', ruleId: 'metadata/date-year-unknown', reason: `The latest date the article mentions ("${inferred.partial}") has no year, and no reference date was given to resolve it` });
    }
  }
  const fetchedAt = input.capture?.fetchedAt;
  if (!published && fetchedAt && !Number.isNaN(Date.parse(fetchedAt))) {
    // The page's own dates beat the fetch time; it is the date of last resort.
    published = { value: fetchedAt, rule: 'capture/fetch-time', basis: 'inferred', evidence: `fetched ${fetchedAt}` };
    messages.push({ severity: 'info', ruleId: 'metadata/date-fetch-time', reason: `No stated or inferable publication date; using the fetch time ${fetchedAt}` });
  }
  if (!published) messages.push({ severity: 'warning', ruleId: 'metadata/no-date', reason: 'No publication date found or inferable' });
  if (!title) messages.push({ severity: 'warning', ruleId: 'metadata/no-title', reason: 'No title found' });
  if (!outlet) messages.push({ severity: 'info', ruleId: 'metadata/no-outlet', reason: 'No outlet named by the page' });
  else if (outlet.guess) messages.push({ severity: 'info', ruleId: 'metadata/outlet-guess', reason: `Outlet "${outlet.value}" is a guess (${outlet.rule})` });
  if (language.value === 'und') messages.push({ severity: 'info', ruleId: 'metadata/language-undetermined', reason: 'Article text too short or too mixed to tell its language' });
  const url = input.hints.url ?? input.page?.canonical ?? null;
  return { metadata: { title, outlet, byline, published, language, url }, messages };
}
