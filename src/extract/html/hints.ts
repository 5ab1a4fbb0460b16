// Evidence from markup alone: boilerplate tags and roles, class/id/itemprop keyword hints.
import type { El } from './dom.js';

/** Tags whose whole subtree is page furniture, with the rule id that removes it. */
export const BOILERPLATE_TAGS: Readonly<Record<string, string>> = {
  nav: 'html/nav',
  footer: 'html/footer',
  aside: 'html/aside',
  header: 'html/header',
  menu: 'html/nav',
  form: 'html/form',
};

/** ARIA roles of page furniture. */
const BOILERPLATE_ROLES: Readonly<Record<string, string>> = {
  navigation: 'html/nav',
  menu: 'html/nav',
  menubar: 'html/nav',
  banner: 'html/header',
  contentinfo: 'html/footer',
  complementary: 'html/aside',
  search: 'html/nav',
  dialog: 'html/popup',
  alertdialog: 'html/popup',
};

/** Class/id word prefixes of boilerplate boxes, by the rule they set. */
const NEGATIVE_PREFIXES: readonly [string, string][] = [
  ['comment', 'html/comment-section'], ['disqus', 'html/comment-section'], ['respond', 'html/comment-section'],
  ['replies', 'html/comment-section'],
  ['related', 'html/related-list'], ['recommend', 'html/related-list'], ['outbrain', 'html/related-list'],
  ['taboola', 'html/related-list'], ['morestories', 'html/related-list'], ['readmore', 'html/related-list'],
  ['readnext', 'html/related-list'], ['trending', 'html/related-list'], ['popular', 'html/related-list'],
  ['share', 'html/share'], ['sharing', 'html/share'], ['social', 'html/share'], ['sociable', 'html/share'],
  ['newsletter', 'html/newsletter'], ['subscri', 'html/newsletter'], ['signup', 'html/newsletter'],
  ['optin', 'html/newsletter'], ['paywall', 'html/newsletter'], ['login', 'html/newsletter'],
  ['nav', 'html/nav'], ['menu', 'html/nav'], ['breadcrumb', 'html/nav'], ['pagination', 'html/nav'],
  ['pager', 'html/nav'], ['skiplink', 'html/nav'],
  ['footer', 'html/footer'], ['sidebar', 'html/aside'], ['masthead', 'html/header'],
  ['promo', 'html/ad'], ['sponsor', 'html/ad'], ['advert', 'html/ad'], ['banner', 'html/ad'],
  ['cookie', 'html/popup'], ['consent', 'html/popup'], ['gdpr', 'html/popup'], ['popup', 'html/popup'],
  ['modal', 'html/popup'], ['tagcloud', 'html/tags'], ['tags', 'html/tags'], ['authorbio', 'html/byline'],
  ['abouttheauthor', 'html/byline'], ['authorbox', 'html/byline'], ['bio', 'html/byline'],
  ['postauthor', 'html/byline'], ['authorinfo', 'html/byline'],
  ['cta', 'html/newsletter'], ['donat', 'html/newsletter'], ['recirculation', 'html/related-list'],
  ['prefooter', 'html/footer'], ['copyright', 'html/footer'], ['disclaimer', 'html/footer'], ['disclosure', 'html/footer'],
  ['entryfooter', 'html/footer'], ['entryutility', 'html/footer'], ['postfooter', 'html/footer'], ['articlefooter', 'html/footer'],
  ['feedback', 'html/popup'], ['alert', 'html/popup'],
];

/** Whole class/id words of boilerplate boxes. */
const NEGATIVE_WORDS: Readonly<Record<string, string>> = {
  ad: 'html/ad', ads: 'html/ad', adv: 'html/ad', advertisement: 'html/ad', tag: 'html/tags',
  print: 'html/nav', rss: 'html/share', toc: 'html/nav',
};

/** Whole words that keep a negatively named box in the running (Readability's "maybe candidate"). */
const VETO_WORDS = new Set(['article', 'body', 'content', 'main', 'column', 'entry', 'articlebody', 'postcontent', 'entrycontent']);
const COMMENT_PREFIXES = ['comment', 'disqus', 'replies'];

/** Class/id words of short metadata lines (byline, date, post meta) inside the article. */
const META_PREFIXES = ['byline', 'author', 'date', 'time', 'meta', 'dateline', 'posted', 'published', 'updated', 'header', 'credit', 'caption', 'kicker', 'eyebrow', 'category', 'categories', 'label'];

/** Class/id words naming the article body. */
const POSITIVE_PREFIXES = ['articlebody', 'article', 'entry', 'content', 'post', 'story', 'body', 'text', 'main', 'prose', 'blog', 'richtext'];

/** Class, id and itemprop words of an element, lower-cased, split on separators and camelCase. */
export function hintWords(el: El): string[] {
  const raw = `${el.attrs['class'] ?? ''} ${el.attrs['id'] ?? ''}`;
  if (raw.length <= 1) return [];
  const spaced = raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const words = spaced.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  // Joined neighbours catch "read-more" as "readmore" and "author-bio" as "authorbio".
  const n = words.length;
  for (let i = 0; i + 1 < n; i++) words.push(words[i]! + words[i + 1]!);
  return words;
}

/** The boilerplate rule an element's own tag, role or class/id words set, or null. Without `classHints`
 * only comment-section words count: they are the most reliable and the costliest to miss. */
export function boilerplateRule(el: El, classHints = true): string | null {
  const tagRule = BOILERPLATE_TAGS[el.tag];
  if (tagRule) return tagRule;
  const role = el.attrs['role'];
  if (role && BOILERPLATE_ROLES[role]) return BOILERPLATE_ROLES[role]!;
  if (el.attrs['aria-hidden'] === 'true') return 'html/hidden';
  if (el.tag === 'body' || el.tag === 'html' || el.tag === 'main' || el.tag === 'article') return null;
  if (el.attrs['itemprop'] === 'articleBody') return null;
  const words = hintWords(el);
  if (words.length === 0) return null;
  // A box named both ways ("content-sidebar-wrap") is a layout wrapper, unless it names comments.
  const veto = words.some((w) => VETO_WORDS.has(w));
  for (const w of words) {
    const exact = NEGATIVE_WORDS[w];
    if (veto) {
      if (COMMENT_PREFIXES.some((p) => w.startsWith(p))) return 'html/comment-section';
      continue;
    }
    if (exact && classHints) return exact;
    for (const [prefix, rule] of NEGATIVE_PREFIXES) {
      if (w.startsWith(prefix) && (classHints || rule === 'html/comment-section')) return rule;
    }
  }
  return null;
}

/** True when the element's hints name post metadata (byline, date, labels): drop its short text. */
export function isMetaHinted(el: El): boolean {
  if (el.attrs['itemprop'] === 'author' || el.attrs['rel'] === 'author') return true;
  for (const w of hintWords(el)) for (const p of META_PREFIXES) if (w.startsWith(p)) return true;
  return false;
}

/** True when the element's class, id or itemprop names the article body. */
export function isPositiveHinted(el: El): boolean {
  const ip = el.attrs['itemprop'];
  if (ip === 'articleBody' || ip === 'text' || ip === 'reviewBody') return true;
  for (const w of hintWords(el)) for (const p of POSITIVE_PREFIXES) if (w === p || (w.startsWith(p) && p.length >= 5)) return true;
  return false;
}
