// Entity resolution across articles: one entity per real-world actor across spellings, never merging people who only share a name part.
import type { ArticleAnalysis, EntityMention } from '../model/analysis.js';
import type { DossierEntity } from '../model/dossier.js';
import { defaultEntityOptions } from '../analyze/entities/lexicon.js';
import { isChromeSentence } from '../analyze/claims-context.js';
import { BoundedCache } from './bounded-cache.js';

/** Folds spelling variants: case, hyphens, apostrophes, possessives, diacritics, titles. */
export function entityKey(name: string): string {
  // A story asks the same names many times (mentions, origins, speakers): each folded once, kept for the last names asked.
  return entityKeys.get(name, entityKeyUncached);
}
const entityKeys = new BoundedCache<string, string>(8192);

function entityKeyUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^(the|dr|mr|mrs|ms|prof|gen|sen)\.?\s+/, '')
    // A rank, an office or a role before a person's name ("Sgt. John Smith", "police spokesman John Smith", "Neighbor
    // Arlene Bush") is no part of it.
    .replace(/^(?:(?:police|sheriff['’]s|fire)\s+)?(?:(?:sgt|lt|det|off|ofc|cpl|capt|dep|tpr|insp|lieut|supt)\.\s*|(?:officer|detective|sergeant|lieutenant|captain|deputy|trooper|corporal|sheriff|spokes(?:wo)?man|spokesperson|investigator|superintendent|commissioner|neighbou?r|(?:eye)?witness)\s+(?=\p{L}+[\s-]+\p{L}))/u, '')
    .replace(/[-‐‑–'’.]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    // "Tennessee Bureau of Investigation", "Tennessee Bureau Investigation": an "of" inside a name is no part of its key.
    .replace(/(?<=\p{L}) of (?=\p{L})/gu, ' ')
    // "Los Angeles Police Department", "Los Angeles police"; "Oakland County Sheriff's Office", "Oakland County Sheriff's
    // Department": one force under the names of its office.
    .replace(/^(.+ (?:police|sheriff))(?: (?:department|dept|force|service|office))$/, '$1')
    // "Halden Micro Devices Inc.", "Halden Micro Devices": a company's legal suffix is no part of its name.
    .replace(/^(\p{L}.* \p{L}+) (?:inc|corp|co|ltd|llc|plc|ag|nv|sa)$/u, '$1');
}

export interface ResolvedEntities {
  entities: DossierEntity[];
  /** `${articleId}:${mentionIndex}` -> entity id. */
  byMention: Map<string, string>;
  /** Folded name or alias -> entity id, for looking up origins by name. */
  byKey: Map<string, string>;
}

interface Draft {
  key: string;
  type: string;
  names: Map<string, number>;
  articles: Set<string>;
  mentions: number;
  acronyms: Set<string>;
}

/** The spans of an analysis's sentences that are page chrome (see `isChromeSentence`), in text order. */
function chromeSpans(a: ArticleAnalysis): (readonly [number, number])[] {
  return a.sentences.filter((s) => isChromeSentence(s.text)).map((s) => s.span);
}

/** Whether an offset lies in one of the spans. */
function inSpans(spans: readonly (readonly [number, number])[], at: number): boolean {
  return spans.some((s) => s[0] <= at && at < s[1]);
}

function root(entities: readonly EntityMention[], i: number): number {
  // Most mentions refer to none: no set is made for them.
  if (entities[i].refersTo === undefined) return i;
  const seen = new Set<number>();
  let j = i;
  while (entities[j].refersTo !== undefined && !seen.has(j)) {
    seen.add(j);
    j = entities[j].refersTo as number;
    if (!entities[j]) return i;
  }
  return j;
}

const PRONOUN = /^(he|she|they|him|her|them|his|their|it|its)$/i;
/** A short word in capitals, as an acronym is written ("GPD", "JSO", "LVMPD"). */
const CAPITALS = /^\p{Lu}{2,6}$/u;
/** Words an acronym spells no letter of: "Federal Bureau of Investigation" is "FBI". */
const INITIAL_SKIPPED = /^(?:of|the|and|for|&|de|du|la)$/;
const ROLE_LED = /^(?:neighbou?r|(?:eye)?witness)\s/i;

/**
 * Resolves mentions of a story's articles to entities. Full mentions with the same folded key
 * merge; acronyms defined anywhere merge with their expansion; a familiar given name merges with the one full name it
 * stands for; a one-word person name merges
 * with the single multi-word person it ends or starts (never when two people share it).
 */
export function resolveEntities(analyses: readonly ArticleAnalysis[]): ResolvedEntities {
  const drafts = new Map<string, Draft>();
  const acronymOf = new Map<string, string>();
  // Drafts written in capitals as a short word ("GPD"): acronyms the story may not define; the bodies by their initials.
  const written = new Set<string>();
  const bodiesByInitials = new Map<string, Set<string>>();
  const draftFor = (key: string, type: string): Draft => {
    const id = `${type}:${key}`;
    let d = drafts.get(id);
    if (!d) {
      d = { key, type, names: new Map(), articles: new Set(), mentions: 0, acronyms: new Set() };
      drafts.set(id, d);
    }
    return d;
  };
  // Pass 1: full mentions (those that do not refer back) become drafts; acronyms are noted. A name only page chrome
  // tells ("0:56 Benny Snell credits offensive line", a playlist's entry) is of another story: no entity of this one.
  for (const a of analyses) {
    const chrome = chromeSpans(a);
    a.entities.forEach((m, i) => {
      if (root(a.entities, i) !== i || PRONOUN.test(m.text) || inSpans(chrome, m.span[0])) return;
      const key = entityKey(m.text);
      if (!key) return;
      const d = draftFor(key, m.type);
      if (CAPITALS.test(m.text.trim())) written.add(`${m.type}:${key}`);
      // The initials of a body's written name ("Gainesville Police Department": "gpd"), which its key may not keep.
      const words = m.type === 'organisation' ? m.text.replace(/['’]s\b/g, '').split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) && !INITIAL_SKIPPED.test(w.toLowerCase())) : [];
      if (words.length >= 2) {
        const initials = words.map((w) => w[0]!.toLowerCase()).join('');
        (bodiesByInitials.get(initials) ?? bodiesByInitials.set(initials, new Set()).get(initials)!).add(`${m.type}:${key}`);
      }
      if (m.acronym) {
        d.acronyms.add(m.acronym.toLowerCase());
        acronymOf.set(m.acronym.toLowerCase(), `${m.type}:${key}`);
      }
    });
  }
  // Pass 2: decide each draft's final id (acronym -> expansion, lone name part -> unique full name).
  const finalId = new Map<string, string>();
  // Drafts that are another draft's person under another writing of the name. "Terence A. Monahan", "Terence Monahan": a
  // middle initial is no other person, when the name without it is told.
  const sameAs = new Map<string, string>();
  for (const [id, d] of drafts) {
    const parts = d.type === 'person' ? d.key.split(' ') : [];
    if (parts.length < 3) continue;
    const bare = `person:${[parts[0], ...parts.slice(1, -1).filter((w) => w.length > 1), parts[parts.length - 1]].join(' ')}`;
    if (bare !== id && drafts.has(bare)) sameAs.set(id, bare);
  }
  // "Carl Dabadie Jr.", "Carl Dabadie": one person, unless the story also names another bearer of the name ("Sr.").
  for (const [id, d] of drafts) {
    const m = d.type === 'person' ? /^(.+ .+) (jr|sr|ii|iii|iv)$/.exec(d.key) : null;
    if (!m || sameAs.has(id) || !drafts.has(`person:${m[1]}`)) continue;
    const others = [...drafts.keys()].filter((k) => k !== id && k.startsWith(`person:${m[1]} `) && /^(jr|sr|ii|iii|iv)$/.test(k.slice(`person:${m[1]} `.length)));
    if (others.length === 0) sameAs.set(id, `person:${m[1]}`);
  }
  // "Mike Scott", "Michael Scott": a familiar given name is the full one, where the story names exactly one bearer of the
  // rest of the name by a full name it stands for (not where "Chris Few" could be Christopher or Christine Few).
  for (const [id, d] of drafts) {
    const space = d.type === 'person' && !sameAs.has(id) ? d.key.indexOf(' ') : -1;
    const full = space > 0 ? defaultEntityOptions.familiarGivenNames.get(d.key.slice(0, space)) : undefined;
    if (!full) continue;
    const owners = full.map((g) => `person:${g}${d.key.slice(space)}`).filter((k) => drafts.has(k));
    if (owners.length === 1) sameAs.set(id, owners[0]);
  }
  // The multi-word people by their first and by their last word, each person once under a word: the owners of a lone name part.
  const peopleByEnd = new Map<string, string[]>();
  for (const [id, d] of drafts) {
    if (d.type !== 'person' || !d.key.includes(' ') || sameAs.has(id)) continue;
    const parts = d.key.split(' ');
    const [first, last] = [parts[0], parts[parts.length - 1]];
    (peopleByEnd.get(last) ?? peopleByEnd.set(last, []).get(last)!).push(id);
    if (first !== last) (peopleByEnd.get(first) ?? peopleByEnd.set(first, []).get(first)!).push(id);
  }
  // "GPD" beside "Gainesville Police Department", "JSO" beside "Jacksonville Sheriff's Office": an acronym no article defines
  // is the one body of the story whose words' initials it spells.
  // Only an acronym read as a body somewhere ("GPD" as a place in one article goes with it there); "US" read only as a
  // place is no "Universal Studios".
  const spelledOf = new Map<string, string>();
  for (const [id, d] of drafts) {
    const spelled = d.type === 'organisation' && !d.key.includes(' ') && written.has(id) && !acronymOf.has(d.key) ? [...(bodiesByInitials.get(d.key) ?? [])] : [];
    if (spelled.length === 1 && spelled[0] !== id) spelledOf.set(d.key, spelled[0]!);
  }
  // "The Tennessee Bureau of Investigation announced ...", read as a person in one article: a name of several words the
  // story also writes as a body's is that body.
  for (const [id, d] of drafts) {
    if (d.type === 'person' && d.key.includes(' ') && !sameAs.has(id) && drafts.has(`organisation:${d.key}`)) sameAs.set(id, `organisation:${d.key}`);
  }
  for (const [id, d] of drafts) {
    const viaAcronym = !d.key.includes(' ') ? acronymOf.get(d.key) ?? spelledOf.get(d.key) : undefined;
    if (viaAcronym && viaAcronym !== id) { finalId.set(id, viaAcronym); continue; }
    const bare = sameAs.get(id);
    if (bare) { finalId.set(id, bare); continue; }
    if (d.type === 'person' && !d.key.includes(' ')) {
      const owners = peopleByEnd.get(d.key) ?? [];
      if (owners.length === 1) { finalId.set(id, owners[0]); continue; }
    }
    finalId.set(id, id);
  }
  const resolve = (id: string): string => {
    let cur = id;
    for (let n = 0; n < 5 && finalId.get(cur) !== cur && finalId.has(cur); n++) cur = finalId.get(cur) as string;
    return cur;
  };
  // Pass 3: every mention (full, back-referring, pronoun) lands on its root's entity.
  const byMention = new Map<string, string>();
  for (const a of analyses) {
    a.entities.forEach((m, i) => {
      const r = a.entities[root(a.entities, i)];
      if (PRONOUN.test(r.text)) return;
      const key = entityKey(r.text);
      if (!key) return;
      const id = resolve(`${r.type}:${key}`);
      const target = drafts.get(id);
      if (!target) return;
      byMention.set(`${a.articleId}:${i}`, id);
      target.articles.add(a.articleId);
      target.mentions++;
      if (!PRONOUN.test(m.text)) {
        const name = m.text.replace(/['’]s$/, '');
        target.names.set(name, (target.names.get(name) ?? 0) + (i === root(a.entities, i) ? 2 : 1));
      }
    });
  }
  const entities: DossierEntity[] = [];
  const byKey = new Map<string, string>();
  for (const [id, d] of drafts) {
    if (resolve(id) !== id || d.mentions === 0) continue;
    // The canonical name: the longest full name used, ties broken by use.
    // A role that is no title ("Neighbor Arlene Bush") names the person only where no other writing does.
    const names = [...d.names.entries()].sort((x, y) => Number(ROLE_LED.test(x[0])) - Number(ROLE_LED.test(y[0])) || y[0].split(' ').length - x[0].split(' ').length || y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const name = names[0]?.[0] ?? d.key;
    const aliases = names.slice(1).map(([n]) => n).filter((n) => n !== name);
    for (const a of d.acronyms) if (!aliases.some((x) => x.toLowerCase() === a)) aliases.push(a.toUpperCase());
    entities.push({ id: `e:${id}`, name, type: d.type, aliases, articleIds: [...d.articles].sort(), mentions: d.mentions });
    for (const n of [name, ...aliases, d.key]) byKey.set(entityKey(n), `e:${id}`);
  }
  for (const [k, v] of byMention) byMention.set(k, `e:${v}`);
  entities.sort((x, y) => y.articleIds.length - x.articleIds.length || y.mentions - x.mentions || (x.name < y.name ? -1 : 1));
  return { entities, byMention, byKey };
}
