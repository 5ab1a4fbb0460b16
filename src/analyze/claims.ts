// Pass 06: claims. Each quantity and each dated event becomes a claim with subject, predicate, place, time, origin and modality, every field with its rule.
import type {
  Attribution, Because, Claim, DateMention, EntityMention, Measure, Modality, Quantity, Sentence, Token,
} from '../model/analysis.js';
import { defaultClaimLexicon, type ClaimLexicon } from './claims-lexicon.js';
import { COUNT_MEASURES, defaultFrameOptions, findMeasure, findScope, isEarlierValue, isYearOrMarker, type FrameOptions } from './claims-frame.js';
import { countVictims, victimsOfSentence, zeroCounts, type Victim } from './victims.js';

export interface ClaimInput {
  text: string;
  sentences: readonly Sentence[];
  entities: readonly EntityMention[];
  dates: readonly DateMention[];
  quantities: readonly Quantity[];
  attributions: readonly Attribution[];
  /** Who published the article: the origin of unattributed claims. */
  outlet: string | null;
  /** The article's publication date, the time of claims that give no other. */
  published: string | null;
}

export interface ClaimOptions {
  lexicon: ClaimLexicon;
  /** Tokens searched left of a quantity for its predicate before searching right (seed sentences put the verb within 6 tokens). */
  predicateWindowLeft: number;
  /** Tokens searched right of a quantity ("About 1,500 have already been deployed"). */
  predicateWindowRight: number;
  /** Tokens after the number in which the unit's head noun is looked for ("12,000 North Korean troops"). */
  subjectWindow: number;
  /** A date starting within this many characters of the sentence start dates the whole sentence ("On Oct 18, "). */
  openingDateChars: number;
  /** Otherwise a date dates a quantity only in the same clause (no comma or conjunction between) and within this many characters. */
  nearDateChars: number;
  frame: FrameOptions;
}

export const defaultClaimOptions: ClaimOptions = {
  lexicon: defaultClaimLexicon,
  predicateWindowLeft: 8,
  predicateWindowRight: 6,
  subjectWindow: 5,
  openingDateChars: 4,
  nearDateChars: 160,
  frame: defaultFrameOptions,
};

/** Page chrome that is no statement: photo captions and credits, video-player labels, share prompts. */
const CHROME = /^\s*(?:\(?(?:photo|image|video|raw video|watch|file photo|credit|getty images|ap photo|reuters)\b|click\b|share\b|copyright\b|©)|\b(?:raw video|photo credit|image \d+ of \d+|\(ap photo|\/ ?getty|all rights reserved)\b/i;

/** Whether a sentence can hold claims: body or headline text, not a caption or page chrome. */
export function isStatementSentence(s: Sentence): boolean {
  return s.kind !== 'caption' && !CHROME.test(s.text);
}

const because = <T>(value: T, rule: string): Because<T> => ({ value, rule });
const PRONOUNS = /^(he|she|they|it|we|i|his|her|their|its)$/i;
/** Nouns that name what a bare number measures ("a death toll of 40"). */
const MEASURE_NOUNS = /^(toll|total|number|count|tally|figure|population|turnout|budget|deficit|debt|gdp|revenue|profit|loss|losses)$/i;
const DETERMINERS = /^(the|a|an|its|their|his|her|our|of|some|these|those|this|that)$/i;

/** Index of the sentence holding an offset (sentences are sorted and disjoint). */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
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
interface SentenceIndex {
  entities: number[][];
  dates: number[][];
  cues: number[][];
  contents: number[][];
}

/** Buckets every mention, date and attribution by sentence once, so each lookup reads one sentence's few items. */
function indexSentences(input: ClaimInput): SentenceIndex {
  const n = input.sentences.length;
  const make = () => Array.from({ length: n }, () => [] as number[]);
  const idx: SentenceIndex = { entities: make(), dates: make(), cues: make(), contents: make() };
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

function tokensBefore(s: Sentence, offset: number): Token[] {
  return s.tokens.filter((t) => t.span[1] <= offset);
}

function tokensAfter(s: Sentence, offset: number): Token[] {
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

function mentionAt(entities: readonly EntityMention[], span: [number, number], candidates?: readonly number[]): number {
  let best = -1;
  for (const i of candidates ?? entities.keys()) {
    const e = entities[i];
    if (e.span[0] < span[1] && span[0] < e.span[1]) {
      if (best < 0 || e.span[1] - e.span[0] > entities[best].span[1] - entities[best].span[0]) best = i;
    }
  }
  return best;
}

/**
 * The origin an attribution names: the proper name its speaker resolves to; a descriptive
 * speaker ("South Korea's secret service") keeps its own words so that linking can match it.
 */
function speakerName(a: Attribution, entities: readonly EntityMention[], text: string, candidates?: readonly number[]): string | null {
  if (!a.speaker) return null;
  const idx = a.speaker.mention ?? mentionAt(entities, a.speaker.span, candidates);
  const words = expandDescriptor(text, a.speaker.span).replace(/^(the|a)\s+/i, '').replace(/['’]s$/, '');
  // A possessor ("South Korea" in "South Korea's secret service") is not the speaker.
  const possessor = idx >= 0 && /^['’]s\b/.test(a.speaker.text.slice(entities[idx].span[1] - a.speaker.span[0]));
  if (idx >= 0 && !possessor) {
    const name = mentionName(entities, idx);
    if (/^\p{Lu}/u.test(name) || entities[idx].refersTo !== undefined) return name;
    return PRONOUNS.test(a.speaker.text.trim()) ? null : words;
  }
  if (PRONOUNS.test(a.speaker.text.trim())) return null;
  return words;
}

/**
 * A speaker span holding only a common noun ("service") takes the words before it that belong
 * to its noun phrase: modifiers and a possessor ("South Korea's intelligence service").
 */
function expandDescriptor(text: string, span: [number, number]): string {
  const own = text.slice(span[0], span[1]);
  if (/^\p{Lu}/u.test(own)) return own;
  const before = text.slice(Math.max(0, span[0] - 80), span[0]);
  const m = /((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*['’]s\s+)?((?:[\p{Ll}-]+\s+){0,2})$/u.exec(before);
  if (!m || !m[0]) return own;
  const mods = (m[2] ?? '').split(/\s+/).filter(Boolean).filter((w) => !/^(the|a|an|as|if|and|but|that|said|says)$/.test(w));
  return `${m[1] ?? ''}${mods.length ? `${mods.join(' ')} ` : ''}${own}`.trim();
}

interface Origin {
  name: string;
  rule: string;
  attribution?: number;
  denied: boolean;
}

/** The attribution whose content covers a span (innermost first), or whose cue sits in the same sentence. */
function attributionFor(span: [number, number], si: number, input: ClaimInput, idx: SentenceIndex): Origin | null {
  let best = -1;
  for (const i of idx.contents[si]) {
    const a = input.attributions[i];
    const covers = a.content.span[0] <= span[0] && span[1] <= a.content.span[1];
    if (!covers) continue;
    if (best < 0 || a.content.span[1] - a.content.span[0] < input.attributions[best].content.span[1] - input.attributions[best].content.span[0]) best = i;
  }
  if (best < 0) {
    // A cue in the same sentence with its content elsewhere in it ("..., NIS added").
    const sentence = input.sentences[si];
    best = idx.cues[si].find((i) => input.attributions[i].cue.span[1] <= sentence.span[1] && input.attributions[i].speaker !== null) ?? -1;
    if (best < 0) return null;
  }
  const a = input.attributions[best];
  const speakerSentence = a.speaker ? sentenceAt(input.sentences, a.speaker.span[0]) : -1;
  const name = speakerName(a, input.entities, input.text, speakerSentence >= 0 ? idx.entities[speakerSentence] : undefined);
  if (!name) return null;
  return { name, rule: 'origin/attribution-speaker', attribution: best, denied: /^den(y|ies|ied|ying)/i.test(a.cue.text) };
}

/** "Zelensky's earlier statement that ...": the possessor of a report noun is the origin. */
function reportNounOrigin(sentence: Sentence, before: number, input: ClaimInput, lex: ClaimLexicon, candidates: readonly number[]): Origin | null {
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

interface Found { lemma: string; token: Token; rule: string }

function findPredicate(sentence: Sentence, span: [number, number], opts: ClaimOptions): Found | null {
  const lex = opts.lexicon.predicates;
  const left = tokensBefore(sentence, span[0]);
  const right = tokensAfter(sentence, span[1]);
  const pick = (toks: Token[], rule: string): Found | null => {
    for (const t of toks) {
      const lemma = lex.get(t.text.toLowerCase());
      if (lemma) return { lemma, token: t, rule };
    }
    return null;
  };
  const clauseRight: Token[] = [];
  for (const t of right) {
    if (t.text === ',' || t.text === ';') break;
    clauseRight.push(t);
  }
  const near = pick(left.slice(-opts.predicateWindowLeft).reverse(), 'predicate/nearest-left')
    ?? pick(clauseRight.slice(0, opts.predicateWindowRight), 'predicate/nearest-right')
    ?? pick([...left].reverse(), 'predicate/sentence-left')
    ?? pick(clauseRight, 'predicate/clause-right');
  if (!near) {
    // "1,500 soldiers are already in Vladivostok": presence in a place reads as a deployment.
    const tail = clauseRight.slice(0, 8).map((t) => t.text.toLowerCase());
    const be = tail.findIndex((w) => /^(are|is|were|was)$/.test(w));
    if (be >= 0 && (tail[be + 1] === 'in' || (tail[be + 1] === 'already' && tail[be + 2] === 'in'))) {
      return { lemma: 'deploy', token: clauseRight[be], rule: 'predicate/presence-in-place' };
    }
    return null;
  }
  // "preparing to join", "plans to send": the verb after the plan is the predicate.
  const family = opts.lexicon.families.get(near.lemma);
  if (family === 'plan' || family === 'prepare') {
    const after = tokensAfter(sentence, near.token.span[1]).slice(0, 3);
    if (after[0]?.text.toLowerCase() === 'to' && after[1]) {
      const lemma = lex.get(after[1].text.toLowerCase());
      if (lemma) return { lemma, token: after[1], rule: `${near.rule}+to-infinitive` };
    }
  }
  return near;
}

function findModality(sentence: Sentence, from: number, to: number, cueDenied: boolean, opts: ClaimOptions): Because<Modality> {
  if (cueDenied) return because<Modality>('denied', 'modality/denial-cue');
  const toks = sentence.tokens.filter((t) => t.span[0] >= from && t.span[1] <= to);
  for (let i = toks.length - 1; i >= 0; i--) {
    const w = toks[i].text.toLowerCase();
    if (w === 'already') return because<Modality>('asserted', 'modality/already');
    if (w === 'an' && toks[i + 1]?.text.toLowerCase() === 'estimated') return because<Modality>('estimated', 'modality/an-estimated');
    const m = opts.lexicon.modalityCues.get(w);
    if (m) return because(m, `modality/cue:${w}`);
  }
  return because<Modality>('asserted', 'modality/default');
}

function findSubject(q: Quantity, sentence: Sentence, opts: ClaimOptions): string | null {
  // "a GDP of $29 billion", "the death toll of 40": the measured noun before "of".
  const measured = q.unitClass === 'money' || q.unitClass === 'percent';
  if (measured || !q.unit) {
    const left = tokensBefore(sentence, q.span[0]).slice(-4);
    const noun = left[left.length - 2]?.text ?? '';
    if (left.length >= 2 && left[left.length - 1].text.toLowerCase() === 'of' && /^[\p{L}-]+$/u.test(noun) && !DETERMINERS.test(noun) && (measured || MEASURE_NOUNS.test(noun))) {
      const noun = left[left.length - 2].text;
      const mod = left[left.length - 3];
      return mod && /^[\p{L}-]+$/u.test(mod.text) && !DETERMINERS.test(mod.text) && !/^(a|an|the|of|to|with|in)$/i.test(mod.text) ? `${mod.text} ${noun}` : noun;
    }
  }
  if (!q.unit) return null;
  const unitWords = q.unit.toLowerCase().split(/\s+/);
  const head = unitWords[unitWords.length - 1];
  const numberEnd = q.span[0] + (/\d[\d,.]*|\b[a-z]+(?:-[a-z]+)?\b/i.exec(q.text)?.index ?? 0);
  const after = tokensAfter(sentence, numberEnd).slice(0, opts.subjectWindow + 3);
  const words: string[] = [];
  let started = false;
  for (const t of after) {
    if (!started) {
      if (/\d/.test(t.text) || /^(million|billion|thousand|hundred|dozen)$/i.test(t.text)) { started = true; continue; }
      continue;
    }
    words.push(t.text);
    const w = t.text.toLowerCase();
    if (w === head || w.replace(/s$/, '') === head.replace(/s$/, '')) {
      const cleaned = words.filter((x, i) => !(i === 0 && DETERMINERS.test(x)) && x !== 'of');
      return cleaned.filter((x) => !DETERMINERS.test(x) || /^[A-Z]/.test(x)).join(' ');
    }
    if (words.length > opts.subjectWindow) break;
  }
  return q.unit;
}

function findPlace(sentence: Sentence, after: number, exclude: [number, number], entities: readonly EntityMention[], candidates: readonly number[]): Because<string | null> {
  const places = candidates
    .map((i) => ({ e: entities[i], i }))
    .filter(({ e }) => e.type === 'place' && e.span[0] >= sentence.span[0] && e.span[1] <= sentence.span[1])
    .filter(({ e }) => !(e.span[0] < exclude[1] && exclude[0] < e.span[1]));
  const right = places.find(({ e }) => e.span[0] >= after);
  if (right) return because<string | null>(mentionName(entities, right.i), 'place/first-after-quantity');
  return because<string | null>(null, 'place/none-after-quantity');
}

function findTime(sentence: Sentence, near: number, input: ClaimInput, opts: ClaimOptions, dateIdx: readonly number[]): Because<string | null> {
  const inSentence = dateIdx.map((i) => input.dates[i]).filter((d) => d.span[1] <= sentence.span[1]);
  for (const d of inSentence) {
    const before = input.text.slice(Math.max(sentence.span[0], d.span[0] - 12), d.span[0]);
    if (opts.lexicon.asOfMarkers.some((re) => re.test(before) || re.test(d.text.split(/\s/)[0] + ' '))) return because<string | null>(d.value, 'time/as-of');
  }
  // A date opening the sentence ("On Oct 18, ...") holds for all of it; elsewhere only a date
  // close to the quantity does ("in June" two clauses away dates something else).
  const opening = inSentence.find((d) => d.span[0] - sentence.span[0] <= opts.openingDateChars);
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

function isNegated(sentence: Sentence, from: number, to: number, lex: ClaimLexicon): boolean {
  return sentence.tokens.some((t) => t.span[0] >= from && t.span[1] <= to && lex.negations.has(t.text.toLowerCase()));
}

/**
 * Whether a quantity states something outlets could repeat or dispute. Durations ("over the past
 * two weeks"), vague distances ("thousands of miles away"), "the two Koreas" and a fraction
 * restated as a percent in brackets are context, not claims.
 */
function isClaimQuantity(q: Quantity, text: string, countsPeople = false): boolean {
  if (q.unitClass === 'time') return false;
  if (isYearOrMarker(q, text)) return false;
  if (q.rule.includes('vague') && (q.unitClass === 'length' || q.unitClass === 'area')) return false;
  const single = typeof q.value === 'number' ? q.value : null;
  if (single !== null && single <= 2 && !/\d/.test(q.text) && (q.unitClass === 'count' || q.unitClass === 'number') && !countsPeople) return false;
  if (q.unitClass === 'fraction' && /^\s*\(\s*[\d.,]+\s*(%|percent|per cent)/.test(text.slice(q.span[1], q.span[1] + 24))) return false;
  return true;
}

/** Builds the claims of one article. Deterministic; each field names the rule that set it. */
export function findClaims(input: ClaimInput, options: Partial<ClaimOptions> = {}): Claim[] {
  const opts = { ...defaultClaimOptions, ...options };
  const lex = opts.lexicon;
  const claims: Claim[] = [];
  const outletOrigin = (): Origin => ({ name: input.outlet ?? 'the outlet', rule: 'origin/outlet-unattributed', denied: false });
  const idx = indexSentences(input);
  let previous: { paragraph: number; origin: Origin; subject: string | null; predicate: string; time: Because<string | null>; unitClass: string; unit: string | null } | null = null;

  input.quantities.forEach((q, qi) => {
    const si = sentenceAt(input.sentences, q.span[0]);
    if (si < 0 || !isClaimQuantity(q, input.text, true)) return;
    const sentence = input.sentences[si];
    if (!isStatementSentence(sentence)) return;
    let origin = attributionFor(q.span, si, input, idx) ?? reportNounOrigin(sentence, q.span[0], input, lex, idx.entities[si]);
    const sameParagraph = previous !== null && previous.paragraph === sentence.paragraph;
    if (!origin && sameParagraph && previous!.origin.rule !== 'origin/outlet-unattributed') {
      origin = { ...previous!.origin, rule: 'origin/paragraph-continuation' };
    }
    origin ??= outletOrigin();
    const predicate = findPredicate(sentence, q.span, opts);
    const attribution = origin.attribution !== undefined ? input.attributions[origin.attribution] : undefined;
    const clauseStart = attribution && attribution.cue.span[1] <= q.span[0] && attribution.cue.span[0] >= sentence.span[0] ? attribution.cue.span[1] : sentence.span[0];
    const modality = predicate?.rule.endsWith('+to-infinitive') && !origin.denied
      ? because<Modality>('planned', 'modality/plan-verb')
      : findModality(sentence, clauseStart, q.span[0], origin.denied, opts);
    let subject = findSubject(q, sentence, opts);
    let subjectRule = subject ? 'subject/counted-noun' : '';
    let unitClass = q.unitClass;
    let unit = q.unit;
    if (!subject && sameParagraph && previous!.subject) {
      subject = previous!.subject;
      subjectRule = 'subject/previous-claim';
      if (!q.unit) { unitClass = previous!.unitClass; unit = previous!.unit; }
    }
    if (!subject) { subject = q.unitClass; subjectRule = 'subject/unit-class'; }
    let predicateField = predicate ? because(predicate.lemma, predicate.rule) : because('be', 'predicate/none-found');
    if (!predicate && subjectRule === 'subject/previous-claim' && previous?.predicate) predicateField = because(previous.predicate, 'predicate/previous-claim');
    let time = findTime(sentence, q.span[0], input, opts, idx.dates[si]);
    if (time.rule === 'time/published' && origin.rule === 'origin/paragraph-continuation' && previous) time = { ...previous.time, rule: 'time/paragraph-continuation' };
    const predFrom = predicate ? Math.min(predicate.token.span[0], q.span[0]) : q.span[0];
    const measure = findMeasure({ q, sentence, family: predicate ? lex.families.get(predicate.lemma) ?? predicate.lemma : null, subject }, opts.frame);
    // "the two Koreas": a small number in words is a claim only when it counts casualties or people held.
    if (!isClaimQuantity(q, input.text, COUNT_MEASURES.has(measure.value) && measure.value !== 'troops')) return;
    if (measure.value === 'age') {
      // "Eddie Holmes, 13," / "51-year-old Senior Trooper William Hakim": the age is of the person named just before, else just after.
      const people = idx.entities[si].map((i) => ({ e: input.entities[i], i })).filter(({ e }) => e.type === 'person');
      const person = people.filter(({ e }) => e.span[1] <= q.span[0] && q.span[0] - e.span[1] <= 24).at(-1)
        ?? people.find(({ e }) => e.span[0] >= q.span[1] && e.span[0] - q.span[1] <= 40 && !/[,;.]/.test(input.text.slice(q.span[1], e.span[0])));
      if (person) { subject = mentionName(input.entities, person.i); subjectRule = 'subject/person-of-age'; }
    }
    // A bare number that counts nothing named ("Number: be: 30") is no claim a reader compares.
    if (measure.rule === 'measure/open-tail' && q.unitClass === 'number' && subjectRule === 'subject/unit-class') return;
    // An earlier value with no date of its own holds before publication, not at it.
    if ((time.rule === 'time/published' || time.rule === 'time/paragraph-continuation') && isEarlierValue(sentence, q)) time = because<string | null>(null, 'time/earlier-value');
    const negatedPredicate = predicate ? negatesPredicate(sentence, predicate.token, lex) : false;
    const claim: Claim = {
      measure,
      scope: findScope(sentence, q, time, input.dates, input.published, opts.frame),
      subject: because(subject, subjectRule),
      predicate: predicateField,
      quantity: qi,
      value: q.value,
      unit,
      unitClass,
      approx: q.approx,
      place: findPlace(sentence, q.span[1], q.span, input.entities, idx.entities[si]),
      time,
      origin: because(origin.name, origin.rule),
      ...(origin.attribution !== undefined ? { attribution: origin.attribution } : {}),
      modality: negatedPredicate && modality.value !== 'denied' ? because<Modality>('denied', 'modality/negated-predicate') : modality,
      negated: isNegated(sentence, Math.max(sentence.span[0], predFrom - 20), q.span[0], lex),
      sentence: sentence.span,
      sentenceIndex: si,
    };
    claims.push(claim);
    previous = { paragraph: sentence.paragraph, origin, subject, predicate: predicateField.value, time, unitClass, unit };
  });

  adoptRepeatedOrigins(claims);
  claims.push(...victimClaims(input, claims, idx));
  claims.push(...eventClaims(input, claims, opts, idx));
  return claims;
}

/** "did not send", "not considering sending": a negation within the few words before the predicate. */
function negatesPredicate(sentence: Sentence, predicate: Token, lex: ClaimLexicon): boolean {
  const before = tokensBefore(sentence, predicate.span[0]).slice(-4);
  return before.some((t) => lex.negations.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'without');
}

/**
 * Victims told one by one become a count per article ("a 16-year-old was killed" and "his
 * mother is in serious condition": 1 killed, 1 injured), and "no one was hurt" a count of 0,
 * unless the article states a larger number for the measure itself.
 */
function victimClaims(input: ClaimInput, quantityClaims: readonly Claim[], idx: SentenceIndex): Claim[] {
  const victims: Victim[] = [];
  const zeros = new Map<'killed' | 'injured', number>();
  input.sentences.forEach((s, si) => {
    if (!isStatementSentence(s)) return;
    victims.push(...victimsOfSentence(s, si, input.entities, idx.entities[si]));
    for (const z of zeroCounts(s)) if (!zeros.has(z)) zeros.set(z, si);
  });
  const counted = countVictims(victims);
  const out: Claim[] = [];
  const published = input.published ? input.published.slice(0, 10) : null;
  for (const status of ['killed', 'injured'] as const) {
    const list = counted[status];
    const stated = quantityClaims.filter((c) => c.measure.value === status && c.scope.value === 'event' && typeof c.value === 'number');
    const max = Math.max(0, ...stated.map((c) => c.value as number));
    const zeroAt = zeros.get(status);
    const n = list.length;
    if (n === 0 && (zeroAt === undefined || stated.length > 0)) continue;
    // Victims told one by one count only where the article states no number of its own.
    if (n > 0 && stated.length > 0) continue;
    const si = n > 0 ? list[0].sentenceIndex : (zeroAt as number);
    const sentence = input.sentences[si];
    out.push({
      measure: because(status, n > 0 ? list[0].rule : `measure/no-one-${status}`),
      scope: because('event', 'scope/default-event'),
      subject: because('victims', n > 0 ? 'subject/victims-described' : 'subject/victims-none'),
      predicate: because(status === 'killed' ? 'kill' : 'injure', 'predicate/victim-cue'),
      value: n,
      unit: 'persons',
      unitClass: 'persons',
      approx: n > 0 && n < Math.max(2, max) ? 'at-least' : null,
      place: because<string | null>(null, 'place/none-after-quantity'),
      time: because<string | null>(published, published ? 'time/published' : 'time/unknown'),
      origin: because(input.outlet ?? 'the outlet', 'origin/outlet-unattributed'),
      modality: because<Modality>('asserted', n > 0 ? 'modality/victims-counted' : 'modality/no-one'),
      negated: n === 0,
      sentence: sentence.span,
      sentenceIndex: si,
    });
  }
  return out;
}

/** An unattributed figure that the same article attributes elsewhere takes that origin. */
function adoptRepeatedOrigins(claims: Claim[]): void {
  const attributed = new Map<string, Claim>();
  const keyOf = (c: Claim) => `${c.unitClass}|${JSON.stringify(c.value)}`;
  for (const c of claims) if (c.attribution !== undefined && c.value !== undefined && !attributed.has(keyOf(c))) attributed.set(keyOf(c), c);
  for (const c of claims) {
    if (c.origin.rule !== 'origin/outlet-unattributed' || c.value === undefined) continue;
    const source = attributed.get(keyOf(c));
    if (source) {
      c.origin = because(source.origin.value, 'origin/repeated-in-article');
      c.attribution = source.attribution;
    }
  }
}

/** "North Korea denies doing so": a sentence whose subject, a named entity, is followed by a denial verb. */
function denialBySubject(sentence: Sentence, entities: readonly EntityMention[], candidates: readonly number[]): { mention: number } | null {
  const toks = sentence.tokens;
  for (let i = 0; i < Math.min(toks.length, 8); i++) {
    if (!/^den(y|ies|ied)$/i.test(toks[i].text)) continue;
    const before = toks[i - 1]?.text.toLowerCase() === 'has' || toks[i - 1]?.text.toLowerCase() === 'have' ? i - 1 : i;
    const subject = candidates.find((i) => toks[before - 1] && entities[i].span[1] === toks[before - 1].span[1]);
    if (subject !== undefined) return { mention: subject };
  }
  return null;
}

/** Dated events without a quantity ("North Korea blowing up sections of roads on Oct 15"), and denials. */
function eventClaims(input: ClaimInput, quantityClaims: readonly Claim[], opts: ClaimOptions, idx: SentenceIndex): Claim[] {
  const out: Claim[] = [];
  const lex = opts.lexicon;
  const withQuantity = new Set(quantityClaims.map((c) => c.sentenceIndex));
  input.sentences.forEach((sentence, si) => {
    // A caption may date an event for the timeline ("..., Oct. 17, in this photo"); grouping leaves it out.
    if (withQuantity.has(si) || CHROME.test(sentence.text)) return;
    const dates = idx.dates[si].map((i) => input.dates[i]).filter((d) => d.span[1] <= sentence.span[1] && d.precision !== 'year');
    const denial = idx.cues[si].find((i) => /^den(y|ies|ied|ying)/i.test(input.attributions[i].cue.text) && input.attributions[i].cue.span[1] <= sentence.span[1]) ?? -1;
    const denier = denial < 0 ? denialBySubject(sentence, input.entities, idx.entities[si]) : null;
    // A negated predicate ("we are not considering sending troops") is what the sentence says, before any other.
    const predicates = sentence.tokens.map((t) => ({ t, lemma: lex.predicates.get(t.text.toLowerCase()) })).filter((x) => x.lemma);
    const predicate = predicates.find((x) => negatesPredicate(sentence, x.t, lex)) ?? predicates[0];
    const negatedEvent = predicate !== undefined && negatesPredicate(sentence, predicate.t, lex) && attributionFor(sentence.span, si, input, idx) !== null;
    if (dates.length === 0 && denial < 0 && !denier && !negatedEvent) return;
    const predStart = predicate?.t.span[0] ?? sentence.span[1];
    const inSentence = idx.entities[si].map((i) => ({ e: input.entities[i], i })).filter(({ e }) => e.span[1] <= sentence.span[1]);
    const actorIdx = (inSentence.find(({ e }) => e.span[1] <= predStart) ?? inSentence[0])?.i ?? -1;
    let origin: Origin = attributionFor(sentence.span, si, input, idx) ?? { name: input.outlet ?? 'the outlet', rule: 'origin/outlet-unattributed', denied: false };
    let predicateLemma = predicate?.lemma ?? null;
    let predicateRule = predicate ? 'predicate/first-in-sentence' : 'predicate/none-found';
    if (denial >= 0) {
      const a = input.attributions[denial];
      origin = { name: speakerName(a, input.entities, input.text, idx.entities[si]) ?? a.speaker?.text ?? origin.name, rule: 'origin/denial-speaker', attribution: denial, denied: true };
      // "North Korea denies doing so": the denied act is the previous sentence's predicate.
      if (!predicateLemma && si > 0) {
        const prev = input.sentences[si - 1].tokens.map((t) => lex.predicates.get(t.text.toLowerCase())).find(Boolean);
        if (prev) { predicateLemma = prev; predicateRule = 'predicate/denied-previous-sentence'; }
      }
    }
    if (denier) {
      origin = { name: mentionName(input.entities, denier.mention), rule: 'origin/denial-subject', denied: true };
      if (!predicateLemma && si > 0) {
        const prev = input.sentences[si - 1].tokens.map((t) => lex.predicates.get(t.text.toLowerCase())).find(Boolean);
        if (prev) { predicateLemma = prev; predicateRule = 'predicate/denied-previous-sentence'; }
      }
    }
    const negated = predicate ? negatesPredicate(sentence, predicate.t, lex) : false;
    const isDenial = denial >= 0 || denier !== null || negated;
    const date = dates[0];
    const time = date ? because<string | null>(date.value, 'time/sentence-date') : findTime(sentence, sentence.span[0], input, opts, idx.dates[si]);
    out.push({
      measure: because<Measure>('event', 'measure/dated-event'),
      scope: findScope(sentence, null, time, input.dates, input.published, opts.frame),
      subject: actorIdx >= 0 ? because(mentionName(input.entities, actorIdx), 'subject/first-entity') : because(sentence.text.slice(0, 40), 'subject/sentence-start'),
      predicate: because(predicateLemma ?? 'be', predicateRule),
      place: findPlace(sentence, sentence.span[0], [0, 0], input.entities, idx.entities[si]),
      time,
      origin: because(origin.name, origin.rule),
      ...(origin.attribution !== undefined ? { attribution: origin.attribution } : {}),
      modality: isDenial ? because<Modality>('denied', negated && denial < 0 && !denier ? 'modality/negated-predicate' : 'modality/denial-cue') : findModality(sentence, sentence.span[0], sentence.span[1], false, opts),
      negated: isNegated(sentence, sentence.span[0], sentence.span[1], lex),
      sentence: sentence.span,
      sentenceIndex: si,
    });
  });
  return out;
}
