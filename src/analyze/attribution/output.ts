// Turns the model's token ranges into Attribution records: character spans, direct-quote flag, channel.
import type { Attribution, TextSpan } from '../../model/analysis.js';
import { CHANNEL_CUES, LISTENER_NOUNS } from './lexicon.js';
import type { TokenAttribution } from './pipeline.js';
import { Kind, type TokenizedText } from './tokenize.js';

/** Words that mark a capitalised name as a news outlet. */
const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'guardian', 'newsweek', 'reuters', 'bloomberg',
  'politico', 'axios', 'agency', 'press', 'radio', 'television', 'tv', 'magazine', 'daily', 'gazette', 'chronicle',
  'observer', 'independent', 'economist', 'yonhap', 'xinhua', 'interfax', 'tass', 'kyodo', 'mail', 'express',
  'insider', 'wire', 'network', 'broadcasting', 'hill', 'atlantic', 'vox', 'slate', 'fox', 'cnn', 'bbc', 'nbc', 'cbs',
  'abc', 'npr', 'msnbc', 'afp', 'ap', 'kbs', 'nhk', 'sbs', 'mbc', 'ytn', 'cnbc', 'pbs', 'dpa', 'ria', 'star', 'standard',
  'record', 'review', 'online', 'media', 'channel', 'report', 'today', 'weekly', 'monitor', 'spiegel', 'zeit', 'welt',
]);
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', '&', 'for', "'s", '’s']);
/** Phrases after which a named outlet follows ("in an interview with", "speaking to"). */
const LEAD_INS: ReadonlyArray<readonly string[]> = [['interview', 'with'], ['speaking', 'to'], ['speaking', 'with'], ['told']];

function span(t: TokenizedText, a: number, b: number): TextSpan {
  const s = t.starts[a];
  const e = t.ends[b];
  return { text: t.text.slice(s, e), span: [s, e] };
}

function isCap(t: TokenizedText, k: number): boolean {
  return t.kind[k] === Kind.Word && /^\p{Lu}/u.test(t.words[k]);
}

/** Capitalised name starting at token `k` that looks like an outlet, as an inclusive token range. */
function outletAt(t: TokenizedText, k: number, limit: number): [number, number] | null {
  let e = k;
  let sawOutlet = false;
  let words = 0;
  // A station's number before or after its name: "7 Action News", "Channel 2 Action News", "FOX 2", "KSLA News 12".
  // A number after the name ends it, unless an outlet's word follows within two words ("Channel 2 Action News"): "News
  // 4 Maurice Hoskins, 40, shot ..." names the station "News 4".
  const number = (j: number): boolean => /^\d{1,3}$/.test(t.words[j] ?? '') && (j > k ? isCap(t, j - 1) : isCap(t, j + 1));
  while (e < limit && (isCap(t, e) || number(e) || (CONNECTORS.has(t.lower[e]) && e > k))) {
    if (e > k && number(e)) {
      const more = [e + 1, e + 2].find((j) => j < limit && isCap(t, j) && OUTLET_WORDS.has(t.lower[j]) && (j === e + 1 || isCap(t, e + 1)));
      words++;
      sawOutlet = true;
      e = (more ?? e) + 1;
      break;
    }
    if (isCap(t, e)) words++;
    if (OUTLET_WORDS.has(t.lower[e]) || (t.words[e].length > 1 && t.words[e] === t.words[e].toUpperCase())) sawOutlet = true;
    e++;
  }
  while (e > k && CONNECTORS.has(t.lower[e - 1])) e--;
  if (words === 0 || e === k) return null;
  if (!sawOutlet && !(t.lower[k] === 'the' && words >= 2)) return null;
  return [k, e - 1];
}

/** The outlet a speaker spoke to, looked for right after a channel verb in or after the cue. */
function channelOf(t: TokenizedText, cs: number, ce: number): [number, number] | null {
  const limit = Math.min(t.starts.length, ce + 6);
  for (let k = cs; k < Math.min(limit, ce + 3); k++) {
    if (t.para[k] !== t.para[cs]) break;
    for (const lead of LEAD_INS) {
      const ok = lead.every((w, n) => k + n < limit && (n === 0 && w === 'told' ? CHANNEL_CUES.has(t.lower[k]) : t.lower[k + n] === w));
      if (!ok) continue;
      const found = outletAt(t, k + lead.length, limit);
      if (found) return found;
    }
  }
  return null;
}

/**
 * 'Woody said "there is a gang nexus involved" in today's shooting': a quotation closed before the content's last words,
 * and not opened again ('"We are not done," he said, "and we will ..."'), is a part of it quoted, not the whole said in
 * the speaker's words. True where the content opens right after that quotation's opening mark.
 */
function partQuoted(t: TokenizedText, i: number, j: number): boolean {
  const n = t.starts.length;
  if (i === 0 || t.kind[i - 1] !== Kind.OpenQuote) return false;
  for (let k = i + 1; k < j && k < n; k++) {
    if (t.kind[k] !== Kind.CloseQuote || t.kind[k + 1] !== Kind.Word) continue;
    let reopened = false;
    for (let m = k + 1; m <= j && m < n; m++) if (t.kind[m] === Kind.OpenQuote) { reopened = true; break; }
    return !reopened;
  }
  return false;
}

/**
 * Whether a content is a quotation: it opens at a quote mark, or closes at one that no mark inside it opens (the judge
 * said the thefts were "calculated and sustained": words quoted at the end of a reported content leave it reported).
 * Never where only a part of it is quoted (`part`, see `partQuoted`).
 */
function isDirect(t: TokenizedText, i: number, j: number, part: boolean): boolean {
  const n = t.starts.length;
  if (part) return false;
  if (t.kind[i] === Kind.OpenQuote || (i > 0 && t.kind[i - 1] === Kind.OpenQuote)) return true;
  for (let k = i + 1; k <= j && k < n; k++) if (t.kind[k] === Kind.OpenQuote) return false;
  if (t.kind[j] === Kind.CloseQuote || (j + 1 < n && t.kind[j + 1] === Kind.CloseQuote)) return true;
  return j + 2 < n && t.kind[j + 1] === Kind.Punct && t.kind[j + 2] === Kind.CloseQuote;
}

/** Extends a span end over a closing bracket that the span opened ("Service (NIS" -> "Service (NIS)"). */
function closeBracket(t: TokenizedText, i: number, j: number): number {
  if (j + 1 >= t.words.length || t.words[j + 1] !== ')') return j;
  const inside = t.words.slice(i, j + 1);
  return inside.filter((w) => w === '(').length > inside.filter((w) => w === ')').length ? j + 1 : j;
}

/** Whom a statement was told to, opening its content: "to police (that) he had a gun", "to detectives that". */
const LISTENER = new RegExp(String.raw`^to\s+(?:(?:the|a|an|his|her|their)\s+)?(?:${LISTENER_NOUNS})\s+(?:that\s+)?(?=[\p{L}"“])`, 'iu');

/**
 * Where what was told opens after the outlet it was told to, the outlet's name ending at its last word that surely names
 * one: an outlet's word, a station's number or call letters ("told CNN Long was taking ...", "told CBS 58, Jones had ...",
 * "tells KSNT News all of ..."); past a comma or "that". -1 where no word of the name surely names an outlet, where the
 * name runs on in a possessive ("told 5 WCYB's Olivia Bailey the victim ..."), or in text written in capitals.
 */
function afterOutlet(t: TokenizedText, [from, to]: [number, number]): number {
  let end = -1;
  for (let k = from; k <= to; k++) if (OUTLET_WORDS.has(t.lower[k]) || /^(?:\d{1,3}|[KW][A-Z]{2,3}(?:-TV)?|[A-Z]{2,4}\d{1,2})$/.test(t.words[k])) end = k;
  if (end < 0 || /^['’]s$/.test(t.lower[end + 1] ?? '')) return -1;
  let k = end + 1;
  while (k < t.words.length && (t.lower[k] === ',' || t.lower[k] === 'that')) k++;
  return k < t.words.length && /\p{Ll}/u.test(t.text.slice(t.starts[k], t.ends[Math.min(t.words.length - 1, k + 5)])) ? k : -1;
}

/** Attribution records for the model's findings, in text order. */
export function toAttributions(t: TokenizedText, found: TokenAttribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const a of found) {
    if (a.content === null) continue;
    const [cs, ce] = a.cue;
    const channel = channelOf(t, cs, ce);
    const speaker = a.source ? span(t, a.source[0], closeBracket(t, a.source[0], a.source[1])) : null;
    // A part quoted ('"there is a gang nexus involved" in today's shooting') keeps its opening quotation mark.
    const part = partQuoted(t, a.content[0], a.content[1]);
    const rec: Attribution = {
      speaker,
      cue: span(t, cs, ce - 1),
      content: span(t, part ? a.content[0] - 1 : a.content[0], a.content[1]),
      direct: isDirect(t, a.content[0], a.content[1], part),
      rule: a.source ? 'attribution-model/speaker' : 'attribution-model/no-speaker',
    };
    const heard = LISTENER.exec(rec.content!.text);
    // "admitted to police he had a gun": whom it was told to is no part of what was told.
    if (heard && rec.content!.span[0] >= rec.cue.span[1] && heard[0].length < rec.content!.text.length) {
      const from = rec.content!.span[0] + heard[0].length;
      rec.content = { text: t.text.slice(from, rec.content!.span[1]), span: [from, rec.content!.span[1]] };
    }
    if (channel && !(a.source && channel[0] <= a.source[1] && channel[1] >= a.source[0])) {
      rec.channel = span(t, channel[0], channel[1]);
      // "Investigators tell 7 Action News 17-year-old Reginald Robinson was shot": the outlet told is no part of what was told.
      const after = afterOutlet(t, channel);
      if (after >= 0 && a.content[0] >= channel[0] && a.content[0] <= channel[1] && after <= a.content[1]) rec.content = span(t, after, a.content[1]);
    }
    out.push(rec);
  }
  return out.sort((x, y) => x.cue.span[0] - y.cue.span[0]);
}
