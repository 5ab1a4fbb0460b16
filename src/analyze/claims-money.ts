// Money, deals and markets: what an amount, a share or a count of a deal or a company is (a deal's value and its cash
// and stock parts, the value per share, a company's share price and move, a premium, job cuts), and the frame key of each.
import type { Claim, Measure, Quantity, Sentence } from '../model/analysis.js';
import type { Origin } from './claims-context.js';
import type { ClaimInput } from './claims.js';

/** Subject rules of deal terms and company figures, with the frame key each gives (see `moneyFrameSubject`). */
export const DEAL_VALUE_RULE = 'subject/deal-value';
export const DEAL_PART_RULE = 'subject/deal-part';
export const PER_SHARE_RULE = 'subject/per-share-value';
export const SHARE_PRICE_RULE = 'subject/share-price';
export const SHARE_MOVE_RULE = 'subject/share-move';
export const PREMIUM_RULE = 'subject/premium';
export const PREMIUM_OTHER_BASIS_RULE = 'subject/premium-other-basis';
export const JOB_CUTS_RULE = 'subject/job-cuts';
export const EXCHANGE_RATIO_RULE = 'subject/exchange-ratio';
export const SHARES_ISSUED_RULE = 'subject/shares-issued';

/** Terms of a deal and a company's announced cuts: told as plans ("will pay", "would cut") or as done, they are one figure. */
const TERM_RULES: ReadonlySet<string> = new Set([DEAL_VALUE_RULE, DEAL_PART_RULE, PER_SHARE_RULE, PREMIUM_RULE, PREMIUM_OTHER_BASIS_RULE, JOB_CUTS_RULE, EXCHANGE_RATIO_RULE, SHARES_ISSUED_RULE]);

/** How the claims pass reads a figure of money, a deal or a market, replacing its generic reading. */
export interface MoneyReading {
  measure: Measure;
  rule: string;
  subject: string;
  subjectRule: string;
  /** The unit and class a bare number takes from the noun it refers back to ("more than the 300" after "500 jobs"). */
  unit?: string | null;
  unitClass?: string;
  /** Set when the figure's own words name who gave it ("the 300 the company announced"). */
  origin?: Origin;
  /** A deal's terms, cuts and share prices are labelled by what they are, not by the clause's verb ("Deal value (cut)", "Halden shares down: fall"). */
  plainPredicate?: boolean;
  /** The period the figure's words name is its basis, not its time ("a premium ... based on the average price over the last month"). */
  basisIsNoTime?: boolean;
}

export interface MoneyContext {
  q: Quantity;
  input: ClaimInput;
  sentence: Sentence;
  /** The measure, subject, its rule and the unit the generic reading gave. */
  measure: Measure;
  subject: string;
  subjectRule: string;
  unit: string | null;
  unitClass: string;
  origin: Origin;
}

/** A company's name before its shares: one to four capitalised words ("Halden", "Corvex Graphics"). */
const COMPANY = String.raw`((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&'’-]*?)(?:['’]s?)?`;
/** Words of a company's shares: "shares", "stock", "share price". */
const SHARES = String.raw`(?:[Ss]hares?|[Ss]tock|share\s+price|stock\s+price)`;
/** Verbs of a share's move. */
const MOVE = String.raw`(?:fell|fall|falls|dropped|drops|slid|slides|sank|sinks|tumbled|tumbles|plunged|plunges|slumped|slumps|declined|declines|lost|loses|rose|rise|rises|jumped|jumps|climbed|climbs|gained|gains|soared|soars|surged|surges|rallied|rallies|added|adds|(?:closed|ended|finished|were|was|are|is|traded|opened)\s+(?:down|up|higher|lower))`;
const DOWN = /\b(?:fell|fall|falls|dropped|drops|slid|slides|sank|sinks|tumbled|tumbles|plunged|plunges|slumped|slumps|declined|declines|lost|loses|down|lower)\b/i;
/** A company's shares named in the figure's clause, then words up to "to", "at" or "by" right before the figure: "Halden shares fell 6 percent to", "shares of Corvex closed at". */
const SHARE_PRICE_LEAD = new RegExp(String.raw`(?:${COMPANY}\s+${SHARES}|${SHARES}\s+(?:of|in)\s+${COMPANY})\s+(?:(?:have|has|had)\s+)?(?:[^$;,]*?\s)?(?:to|at|from|of)\s+(?:about\s+|around\s+|a\s+record\s+|a\s+low\s+of\s+|a\s+high\s+of\s+)?$`, 'u');
const SHARE_MOVE_LEAD = new RegExp(String.raw`(?:${COMPANY}\s+${SHARES}|${SHARES}\s+(?:of|in)\s+${COMPANY})\s+(?:(?:have|has|had)\s+)?(?:\p{Ll}+ly\s+)?(${MOVE})\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|as\s+much\s+as\s+)?$`, 'u');
/** Capitalised words that open a clause without naming a company. */
const NOT_COMPANY = /^(?:The|A|An|Its|Their|His|Her|This|That|These|Those|But|And|While|Meanwhile|In|On|At|After|Before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Words of an acquisition or merger in a sentence. */
const ACQUISITION = /\b(?:acqui(?:re|res|red|ring|sition|sitions)|buy|buys|buying|bought|purchas(?:e|es|ed|ing)|takeover|take\s+over|taking\s+over|merg(?:e|er|ers|ed|ing)|buyout|tender\s+offer|shareholders?|stake)\b/i;
/** Nouns of a deal right after its amount: "a $4.2 billion deal", "its $4.2 billion purchase of". */
const DEAL_NOUN_AFTER = /^\s*(?:-\s*)?(?:(?:all-cash|cash-and-stock|all-stock|cash|stock|proposed|agreed|hostile|friendly|planned|reported|takeover)\s+)?(deal|acquisition|purchase|takeover|buyout|merger|transaction|bid|offer|tender\s+offer|sale)\b/i;
/** "buy Corvex Graphics for about", "acquired a networking firm for", "agreed to sell its unit for", "six acquisitions, including NetGuard for": a deal's price after "for". */
const DEAL_FOR_LEAD = /\b(?:buy|buys|buying|bought|acquire[sd]?|acquiring|acquisitions?|purchase[sd]?|purchasing|take\s+over|took\s+over|taking\s+over|sell|sells|selling|sold)\b[^$;]{0,80}?\bfor\s+(?:a\s+(?:combined|total)\s+(?:of\s+)?)?(?:(?:about|around|roughly|nearly|almost|some|approximately|an\s+estimated|more\s+than|up\s+to|as\s+much\s+as)\s+)?$/i;
/** "a deal valued at", "valuing the company at", "the deal is worth". */
const VALUED_LEAD = /\b(?:valu(?:ed|ing|es)|worth)\s+(?:[^$;,]{0,40}?\s)?(?:at\s+)?(?:(?:about|around|roughly|nearly|almost|some|approximately|an\s+estimated|more\s+than|up\s+to)\s+)?$/i;
/** Generic readings of an amount that a deal's reading may replace; amounts of a named kind (a bail, a reward, a player's contract) keep theirs. */
const GENERIC_MONEY_SUBJECT = /^(?:[A-Z]{3}|(?:[A-Z]{3}\s+)?per\s+share|amount|deal|offer|bid|takeover|buyout|acquisition|purchase|merger|transaction|price|valuation|share|shares|sale|cash|stock)$/i;
/** "per share", "a share", "for each share": an amount per share, in its unit or in the words after it. */
const PER_SHARE = /^[^$;]{0,60}?\b(?:per\s+share|a\s+share|for\s+each\s+(?:\p{L}+\s+)?share|for\s+every\s+(?:\p{L}+\s+)?share)\b/iu;
/** Verbs and nouns of job cuts right before the count: "will cut as many as", "to eliminate about", "lay off". */
const CUT_LEAD = /\b(?:cut|cuts|cutting|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|shed|sheds|shedding|lay\s+off|lays\s+off|laying\s+off|laid\s+off|axe[sd]?|axing|scrap(?:s|ped|ping)?)\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|an\s+estimated|more\s+than|up\s+to|as\s+many\s+as|at\s+least|another|a\s+further)\s+)?$/i;
/** "300 jobs will be cut", "500 workers were laid off": the cut told after the count. */
const CUT_AFTER = /^\s*(?:(?:will|would|could|are\s+to|were|are|have|has)\s+)?(?:be\s+|been\s+)?(?:cut|eliminated|laid\s+off|axed|lost|shed|scrapped)\b/i;
/** Nouns of what job cuts count. */
const JOB_UNIT = /^(?:(?:\p{L}+\s+)?jobs?|positions?|posts?|roles?|workers?|employees?|staff(?:ers)?|people|job\s+cuts|layoffs|redundancies)$/iu;
const CUT_UNIT = /^(?:job\s+cuts|layoffs|redundancies)$/i;
/** Words of a premium right before its percentage: "a premium of", "estimated the premium at closer to". */
const PREMIUM_LEAD = /\bpremium\s+(?:(?:of|at|was|is|would\s+be|amounts\s+to|works\s+out\s+to)\s+)+(?:(?:about|around|roughly|nearly|almost|some|approximately|closer\s+to|close\s+to|more\s+than|less\s+than|just\s+over|just\s+under)\s+)?$/i;
/** A premium measured on another price than the last close: an average over days or a month, a price before a leak. */
const OTHER_BASIS = /\b(?:average|over\s+the\s+(?:last|past|previous)|\d+-day|volume-weighted|VWAP|before\s+(?:reports|the\s+reports|news|rumou?rs))\b/i;
/** "the 300 the company announced", "the figure Halden gave": who gave a figure, named right after it in a relative clause. */
const RELATIVE_SPEAKER = /^\s+(?:that\s+|which\s+)?(?:the\s+(company|firm|group|bank|government|union|ministry|agency|carrier|airline|retailer|chipmaker|automaker|insurer|lender)|(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}))\s+(?:had\s+|has\s+|have\s+|originally\s+|initially\s+|first\s+)?(?:announced|said|reported|disclosed|gave|cited|forecast|projected|estimated|planned|proposed|outlined)\b/u;

/** The text of a figure's clause before it (from the last ";" or ", while"/", but"/", and" of its sentence), up to 140 characters. */
function clauseLead(input: ClaimInput, sentence: Sentence, q: Quantity): string {
  const lead = input.text.slice(Math.max(sentence.span[0], q.span[0] - 140), q.span[0]);
  const cut = Math.max(lead.lastIndexOf(';'), ...[...lead.matchAll(/,\s+(?:while|but|and|whereas|as)\s+|\s+while\s+|\s+whereas\s+/g)].map((m) => m.index + m[0].length - 1));
  return cut >= 0 ? lead.slice(cut + 1) : lead;
}

/** A company's name as it keys a figure: its first word, lower-cased, without a possessive ("Halden Micro Devices" and "Halden's" are "halden"). */
export function companyKey(name: string): string {
  return name.trim().split(/\s+/)[0]!.replace(/['’]s?$/, '').toLowerCase();
}

function company(words: string | undefined): string | null {
  if (!words) return null;
  const parts = words.replace(/['’]s?$/, '').split(/\s+/).filter(Boolean);
  while (parts.length && NOT_COMPANY.test(parts[0]!)) parts.shift();
  return parts.length ? parts.join(' ') : null;
}

/** Whether the figure's clause tells a close ("closed at", "closing price", "ended"): a close and a price during trading are two figures. */
const AT_CLOSE = /\b(?:clos(?:e|ed|es|ing)|ended|finished|settled)\b/i;

/**
 * The reading of a figure of money, a deal or a market, or null to keep the generic one. Rules, in order:
 * a company's share price or move (the subject is the company whose shares they are); a value per share (the
 * offer's, or its cash part's); a deal's value and its cash or stock part; a premium and its basis; a share
 * exchange ratio and shares issued; job cuts; a bare number told back ("more than the 300") takes the unit of
 * the noun it refers to, never a money unit of another figure of its sentence.
 */
export function moneyReading(ctx: MoneyContext): MoneyReading | null {
  const { q, input, sentence } = ctx;
  const lead = clauseLead(input, sentence, q);
  const tail = input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 90));
  const whole = sentence.text;
  const generic = (ctx.measure === 'money' || ctx.measure.startsWith('other:')) && /^subject\/(?:counted-noun|unit-class|previous-claim)$/.test(ctx.subjectRule) && (GENERIC_MONEY_SUBJECT.test(ctx.subject) || ctx.subject === q.unit);
  if (q.unitClass === 'money' && typeof q.value === 'number' && generic) {
    const reading = moneyOf(ctx, lead, tail, whole);
    if (reading) return reading;
  }
  if (q.unitClass === 'percent' && ctx.measure.startsWith('other:')) {
    const move = SHARE_MOVE_LEAD.exec(lead);
    const owner = move ? company(move[1] ?? move[2]) : null;
    if (move && owner) {
      const down = DOWN.test(move[3]!);
      const close = AT_CLOSE.test(move[3]!) || AT_CLOSE.test(tail.split(/[,;]/)[0]!);
      return { measure: 'other:share-move', rule: 'measure/share-move', subject: `${owner} shares ${down ? 'down' : 'up'}${close ? ' at close' : ''}`, subjectRule: SHARE_MOVE_RULE, plainPredicate: true };
    }
    if (/^\s*(?:-\s*)?premium\b/i.test(tail) || PREMIUM_LEAD.test(lead)) {
      const other = OTHER_BASIS.test(tail);
      const speaker = antecedentOrigin(ctx);
      return { measure: 'other:premium', rule: 'measure/premium', subject: other ? 'premium on another basis' : 'premium', subjectRule: other ? PREMIUM_OTHER_BASIS_RULE : PREMIUM_RULE, plainPredicate: true, basisIsNoTime: other, ...(speaker ? { origin: speaker } : {}) };
    }
    return null;
  }
  // Counts only where no measure of their own was read (a toll, a magnitude, an age keep theirs).
  if (ctx.measure.startsWith('other:') && (q.unitClass === 'count' || q.unitClass === 'persons' || q.unitClass === 'number' || (ctx.unitClass === 'money' && !q.unit))) {
    const unit = q.unit ?? '';
    if (/\bshares$/i.test(unit) && /^\s*(?:for\s+(?:each|every)|per|a)\s+(?:\p{L}+\s+)?share\b/iu.test(tail)) {
      return { measure: 'other:exchange-ratio', rule: 'measure/exchange-ratio', subject: 'shares for each share', subjectRule: EXCHANGE_RATIO_RULE, plainPredicate: true };
    }
    if (/\bshares$/i.test(unit) && /\b(?:issu(?:e|es|ed|ing)|give|giving)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i.test(lead) && ACQUISITION.test(whole)) {
      return { measure: 'other:shares-issued', rule: 'measure/shares-issued', subject: 'shares issued', subjectRule: SHARES_ISSUED_RULE, plainPredicate: true };
    }
    if (q.unit && isJobCut(q.unit, lead, tail)) return jobCuts(ctx, tail);
    if (!q.unit && !/[$€£¥]|\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?)\b/i.test(q.text)) return bareNumber(ctx, lead, tail);
  }
  return null;
}

function isJobCut(unit: string, lead: string, tail: string): boolean {
  if (!JOB_UNIT.test(unit)) return false;
  return CUT_UNIT.test(unit) || CUT_LEAD.test(lead) || CUT_AFTER.test(tail);
}

function jobCuts(ctx: MoneyContext, tail: string): MoneyReading {
  const speaker = RELATIVE_SPEAKER.exec(tail);
  return {
    measure: 'other:job-cuts', rule: 'measure/job-cuts', subject: 'job cuts', subjectRule: JOB_CUTS_RULE, plainPredicate: true,
    ...(speaker ? { origin: { name: speaker[1] ?? speaker[2]!, rule: 'origin/relative-clause-speaker', denied: false } } : {}),
  };
}

/**
 * "as many as 500 jobs ..., more than the 300 the company announced": a number told without its noun refers back to
 * the nearest counted noun before it in its sentence, not to an amount of money there; with none, it names nothing.
 */
function bareNumber(ctx: MoneyContext, lead: string, tail: string): MoneyReading | null {
  const { q, input, sentence } = ctx;
  const carried = ctx.unitClass === 'money' && ctx.subjectRule === 'subject/previous-claim';
  const backRef = /\b(?:than|from|of|to|with|the)\s+(?:the\s+)?$/i.test(lead);
  if (!carried && !backRef) return null;
  const referent = [...input.quantities].reverse().find((o) => o.span[1] <= q.span[0] && o.span[0] >= sentence.span[0] && o.unit && (o.unitClass === 'count' || o.unitClass === 'persons'));
  if (referent && backRef) {
    const rLead = clauseLead(input, sentence, referent);
    const rTail = input.text.slice(referent.span[1], Math.min(sentence.span[1], referent.span[1] + 90));
    if (isJobCut(referent.unit!, rLead, rTail)) return { ...jobCuts(ctx, tail), unit: referent.unit, unitClass: referent.unitClass };
    if (carried) return { measure: `other:${referent.unitClass}`, rule: 'measure/bare-number-referent', subject: referent.unit!, subjectRule: 'subject/bare-number-referent', unit: referent.unit, unitClass: referent.unitClass };
  }
  // A money unit carried from another figure of the sentence is dropped: the number names nothing of its own.
  return carried ? { measure: 'other:number', rule: 'measure/open-tail', subject: 'number', subjectRule: 'subject/unit-class', unit: null, unitClass: 'number' } : null;
}

/** The person a relative clause speaks for ("said Dan Hsu, an analyst at Brightline, who estimated the premium at"): the last person named before ", who". */
function antecedentOrigin(ctx: MoneyContext): Origin | undefined {
  const { input, sentence, q } = ctx;
  const who = input.text.slice(sentence.span[0], q.span[0]).search(/,\s+who\b[^,;]*$/i);
  if (who < 0) return undefined;
  const at = sentence.span[0] + who;
  const person = input.entities.filter((e) => e.type === 'person' && e.span[0] >= sentence.span[0] && e.span[1] <= at).at(-1);
  return person ? { name: person.text, rule: 'origin/relative-pronoun-antecedent', denied: false } : undefined;
}

function moneyOf(ctx: MoneyContext, lead: string, tail: string, whole: string): MoneyReading | null {
  const { q } = ctx;
  const price = SHARE_PRICE_LEAD.exec(lead);
  const owner = price ? company(price[1] ?? price[2]) : null;
  if (price && owner && !/\b(?:offer|bid|valu(?:e|ed|ing)|pay|paid)\b/i.test(lead.slice(price.index))) {
    const close = AT_CLOSE.test(lead.slice(price.index)) || AT_CLOSE.test(tail.split(/[,;]/)[0]!);
    return { measure: 'money', rule: 'measure/share-price', subject: `${owner} share price${close ? ' at close' : ''}`, subjectRule: SHARE_PRICE_RULE, plainPredicate: true };
  }
  const perShare = /per\s+share/i.test(q.unit ?? '') || PER_SHARE.test(tail);
  const deal = ACQUISITION.test(whole) || /\b(?:offer|bid|deal)\b/i.test(whole);
  if (perShare) {
    // "Orion will pay $38 per share, a premium of 27 percent": an amount paid per share, or at a premium, is a price offered.
    if (!deal && !/\b(?:pay|pays|paying|paid|premium)\b/i.test(whole)) return null;
    // "$16.40 in cash and 0.28 Halden shares for each share": the cash part of the value per share.
    if (/^\s*in\s+cash\s+and\s+/i.test(tail) && /\b(?:shares?|stock)\b/i.test(tail)) {
      return { measure: 'money', rule: 'measure/per-share-value', subject: 'cash per share', subjectRule: PER_SHARE_RULE, plainPredicate: true };
    }
    return { measure: 'money', rule: 'measure/per-share-value', subject: 'offer per share', subjectRule: PER_SHARE_RULE, plainPredicate: true };
  }
  if (typeof q.value !== 'number' || q.value < 1e6 || !deal) return null;
  const others = ctx.input.quantities.filter((o) => o !== q && o.unitClass === 'money' && o.span[0] >= ctx.sentence.span[0] && o.span[1] <= ctx.sentence.span[1]);
  const stockTold = /\b(?:issue|issuing|shares|stock)\b/i.test(tail);
  // "pay $3.3 billion in cash and issue 58 million shares", "$3.3 billion in cash and $0.9 billion in stock": a part of the deal.
  if (/^\s*in\s+cash\b(?!\s+and\s+(?:stock|shares)\b)/i.test(tail) && stockTold) return part('cash');
  if (/^\s*in\s+(?:stock|shares)\b/i.test(tail) && others.some((o) => /^\s*in\s+cash\b/i.test(ctx.input.text.slice(o.span[1], o.span[1] + 12)))) return part('stock');
  if (/^\s*in\s+cash\b/i.test(tail) && !DEAL_FOR_LEAD.test(lead) && others.some((o) => /^\s*in\s+(?:stock|shares)\b/i.test(ctx.input.text.slice(o.span[1], o.span[1] + 12)))) return part('cash');
  if (/^\s*in\s+cash\s+and\s+(?:stock|shares)\b/i.test(tail) || DEAL_NOUN_AFTER.test(tail) || DEAL_FOR_LEAD.test(lead) || (VALUED_LEAD.test(lead) && ACQUISITION.test(whole))) {
    // "a $23 million offer" to a player is a contract's, read by its own rules; an offer is a deal's only in words of an acquisition.
    const noun = DEAL_NOUN_AFTER.exec(tail)?.[1]?.toLowerCase();
    if (noun && /^(?:bid|offer|deal|sale)$/.test(noun) && !ACQUISITION.test(whole)) return null;
    const target = dealTarget(ctx);
    return { measure: 'money', rule: 'measure/deal-value', subject: target ? `deal value of ${target}` : 'deal value', subjectRule: DEAL_VALUE_RULE, plainPredicate: true };
  }
  return null;
}

/** A company bought, named after a verb or noun of buying, perhaps after the trade it is in ("buy graphics chip designer Corvex Graphics", "its purchase of Corvex Graphics", "six acquisitions since 2018, including NetGuard"). */
const TARGET = /\b(?:buy|buys|buying|bought|acquire[sd]?|acquiring|purchase[sd]?|purchasing|take\s+over|takes\s+over|took\s+over|taking\s+over|(?:purchase|acquisition|takeover|buyout)\s+of|(?:acquisitions|purchases|deals)\b[^.;]{0,40}?\bincluding)\s+(?:(?:[\p{Ll}-]+\s+){0,4}?)(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})/gu;

const TRADE_THEN_NAME = /^\s+(?:[\p{L}-]+\s+){0,6}?(?:firm|company|maker|provider|designer|developer|startup|start-up|vendor|specialist|operator|platform|business|rival)\s+(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})/u;

/**
 * The company a deal's value buys, named in the amount's sentence nearest the amount; null when none is named ("bought a
 * networking firm for $1.1 billion") or the deal is a merger of equals. Deals of a roundup ("X acquired Y for $30 million;
 * Z is buying W for $2.2 billion") are keyed apart by it.
 */
function dealTarget(ctx: MoneyContext): string | null {
  const { q, input, sentence } = ctx;
  let best: { d: number; name: string } | null = null;
  for (const m of sentence.text.matchAll(TARGET)) {
    // "acquire Apple device management and security firm Jamf": a name that only qualifies the trade is not the company bought.
    const trade = TRADE_THEN_NAME.exec(sentence.text.slice(m.index + m[0].length));
    const at = sentence.span[0] + m.index + m[0].length - m[1]!.length + (trade ? m[1]!.length + trade.index + trade[0].length - trade[1]!.length : 0);
    const name = company(trade ? trade[1] : m[1]);
    if (!name) continue;
    const d = at < q.span[0] ? q.span[0] - at : at - q.span[1];
    if (!best || d < best.d) best = { d, name };
  }
  return best ? best.name.replace(/\s+(?:Inc|Corp|Co|Ltd|LLC|plc)\.?$/, '') : null;
}

function part(kind: 'cash' | 'stock'): MoneyReading {
  return { measure: 'money', rule: 'measure/deal-part', subject: `deal value, ${kind} part`, subjectRule: DEAL_PART_RULE, plainPredicate: true };
}

/** Whether a claim is a term of a deal or a company's cuts: its stance (planned or done) does not split its group. */
export function isDealTerm(claim: Pick<Claim, 'subject'>): boolean {
  return TERM_RULES.has(claim.subject.rule);
}

/**
 * The frame subject of a figure of money, a deal or a market, or null for any other claim: the deal's value is
 * "deal-of:<company bought>", or "deal" (as an amount named "deal" is) when no company bought is named; its parts "deal:cash" and "deal:stock", a value per share "per-share:offer",
 * a company's share price "share-price:<company>" (":close" for a close), a premium by its basis, job cuts one figure.
 */
export function moneyFrameSubject(claim: Pick<Claim, 'subject'>): string | null {
  const s = claim.subject.value.toLowerCase();
  switch (claim.subject.rule) {
    case DEAL_VALUE_RULE: { const target = / of (.+)$/.exec(claim.subject.value); return target ? `deal-of:${companyKey(target[1]!)}` : 'deal'; }
    case DEAL_PART_RULE: return `deal:${/\bstock\b/.test(s) ? 'stock' : 'cash'}`;
    case PER_SHARE_RULE: return `per-share:${/^cash\b/.test(s) ? 'cash' : 'offer'}`;
    case SHARE_PRICE_RULE: return `share-price:${companyKey(s)}${/\bat close$/.test(s) ? ':close' : ''}`;
    case SHARE_MOVE_RULE: return `share-move:${companyKey(s)}:${/\bdown\b/.test(s) ? 'down' : 'up'}${/\bat close$/.test(s) ? ':close' : ''}`;
    case PREMIUM_RULE: return 'premium';
    case PREMIUM_OTHER_BASIS_RULE: return 'premium:other-basis';
    case JOB_CUTS_RULE: return 'job-cuts';
    case EXCHANGE_RATIO_RULE: return 'exchange-ratio';
    case SHARES_ISSUED_RULE: return 'shares-issued';
    default: return null;
  }
}

/** Whether one money frame subject is a part of another ("deal:cash" of "deal" or "deal-of:corvex"): the part's group points at its whole. */
export function isPartOf(part: string, whole: string): boolean {
  return isPartSubject(part) && (whole === 'deal' || whole.startsWith('deal-of:'));
}

/** Whether a money frame subject is a part of some whole ("deal:cash"): the only subjects `isPartOf` holds of anything. */
export function isPartSubject(part: string): boolean {
  return /^deal:(?:cash|stock)$/.test(part);
}
