// Entity mentions of an article: people, organisations, places and groups, with roles, acronyms and references.
import type { EntityMention, Sentence } from '../../model/analysis.js';
import { classify } from './classify.js';
import { type Draft, draftText, makeContext, normaliseKey } from './draft.js';
import { findBodies, findGroups } from './groups.js';
import { defaultEntityOptions, type EntityOptions } from './lexicon.js';
import { findNameRuns } from './names.js';
import { resolveAcronyms, resolveDescriptors, resolvePronouns, resolveShortNames } from './resolve.js';

export { defaultEntityOptions, type EntityOptions } from './lexicon.js';
export { normaliseKey } from './draft.js';

/**
 * Finds entity mentions in `text` over its `sentences` (from `splitSentences`). Passes run in order:
 * 1 name runs, 2-3 roles and types, 4 groups and places' bodies, 5 acronyms, 6 short names, 7 descriptions, 8 pronouns.
 * `refersTo` indexes the returned array; `key` is the mention's own normalised text.
 */
export function findEntities(text: string, sentences: Sentence[], opts: EntityOptions = defaultEntityOptions): EntityMention[] {
  const ctx = makeContext(text, sentences, opts);
  const names = findNameRuns(ctx);
  for (const d of names) classify(ctx, d);
  const covered = new Set<string>();
  const cover = (d: Draft): void => {
    for (let k = d.runStart; k < d.end; k++) covered.add(`${d.sent}:${k}`);
  };
  names.forEach(cover);
  const taken = (si: number, i: number): boolean => covered.has(`${si}:${i}`);
  const inName = new Set<string>();
  for (const d of names) for (let k = d.start; k < d.end; k++) inName.add(`${d.sent}:${k}`);
  const groups = findGroups(ctx, (si, i) => inName.has(`${si}:${i}`));
  const bodies = findBodies(ctx, names);
  bodies.forEach(cover);
  const drafts = [...names, ...groups, ...bodies];
  drafts.push(...resolveAcronyms(ctx, drafts));
  resolveShortNames(ctx, drafts);
  const typed = drafts.filter((d) => d.type !== null);
  typed.forEach(cover);
  groups.forEach(cover);
  typed.push(...resolveDescriptors(ctx, typed, taken));
  typed.push(...resolvePronouns(ctx, typed));
  return finish(ctx.sentences, typed, (d) => draftText(ctx, d));
}

/** Orders drafts by position and turns them into mentions, mapping references to indices of full mentions. */
function finish(sentences: Sentence[], drafts: Draft[], textOf: (d: Draft) => string): EntityMention[] {
  const spanOf = (d: Draft): [number, number] => {
    const toks = sentences[d.sent]!.tokens;
    return [toks[d.start]!.span[0], toks[d.end - 1]!.span[1]];
  };
  const sorted = [...drafts].sort((a, b) => spanOf(a)[0] - spanOf(b)[0] || spanOf(b)[1] - spanOf(a)[1]);
  const index = new Map<Draft, number>(sorted.map((d, i) => [d, i]));
  const root = (d: Draft): Draft => (d.ref && d.ref !== d ? root(d.ref) : d);
  return sorted.map((d) => {
    const t = textOf(d);
    const m: EntityMention = { text: t, span: spanOf(d), type: d.type!, key: normaliseKey(t), evidence: [...d.evidence] };
    if (d.role) m.role = d.role;
    if (d.roleRule) m.evidence.push(`role/${d.roleRule}`);
    if (d.acronym) m.acronym = d.acronym;
    if (d.ref) {
      const r = index.get(root(d));
      if (r !== undefined) m.refersTo = r;
    }
    return m;
  });
}
