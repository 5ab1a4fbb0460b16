// Helpers the claims pass shares: the sentence index, origins of attributions, time, place, modality and negation, page chrome.
import type { Attribution, Because, DateMention, EntityMention, Modality, Sentence, Token } from '../model/analysis.js';
import type { ClaimLexicon } from './claims-lexicon.js';
import type { ClaimInput, ClaimOptions } from './claims.js';
import { speakerHead } from './attribution/speaker-head.js';
import { mentionOverCredit } from './attribution/speaker-kind.js';
import { REFUSED_THING } from './attribution/cue-kind.js';
import { KIN_OF_NAME } from './entities/resolve.js';

/** Page chrome that is no statement: photo captions and credits, video-player labels, share prompts. */
export const CHROME = /^\s*(?:\(?(?:photo|image|video|raw video|watch|file photo|credit|getty images|ap photo|reuters(?!\)\s*(?:—|–|-{1,2})\s)|published|last updated|updated|posted)\b|click\b|share\b|copyright\b|©)|\b(?:raw video|photo credit|image \d+ of \d+|view as (?:list|gallery)|open gallery|\(ap photo|\/ ?getty|all rights reserved|comment(?:ing)? policy|solely responsible for your comments)\b|\$\{?_{2,}\w*|\{\{|\b\d{1,2}:\d{2}:\d{2}\s+[A-Z]{2,4}\s+\d{4}\b/i;

/**
 * A link to another story left in the page text, opened by the label a page sets before such links ("MORE: 4 injured
 * in drive-by shooting", "• Related: 2 suspects killed", "STORY: 1 dead in triple shooting", "RELATED: Man killed in crash", "Read more: ...", "LIVE: 25 hurt in apparent explosion"):
 * the headline after the label is another story's, so its figures are no figures of this one. The label is written in
 * capitals or opens the line with a capital and a colon, never a word of a sentence ("More than 20 were hurt").
 */
export const TEASER_LABEL = /^\s*(?:[•·+*]\s*)?(?:(?:MORE|RELATED|READ|ALSO|SEE ALSO|LIVE|TRENDING|LATEST|MUST READ|DON['’]T MISS|UP NEXT|MORE NEWS|TOP STORIES|POPULAR|RECOMMENDED|STORY|NEXT STORY|PREVIOUS STORY)(?: (?:STORY|STORIES|COVERAGE|CONTENT|ARTICLES?|LINKS?|MORE|ALSO|HEADLINES|NEWS|VIDEO))?|(?:Related|Read more|Read also|Also read|See also|More news|Related story|Related stories|Related coverage|Don['’]t miss|Up next|Trending now|Must read))\s*:\s+\S/u;

/**
 * An entry of a video player's playlist left in the page text ("10:35 Attorney: DUI suspect charged in death of
 * Northside teen offers condolences Pause"): a clip's running time, then another story's title, and often the
 * player's "Pause" label. Not a time of day ("10:35 p.m.").
 */
export const PLAYLIST_ENTRY = /^\s*\d{1,2}:\d\d\s+(?![ap]\.?m\b|[AP]M\b|[ap]\.m\.)[^\d\s]/u;

/**
 * An entry of a list of links left in the page text ("+ Police: Men dressed as priests scamming Bardstown residents"
 * under "MORE FROM WAVE3.COM"): a line opened by a bullet that never ends as a sentence is another story's headline.
 */
export const LINK_ENTRY = /^\s*[•·+*]\s+[^\n]*[^\s.!?"”'’)…:]\s*$/u;

/** A photo credit alone in brackets, left as a sentence of its own: "(Maya Earls/The Baltimore Sun via AP).", "(Photo: John Doe/Staff)". */
export const CREDIT_ONLY = /^\s*\((?:[^()]*\/[^()]*|[^()]*\bvia\s+(?:AP|Reuters|AFP|Getty(?:\s+Images)?)\b[^()]*)\)\.?\s*$/u;

/** Page chrome of any kind named above: credits and player labels, labelled links to other stories, playlist entries. */
export function isChromeSentence(text: string): boolean {
  return CHROME.test(text) || TEASER_LABEL.test(text) || PLAYLIST_ENTRY.test(text) || LINK_ENTRY.test(text) || CREDIT_ONLY.test(text);
}

/**
 * Whether a sentence can hold claims: body or headline text, not a caption or page chrome (credits, player labels, a
 * page template's unfilled placeholders "${__output}" and server time stamps "Sun Mar 08 20:35:45 PDT 2015"), nor a
 * labelled link to another story (`TEASER_LABEL`).
 */
export function isStatementSentence(s: Sentence, chrome = isChromeSentence(s.text)): boolean {
  return s.kind !== 'caption' && !chrome && !(s.kind === 'body' && isShouted(s.text));
}

/**
 * A body line of four words or more written wholly in capitals ("WE NOW KNOW THE NAMES OF THOSE INVOLVED IN
 * YESTERDAY'S"): a broadcast transcript's or a page's banner, cut where the page cut it; it states nothing the body
 * does not state in its own sentences.
 */
export function isShouted(text: string): boolean {
  // "Carmen: NEW DETAILS IN THE SHOOTING ...", "Will: BRYSON IS DUE BACK IN COURT SEPTEMBER 22nd": a transcript's speaker
  // label and an ordinal's suffix are written in lower case around the shouted line.
  // Most sentences hold no two capitals in a row: they are read no further.
  if (!/\p{Lu}{2}/u.test(text)) return false;
  const line = /\p{Ll}/u.test(text) ? text.replace(/^\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?:\s+/u, '').replace(/(\d)(?:st|nd|rd|th)\b/g, '$1') : text;
  return !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 4;
}

export const because = <T>(value: T, rule: string): Because<T> => ({ value, rule });
export const PRONOUNS = /^(he|she|they|it|we|i|his|her|their|its)$/i;

/** Index of the sentence holding an offset (sentences are sorted and disjoint). */
export function sentenceAt(sentences: readonly Pick<Sentence, 'span'>[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.span[0]) hi = mid - 1;
    else if (offset >= s.span[1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Per sentence: the indices of the entities, dates, attribution cues and attribution contents it holds. */
export interface SentenceIndex {
  entities: number[][];
  dates: number[][];
  cues: number[][];
  contents: number[][];
  /** Whether each sentence can hold claims (not a caption, not page chrome): tested once per sentence. */
  statement: boolean[];
  /** Whether each sentence is page chrome (photo credits, player labels). */
  chrome: boolean[];
  /** The article's speakers named in full where it quotes them (`fullNameSpeakers`), found once when first asked for. */
  quotedFull?: number[];
}

/** Buckets every mention, date and attribution by sentence once, so each lookup reads one sentence's few items. */
export function indexSentences(input: ClaimInput): SentenceIndex {
  const n = input.sentences.length;
  const make = () => Array.from({ length: n }, () => [] as number[]);
  const chrome = input.sentences.map((s) => isChromeSentence(s.text));
  const idx: SentenceIndex = { entities: make(), dates: make(), cues: make(), contents: make(), chrome, statement: input.sentences.map((s, i) => isStatementSentence(s, chrome[i])) };
  const put = (bucket: number[][], offset: number, i: number) => {
    const si = sentenceAt(input.sentences, offset);
    if (si >= 0) bucket[si].push(i);
  };
  input.entities.forEach((e, i) => put(idx.entities, e.span[0], i));
  input.dates.forEach((d, i) => put(idx.dates, d.span[0], i));
  input.attributions.forEach((a, i) => {
    put(idx.cues, a.cue.span[0], i);
    const first = sentenceAt(input.sentences, a.content.span[0]);
    const last = sentenceAt(input.sentences, Math.max(a.content.span[0], a.content.span[1] - 1));
    if (first < 0) return;
    for (let si = first; si <= (last < 0 ? first : last); si++) idx.contents[si].push(i);
  });
  return idx;
}

export function tokensBefore(s: Sentence, offset: number): Token[] {
  return s.tokens.filter((t) => t.span[1] <= offset);
}

export function tokensAfter(s: Sentence, offset: number): Token[] {
  return s.tokens.filter((t) => t.span[0] >= offset);
}

/** The name an entity mention stands for: its antecedent's text when it refers back, without a possessive. */
export function mentionName(entities: readonly EntityMention[], index: number): string {
  let m = entities[index];
  const seen = new Set<number>();
  while (m.refersTo !== undefined && !seen.has(m.refersTo) && entities[m.refersTo]) {
    seen.add(m.refersTo);
    m = entities[m.refersTo];
  }
  return m.text.replace(/['’]s$/, '');
}

export function mentionAt(entities: readonly EntityMention[], span: [number, number], candidates?: readonly number[]): number {
  let best = -1;
  for (const i of candidates ?? entities.keys()) {
    const e = entities[i];
    if (e.span[0] < span[1] && span[0] < e.span[1]) {
      if (best < 0 || e.span[1] - e.span[0] > entities[best].span[1] - entities[best].span[0]) best = i;
    }
  }
  return best;
}

const REPORT_OF = /(?<=\S)['’]s\s+(?:(?:latest|new|own|last|first|final|official|preliminary|updated|initial|revised)\s+)?(?:count|tally|toll|figures?|data|report|statement|estimate|records?)$/i;
const TRAILING_ADVERB = /\s+(?:earlier|later|also|previously|initially|first|again|now|then|already|still|originally|subsequently)$/i;

/**
 * The origin an attribution names: the proper name its speaker resolves to; a descriptive
 * speaker ("South Korea's secret service") keeps its own words so that linking can match it.
 */
export function speakerName(a: Attribution, entities: readonly EntityMention[], text: string, candidates?: readonly number[]): string | null {
  if (!a.speaker) return null;
  const idx = a.speaker.mention ?? speakerHead(text, a.speaker.span, entities, candidates);
  // "The airline earlier said": an adverb of time between the speaker and the cue is no part of the name.
  // "according to the health ministry's latest count": the possessor of a count or a report is the speaker.
  // A semicolon ends a name ("according to police; a three-year-old and two ten-year-olds").
  const told = expandDescriptor(text, a.speaker.span).replace(/\s*;[\s\S]*$/, '').replace(/^(the|a)\s+/i, '').replace(REPORT_OF, '').replace(/['’]s$/, '').replace(TRAILING_ADVERB, '');
  const words = namedBefore(told, text, a.speaker.span[0]) ?? told;
  // A possessor ("South Korea" in "South Korea's secret service") is not the speaker.
  const possessor = idx >= 0 && /^['’]s\b/.test(a.speaker.text.slice(entities[idx].span[1] - a.speaker.span[0]));
  // A mention that runs back over a photo credit's outlet ("TOM HINDMAN | Gazette Mail Police") names no one: the speaker's own words do.
  const overCredit = idx >= 0 && entities[idx].span[0] < a.speaker.span[0] && mentionOverCredit(text, entities[idx].span);
  if (idx >= 0 && !possessor && !overCredit) {
    const name = mentionName(entities, idx);
    if (/^\p{Lu}/u.test(name) || entities[idx].refersTo !== undefined) return name;
    return PRONOUNS.test(a.speaker.text.trim()) ? null : words;
  }
  if (PRONOUNS.test(a.speaker.text.trim())) return null;
  return words;
}

const BODY_FIELD = /^(?:transport|transportation|health|interior|foreign|defen[cs]e|justice|finance|education|emergency|state|city|county|federal|national|regional|local|police|fire|election|electoral|civil|aviation|public|safety|security|environment|environmental|agriculture|energy|economy|trade|labou?r|immigration|coroner['’]s|sheriff['’]s|examiner['’]s)$/i;

/** The pattern of a body head with the words before it, made once per head. */
const BODY_BEFORE = new Map<string, RegExp>();

/** Heads of a body that "the ministry", "the agency" stand for once the article has named it in full. */
const BODY_HEAD = /^(?:ministry|agency|department|commission|council|committee|bureau|authority|service|office)$/i;

/**
 * "the ministry said", after "the transport ministry said" earlier in the article: a bare head noun stands for the
 * last body of that head the article named before it ("transport ministry", "Civil Aviation Authority").
 */
function namedBefore(words: string, text: string, before: number): string | null {
  if (!BODY_HEAD.test(words)) return null;
  const head = words.toLowerCase();
  let re = BODY_BEFORE.get(head);
  if (re === undefined) BODY_BEFORE.set(head, (re = new RegExp(String.raw`\b((?:[\p{L}'’-]+\s+){1,3})${head}\b`, 'giu')));
  re.lastIndex = 0;
  let last: string | null = null;
  for (const m of text.slice(Math.max(0, before - 3000), before).matchAll(re)) {
    const mods = m[1].trim().split(/\s+/);
    // The modifiers right before the head: words of a name ("City", "Medical Examiner's") or a body's field ("transport",
    // "health"), nothing else ("said the transport ministry" -> "transport ministry").
    const kept: string[] = [];
    for (let i = mods.length - 1; i >= 0 && (/^\p{Lu}/u.test(mods[i]) || BODY_FIELD.test(mods[i])) && !/^(?:The|A|An|Its|His|Her|Their|Some|Any|Every|Each|This|That)$/.test(mods[i]); i--) kept.unshift(mods[i]);
    if (kept.length > 0) last = `${kept.join(' ')} ${m[0].trim().split(/\s+/).at(-1)}`;
  }
  return last;
}

/**
 * A speaker span holding only a common noun ("service") takes the words before it that belong
 * to its noun phrase: modifiers and a possessor ("South Korea's intelligence service").
 */
export function expandDescriptor(text: string, span: [number, number]): string {
  const own = text.slice(span[0], span[1]);
  if (/^\p{Lu}/u.test(own)) return own;
  const before = text.slice(Math.max(0, span[0] - 80), span[0]);
  const m = /((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*['’]s\s+)?((?:(?<![\p{L}-])[\p{Ll}-]+\s+){0,2})$/u.exec(before);
  if (!m || !m[0]) return own;
  // "according to the health ministry": the words of a cue are no modifiers of its speaker; "died at a local hospital
  // after police say": nor are the words before a preposition or a conjunction, which ends the speaker's noun phrase.
  const mods: string[] = [];
  for (const w of (m[2] ?? '').split(/\s+/).filter(Boolean).reverse()) {
    if (/^(?:the|a|an|as|if|and|but|or|that|said|says|according|to|by|from|of|for|with|after|before|when|while|at|in|on|than|because|until|since|where|which|who)$/.test(w)) break;
    mods.unshift(w);
  }
  return `${m[1] ?? ''}${mods.length ? `${mods.join(' ')} ` : ''}${own}`.trim();
}

export interface Origin {
  name: string;
  rule: string;
  attribution?: number;
  denied: boolean;
}

/** A claim's origin and attribution: the attributed speaker, else the outlet that published it. */
export function originFields(origin: Origin | null, input: ClaimInput): { origin: Because<string>; attribution?: number } {
  return {
    origin: because(origin?.name ?? input.outlet ?? 'the outlet', origin?.rule ?? 'origin/outlet-unattributed'),
    ...(origin?.attribution !== undefined ? { attribution: origin.attribution } : {}),
  };
}

/**
 * "Microsoft has said that ... It has estimated that ...": "it" speaking is the body that spoke in the sentence before
 * (a named speaker that is no person, who would be "he" or "she"), else no one.
 */
function itSpeaker(a: Attribution, si: number, input: ClaimInput, idx: SentenceIndex): string | null {
  if (!a.speaker || !/^it$/i.test(a.speaker.text.trim()) || si === 0) return null;
  const before = idx.cues[si - 1].map((i) => input.attributions[i]).filter((b) => b.speaker && !/^(?:it|he|she|they|we|i)$/i.test(b.speaker.text.trim()));
  const names = new Set(before.map((b) => {
    const mention = b.speaker!.mention;
    if (mention !== undefined && input.entities[mention]?.type === 'person') return null;
    const name = speakerName(b, input.entities, input.text);
    return name && /^\p{Lu}/u.test(name) ? name : null;
  }));
  return names.size === 1 && !names.has(null) ? [...names][0]! : null;
}

/** Cues that report speech ("said", "announced"); "confused about" or "believe" is no telling of the figure before. */
const SPEECH_CUE = /^(?:said|says|say|saying|told|tells|tell|telling|announced|announces|added|adds|reported|reports|confirmed|confirms|stated|states|noted|notes|explained|explains|according)\b/i;

/**
 * A speaker after a figure, with the content of its cue after the figure too, whose cue tells no speech speaks of
 * something else: "Two days after a boy was shot and killed, many are still confused about what happened". A cue of
 * speech ("..., city police announced", "is in stable condition after police said he ...") tells what came from them.
 */
function saysSomethingElse(a: Attribution, span: [number, number]): boolean {
  if (a.speaker === null || a.content.span[0] < span[1] || a.speaker.span[0] < span[1]) return false;
  return !SPEECH_CUE.test(a.cue.text.trim());
}

/** The attribution whose content covers a span (innermost first), or whose cue sits in the same sentence. */
export function attributionFor(span: [number, number], si: number, input: ClaimInput, idx: SentenceIndex): Origin | null {
  let best = -1;
  // Of the contents that cover the figure, one whose cue stands in the figure's own sentence ("..., police said")
  // before one that a cue in another sentence runs over it ("... Trump said Tuesday. Someone shot a 27-year-old man
  // ..., police said"); then the shortest.
  const sentence = input.sentences[si];
  const own = (i: number): number => Number(input.attributions[i].cue.span[0] >= sentence.span[0] && input.attributions[i].cue.span[1] <= sentence.span[1]);
  const length = (i: number): number => input.attributions[i].content.span[1] - input.attributions[i].content.span[0];
  // "2.4 tonnes, not 2 tonnes as first reported, Belgian prosecutors said": a cue with a speaker before one without.
  const named = (i: number): number => Number(input.attributions[i].speaker !== null);
  for (const i of idx.contents[si]) {
    const a = input.attributions[i];
    if (refusedCue(a, input.text)) continue;
    const covers = a.content.span[0] <= span[0] && span[1] <= a.content.span[1];
    if (!covers) continue;
    if (best < 0 || own(i) > own(best) || (own(i) === own(best) && (named(i) > named(best) || (named(i) === named(best) && length(i) < length(best))))) best = i;
  }
  if (best < 0) {
    // A cue in the same sentence with its content elsewhere in it ("..., NIS added").
    best = idx.cues[si].find((i) => {
      const a = input.attributions[i];
      return a.cue.span[1] <= sentence.span[1] && a.speaker !== null && !refusedCue(a, input.text) && !saysSomethingElse(a, span);
    }) ?? -1;
    if (best < 0 || ofSpeakerPhrase(input.attributions[best], span, input.text)) return null;
  }
  const a = input.attributions[best];
  const speakerSentence = a.speaker ? sentenceAt(input.sentences, a.speaker.span[0]) : -1;
  // "said Willrich" where Lura and Royal Willrich are both named: the bearer the article quotes by full name.
  const shared = a.speaker?.mention !== undefined ? sharedSurnameSpeaker(input.entities, a.speaker.mention, idx.quotedFull ??= fullNameSpeakers(input.attributions, input.entities), input.text) : undefined;
  const name = (shared ? shared.name : speakerName(a, input.entities, input.text, speakerSentence >= 0 ? idx.entities[speakerSentence] : undefined)) ?? itSpeaker(a, si, input, idx);
  if (!name) return null;
  return { name, rule: 'origin/attribution-speaker', attribution: best, denied: /^den(y|ies|ied|ying)/i.test(a.cue.text) && !isRefusal(input.text, a.cue.span) };
}

/**
 * Whether a figure is told of the speaker in the speaker's own words, not by the speaker: "Jessica Terry, 20, said",
 * "40-year-old Freida Tiggs said", "said Jontavious Davis, a 21-year-old college student". The reporter tells it.
 */
function ofSpeakerPhrase(a: ClaimInput['attributions'][number], span: [number, number], text: string): boolean {
  if (!a.speaker) return false;
  const [s, e] = a.speaker.span;
  // Only an age: a number set off by commas after a name ("Terry, 20,"), or one of "-year-old".
  const setOff = /,\s*$/.test(text.slice(Math.max(0, span[0] - 3), span[0])) && /^\s*,/.test(text.slice(span[1], span[1] + 3));
  const yearsOld = /^[^,;]*?(?:year|yr)s?[\s-]*old\b/i.test(text.slice(span[0], span[1] + 14));
  if (!setOff && !yearsOld) return false;
  // Inside the speaker's span, or between it and a cue after it ("Jessica Terry, 20, said").
  if (span[0] >= s && (span[1] <= e || (e <= a.cue.span[0] && span[1] <= a.cue.span[0] && /^\s*,\s*$/.test(text.slice(e, span[0]))))) return true;
  // Right before the name, joined to it ("40-year-old Freida Tiggs said").
  if (span[1] <= s && /^(?:[\s-]*(?:year|yr)s?[\s-]*old)?\s+$/i.test(text.slice(span[1], s))) return true;
  // In an apposition right after a name told after its cue ("said Jontavious Davis, a 21-year-old college student").
  return yearsOld && a.cue.span[1] <= s && span[0] >= e && /^\s*,\s*(?:an?\s+|the\s+)?$/i.test(text.slice(e, span[0]));
}

/** The head of a body that measures or estimates: an institute, a survey, an agency ... or a capitalised name. */
const MEASURER = String.raw`((?:[\p{L}.'’-]+\s+){0,5}?(?:institute|survey|agency|centre|center|service|ministry|observatory|bureau|office|authorities|officials|police|\p{Lu}[\p{L}.'’-]+))`;
/** What a measurer does to a figure: "put the magnitude at", "estimated the damage at", "measured it at". */
const MEASURED = String.raw`(?:put|puts|estimated|estimates|measured|measures|recorded|records|registered|registers|rated|rates|calculated|calculates|assessed|assesses|gave|gives|set|sets)`;
const MEASURED_BY = new RegExp(String.raw`(?:^|[,;(]\s*|\bwhich\s+)(?:the\s+)?${MEASURER}\s+${MEASURED}\s+(?:(?:the|its|their|it|them)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:at|as)\s+(?:about\s+|around\s+|nearly\s+|some\s+|magnitude\s+)?$`, 'u');

/**
 * "Mirovia's seismology institute put the magnitude at 6.4", "the quake, which the national institute measured at 6.4":
 * a body that measures or estimates a figure, as the subject of its clause, is the figure's origin, as a speaker is.
 */
export function measuredByOrigin(sentence: Sentence, before: number, input: ClaimInput): Origin | null {
  const m = MEASURED_BY.exec(input.text.slice(sentence.span[0], before));
  if (!m) return null;
  const name = m[1].trim().replace(/^(?:which|that)\s+/i, '').replace(/^(?:the|a|an)\s+/i, '');
  if (/^(?:it|they|he|she|we|which|that|who)$/i.test(name.split(/\s+/)[0])) return null;
  return { name, rule: 'origin/measured-by', denied: false };
}

/** "Zelensky's earlier statement that ...": the possessor of a report noun is the origin. */
export function reportNounOrigin(sentence: Sentence, before: number, input: ClaimInput, lex: ClaimLexicon, candidates: readonly number[]): Origin | null {
  const toks = tokensBefore(sentence, before);
  for (let i = toks.length - 1; i >= 1; i--) {
    if (!lex.reportNouns.has(toks[i].text.toLowerCase())) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const m = /^(.*?)['’]s$/.exec(toks[j].text);
      const possessive = m || (toks[j].text === 's' && j > 0);
      if (!possessive) continue;
      const idx = mentionAt(input.entities, toks[j].span, candidates);
      if (idx >= 0) return { name: mentionName(input.entities, idx), rule: 'origin/report-noun', denied: false };
      // "Ukrainian media reports": the report noun's own phrase names the origin.
    }
    const phraseStart = Math.max(0, i - 2);
    const phrase = toks.slice(phraseStart, i + 1).map((t) => t.text).join(' ');
    if (/^(?:[A-Z][\w-]*\s)?(?:media|officials?|intelligence|government)\s/.test(phrase) || /[A-Z]/.test(toks[phraseStart].text[0] ?? '')) {
      return { name: phrase.replace(/^(previous|earlier|the)\s+/i, ''), rule: 'origin/report-noun-phrase', denied: false };
    }
  }
  return null;
}

/** "when reports circulated that three men had been arrested, police said it wasn't true": a report told only as disowned. */
const REPORT_BEFORE = /\b(?:reports?|rumou?rs?)\s+(?:circulated|spread|emerged|surfaced|swirled)\b|\b(?:reports?|rumou?rs?)\s+that\s+/i;
const DISOWNED_AFTER = /\b(?:said|says|stated|insisted)\s+(?:that\s+)?(?:it|this|that|those\s+reports?|the\s+reports?)\s+(?:was|is|were|are)(?:n['’ ]?t|\s+not)\s+(?:true|accurate|correct)\b|\b(?:denied|dismissed)\s+(?:the\s+)?(?:reports?|rumou?rs?)\b/i;

/**
 * A figure taken back later in its sentence: "Early reports said one person had died, but that proved to be incorrect",
 * "a second victim was reported, but it later turned out to be false".
 */
const TAKEN_BACK_AFTER = /^[^.;]*?\bbut\s+(?:that|this|it|the\s+reports?|those\s+reports?)\s+(?:later\s+|since\s+)?(?:proved|proven|turned\s+out|(?:was|were|has\s+been|have\s+been)\s+(?:later\s+|since\s+)?(?:found|shown|determined))\s+(?:to\s+be\s+)?(?:incorrect|wrong|false|erroneous|inaccurate|mistaken|untrue|unfounded)\b/i;

export function findModality(sentence: Sentence, from: number, to: number, cueDenied: boolean, opts: ClaimOptions): Because<Modality> {
  if (cueDenied) return because<Modality>('denied', 'modality/denial-cue');
  const rel = (x: number) => x - sentence.span[0];
  if (REPORT_BEFORE.test(sentence.text.slice(0, rel(to))) && DISOWNED_AFTER.test(sentence.text.slice(rel(to)))) return because<Modality>('denied', 'modality/report-disowned');
  if (TAKEN_BACK_AFTER.test(sentence.text.slice(rel(to)))) return because<Modality>('denied', 'modality/taken-back');
  const toks = sentence.tokens.filter((t) => t.span[0] >= from && t.span[1] <= to);
  for (let i = toks.length - 1; i >= 0; i--) {
    const w = toks[i].text.toLowerCase();
    if (w === 'already') return because<Modality>('asserted', 'modality/already');
    // "Payton will now rely on Mike Bell, who has had only six carries": a relative clause after a comma is the figure's
    // own clause; a cue of the main clause before it ("will rely") plans nothing of the figure.
    if ((w === 'who' || w === 'which') && toks[i - 1]?.text === ',') break;
    if (w === 'an' && toks[i + 1]?.text.toLowerCase() === 'estimated') return because<Modality>('estimated', 'modality/an-estimated');
    // "is set to visit" plans; "set off explosives", "set fire to", "set up a centre" plan nothing.
    if (w === 'set' && toks[i + 1]?.text.toLowerCase() !== 'to') continue;
    const m = opts.lexicon.modalityCues.get(w);
    // "Will Walker netted 13 points": a cue word written as a name's first word, before another capitalised word, is the name.
    if (m && /^\p{Lu}/u.test(toks[i].text) && /^\p{Lu}\p{Ll}/u.test(toks[i + 1]?.text ?? '')) continue;
    if (m === 'denied' && isRefusal(sentence.text, [toks[i].span[0] - sentence.span[0], toks[i].span[1] - sentence.span[0]])) continue;
    if (m) return because(m, `modality/cue:${w}`);
  }
  return because<Modality>('asserted', 'modality/default');
}

/** A place where people are held, treated or tried after the event: a jail, a prison, a hospital, a court. */
const HOLDING_NAME = /\b(?:jail|prison|penitentiary|detention|correctional|corrections|lock-?up|hospital|medical\s+(?:center|centre)|health|clinic|infirmary|trauma|morgue|court(?:house)?|courtroom)\b/i;
/** Words that take people to where they are held or treated: "booked into", "taken to", "treated at", "arraigned in". */
const TAKEN_TO = /\b(?:booked|taken|rushed|transported|airlifted|flown|transferred|admitted|jailed|lodged|detained|treated|hospitali[sz]ed|arraigned|sentenced)\s+(?:\w+\s+)?(?:into|to|at|in|from)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,4}$/iu;

/**
 * Whether a place told after a figure is where people were held, treated or tried, not where the event
 * happened: "was booked into the Montgomery County Jail", "died at UF Health Jacksonville", "taken to a
 * hospital in Tacoma". A group is never placed there.
 */
export function isHoldingPlace(sentenceText: string, at: number, name: string): boolean {
  if (HOLDING_NAME.test(name)) return true;
  return TAKEN_TO.test(sentenceText.slice(Math.max(0, at - 60), at)) || /\b(?:hospital|jail|prison|court)\s+in\s+$/i.test(sentenceText.slice(Math.max(0, at - 20), at));
}

/** Words before a place that make it someone's home or origin, not where a figure holds: "a gunman from Kansas City", "Gavin Long, 29, of Kansas City", "the officers lived in Denham Springs", "changed his name from X to Y". */
const HOME_BEFORE = /(?:\bfrom|\bfrom\s+(?:[\p{L}.'’-]+\s+){1,4}to|,\s*(?:both\s+|all\s+)?of|\b(?:lived?|lives|living|resides?|resided|residing|born|raised|grew\s+up|hails?|hailed)\s+(?:in|at|near|outside(?:\s+of)?))\s+(?:the\s+(?:city|town|state|village)\s+of\s+)?$/iu;
export const isHomePlace = (before: string): boolean => HOME_BEFORE.test(before);
/** What parts a figure's clause from a place told later in the sentence: a semicolon, a dash, "but", a relative clause opened after a comma. */
const CLAUSE_BREAK = /[;—–]|\bbut\b|,\s*(?:who|which|where|while|whose|whom)\b/i;

/** Initials of a police department, sheriff's office or department: "NYPD", "LRPD", "CCSO", "LASD". */
const AGENCY_INITIALS = /^[A-Z]{1,4}(?:PD|SO|SD)$/;

/** The words between a distance and the place it is measured from: "miles east of", "km from", "kilometres outside". */
const REFERENCE_POINT_BEFORE = /\b(?:miles?|mi|kilomet(?:re|er)s?|km|yards?|feet|metres?|meters?|blocks?)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?|northeast|northwest|southeast|southwest|from|outside|away\s+from|off)\s+(?:of\s+)?(?:downtown\s+)?$/i;

export function findPlace(sentence: Sentence, after: number, exclude: [number, number], entities: readonly EntityMention[], candidates: readonly number[]): Because<string | null> {
  const places = candidates
    .map((i) => ({ e: entities[i], i }))
    .filter(({ e }) => e.type === 'place' && e.span[0] >= sentence.span[0] && e.span[1] <= sentence.span[1])
    .filter(({ e }) => !(e.span[0] < exclude[1] && exclude[0] < e.span[1]))
    // "CCSO officials", "LRPD": a police department's or sheriff's office's initials name a body, no place.
    .filter(({ e }) => !AGENCY_INITIALS.test(e.text))
    // "Belgian prosecutors said": a place opening the name of a body is the body's, no place of the figure ("officers in
    // Riverton" is a body told by where it is).
    .filter(({ e }) => !entities.some((o) => o !== e && o.type === 'organisation' && o.span[0] === e.span[0] && o.span[1] > e.span[1]))
    // "31 points for Denver", "a win against Denver": a team played for or against, no place.
    .filter(({ e }) => !/\b(?:for|against|versus|vs\.?)\s+(?:the\s+)?$/i.test(sentence.text.slice(Math.max(0, e.span[0] - sentence.span[0] - 12), e.span[0] - sentence.span[0])))
    // "about 10 people in the class at a gun shop in Amelia, about 20 miles east of Cincinnati": a place a distance is
    // measured from is where the distance points, never the place of another figure of the sentence.
    .filter(({ e }) => !REFERENCE_POINT_BEFORE.test(sentence.text.slice(Math.max(0, e.span[0] - sentence.span[0] - 40), e.span[0] - sentence.span[0])) || (exclude[1] <= e.span[0] && e.span[0] - exclude[1] <= 30 && !/\d/.test(sentence.text.slice(exclude[1] - sentence.span[0], e.span[0] - sentence.span[0]))));
  const right = places.find(({ e, i }) => e.span[0] >= after && !isHoldingPlace(sentence.text, e.span[0] - sentence.span[0], `${e.text} ${mentionName(entities, i)}`) && !isHomePlace(sentence.text.slice(Math.max(0, e.span[0] - sentence.span[0] - 40), e.span[0] - sentence.span[0])));
  if (right && CLAUSE_BREAK.test(sentence.text.slice(Math.max(0, after - sentence.span[0]), right.e.span[0] - sentence.span[0]))) return because<string | null>(null, 'place/other-clause');
  if (right) {
    // "in the California neighborhood", "the Fairmount section": a place named as a part of a city reads with that word, so
    // that a neighbourhood named after a state or a city is never read as that state or city.
    const part = /^\s+(neighbou?rhood|section|district|area)\b/i.exec(sentence.text.slice(right.e.span[1] - sentence.span[0], right.e.span[1] - sentence.span[0] + 16));
    if (part && /\bthe\s+$/i.test(sentence.text.slice(Math.max(0, right.e.span[0] - sentence.span[0] - 6), right.e.span[0] - sentence.span[0]))) return because<string | null>(`${right.e.text} ${part[1]!.toLowerCase()}`, 'place/part-of-city');
    return because<string | null>(mentionName(entities, right.i), 'place/first-after-quantity');
  }
  return because<string | null>(null, 'place/none-after-quantity');
}

/**
 * "(March 24, 2017)—On Thursday, March 23 at 8:17 p.m., officers responded": a release's dateline, a date opening the
 * sentence (in brackets or not) before a dash, is when the release was written; the date after it opens the told event.
 */
export function isReleaseDateline(text: string, sentence: Pick<Sentence, 'span'>, d: Pick<DateMention, 'span'>): boolean {
  return /^\W{0,2}$/.test(text.slice(sentence.span[0], d.span[0])) && /^\s*\)?\s*[—–-]/.test(text.slice(d.span[1], d.span[1] + 6));
}

export function findTime(sentence: Sentence, near: number, input: ClaimInput, opts: ClaimOptions, dateIdx: readonly number[]): Because<string | null> {
  // "their first playoff spot since 2017", "missing since Tuesday": the start of a span that runs to now dates nothing told.
  const inSentence = dateIdx.map((i) => input.dates[i]).filter((d) => d.span[1] <= sentence.span[1] && !/\bsince\s+(?:the\s+)?$/i.test(input.text.slice(Math.max(sentence.span[0], d.span[0] - 10), d.span[0])) && !/^since\b/i.test(d.text));
  for (const d of inSentence) {
    const before = input.text.slice(Math.max(sentence.span[0], d.span[0] - 12), d.span[0]);
    if (opts.lexicon.asOfMarkers.some((re) => re.test(before) || re.test(d.text.split(/\s/)[0] + ' '))) return because<string | null>(d.value, 'time/as-of');
  }
  // A date opening the sentence ("On Oct 18, ...") holds for all of it; elsewhere only a date
  // close to the quantity does ("in June" two clauses away dates something else).
  const dateline = (d: DateMention) => isReleaseDateline(input.text, sentence, d);
  const opening = inSentence.find((d) => d.span[0] - sentence.span[0] <= opts.openingDateChars && !dateline(d))
    ?? inSentence.find((d) => dateline(d) && !inSentence.some((e) => e !== d));
  if (opening) return because<string | null>(opening.value, 'time/sentence-opening-date');
  const sameClause = (d: DateMention) => {
    const between = input.text.slice(Math.min(d.span[1], near), Math.max(d.span[0], near));
    return between.length <= opts.nearDateChars && !/[,;:]|\b(and|but|while|whereas|although)\b/.test(between);
  };
  const close = inSentence.filter(sameClause);
  if (close.length > 0) {
    const nearest = close.reduce((a, b) => (Math.abs(a.span[0] - near) <= Math.abs(b.span[0] - near) ? a : b));
    return because<string | null>(nearest.value, 'time/same-clause-date');
  }
  return because<string | null>(input.published ? input.published.slice(0, 10) : null, input.published ? 'time/published' : 'time/unknown');
}

/** Nouns of an event a count is of ("the earthquake that struck on Tuesday", "Saturday's shooting"). */
const EVENT_NOUN = String.raw`(?:earthquake|quake|tremor|shooting|shootings|attack|attacks|bombing|blast|explosion|fire|blaze|crash|collision|storm|hurricane|typhoon|cyclone|tornado|flood|floods|flooding|landslide|tsunami|eruption|stabbing|riot|riots|clashes|derailment|accident|disaster|rampage|massacre|strike|strikes|raid|ambush|outbreak|crush|stampede|collapse|sinking|capsizing|spill|leak|avalanche|mudslide|wildfire|siege|standoff)`;
/** A date that dates the event, written after its noun ("the earthquake that struck western Mirovia on Tuesday"). */
const EVENT_BEFORE_DATE = new RegExp(String.raw`\b${EVENT_NOUN}\s+(?:that|which)\s+(?:[\p{L}'’-]+\s+){1,5}(?:on\s+|early\s+|late\s+)*$`, 'iu');
/** A date that dates the event, written as its possessor ("Tuesday's earthquake"). */
const EVENT_AFTER_DATE = new RegExp(String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,2}${EVENT_NOUN}\b`, 'iu');
/** What may stand between a verb of saying and the date it was said ("said on Thursday", "told reporters late Thursday"). */
const CUE_TO_DATE = /^\s*(?:(?:to\s+)?reporters\s+|in\s+a\s+statement\s+|(?:on\s+)?(?:late|early)\s+)?(?:on\s+)?$/i;

/**
 * When a running count of the story's event holds (killed, injured, missing ...). A count is a tally known when it is
 * told, so the date its teller said it ("..., the interior ministry said on Thursday") is its time; a date that only
 * dates the event it counts ("killed by the earthquake that struck on Tuesday", "Tuesday's earthquake") is not, and
 * the count holds as of publication. A date marked as the count's own ("as of Tuesday night") stands. Returns null
 * where the time found for the sentence stands.
 */
export function countTime(time: Because<string | null>, sentence: Sentence, input: ClaimInput, dateIdx: readonly number[], cue: [number, number] | null): Because<string | null> | null {
  if (time.rule === 'time/as-of') return null;
  const inSentence = dateIdx.map((i) => input.dates[i]).filter((d) => d.span[0] >= sentence.span[0] && d.span[1] <= sentence.span[1]);
  if (cue && cue[0] >= sentence.span[0] && cue[1] <= sentence.span[1]) {
    const said = inSentence.find((d) => d.span[0] >= cue[1] && CUE_TO_DATE.test(input.text.slice(cue[1], d.span[0])));
    if (said && said.value !== time.value) return because<string | null>(said.value, 'time/statement-date');
    if (said) return null;
  }
  if (time.rule !== 'time/same-clause-date' && time.rule !== 'time/sentence-opening-date') return null;
  const dated = inSentence.find((d) => d.value === time.value);
  if (!dated) return null;
  const eventDate = EVENT_BEFORE_DATE.test(input.text.slice(Math.max(sentence.span[0], dated.span[0] - 90), dated.span[0])) || EVENT_AFTER_DATE.test(input.text.slice(dated.span[1], Math.min(sentence.span[1], dated.span[1] + 40)));
  if (!eventDate) return null;
  return because<string | null>(input.published ? input.published.slice(0, 10) : null, input.published ? 'time/event-date-not-count' : 'time/unknown');
}

/** "pleaded not guilty to two counts of murder": a plea denies guilt, not the figure. */
function isPlea(sentence: Sentence, t: Token): boolean {
  const i = sentence.tokens.indexOf(t);
  return t.text.toLowerCase() === 'not' && sentence.tokens[i + 1]?.text.toLowerCase() === 'guilty';
}

export function isNegated(sentence: Sentence, from: number, to: number, lex: ClaimLexicon): boolean {
  return sentence.tokens.some((t) => t.span[0] >= from && t.span[1] <= to && lex.negations.has(t.text.toLowerCase()) && !isPlea(sentence, t));
}

/**
 * "did not send", "not considering sending": a negation within the few words before the predicate, in its own clause.
 * "a man, who has not been identified, killed a woman": a negation behind a comma or clause word is another clause's.
 */
export function negatesPredicate(sentence: Sentence, predicate: Token, lex: ClaimLexicon): boolean {
  const near = tokensBefore(sentence, predicate.span[0]).slice(-4);
  const cut = near.findLastIndex((t) => CLAUSE_TOKEN.test(t.text));
  return near.slice(cut + 1).some((t) => lex.negations.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'without' && !isPlea(sentence, t));
}
const CLAUSE_TOKEN = /^(?:[,;:()"“”—–]|who|which|whom|whose|that|but|while|because|although|though)$/i;

/**
 * "were denied bond", "a letter denying his request", "the council rejected a curfew": a denial or rejection of what is
 * asked or proposed, or one suffered (passive, with a thing after it), is a refusal, not a party's denial of a claim.
 * `cue` is the span of the denial word.
 */
export function isRefusal(text: string, cue: readonly [number, number]): boolean {
  const before = text.slice(Math.max(0, cue[0] - 20), cue[0]);
  const after = text.slice(cue[1], cue[1] + 80);
  if (/\b(?:was|were|been|be|is|are|being|get|gets|got)\s+$/i.test(before) && !/^\s*(?:by|that)\b/i.test(after)) return true;
  return REFUSED_THING.test(after);
}

/** What `sharedSurnameSpeaker` needs of an article's entity mentions. */
export interface NamedMention { text: string; type: string; refersTo?: number; span?: readonly [number, number] }

/** A relative told by kin word and name: "her nephew, " right before the name. */
const KIN_BEFORE_NAME = new RegExp(String.raw`\b(?:his|her|their)\s+(?:${KIN_OF_NAME})\s*,\s*$`, 'i');

/**
 * The mention a speaker's bare surname stands for when two people of the article bear it ("Lura Willrich said her son,
 * Royal Willrich, 30, is gone ... said Willrich"): the nearest full name a reference resolver picks may be a victim, who
 * says nothing. The surname names the one bearer the article quotes by full name (`quotedFull`: indices of speaker
 * mentions). Returns undefined (the resolver's choice stands) where the surname is borne by one person only (spellings
 * with one first name are one person), where no bearer or more than one is quoted by full name, or where the mention is
 * no bare surname.
 */
export function sharedSurnameSpeaker(mentions: readonly NamedMention[], mention: number, quotedFull: readonly number[], text?: string): { name: string; mention: number } | undefined {
  const m = mentions[mention];
  if (!m || m.type !== 'person' || !/^\p{Lu}[\p{L}'’-]+$/u.test(m.text.replace(/['’]s$/, ''))) return undefined;
  const surname = m.text.replace(/['’]s$/, '').toLowerCase();
  const fullOf = (i: number) => mentions[i].text.replace(/['’]s$/, '');
  const bearers = new Map<string, number>();
  mentions.forEach((x, i) => {
    if (x.type !== 'person' || x.refersTo !== undefined) return;
    const words = fullOf(i).split(/\s+/);
    if (words.length >= 2 && words.at(-1)!.toLowerCase() === surname && !bearers.has(fullOf(i).toLowerCase())) bearers.set(fullOf(i).toLowerCase(), i);
  });
  // "Ron Lee Haskell" and "Ronald Lee Haskell", "Steven Dooley" and "Steven Todd Dooley": one person's spellings, one bearer.
  const first = (k: string) => k.split(/\s+/)[0].replace(/\.$/, '');
  const people: string[] = [];
  for (const k of bearers.keys()) if (!people.some((p) => first(p).startsWith(first(k)) || first(k).startsWith(first(p)))) people.push(k);
  if (people.length < 2) return undefined;
  const quoted = new Set<string>();
  for (const q of quotedFull) {
    const x = mentions[q];
    if (!x || x.refersTo !== undefined) continue;
    const k = fullOf(q).toLowerCase();
    if (bearers.has(k)) quoted.add(k);
  }
  if (quoted.size === 1) {
    const k = [...quoted][0];
    // "Della Frey ... her nephew, Carl Frey, who said ... Frey, then 76, said": a bearer told as another's relative is
    // named in full or by a first name; the bare surname stays the resolver's.
    const told = mentions[bearers.get(k)!];
    if (text !== undefined && told?.span && KIN_BEFORE_NAME.test(text.slice(Math.max(0, told.span[0] - 30), told.span[0]))) return undefined;
    // The resolver's choice stands where it is that bearer or a spelling of it.
    const resolved = m.refersTo !== undefined ? mentions[m.refersTo]?.text.replace(/['’]s$/, '').toLowerCase() : undefined;
    if (resolved !== undefined && (first(resolved).startsWith(first(k)) || first(k).startsWith(first(resolved)))) return undefined;
    return { name: fullOf(bearers.get(k)!), mention: bearers.get(k)! };
  }
  return undefined;
}

/** The speaker mentions of an article's attributions that are full names of their own (no reference to another mention). */
export function fullNameSpeakers(attributions: readonly Attribution[], entities: readonly NamedMention[]): number[] {
  return attributions.map((at) => at.speaker?.mention).filter((i): i is number => i !== undefined && entities[i]?.refersTo === undefined);
}

/**
 * A cue of telling that the speaker refused or did not give ("police wouldn't confirm that information", "declined to say
 * how many", "did not release the names"): what the sentence tells is not on the speaker's word.
 */
export function refusedCue(a: Pick<Attribution, 'cue'>, text: string): boolean {
  const cue = a.cue.text;
  const before = text.slice(Math.max(0, a.cue.span[0] - 24), a.cue.span[0]);
  const verb = /^(?:confirm|say|release|disclose|identify|reveal|comment|elaborate|specify|discuss|provide|give|name|detail)/i;
  if (/\b(?:not|never)\s+(?:\w+\s+)?$|n['’]t\s+$|\b(?:declined|refused|declining|refusing|unable|unwilling)\s+to\s+$/i.test(before) && verb.test(cue)) return true;
  return /^(?:(?:would|could|did|do|does|will|can|have|has|had)\s*(?:not|n['’]t)|won['’]t|can['’]t|cannot|(?:declined|refused)\s+to)\s+(?:\w+\s+)?(?:confirm|say|release|disclose|identify|reveal|comment|elaborate|specify|discuss|provide|give|name|detail)/i.test(cue);
}
