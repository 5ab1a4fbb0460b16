// Who said what, grouped by the speaker's resolved entity: a name that ends with a person's name joins that person; pronouns and common nouns go to one group of unnamed sources.
import type { DossierAttribution, DossierEntity, Story } from '../model/dossier.js';

export interface SpeakerGroup {
  /** The entity's name, or the speaker's name as written when it resolves to none. */
  name: string;
  entityId: string | null;
  /** The names the speaker goes by in the attributions, most used first. */
  names: string[];
  attributions: DossierAttribution[];
}

/** Words that start a speaker "name" that names nobody: pronouns, determiners, relatives. */
const NOT_A_NAME = new Set(
  'he she it they we i you this that these those which who whom what some someone others other another one each both all many most several few it\'s a an the unknown'.split(' '),
);

/** Whether a speaker's name names someone: it resolved to an entity, or it starts with a capitalised word that is not a pronoun or determiner. */
export function namesSomeone(name: string, entityId: string | null): boolean {
  if (entityId) return true;
  const first = name.trim().split(/\s+/)[0] ?? '';
  return /^\p{Lu}/u.test(first) && !NOT_A_NAME.has(first.toLowerCase());
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Finds the person entity whose name or alias ends a speaker's name ("US Defence Secretary Lloyd Austin" → Austin), if exactly one does; answers are remembered per name. */
function personBySuffix(people: readonly DossierEntity[]): (name: string) => DossierEntity | null {
  // Names indexed by their last word, so a speaker's name is checked only against names ending as it does.
  const byLast = new Map<string, { e: DossierEntity; folded: string }[]>();
  for (const e of people) {
    for (const n of [e.name, ...e.aliases]) {
      const folded = fold(n);
      if (folded.length <= 2) continue;
      const last = folded.slice(folded.lastIndexOf(' ') + 1);
      const list = byLast.get(last) ?? [];
      list.push({ e, folded });
      byLast.set(last, list);
    }
  }
  const memo = new Map<string, DossierEntity | null>();
  return (name) => {
    let hit = memo.get(name);
    if (hit === undefined) {
      const folded = ` ${fold(name)}`;
      const candidates = byLast.get(folded.slice(folded.lastIndexOf(' ') + 1)) ?? [];
      const hits = new Set(candidates.filter((c) => folded.endsWith(` ${c.folded}`)).map((c) => c.e));
      hit = hits.size === 1 ? [...hits][0] : null;
      memo.set(name, hit);
    }
    return hit;
  };
}

/** The unnamed-sources group's name. */
export const UNNAMED = 'Unnamed or unresolved sources';

/**
 * Attributions by speaker: one group per resolved entity (speakers whose written name ends with a
 * person's name join that person), one per other proper name, and one group of unnamed sources
 * (pronouns, common nouns); most statements first, the unnamed group last.
 */
export function speakerGroups(story: Pick<Story, 'attributions' | 'entities'>): SpeakerGroup[] {
  const entities = new Map(story.entities.map((e) => [e.id, e]));
  const byPerson = personBySuffix(story.entities.filter((e) => e.type === 'person'));
  const groups = new Map<string, SpeakerGroup>();
  const unnamed: SpeakerGroup = { name: UNNAMED, entityId: null, names: [], attributions: [] };
  const nameCounts = new Map<SpeakerGroup, Map<string, number>>();
  // The group of each (speaker name, entity id) pair, decided once.
  const decided = new Map<string, { g: SpeakerGroup; written: string }>();
  for (const a of story.attributions) {
    const pair = `${a.speaker.entityId ?? ''}\n${a.speaker.name}`;
    let d = decided.get(pair);
    if (!d) {
      const written = a.speaker.name.replace(/\s+/g, ' ').trim();
      let entity = a.speaker.entityId ? entities.get(a.speaker.entityId) ?? null : null;
      if (!entity && namesSomeone(written, null)) entity = byPerson(written);
      let g: SpeakerGroup;
      if (entity) {
        g = groups.get(`e:${entity.id}`) ?? { name: entity.name, entityId: entity.id, names: [], attributions: [] };
        groups.set(`e:${entity.id}`, g);
      } else if (namesSomeone(written, a.speaker.entityId)) {
        const key = `n:${fold(written)}`;
        g = groups.get(key) ?? { name: written, entityId: a.speaker.entityId, names: [], attributions: [] };
        groups.set(key, g);
      } else {
        g = unnamed;
      }
      decided.set(pair, (d = { g, written }));
    }
    const { g, written } = d;
    g.attributions.push(a);
    const counts = nameCounts.get(g) ?? new Map<string, number>();
    counts.set(written, (counts.get(written) ?? 0) + 1);
    nameCounts.set(g, counts);
  }
  const all = [...groups.values()];
  if (unnamed.attributions.length > 0) all.push(unnamed);
  for (const g of all) g.names = [...(nameCounts.get(g) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  return all.sort((a, b) => Number(a === unnamed) - Number(b === unnamed) || b.attributions.length - a.attributions.length || a.name.localeCompare(b.name));
}
