// The content a cue is kept with: the sentence before the comma of a cue that closes it ("..., Sheriff Scott D. Hess
// said."), a title's quote marks read as no quotation, no dateline, and the words of a quotation split by its cue.
import { datelineLength } from '../../model/dateline.js';
import { sentenceAt } from '../claims-context.js';
import { LISTENER_NOUNS, LISTENER_PRONOUNS } from './lexicon.js';

/** Where the sentence text of the content before a trailing cue opens: after spaces and an opening quote mark. */
const OPENING = /^[\s"“‘'(]*/u;
/** What may follow a trailing cue and its speaker to the sentence's end: a day, a channel, a manner; never another clause. */
const CLOSING = /^[^"“”,;:]{0,48}$/u;

/**
 * A cue that closes its sentence, its speaker set off by a comma from what was said ("Jacob Stahl died at about 5:30
 * p.m. Friday, Sheriff Scott D. Hess said."; "The victim was hit twice, said police spokesman Tom Lee."), reports the
 * whole sentence before the comma. The span scorers sometimes open the content inside it ("Friday"), where an
 * abbreviation's full stop looks like a sentence's end. Returns where the content opens in the sentence, or null when the
 * content already opens there or the cue is no such closing cue: a quotation (quote marks before the content) keeps
 * its own span.
 */
export function trailingContentStart(
  text: string,
  content: readonly [number, number],
  cue: readonly [number, number],
  speaker: readonly [number, number] | null,
  sentence: readonly [number, number],
): number | null {
  if (!speaker || content[0] <= sentence[0]) return null;
  const head = Math.min(cue[0], speaker[0]);
  const tail = Math.max(cue[1], speaker[1]);
  if (content[1] > head || tail > sentence[1]) return null;
  // Only a comma between what was said and the speaker's words.
  if (!/^\s*,\s*$/.test(text.slice(content[1], head))) return null;
  // The cue and speaker close the sentence: a day or a channel may follow ("said Friday", "said in a statement"), no clause.
  if (!CLOSING.test(text.slice(tail, sentence[1]).replace(/[.!?…]+["”’']?\s*$/u, ''))) return null;
  const before = text.slice(sentence[0], content[0]);
  // A quotation, or another clause set off before the content, keeps the span as read; a report opening the sentence is
  // what the closing cue reports ("Kinchen told police she was ... console, a police report says.").
  if (/["“”]/u.test(before) || (/\b(?:said|says|told|according\s+to)\b/i.test(before) && !REPORT_OPENS.test(before))) return null;
  const start = sentence[0] + (OPENING.exec(text.slice(sentence[0], content[0]))?.[0].length ?? 0);
  return start < content[0] ? start : null;
}

/** A sentence that opens with its own report, a few words of speaker and a verb of saying: "Kinchen told police she ...". */
const REPORT_OPENS = /^\s*(?:[\p{L}'’.-]+\s+){1,5}(?:said|says|told|tells)\s+(?![^,]*\b(?:said|says|told|tells|according\s+to)\b)/u;

/** A day or a time alone, read as a content after its cue ("announced Tuesday", "said late Friday"). */
export const DAY_ONLY = /^(?:on\s+|late\s+|early\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?[.!]?$/i;

/** Whom something was told, alone after "told": "investigators", "police", "reporters", "him", "The Associated Press", "KSAT". */
const LISTENER_ONLY = new RegExp(String.raw`^(?:(?:the|a)\s+)?(?:${LISTENER_NOUNS}|${LISTENER_PRONOUNS}|\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3})[.!]?$`, 'u');

/** Where or how it was said, alone after its cue ("announced during Wednesday press conference", "said in a statement"). */
const OCCASION_ONLY = /^(?:in|at|during|on|via|through)\s+(?:(?:an?|the|its|their|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:statement|conference|briefing|release|interview|post|tweet|Facebook|Twitter|email|letter|hearing|meeting|appearance)[.!]?$/iu;

/**
 * A closing cue whose content was read as its own words ("Pike died Tuesday after a long illness, his family said in a
 * statement", the content read as "his family said in a statement") or as a word after it ("..., the White House
 * announced Tuesday", the content read as "Tuesday"; "..., police announced during Wednesday press conference") or as the whole sentence over it: what was said is the sentence
 * before the comma.
 * Returns that span, or null where the content is not the speaker's and cue's own clause or no comma sets them off.
 */
export function closingCueOwnContent(
  text: string,
  content: readonly [number, number],
  cue: readonly [number, number],
  speaker: readonly [number, number] | null,
  sentence: readonly [number, number],
): [number, number] | null {
  if (!speaker) return null;
  const head = Math.min(cue[0], speaker[0]);
  const tail = Math.max(cue[1], speaker[1]);
  // The content read is the speaker's and cue's own clause, or a word after them ("the White House announced Tuesday").
  const ownClause = content[0] === speaker[0] && content[1] >= cue[1] && speaker[1] <= cue[0];
  // "..., the boy told investigators.": whom it was told, alone after "told", is no content either.
  const listener = content[0] >= tail && /^(?:told|tells|tell)$/i.test(text.slice(cue[0], cue[1])) && LISTENER_ONLY.test(text.slice(content[0], content[1]));
  const dayAfter = listener || (content[0] >= tail && (DAY_ONLY.test(text.slice(content[0], content[1])) || OCCASION_ONLY.test(text.slice(content[0], content[1]))));
  // Or the whole sentence, the speaker and cue with it ("Her blood-alcohol content was 0.15, authorities said at the time").
  const overCue = content[0] < head && content[1] >= cue[1] && speaker[1] <= cue[0];
  // Or the speaker's own clause where the speaker was read with a time before its comma ("..., at about 1:15 a.m. Tuesday,
  // sheriff's sergeant Diane Hecht said in a statement", the speaker read from "Tuesday"): the comma inside the speaker
  // span sets off what was said.
  const inner = speaker[0] < content[0] && content[0] < speaker[1] && /,\s*$/.test(text.slice(speaker[0], content[0])) && content[1] >= cue[1] && speaker[1] <= cue[0];
  // A speaker read over what was said to its own comma ("Cardona then shot the 13-year-old, the boy"): it opens after that comma.
  const opensSentence = () => speaker[0] <= sentence[0] + (OPENING.exec(text.slice(sentence[0], speaker[1]))?.[0].length ?? 0);
  const spokenComma = listener && speaker[1] <= cue[0] && opensSentence() ? text.slice(speaker[0], speaker[1]).lastIndexOf(', ') : -1;
  const lead = inner ? content[0] : spokenComma > 0 ? speaker[0] + spokenComma + 2 : head;
  if ((!ownClause && !dayAfter && !overCue && !inner) || lead <= sentence[0] || tail > sentence[1]) return null;
  const comma = /,\s*$/.exec(text.slice(sentence[0], lead));
  if (!comma || !CLOSING.test(text.slice(tail, sentence[1]).replace(/[.!?…]+["”’']?\s*$/u, ''))) return null;
  const start = sentence[0] + (OPENING.exec(text.slice(sentence[0], lead))?.[0].length ?? 0);
  const end = sentence[0] + comma.index;
  return end > start && !quotationIn(text, start, end) ? [start, end] : null;
}

/** Whether quote marks between `from` and `to` open a quotation, not only titles or nicknames ('Vincent "The Hammer" Galli'). */
function quotationIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!/["“”]/u.test(text[i]!)) continue;
    const end = /["“]/u.test(text[i]!) ? quotedTitleEnd(text, i) : null;
    if (end === null) return true;
    i = end - 1;
  }
  return false;
}

/** A title in quote marks: up to six words, each capitalised but for a few small ones, the closing mark then a comma or a space. */
const QUOTED_TITLE = /^["“]((?:\p{Lu}[\p{L}'’&.-]*|\d+|of|the|and|a|an|in|on|to|for|at|with)(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|\d+|of|the|and|a|an|in|on|to|for|at|with)){0,5})[,.]?["”]/u;

/** The end of a quoted title at `at` ('"Harbor Lights,"'), or null where no title opens there. */
export function quotedTitleEnd(text: string, at: number): number | null {
  const m = QUOTED_TITLE.exec(text.slice(at, at + 80));
  return m && /\p{Lu}/u.test(m[1]![0] ?? '') ? at + m[0].length : null;
}

/**
 * A content read from the opening mark of a title in quotes ('Jenna Cole, star of "Harbor Lights," has checked into
 * rehab, her representative said', 'stars in "Harbor Lights," now in its fifth season. Production is not expected to be
 * affected, a network spokeswoman said'): the marks quote a name, not the speaker's words. What was said opens where the
 * cue's sentence opens (the sentence before the comma for a closing cue). Returns the new start, or null.
 */
export function titleQuoteStart(text: string, content: readonly [number, number], cue: readonly [number, number], sentence: readonly [number, number]): number | null {
  // The content may open on the mark or right after it.
  const mark = /["“]/u.test(text[content[0]] ?? '') ? content[0] : /["“]/u.test(text[content[0] - 1] ?? '') ? content[0] - 1 : -1;
  if (mark < 0 || quotedTitleEnd(text, mark) === null || content[0] > cue[0]) return null;
  const start = sentence[0] + (OPENING.exec(text.slice(sentence[0], content[1]))?.[0].length ?? 0);
  return start !== content[0] && start < content[1] ? start : null;
}

/** The words a closing cue may name its speaker by: a rank or role and a name, capitalised words with initials and "Jr."; then an apposition after a comma. */
const NAME_AFTER_CUE = /^(\s+)((?:(?!(?:he|she|they|it|we|i|you|that|this|there|what|which|who|was|were|is|are|had|has|have|would|will|could|in|on|at|to|of|for|after|before|when|while|if|and|but)\s)[\p{Ll}'’-]+\s+){0,3}\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*(?:\.(?=\s))?(?:\s+\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*(?:\.(?=\s))?){0,5}(?:\s*,\s*(?:an?|the|who|whose)\s+[^,;:"“”.!?]{1,60})?)\s*[.!]?["”’']?\s*$/u;
/** Cues that close a sentence with the speaker after them (", said Sgt. Tom Lee."). */
const INVERTING_CUE = /^(?:said|says|added|adds|explained|noted|stated)$/i;

/**
 * "The man was at home when the shooting occurred, said Major Tod Goodyear, a sheriff's office spokesman.": a cue of
 * saying right after a comma, followed to the sentence's end by a name (a rank before it, an apposition after it), has
 * that name for its speaker and the sentence before the comma for its content, whatever the scorers read (they may take
 * the clause before the comma for the speaker and the name for the content). A quotation keeps its own reading.
 * Returns the speaker and content spans, or null where the cue is no such closing cue or they were read so.
 */
export function invertedClosingCue(
  text: string,
  content: readonly [number, number],
  cue: readonly [number, number],
  speaker: readonly [number, number] | null,
  sentence: readonly [number, number],
): { speaker: [number, number]; content: [number, number] } | null {
  if (!INVERTING_CUE.test(text.slice(cue[0], cue[1])) || cue[0] <= sentence[0] || cue[1] >= sentence[1]) return null;
  const comma = /,\s*$/.exec(text.slice(sentence[0], cue[0]));
  if (!comma) return null;
  const name = NAME_AFTER_CUE.exec(text.slice(cue[1], sentence[1]));
  if (!name) return null;
  const who: [number, number] = [cue[1] + name[1]!.length, cue[1] + name[1]!.length + name[2]!.length];
  const start = sentence[0] + (OPENING.exec(text.slice(sentence[0], cue[0]))?.[0].length ?? 0);
  const said: [number, number] = [start, sentence[0] + comma.index];
  if (said[1] <= said[0] || quotationIn(text, said[0], said[1])) return null;
  // Read so already: the content before the comma (or a part of it the other rules mend) and the name for the speaker.
  if (speaker && speaker[0] >= who[0] && content[1] <= said[1]) return null;
  return { speaker: who, content: said };
}

/**
 * The content span as the product keeps it, from the span the scorers read: opened at its sentence where it was read
 * from a title's quote mark (`titleQuoteStart`), the sentence before the comma of a closing cue (`closingCueOwnContent`,
 * `trailingContentStart`). `titled`: whether a title's marks were taken for a quotation.
 */
export function keptContent(
  text: string,
  read: readonly [number, number],
  cue: readonly [number, number],
  speaker: readonly [number, number] | null,
  sentence: readonly [number, number],
): { span: [number, number]; titled: boolean } {
  const titled = titleQuoteStart(text, read, cue, sentence);
  const content: [number, number] = titled === null ? [read[0], read[1]] : [titled, read[1]];
  const own = closingCueOwnContent(text, content, cue, speaker, sentence);
  if (own) return { span: afterDateline(text, own, sentence), titled: titled !== null };
  const start = trailingContentStart(text, content, cue, speaker, sentence);
  return { span: afterDateline(text, start === null ? content : [start, content[1]], sentence), titled: titled !== null };
}

/**
 * A content opening in the dateline of its sentence ("NAIROBI, Kenya (AP) - Somali pirates hijacked a tanker on Sunday,
 * a maritime official said"): the place and the agency are the page's, not the speaker's words; what was said opens after them.
 */
function afterDateline(text: string, span: [number, number], sentence: readonly [number, number]): [number, number] {
  if (span[0] < sentence[0]) return span;
  const opens = sentence[0] + datelineLength(text.slice(sentence[0], sentence[1]));
  return span[0] < opens && opens < span[1] ? [opens, span[1]] : span;
}

/** The attributions with their contents as the product keeps them (`keptContent`). */
export function withTrailingContent<A extends { content: { text: string; span: [number, number] }; cue: { span: [number, number] }; speaker: { span: [number, number] } | null; direct?: boolean }>(
  text: string,
  list: readonly A[],
  sentences: readonly { span: [number, number] }[],
): A[] {
  return withinClosingCues(text, keptContents(text, list, sentences), sentences);
}

/**
 * "Kinchen told police she was sitting in a car when the child found the gun, a police report says.": a content read
 * over a closing cue that reports the sentence before its comma (the report's content holding this one) ends at that
 * comma; the cue and its speaker are no part of what Kinchen told.
 */
function withinClosingCues<A extends { content: { text: string; span: [number, number] }; cue: { span: [number, number] }; speaker: { span: [number, number] } | null }>(
  text: string,
  list: A[],
  sentences: readonly { span: [number, number] }[],
): A[] {
  // A cue and speaker set off by a comma after their content that close the sentence ("..., a police report says."), not
  // an aside inside it ("the Rancheria which, according to its website, is a tribe").
  const closes = (b: A): boolean => {
    if (!b.speaker) return false;
    const head = Math.min(b.speaker.span[0], b.cue.span[0]);
    const tail = Math.max(b.speaker.span[1], b.cue.span[1]);
    const s = sentences[sentenceAt(sentences, b.cue.span[0])];
    return !!s && head > b.content.span[1] && /^\s*,\s*$/.test(text.slice(b.content.span[1], head))
      && CLOSING.test(text.slice(tail, s.span[1]).replace(/[.!?…]+["”’']?\s*$/u, ''));
  };
  // The closing cues by the sentence their content opens in: a content is held only against those of its own sentence.
  const bySentence = new Map<number, A[]>();
  for (const b of list) {
    if (!closes(b)) continue;
    const si = sentenceAt(sentences, b.content.span[0]);
    const here = bySentence.get(si);
    if (here) here.push(b);
    else bySentence.set(si, [b]);
  }
  if (bySentence.size === 0) return list;
  return list.map((a) => {
    const [cs, ce] = a.content.span;
    const closing = (bySentence.get(sentenceAt(sentences, cs)) ?? []).find((b) => b !== a && b.speaker && b.content.span[0] <= cs && b.content.span[1] > cs && b.content.span[1] < ce
      && Math.max(b.speaker.span[1], b.cue.span[1]) <= ce);
    if (!closing || a.cue.span[0] >= closing.content.span[1]) return a;
    const end = closing.content.span[1];
    return { ...a, content: { ...a.content, text: text.slice(cs, end), span: [cs, end] as [number, number] } };
  });
}

function keptContents<A extends { content: { text: string; span: [number, number] }; cue: { span: [number, number] }; speaker: { span: [number, number] } | null; direct?: boolean }>(
  text: string,
  list: readonly A[],
  sentences: readonly { span: [number, number] }[],
): A[] {
  return list.map((read) => {
    const s = sentences[sentenceAt(sentences, read.cue.span[0])];
    if (!s) return read;
    const inverted = invertedClosingCue(text, read.content.span, read.cue.span, read.speaker?.span ?? null, s.span);
    const a: A = inverted ? {
      ...read,
      direct: false,
      speaker: { ...read.speaker, text: text.slice(inverted.speaker[0], inverted.speaker[1]), span: inverted.speaker },
      content: { ...read.content, text: text.slice(inverted.content[0], inverted.content[1]), span: inverted.content },
    } : read;
    const { span, titled } = keptContent(text, a.content.span, a.cue.span, a.speaker?.span ?? null, s.span);
    if (span[0] === a.content.span[0] && span[1] === a.content.span[1]) return a;
    // A speaker read over the end of what was said ("Tuesday, sheriff's sergeant Diane Hecht") opens after it.
    const sp = a.speaker?.span;
    const over = sp && sp[0] < span[1] && sp[1] > span[1] && span[1] <= a.cue.span[0] ? span[1] + (/^[\s,]*/.exec(text.slice(span[1], sp[1]))?.[0].length ?? 0) : null;
    const speaker = over !== null && a.speaker && over < a.speaker.span[1] ? { ...a.speaker, text: text.slice(over, a.speaker.span[1]), span: [over, a.speaker.span[1]] as [number, number] } : a.speaker;
    return { ...a, speaker, ...(titled ? { direct: false } : {}), content: { ...a.content, text: text.slice(span[0], span[1]), span } };
  });
}

/**
 * The words of a content as a reader reads them: a quotation split by its cue ('"We knew what was at stake," Young said.
 * "This group has been through a lot."') is read as one content running over the cue (so its span covers both parts);
 * its words leave the cue and the speaker out ("We knew what was at stake … This group has been through a lot"), as they
 * do where the cue is set off by commas inside a reported content.
 */
export function contentWords(text: string, content: readonly [number, number], cue: readonly [number, number], speaker: readonly [number, number] | null): string {
  const head = Math.min(cue[0], speaker?.[0] ?? cue[0]);
  const tail = Math.max(cue[1], speaker?.[1] ?? cue[1]);
  const whole = text.slice(content[0], content[1]);
  if (!(content[0] < head && content[1] > tail)) return whole;
  const first = /^(.*?)[,.!?]?["”]\s*,?\s*$/su.exec(text.slice(content[0], head));
  const second = /^[\s,.;:!?]*["“]\s*(.*)$/su.exec(text.slice(tail, content[1]));
  if (first && second && first[1] && second[1]) return `${first[1]} … ${second[1]}`;
  // "Turnout was 63 percent, Secretary of State Jena Griswold said, slightly below 2018's 64 percent": a cue set off by
  // commas inside what was said.
  const before = /^(.*?\S)\s*,\s*$/su.exec(text.slice(content[0], head));
  const after = /^\s*,\s*(\S.*)$/su.exec(text.slice(tail, content[1]));
  return before && after && !/["“”]/u.test(whole) ? `${before[1]} … ${after[1]}` : whole;
}
