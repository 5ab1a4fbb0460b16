// The brief: 5 to 10 extracted sentences covering the story's main claim groups and disagreements, each citing its articles.
import type { BriefSentence, ClaimGroup } from '../model/dossier.js';
import type { LinkArticle } from './claim-groups.js';
import { isBareQuote, isCutShort, isFurniture, isQuoteTail, isUnended, withoutDateline } from './chrome.js';
import { isShouted } from '../analyze/claims-context.js';

export interface BriefOptions {
  minSentences: number;
  maxSentences: number;
  /** Sentences longer than this read poorly in a brief (characters). */
  maxChars: number;
  /** Shorter sentences rarely stand alone ("Previously there had been talk of 1,500."). */
  minChars: number;
  /** Verdicts a reader must see first: disagreement and change before agreement. */
  verdictWeight: Record<ClaimGroup['verdict'], number>;
}

export const defaultBriefOptions: BriefOptions = {
  minSentences: 5,
  maxSentences: 10,
  maxChars: 360,
  minChars: 60,
  verdictWeight: { contested: 5, denied: 4, updated: 4, corroborated: 2, 'single-origin': 1 },
};

const clean = (s: string): string => withoutDateline(s.replace(/\s+/g, ' ').trim());

/** Whether a sentence names its origin (any word of four or more letters of the origin's name, or an acronym). */
function namesOrigin(sentence: string, origin: string): boolean {
  const words = origin.match(/\p{L}{4,}|\b\p{Lu}{2,}\b/gu) ?? [];
  return words.some((w) => sentence.includes(w));
}

/**
 * Picks, for each claim group in order of weight, the clearest sentence telling it and cites
 * every article that tells the same group. An updated or contested group contributes a sentence
 * for each side, so the brief states the change or the disagreement instead of averaging it.
 */
/**
 * A sentence whose subject is a personal pronoun ("He was a senior at Cambridge High School ...", "She said Thursday was
 * the first day ...") leans on a sentence before it that the brief does not show: the reader cannot tell who is meant. A
 * possessive names its person beside it ("Their father, 31-year-old Robert Turner, is charged ..."), and "It" is most
 * often impersonal ("It's believed that ..."): both stay.
 */
const PRONOUN_OPENING = /^["“‘']?(?:he|she|they)\b/i;
function leansOnBefore(sentence: string): boolean {
  return PRONOUN_OPENING.test(sentence.trimStart());
}

export function buildBrief(articles: readonly LinkArticle[], groups: readonly ClaimGroup[], options: BriefOptions = defaultBriefOptions, leading: readonly string[] = []): BriefSentence[] {
  const brief: BriefSentence[] = [];
  const used = new Set<string>();
  const weight = (g: ClaimGroup) => options.verdictWeight[g.verdict] * 10 + g.tellings.length * 3 + g.independentOrigins * 2 + (g.unitClass ? 2 : 0);
  // The story's own event before its background ("In a separate case ...", "the 2004 tsunami killed 170,000"), and its
  // main groups before the folded ones (one outlet's asides: a suspect's earlier prison terms), whatever their weight.
  // The groups of the story's key figures (`leading`, in their order) open it, folded or not: the toll before a victim's
  // age told by more outlets, or a mother's grief quoted with it.
  const lead = (g: ClaimGroup) => { const i = leading.indexOf(g.id); return i < 0 ? leading.length : i; };
  const background = (g: ClaimGroup) => Number(g.frame.scope === 'background') * 2 + Number(!!g.trivial && lead(g) === leading.length);
  const ranked = [...groups].sort((a, b) => background(a) - background(b) || lead(a) - lead(b) || weight(b) - weight(a) || a.id.localeCompare(b.id));
  const add = (text: string, articleIds: string[], groupIds: string[]) => {
    const t = clean(text);
    // A copyright line or a prompt left in the text is the page's furniture, never a line of the brief; nor is a quotation
    // whose speaker another sentence names, or its tail.
    if (!t || used.has(t) || t.length > options.maxChars || brief.length >= options.maxSentences || isFurniture(t) || isShouted(t) || isCutShort(t) || isUnended(t) || isQuoteTail(t) || isBareQuote(t) || leansOnBefore(t)) return;
    used.add(t);
    brief.push({ text: t, articleIds: [...new Set(articleIds)].sort(), claimGroupIds: groupIds });
  };
  for (const g of ranked) {
    if (brief.length >= options.maxSentences) break;
    // Another event or an earlier time ("Earlier this month, a 2-year-old boy shot himself in Benton") fills a brief only
    // where the story's own groups leave it short.
    if (g.frame.scope === 'background' && brief.length >= options.minSentences) continue;
    const fits = g.tellings.filter((t) => t.sentence.length <= options.maxChars && t.sentence.length >= options.minChars);
    if (fits.length === 0) continue;
    // Sentences that name their origin first (the reader sees who says it), then the shortest.
    const names = (t: (typeof fits)[number]) => Number(!namesOrigin(t.sentence, t.origin));
    // A sentence that leans on the one before it ("He was a senior at ...") only where the group has no other.
    const leans = (t: (typeof fits)[number]) => Number(leansOnBefore(clean(t.sentence)));
    const pick = [...fits].sort((a, b) => leans(a) - leans(b) || names(a) - names(b) || a.sentence.length - b.sentence.length)[0];
    const citing = g.tellings.filter((t) => t.articleId === pick.articleId || t.value === null || pick.value === null || JSON.stringify(t.value) === JSON.stringify(pick.value)).map((t) => t.articleId);
    if (g.verdict === 'updated' || g.verdict === 'contested') {
      const first = fits[0];
      const last = fits[fits.length - 1];
      add(first.sentence, g.tellings.filter((t) => JSON.stringify(t.value) === JSON.stringify(first.value)).map((t) => t.articleId), [g.id]);
      add(last.sentence, g.tellings.filter((t) => JSON.stringify(t.value) === JSON.stringify(last.value)).map((t) => t.articleId), [g.id]);
    } else {
      add(pick.sentence, citing, [g.id]);
    }
  }
  // Too few claim sentences: the articles' opening sentences fill in, each citing its own article.
  for (const a of articles) {
    if (brief.length >= options.minSentences) break;
    const lead = a.analysis.sentences.find((s) => s.kind === 'body' && s.text.length >= 60 && !isFurniture(s.text) && !leansOnBefore(s.text));
    if (lead) add(lead.text, [a.id], []);
  }
  return brief;
}
