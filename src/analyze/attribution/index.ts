// Public face of attribution extraction: who said what, found by a trained cue tagger and span scorers.
import type { Attribution } from '../../model/analysis.js';
import { loadAttributionModel, type AttributionModel } from './model.js';
import { runModel } from './pipeline.js';
import { toAttributions } from './output.js';
import { keepsCue } from './cue-kind.js';
import { DAY_ONLY } from './trailing-content.js';
import { splitSentences } from '../sentences.js';
import { afterCredit, afterCreditWord, extendSpeakerSpan, isSpeakerSpan, speakerOfClause, suffixSpeakerSpan, trimSpeakerSpan } from './speaker-kind.js';

export { loadAttributionModel, type AttributionModel } from './model.js';
export { isStatementCue } from './cue-kind.js';
export { headPart, speakerHead, speakerWords, type HeadMention } from './speaker-head.js';
export { afterCredit, extendSpeakerSpan, isSpeakerSpan, speakerOfClause, trimSpeakerSpan } from './speaker-kind.js';

export interface FindAttributionsOptions {
  /** A loaded model; pass one when analysing many texts (otherwise the model file is read on every call). */
  model?: AttributionModel;
  /** Path of a model file to load when `model` is not given (default: models/attribution/model.bin.gz in the package). */
  modelPath?: string;
}

/**
 * Finds attributions in `text`: speaker (or null), cue, content, whether quoted directly, and the
 * outlet spoken to. Spans are character offsets into `text`. Cues that tell an act rather than a
 * statement ("was charged", "responded") are left out (see cue-kind.ts); a speaker span that names no one
 * (a photo credit, a caption label, a clause) is dropped, the attribution kept without a speaker (see speaker-kind.ts).
 */
export function findAttributions(text: string, options: FindAttributionsOptions = {}): Attribution[] {
  const model = options.model ?? loadAttributionModel(options.modelPath);
  const { t, found } = runModel(model, text);
  const read = trailingCues(text, toAttributions(t, found).map((a) => quoteOverCue(text, quoteThenSpeaker(text, pastTimeOfDay(text, a)))));
  // A cue left out as an act still ends the content of a cue told after it ("... the man fired the round that hit the girl.
  // The shooting was gang-related, according to prosecutors": prosecutors said the last sentence only).
  return followOnCues(text, cutAtOtherCues(text, read.filter((a) => keepsCue(text, a.cue.span, a.speaker?.span ?? null)), read)
    .map((a) => {
      if (!a.speaker) return a;
      // "Katherine Creag reports: Dec. 14, 2016": a byline with its date states nothing.
      if (a.content && DATE_ONLY.test(a.content.text.trim())) return { ...a, speaker: null };
      // "wearing shirts saying ...", "a sign reading ...": what a thing has written on it is no one's statement.
      if (/^(?:saying|reading)$/i.test(a.cue.text) && WRITTEN_ON.test(text.slice(Math.max(0, a.cue.span[0] - 24), a.cue.span[0]))) return { ...a, speaker: null };
      // "2.4 tonnes, not 2 tonnes as first reported": a clause of "as" reported names no one before it.
      if (/\bas\s+(?:(?:first|initially|originally|previously|earlier|widely)\s+)?$/i.test(text.slice(Math.max(0, a.cue.span[0] - 16), a.cue.span[0])) && a.speaker.span[1] <= a.cue.span[0]) return { ...a, speaker: null };
      // "Ariyanna Smith is said to be in stable condition", "Smith and Jones are both reported to be stable": hearsay tells
      // of its subject; whoever said it is unnamed.
      if (/^(?:is|are|was|were)\s+(?:(?:also|both|all|each|now|still)\s+)?(?:said|reported|believed|thought|rumou?red)$/i.test(a.cue.text) && a.speaker.span[1] <= a.cue.span[0] && /^\s+to\s/i.test(text.slice(a.cue.span[1], a.cue.span[1] + 4))) return { ...a, speaker: null };
      // "A man and another woman, also believed to be injured, are being treated": a participle of belief set off by a
      // comma tells hearsay of the noun before it, which says nothing; so does one of belief right after the noun ("Two
      // people believed to be accomplices were arraigned").
      if (/^(?:believed|thought|said|reported|known)$/i.test(a.cue.text) && (/^(?:believed|thought)$/i.test(a.cue.text) || /,\s*(?:also\s+|both\s+|each\s+)?$/i.test(text.slice(Math.max(0, a.cue.span[0] - 12), a.cue.span[0]))) && /^\s+to\s+(?:be|have)\b/i.test(text.slice(a.cue.span[1], a.cue.span[1] + 10))) return { ...a, speaker: null };
      // "TOM HINDMAN | Gazette Mail Police say": a photo credit run into the sentence is no part of its speaker.
      const barred = afterCredit(text, a.speaker.span);
      // "JANE DOE / PROVIDED Police said", "Provided by the family Tom Baker said": the credit's "Provided" closes it.
      const credited = barred ? afterCreditWord(text, barred) : null;
      if (!credited) return { ...a, speaker: null };
      const own = speakerOfClause(text, trimSpeakerSpan(text, credited.span));
      if (!own || !isSpeakerSpan(text, own, credited.cut)) return { ...a, speaker: null };
      // "Coroner Arthur Sumbry, Jr., has identified": a suffix the tagger took alone is the end of the name before it.
      const span = suffixSpeakerSpan(text, extendSpeakerSpan(text, own));
      return span[0] === a.speaker.span[0] && span[1] === a.speaker.span[1] ? a : { ...a, speaker: { text: text.slice(span[0], span[1]), span } };
    }));
}

/**
 * "Deputies said around 6:30 p.m. Sunday, a car with three people inside drove up ...": the model reads the full stop of
 * "p.m." as the sentence's end and stops the content there. Where the sentence splitter reads the sentence going on past
 * it, the content runs on to that sentence's end.
 */
function pastTimeOfDay(text: string, a: Attribution): Attribution {
  const [from, to] = a.content.span;
  if (!/\b[ap]\.m$/i.test(a.content.text) || text[to] !== '.') return a;
  const paragraph: [number, number] = [text.lastIndexOf('\n', from) + 1, text.indexOf('\n', to) < 0 ? text.length : text.indexOf('\n', to)];
  const sentence = splitSentences(text, [paragraph]).find((s) => s.span[0] <= to && to < s.span[1]);
  if (!sentence || sentence.span[1] <= to + 1) return a;
  const end = sentence.span[0] + sentence.text.replace(/[.!?…]+["”’')\]]*$/u, '').length;
  return end > to ? { ...a, content: { ...a.content, text: text.slice(from, end), span: [from, end] } } : a;
}

/**
 * '“That hurts me worst,” the grandmother, Sunshine Murray, said Friday night.': the model may run the content past the
 * quotation's closing mark over the speaker's words, and take the day after the cue for the speaker. What was said is
 * the quotation; the words between its closing mark and the cue name who said it.
 */
function quoteThenSpeaker(text: string, a: Attribution): Attribution {
  const [from, to] = a.content.span;
  if (to > a.cue.span[0] || !/^\s*,?\s*$/.test(text.slice(to, Math.min(a.cue.span[0], a.speaker && a.speaker.span[0] >= to ? a.speaker.span[0] : a.cue.span[0])))) return a;
  const opened = /^["“]/.test(a.content.text) ? 1 : /["“]$/.test(text.slice(Math.max(0, from - 1), from)) ? 0 : -1;
  if (opened < 0) return a;
  const m = /^([^"“”]*?)[,.!?]["”],?\s+([^"“”]+?)[,\s]*$/.exec(a.content.text.slice(opened));
  if (!m || m[2]!.split(/\s+/).length > 8) return a;
  const start = from + opened;
  const content: [number, number] = [start, start + m[1]!.length];
  const restAt = text.indexOf(m[2]!, content[1]);
  const speaker = !a.speaker || DAY_ONLY.test(a.speaker.text.trim()) ? { text: m[2]!, span: [restAt, restAt + m[2]!.length] as [number, number] } : a.speaker;
  return { ...a, speaker, content: { ...a.content, text: text.slice(...content), span: content }, direct: true };
}

/**
 * '"It was crazy, I heard 15 to 20 shots," neighbor Kevin Lynn said. The seven victims were ...': a content the model
 * runs from a quotation over its speaker and its cue into the next sentence is the quotation, as `quoteThenSpeaker`
 * reads a content that stops before the cue.
 */
function quoteOverCue(text: string, a: Attribution): Attribution {
  const [from, to] = a.content.span;
  if (a.direct || !(from < a.cue.span[0] && to > a.cue.span[1])) return a;
  const cut: Attribution = { ...a, content: { ...a.content, text: text.slice(from, a.cue.span[0]), span: [from, a.cue.span[0]] } };
  const read = quoteThenSpeaker(text, cut);
  return read === cut ? a : read;
}

/** A date and nothing else: "Dec. 14, 2016", "December 14", "12/14/2016". */
const DATE_ONLY = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\/\d{1,2}\/\d{2,4})[.,]?$/;

/**
 * "Forty-one people were rescued, coast guard spokesman Anil Mehta told reporters.": a cue that ends its sentence
 * (but for whom it was told to) has the content before the last comma and the speaker after it. Where the span
 * scorers run the speaker back over that comma and the content over the cue, the two are cut there.
 */
function trailingCues(text: string, list: Attribution[]): Attribution[] {
  return list.map((a) => {
    if (!a.speaker || a.speaker.span[1] > a.cue.span[0]) return a;
    // Only where the content read runs over the cue itself: elsewhere the scorers' spans stand.
    if (!a.content || a.content.span[0] > a.cue.span[0] || a.content.span[1] < a.cue.span[1]) return a;
    // "…, Dr Lee Sung-yoon, global fellow at the centre, told The Straits Times": an apposition closed by a comma
    // right before the cue belongs to the speaker, so the cut is at the comma before it.
    const commas = [...a.speaker.text.matchAll(/, /g)].map((m) => m.index!);
    const closed = text.slice(a.speaker.span[1], a.cue.span[0]).includes(',');
    const comma = commas[commas.length - (closed ? 2 : 1)] ?? -1;
    if (comma < 0) return a;
    const after = text.slice(a.cue.span[1], a.cue.span[1] + 80);
    if (!/^(?:\s+(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)?\s*[.!?]["”’]?(?:\s|$)/u.test(after) || /^\s+that\b/i.test(after)) return a;
    const before = a.speaker.text.slice(0, comma);
    const who = a.speaker.text.slice(comma + 2);
    // A clause before the comma, a speaker after it: not "Beth Krut, 47, of Mount Oliver" nor a quote's end.
    if (/["“”‘’]/.test(before) || before.split(/\s+/).length < 4 || /,\s*\d{1,3}\s*$/.test(before) || /^(?:of|from|in|at|on|with|by|and)\b/i.test(who)) return a;
    const start = a.speaker.span[0] + comma + 2;
    const speaker: [number, number] = [start, a.speaker.span[1]];
    const content: [number, number] = [a.speaker.span[0], a.speaker.span[0] + comma];
    return { ...a, speaker: { text: text.slice(...speaker), span: speaker }, content: { ...a.content, text: text.slice(...content), span: content } };
  });
}

/** Things with words written on them, right before "saying" or "reading". */
const WRITTEN_ON = /\b(?:t-?shirts?|shirts?|sweatshirts?|hoodies?|hats?|caps|signs?|banners?|placards?|posters?|billboards?|notes?|stickers?|buttons?|cards?|plaques?|messages?|graffiti|tattoos?)\s*,?\s*$/i;

/** Cues that go on with what the speaker of the clause before them said: "…, the governor said, adding that …". */
const FOLLOW_ON_WORDS = 'adding|noting|saying|explaining|stressing|insisting|warning|arguing|acknowledging|conceding|cautioning|estimating';
const FOLLOW_ON = new RegExp(`^(?:${FOLLOW_ON_WORDS})$`, 'i');
/** A comma and a follow-on cue inside a speaker span: the speaker ends before it ("John Doe, noting that …"). */
const FOLLOW_ON_IN_SPEAKER = new RegExp(`,\\s*(?:${FOLLOW_ON_WORDS})\\b`, 'i');

/**
 * A participle that goes on with a statement ("…, regional governor Petra Lind said on Thursday, adding that 180
 * passengers had been on board") speaks for the speaker of the cue just before it in its sentence, not for the nearest
 * name of the words before ("Keros"); that earlier content ends at the comma before the participle, and no speaker
 * runs over such a comma. Written as a rule: the span scorers were trained on single cues and read these apart.
 */
function followOnCues(text: string, list: Attribution[]): Attribution[] {
  const cut = list.map((a) => {
    if (!a.speaker) return a;
    const m = FOLLOW_ON_IN_SPEAKER.exec(a.speaker.text);
    if (!m || m.index === 0) return a;
    const span: [number, number] = [a.speaker.span[0], a.speaker.span[0] + m.index];
    return { ...a, speaker: { ...a.speaker, text: text.slice(span[0], span[1]), span } };
  });
  return cut.map((a, i) => {
    if (!FOLLOW_ON.test(a.cue.text)) return a;
    // The nearest cue before this one whose words reach it with nothing but a short, unbroken stretch and a comma.
    let before: Attribution | null = null;
    for (const b of cut) {
      if (b === cut[i] || b.cue.span[1] > a.cue.span[0] || !b.speaker || FOLLOW_ON.test(b.cue.text)) continue;
      const from = Math.max(b.cue.span[1], b.speaker.span[0] > b.cue.span[1] ? b.speaker.span[1] : 0);
      const between = text.slice(from, a.cue.span[0]);
      if (!/^[^.!?;"“”\n]{0,60},\s*$/.test(between)) continue;
      if (!before || b.cue.span[1] > before.cue.span[1]) before = b;
    }
    if (!before) return a;
    return { ...a, speaker: before.speaker, rule: `${a.rule}+follow-on` };
  }).map((b) => {
    // The earlier cue's content stops before ", adding that …".
    if (b.content === null || b.content.span[0] < b.cue.span[1]) return b;
    const inner = FOLLOW_ON_IN_SPEAKER.exec(b.content.text);
    if (!inner || inner.index === 0) return b;
    const span: [number, number] = [b.content.span[0], b.content.span[0] + inner.index];
    return { ...b, content: { ...b.content, text: text.slice(span[0], span[1]), span } };
  });
}

/**
 * A content told before its cue ("At least 12 people were injured, the health ministry said") never runs back over
 * another attribution's cue: where it does ('"One woman died," said the mayor. At least 12 ...'), it starts after the
 * sentence of that cue. The claims and "who said what" then give each speaker only their own words. `bounds`: the cues
 * that end contents so, the ones left out as acts among them.
 */
function cutAtOtherCues(text: string, list: Attribution[], bounds: readonly Attribution[] = list): Attribution[] {
  // A paragraph's sentences, split once however many cues stand in it.
  const split = new Map<string, ReturnType<typeof splitSentences>>();
  const sentencesOf = (paragraph: [number, number]) => {
    const key = `${paragraph[0]}:${paragraph[1]}`;
    return split.get(key) ?? split.set(key, splitSentences(text, [paragraph])).get(key)!;
  };
  return list.map((a) => {
    if (a.content === null || a.cue.span[0] < a.content.span[1]) return a;
    let start = a.content.span[0];
    const end = a.content.span[1];
    for (const b of bounds) {
      if (b === a || b.cue.span[0] < start || b.cue.span[1] > end) continue;
      // The end of the sentence that holds the other cue, as the sentence splitter reads it ("at 2 p.m. on Frenchmen Street"
      // goes on; "around 11:10 p.m. The gun was found" ends).
      const at = Math.max(b.cue.span[1], b.speaker?.span[1] ?? 0);
      const paragraph: [number, number] = [text.lastIndexOf('\n', b.cue.span[0]) + 1, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)];
      const sentence = sentencesOf(paragraph).find((s) => s.span[0] <= at && at <= s.span[1]);
      const next = sentence ? sentence.span[1] + (/^\s*/.exec(text.slice(sentence.span[1]))?.[0].length ?? 0) : end;
      if (next > start && next < end) start = next;
    }
    if (start === a.content.span[0]) return a;
    return { ...a, content: { ...a.content, text: text.slice(start, end), span: [start, end] as [number, number] } };
  });
}
