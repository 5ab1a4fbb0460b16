// Word lists used as features by the attribution model: cue verbs, pronouns, titles, quote marks.
import { RANK_STOPS } from '../ranks.js';

/** Reporting and belief verbs and phrases, by stem (see `stem` in tokenize.ts). */
export const CUE_STEMS: ReadonlySet<string> = new Set([
  'say', 'said', 'tell', 'told', 'accord', 'add', 'claim', 'confirm', 'deny', 'denied', 'believ', 'warn', 'argu',
  'not', 'insist', 'announc', 'report', 'stat', 'explain', 'writ', 'wrote', 'tweet', 'ask', 'suggest', 'acknowledg',
  'admit', 'assert', 'declar', 'describ', 'call', 'accus', 'allege', 'alleg', 'concede', 'conced', 'conclud',
  'contend', 'continu', 'estimat', 'expect', 'fear', 'find', 'found', 'hope', 'indicat', 'predict', 'promis',
  'recall', 'remark', 'repli', 'reply', 'respond', 'reveal', 'show', 'shown', 'signal', 'speculat', 'stress',
  'testifi', 'think', 'thought', 'urg', 'vow', 'want', 'worry', 'worri', 'agre', 'disagre', 'cite', 'cit',
  'quot', 'point', 'emphasiz', 'emphasis', 'observ', 'mention', 'comment', 'recount', 'blast', 'slam', 'prais',
  'criticiz', 'criticis', 'condemn', 'demand', 'propos', 'pledg', 'threaten', 'assess', 'assur', 'boast',
  'complain', 'decri', 'dismiss', 'doubt', 'forecast', 'guess', 'imply', 'impli', 'inform', 'know', 'knew',
  'learn', 'maintain', 'note', 'recogniz', 'recogn', 'reckon', 'reiterat', 'reject', 'rul', 'suspect', 'tout',
  'understand', 'understood', 'feel', 'felt', 'seem', 'appear', 'accord_to', 'quip', 'joke', 'joked', 'mus',
  'wonder', 'consider', 'view', 'see', 'saw', 'seen', 'suppos', 'assum', 'projec', 'project', 'poll', 'survey',
]);

/** Pronouns that commonly stand as a speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that', 'his', 'her', 'their', 'its', 'our', 'my',
  'him', 'them', 'us', 'me', 'this', 'these', 'those', 'one', 'some', 'others', 'many', 'both',
]);

/** Whom a statement is told to, by the noun that names them ("told police", "to detectives that", "told the court"): a regular expression's alternation. */
export const LISTENER_NOUNS = String.raw`police(?:\s+officers?)?|detectives?|officers?|investigators?|reporters?|journalists?|authorities|officials|deputies|troopers?|agents?|dispatchers?|court|judge|jury|media|friends|family|neighbou?rs`;
/** Object pronouns a statement is told to ("told him"), as an alternation. */
export const LISTENER_PRONOUNS = 'him|her|them|me|us';

/** Titles and roles that open or sit inside a speaker's name. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president', 'secretary',
  'minister', 'gen', 'general', 'col', 'lt', 'adm', 'admiral', 'prof', 'professor', 'chairman', 'chair', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'analyst', 'leader', 'judge', 'justice',
  'mayor', 'ambassador', 'chief', 'commander', 'fellow', 'researcher', 'expert', 'experts', 'aide', 'aides',
  'candidate', 'nominee', 'speaker', 'sources', 'source', 'agency', 'ministry', 'office', 'department', 'service',
]);

/** Abbreviations after which a full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', ...RANK_STOPS, 'prof', 'st', 'jr', 'sr', 'vs', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd',
  'u.s', 'u.k', 'u.n', 'd.c', 'e.g', 'i.e', 'etc', 'mt', 'ft', 'pres', 'rev', 'fr', 'pct',
]);

/** Opening quote marks (straight double quotes are decided by position). */
export const OPEN_QUOTES: ReadonlySet<string> = new Set(['“', '‘', '«', '„', '‚', '「', '『', '‹']);
/** Closing quote marks. */
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['”', '’', '»', '」', '』', '›']);
/** Every quote mark character. */
export const QUOTE_CHARS: ReadonlySet<string> = new Set(['"', "'", ...OPEN_QUOTES, ...CLOSE_QUOTES, '“']);

/** Words after a cue that introduce an outlet or audience the speaker spoke to. */
export const CHANNEL_CUES: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'telling']);
