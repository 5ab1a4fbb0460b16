// Dossier JSON: serialisation, and a hand-written validator for the shape documented in schema/dossier.schema.json.
import { DOSSIER_SCHEMA_VERSION, type Dossier } from '../model/dossier.js';

/**
 * The dossier as JSON text (two-space indented unless `pretty` is false), ending in a newline.
 * The dossier is already plain data; this fixes the formatting so files and API answers agree.
 */
export function dossierToJson(dossier: Dossier, options: { pretty?: boolean } = {}): string {
  return `${JSON.stringify(dossier, null, options.pretty === false ? undefined : 2)}\n`;
}

// The validator is written by hand rather than with a JSON Schema library: the project takes no new
// dependencies for it, the shape is small, and hand-written checks can also test what a schema cannot say
// (references between ids, spans inside their article's text). A test keeps the field lists below and the
// `required` lists of the schema file equal.

type Check = (value: unknown, path: string, errors: string[]) => void;

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, p, e) => {
  if (typeof v !== 'string') e.push(`${p}: expected string, got ${typeName(v)}`);
};
const num: Check = (v, p, e) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) e.push(`${p}: expected number, got ${typeName(v)}`);
};
const count: Check = (v, p, e) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) e.push(`${p}: expected non-negative integer, got ${JSON.stringify(v)}`);
};
const bool: Check = (v, p, e) => {
  if (typeof v !== 'boolean') e.push(`${p}: expected boolean, got ${typeName(v)}`);
};
const nullable = (c: Check): Check => (v, p, e) => {
  if (v !== null) c(v, p, e);
};
const oneOf = (...values: readonly (string | number)[]): Check => (v, p, e) => {
  if (!values.includes(v as string | number)) e.push(`${p}: expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}, got ${JSON.stringify(v)}`);
};
const array = (c: Check): Check => (v, p, e) => {
  if (!Array.isArray(v)) e.push(`${p}: expected array, got ${typeName(v)}`);
  else v.forEach((x, i) => c(x, `${p}[${i}]`, e));
};
const pair: Check = (v, p, e) => {
  if (!Array.isArray(v) || v.length !== 2) e.push(`${p}: expected [number, number], got ${JSON.stringify(v)}`);
  else v.forEach((x, i) => num(x, `${p}[${i}]`, e));
};
const DATE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const date: Check = (v, p, e) => {
  if (typeof v !== 'string' || !DATE.test(v)) e.push(`${p}: expected an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or date-time), got ${JSON.stringify(v)}`);
};
const value: Check = (v, p, e) => (Array.isArray(v) ? pair(v, p, e) : num(v, p, e));

/** An object with these required fields; fields not listed are allowed (the schema leaves them open too). */
const object = (fields: Record<string, Check>, optional: Record<string, Check> = {}): Check => (v, p, e) => {
  if (!isObject(v)) {
    e.push(`${p}: expected object, got ${typeName(v)}`);
    return;
  }
  for (const [k, c] of Object.entries(fields)) {
    if (!(k in v)) e.push(`${p}: missing required field "${k}"`);
    else c(v[k], `${p}.${k}`, e);
  }
  for (const [k, c] of Object.entries(optional)) if (k in v && v[k] !== undefined) c(v[k], `${p}.${k}`, e);
};

const APPROX = ['about', 'at-least', 'more-than', 'up-to', 'less-than', 'nearly', 'estimated'];
const MODALITY = ['asserted', 'planned', 'estimated', 'believed', 'reported', 'possible', 'denied'];
const VERDICT = ['corroborated', 'single-origin', 'updated', 'contested', 'denied'];
const PRECISION = ['day', 'month', 'year'];

/** Required fields of each definition, named as in the schema's `$defs` (and `Dossier` for the root). */
export const DOSSIER_FIELDS = {
  Telling: {
    articleId: str, outlet: nullable(str), origin: str, originEntityId: nullable(str), value: nullable(value),
    unit: nullable(str), approx: nullable(oneOf(...APPROX)), asOf: nullable(date), modality: oneOf(...MODALITY),
    negated: bool, sentence: str, span: pair, syndicatedFrom: nullable(str), published: nullable(str), rules: object({
      measure: str, subject: str, scope: str, asOf: str, origin: str, modality: str,
    }),
  },
  TellingRules: { measure: str, subject: str, scope: str, asOf: str, origin: str, modality: str },
  ClaimFrame: { measure: str, subject: str, scope: oneOf('event', 'background'), stance: oneOf('actual', 'planned', 'denial'), when: nullable(date) },
  KeyFigurePoint: { value, asOf: nullable(date), origin: str, articleIds: array(str) },
  Related: { groupId: str, relation: str },
  DateRange: { from: nullable(date), to: nullable(date) },
  TimelineEntry: { date, precision: oneOf(...PRECISION), event: str, articleIds: array(str) },
  Speaker: { name: str, entityId: nullable(str) },
  BriefSentence: { text: str, articleIds: array(str), claimGroupIds: array(str) },
  DossierEntity: { id: str, name: str, type: str, aliases: array(str), articleIds: array(str), mentions: count },
  ClaimGroupCoverage: { claimGroupId: str, outlets: array(str) },
  Syndication: { articleId: str, copyOf: str, similarity: num },
  StoryMerge: { storyId: str, intoStoryId: str, via: str, matched: str, score: num, features: array(str), articleIds: array(str), at: nullable(date) },
  Decided: { value: str, rule: str },
  Message: { severity: oneOf('error', 'warning', 'info'), ruleId: str, reason: str },
  RemovedBlock: { text: str, rule: str },
} satisfies Record<string, Record<string, Check>>;

const F = DOSSIER_FIELDS;
const decided = object(F.Decided, { evidence: str });
const CLAIM_GROUP = {
  id: str, key: str, frame: object(F.ClaimFrame), trivial: bool, statement: str, subject: str, predicate: str, unitClass: nullable(str), place: nullable(str),
  verdict: oneOf(...VERDICT), verdictRule: str, explanation: str, independentOrigins: count, origins: array(str),
  latestValue: nullable(value), related: array(object(F.Related)), tellings: array(object(F.Telling)),
};
const KEY_FIGURE = {
  measure: str, stance: oneOf('actual', 'planned'), subject: str, statement: str, rule: str, value, asOf: nullable(date),
  verdict: oneOf(...VERDICT), origins: array(str), history: array(object(F.KeyFigurePoint)), claimGroupId: str,
};
const ATTRIBUTION = {
  articleId: str, speaker: object(F.Speaker), cue: str, content: str, direct: bool, span: pair,
};
const COVERAGE = { outlets: array(str), byClaimGroup: array(object(F.ClaimGroupCoverage)) };
const STORY = {
  id: str, title: str, articleIds: array(str), dateRange: object(F.DateRange),
  brief: array(object(F.BriefSentence)), claimGroups: array(object(CLAIM_GROUP)), keyFigures: array(object(KEY_FIGURE)),
  timeline: array(object(F.TimelineEntry)), attributions: array(object(ATTRIBUTION)),
  entities: array(object(F.DossierEntity)), coverage: object(COVERAGE), syndication: array(object(F.Syndication)),
};
const STORY_OPTIONAL = { merges: array(object(F.StoryMerge)) };
const METADATA = {
  title: nullable(decided), outlet: nullable(object(F.Decided, { evidence: str, guess: bool })), byline: nullable(decided),
  published: nullable(object({ ...F.Decided, basis: oneOf('explicit', 'inferred') }, { evidence: str })),
  language: nullable(decided), url: nullable(str),
};
const ARTICLE = {
  id: str, source: str, url: nullable(str), title: nullable(str), outlet: nullable(str), outletGuess: bool,
  byline: nullable(str), published: nullable(date), publishedBasis: nullable(oneOf('explicit', 'inferred')),
  language: nullable(str), text: str, paragraphs: array(pair), removed: array(object(F.RemovedBlock, { score: num })),
  metadata: object(METADATA), messages: array(object(F.Message, { span: pair })),
};
const DOSSIER = {
  schemaVersion: oneOf(DOSSIER_SCHEMA_VERSION), generatedAt: date, stories: array(object(STORY, STORY_OPTIONAL)), articles: array(object(ARTICLE)),
};

/** Every definition's required field names, for comparison with the schema file. */
export function requiredFieldLists(): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [name, fields] of Object.entries(F)) lists[name] = Object.keys(fields);
  Object.assign(lists, {
    ClaimGroup: Object.keys(CLAIM_GROUP), DossierAttribution: Object.keys(ATTRIBUTION), Coverage: Object.keys(COVERAGE),
    Story: Object.keys(STORY), ArticleMetadata: Object.keys(METADATA), Article: Object.keys(ARTICLE), Dossier: Object.keys(DOSSIER),
  });
  return lists;
}

function spanIn(span: [number, number], text: string | undefined, path: string, errors: string[]): void {
  if (text === undefined) return;
  const [s, e] = span;
  if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || s > e || e > text.length) {
    errors.push(`${path}: span [${s}, ${e}] is not inside the article text (length ${text.length})`);
  }
}

/** Checks that ids point at things the dossier holds and that spans lie inside their article's text. */
function checkReferences(d: Dossier, errors: string[]): void {
  const texts = new Map<string, string>();
  d.articles.forEach((a, i) => {
    if (texts.has(a.id)) errors.push(`$.articles[${i}].id: duplicate article id "${a.id}"`);
    texts.set(a.id, a.text);
    a.paragraphs.forEach((p, j) => spanIn(p, a.text, `$.articles[${i}].paragraphs[${j}]`, errors));
  });
  const article = (id: string, path: string): void => {
    if (!texts.has(id)) errors.push(`${path}: unknown article id "${id}"`);
  };
  d.stories.forEach((s, i) => {
    const p = `$.stories[${i}]`;
    const groups = new Set<string>();
    s.claimGroups.forEach((g, j) => {
      if (groups.has(g.id)) errors.push(`${p}.claimGroups[${j}].id: duplicate claim group id "${g.id}"`);
      groups.add(g.id);
    });
    const group = (id: string, path: string): void => {
      if (!groups.has(id)) errors.push(`${path}: unknown claim group id "${id}"`);
    };
    s.articleIds.forEach((id, j) => article(id, `${p}.articleIds[${j}]`));
    s.brief.forEach((b, j) => {
      if (b.articleIds.length === 0) errors.push(`${p}.brief[${j}]: a brief sentence must cite at least one article`);
      b.articleIds.forEach((id, k) => article(id, `${p}.brief[${j}].articleIds[${k}]`));
      b.claimGroupIds.forEach((id, k) => group(id, `${p}.brief[${j}].claimGroupIds[${k}]`));
    });
    s.claimGroups.forEach((g, j) => {
      g.related.forEach((r, k) => group(r.groupId, `${p}.claimGroups[${j}].related[${k}].groupId`));
      g.tellings.forEach((t, k) => {
        const tp = `${p}.claimGroups[${j}].tellings[${k}]`;
        article(t.articleId, `${tp}.articleId`);
        if (t.syndicatedFrom !== null) article(t.syndicatedFrom, `${tp}.syndicatedFrom`);
        spanIn(t.span, texts.get(t.articleId), `${tp}.span`, errors);
      });
    });
    s.timeline.forEach((t, j) => t.articleIds.forEach((id, k) => article(id, `${p}.timeline[${j}].articleIds[${k}]`)));
    s.attributions.forEach((a, j) => {
      article(a.articleId, `${p}.attributions[${j}].articleId`);
      spanIn(a.span, texts.get(a.articleId), `${p}.attributions[${j}].span`, errors);
    });
    s.entities.forEach((en, j) => en.articleIds.forEach((id, k) => article(id, `${p}.entities[${j}].articleIds[${k}]`)));
    s.coverage.byClaimGroup.forEach((c, j) => group(c.claimGroupId, `${p}.coverage.byClaimGroup[${j}].claimGroupId`));
    s.syndication.forEach((x, j) => {
      article(x.articleId, `${p}.syndication[${j}].articleId`);
      article(x.copyOf, `${p}.syndication[${j}].copyOf`);
    });
  });
}

/**
 * Problems that keep `json` (a parsed value, or JSON text) from being a valid dossier, each as
 * `path: reason`; an empty list means valid. Structure is checked first; references and spans only
 * when the structure holds.
 */
export function validateDossier(json: unknown): string[] {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (err) {
      return [`$: not JSON (${(err as Error).message})`];
    }
  }
  const errors: string[] = [];
  object(DOSSIER)(data, '$', errors);
  if (errors.length === 0) checkReferences(data as Dossier, errors);
  return errors;
}
