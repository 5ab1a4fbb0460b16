// Runs the model over a text: cue tagging, then each cue's window, source and content spans as token ranges.
import { paragraphFeatures, tagsToSpans, viterbi } from './cue-tagger.js';
import { tokenFeatures, type TokenFeatures } from './features.js';
import type { AttributionModel } from './model.js';
import type { AttributionModelOptions } from './options.js';
import { cueContext, type CueContext } from './span-features.js';
import { decodeScored, forbiddenFor, pairedWindowScores, windowFeatures, windowScores, type TokenSpan, type WindowScores } from './span-model.js';
import { Kind, tokenize, type TokenizedText } from './tokenize.js';
import { LISTENER_NOUNS, LISTENER_PRONOUNS } from './lexicon.js';

/** One attribution found by the model, in token ranges (cue [start, end), spans inclusive). */
export interface TokenAttribution {
  cue: [number, number];
  source: TokenSpan;
  content: TokenSpan;
}

function unbalanced(t: TokenizedText, lo: number, hi: number): boolean {
  let open = 0;
  for (let k = lo; k < hi; k++) {
    if (t.kind[k] === Kind.OpenQuote) open++;
    else if (t.kind[k] === Kind.CloseQuote && open > 0) open--;
  }
  return open > 0;
}

function opensWithQuote(t: TokenizedText, p: number): boolean {
  const k = t.paraStarts[p];
  return k < t.paraStarts[p + 1] && t.kind[k] === Kind.OpenQuote;
}

/** Token window [ws, we) for the cue [cs, ce): its paragraph, joined with neighbours a quotation runs across. */
export function cueWindow(t: TokenizedText, cs: number, ce: number, o: AttributionModelOptions): [number, number] {
  const last = t.paraStarts.length - 2;
  let first = t.para[cs];
  let end = first;
  for (let n = 0; n < o.quoteParagraphs && first > 0; n++) {
    const prev = first - 1;
    if (!opensWithQuote(t, first) || !unbalanced(t, t.paraStarts[prev], t.paraStarts[prev + 1])) break;
    first = prev;
  }
  for (let n = 0; n < o.quoteParagraphs && end < last; n++) {
    if (!unbalanced(t, t.paraStarts[end], t.paraStarts[end + 1]) || !opensWithQuote(t, end + 1)) break;
    end++;
  }
  const lo = t.paraStarts[first];
  const hi = t.paraStarts[end + 1];
  return [Math.max(lo, cs - o.windowLeft), Math.min(hi, ce + o.windowRight)];
}

/** Context for the cue [cs, ce) with its window. */
export function contextFor(t: TokenizedText, f: TokenFeatures, cs: number, ce: number, o: AttributionModelOptions): CueContext {
  const [ws, we] = cueWindow(t, cs, ce, o);
  return cueContext(t, f, cs, ce, ws, we);
}

/** Cue token ranges found by the cue tagger. */
export function findCues(model: AttributionModel, t: TokenizedText, f: TokenFeatures): Array<[number, number]> {
  const cues: Array<[number, number]> = [];
  for (let p = 0; p + 1 < t.paraStarts.length; p++) {
    const lo = t.paraStarts[p];
    const hi = t.paraStarts[p + 1];
    if (hi <= lo) continue;
    const tags = viterbi(model.cue, paragraphFeatures(f, lo, hi), hi - lo, model.options.cueBias);
    cues.push(...tagsToSpans(tags, lo));
  }
  return cues;
}

/** Adverbs that tell a claim is hearsay, cues of their own ("reportedly", "allegedly"), and verbs that end as adverbs do. */
const HEARSAY_ADVERB = /^(?:reportedly|allegedly|reputedly|purportedly|supposedly|apparently|ostensibly|reply|apply|comply|rely)$/;

/** Auxiliaries and copulas that carry on a clause: a noun phrase before one is its subject, not the whole content. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must',
  'does', 'did', 'shall',
]);

const CLOSING_CUES: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'according', 'noted', 'stated']);

/** Whether token `k` is a comma before a closing attribution of the same sentence (", officials said"). */
function closingCue(t: TokenizedText, k: number): boolean {
  if (t.words[k] !== ',') return false;
  for (let m = k + 1; m < Math.min(t.words.length, k + 6) && t.sent[m] === t.sent[k]; m++) if (CLOSING_CUES.has(t.lower[m])) return true;
  return false;
}

/**
 * A content that starts just after its cue and stops before an auxiliary of the same sentence ("confirmed [the
 * North] has decided to send troops") is the subject of a reported clause whose verb the span left out: the span
 * runs on to the end of that sentence (final punctuation and a closing ", officials said" left out).
 */
export function wholeClause(t: TokenizedText, ce: number, content: TokenSpan): TokenSpan {
  if (!content || content[0] < ce || content[0] > ce + 1) return content;
  const j = content[1];
  const n = t.words.length;
  if (j + 1 >= n || t.sent[j + 1] !== t.sent[j] || t.kind[j + 1] !== Kind.Word || !CLAUSE_VERBS.has(t.lower[j + 1])) return content;
  let e = j + 1;
  while (e + 1 < n && t.sent[e + 1] === t.sent[j] && t.quoteDepth[e + 1] === t.quoteDepth[j] && !closingCue(t, e + 1)) e++;
  while (e > j + 1 && t.kind[e] === Kind.Punct) e--;
  return [content[0], e];
}

/** Whom "told" tells, in one word: "told police", "told reporters", "told him". */
const TOLD_WHOM = new RegExp(`^(?:${LISTENER_NOUNS}|${LISTENER_PRONOUNS})$`);
/** The verb that closes a reported clause's opening words: a past tense ("shot", "stole", "was"). */
const PAST_VERB = /^(?:\p{L}+ed|shot|hit|struck|stole|took|saw|heard|found|had|was|were|ran|came|left|got|made|said|told|fired|threw)$/u;

/**
 * "A man told police someone shot him in the right hand": where the span scorers open the content after the clause's
 * subject and verb ("him in the right hand"), the content opens right after whom "told" tells, with the clause's
 * subject; at most three words, the last a verb, lie between.
 */
export function toldClause(t: TokenizedText, ce: number, content: TokenSpan): TokenSpan {
  if (!content || !/^(?:told|tells|tell)$/.test(t.lower[ce - 1] ?? '') || !TOLD_WHOM.test(t.lower[ce] ?? '')) return content;
  const from = ce + 1;
  const gap = content[0] - from;
  if (gap < 2 || gap > 3 || t.sent[from] !== t.sent[content[0]]) return content;
  for (let k = from; k < content[0]; k++) if (t.kind[k] !== Kind.Word || /^(?:that|and|but|when|while|after|before|as|if)$/.test(t.lower[k]!)) return content;
  if (!PAST_VERB.test(t.lower[content[0] - 1]!)) return content;
  return [from, content[1]];
}

/**
 * "According to troopers, Zackary Yashkus, 23, shot ...": a source after "according to" that runs over its comma onto a
 * name whose age follows is the party before the comma; the name, with its age, opens the content.
 */
export function accordingToApposed(t: TokenizedText, cs: number, source: TokenSpan, content: TokenSpan): { source: TokenSpan; content: TokenSpan } {
  if (!source || !content || t.lower[cs] !== 'according' || content[0] - source[1] > 4 || content[0] <= source[1] || source[0] > cs + 3) return { source, content };
  let comma = -1;
  for (let k = source[0] + 1; k < source[1]; k++) if (t.words[k] === ',') { comma = k; break; }
  if (comma < 0 || !/^\p{Lu}/u.test(t.words[comma + 1] ?? '')) return { source, content };
  // The age opens the content, or lies between the source and a content the decoder began after it.
  const k = t.words[source[1] + 1] === ',' ? source[1] + 2 : source[1] + 1;
  const agedName = /^\d{1,3}$/.test(t.words[k] ?? '') && t.words[k + 1] === ',' && (k === content[0] || k + 2 === content[0]);
  // "According to the preliminary investigation, Suzanne Zaremba, heard a scuffle": a name set off by commas after a
  // source told by a common noun, with a verb right after it, is the subject of what is told; not "According to the
  // sheriff, John Smith, the man fired", where the name is the sheriff's.
  const first = t.words[content[0]] ?? '';
  const subjectName = /^(?:the|a|an)$/i.test(t.words[source[0]] ?? '') && t.words[source[1] + 1] === ',' && content[0] === source[1] + 2 && /^\p{Ll}+$/u.test(first) && !/^(?:the|a|an|he|she|they|it|we|his|her|their|its|this|that|there|police|officers|who|which|and|but|or|in|on|at|of|to|for|with|by|from|as|after|before|when|while|if)$/.test(first);
  return agedName || subjectName ? { source: [source[0], comma - 1], content: [comma + 1, content[1]] } : { source, content };
}

/**
 * "Two other male victims fled the scene; police found one": a source that runs back over a semicolon is the party of the
 * clause after it; what stands before the semicolon is another clause.
 */
export function lastClauseOf(t: TokenizedText, source: TokenSpan): TokenSpan {
  if (!source) return source;
  for (let k = source[1] - 1; k >= source[0]; k--) if (t.words[k] === ';') return [k + 1, source[1]];
  return source;
}

/**
 * "a fatal shooting that his attorney says was accidental": a speaker told in a relative clause, after "that" or
 * "which", says what follows the cue, not the sentence around it; a content the scorers opened before the speaker is cut
 * to the words after the cue, up to the end of the sentence.
 */
export function relativeClauseContent(t: TokenizedText, ce: number, source: TokenSpan, content: TokenSpan): TokenSpan {
  if (!source || !content || !/^(?:that|which)$/.test(t.lower[source[0] - 1] ?? '')) return content;
  const n = t.words.length;
  if (ce >= n || t.sent[ce] !== t.sent[source[0]] || t.kind[ce] !== Kind.Word) return content;
  // ", which officials say would cost $5 million, was dropped": a relative clause set off by a comma ends at the next one.
  const asideOpened = t.words[source[0] - 2] === ',';
  const before = content[0] < source[0] && content[1] >= ce;
  if (!before && !(asideOpened && content[0] >= ce && content[0] <= ce + 1)) return content;
  const from = before ? ce : content[0];
  let e = from;
  const last = before ? n - 1 : content[1];
  while (e + 1 <= last && t.sent[e + 1] === t.sent[from] && t.quoteDepth[e + 1] === t.quoteDepth[from] && !closingCue(t, e + 1) && !(asideOpened && t.words[e + 1] === ',')) e++;
  while (e > from && t.kind[e] === Kind.Punct) e--;
  return [from, e];
}

/** Runs the whole model over a text. */
export function runModel(model: AttributionModel, text: string): { t: TokenizedText; f: TokenFeatures; found: TokenAttribution[] } {
  const t = tokenize(text);
  const f = tokenFeatures(t);
  const o = model.options;
  const found: TokenAttribution[] = [];
  const spans = model.inference?.spans ?? null;
  for (const [cs, ce] of findCues(model, t, f)) {
    // "Galarza initially fled the scene": an adverb of manner or time alone is no cue ("reportedly", "allegedly" are).
    if (ce - cs === 1 && /^\p{L}{3,}ly$/u.test(t.words[cs]!) && !HEARSAY_ADVERB.test(t.lower[cs]!)) continue;
    const c = contextFor(t, f, cs, ce, o);
    // Both tables' window scores in one pass where the loaded weights lie side by side (the source's
    // are used only when a content is found); else each table's from the window's features.
    let contentScores: WindowScores;
    let sourceScores: () => WindowScores;
    if (spans !== null) {
      const both = pairedWindowScores(spans, model.content.mask, c);
      contentScores = both.content;
      sourceScores = () => both.source;
    } else {
      const features = windowFeatures(c);
      contentScores = windowScores(model.content, c, features);
      sourceScores = () => windowScores(model.source, c, features);
    }
    const content = toldClause(t, ce, wholeClause(t, ce, decodeScored(model.content, c, o.content, null, contentScores).span));
    if (content === null) continue;
    const source = decodeScored(model.source, c, o.source, forbiddenFor(c, content), sourceScores()).span;
    // "The plan, which officials say would cost ...": the relative word opens the speaker's clause; it is no part of the speaker.
    const whole = lastClauseOf(t, source);
    const clause: TokenSpan = whole && whole[1] > whole[0] && /^(?:that|which)$/.test(t.lower[whole[0]]!) && t.kind[whole[0] + 1] === Kind.Word ? [whole[0] + 1, whole[1]] : whole;
    found.push({ cue: [cs, ce], ...accordingToApposed(t, cs, clause, relativeClauseContent(t, ce, clause, content)) });
  }
  return { t, f, found };
}
