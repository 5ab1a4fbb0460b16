// Tests for cross-article entity resolution: spellings merge, acronyms merge, shared family names never do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleAnalysis, EntityMention } from '../model/analysis.js';
import { entityKey, resolveEntities } from './entities.js';

function mention(text: string, type: EntityMention['type'], extra: Partial<EntityMention> = {}): EntityMention {
  return { text, span: [0, text.length], type, key: entityKey(text), evidence: ['test'], ...extra };
}

function analysis(articleId: string, entities: EntityMention[]): ArticleAnalysis {
  return { articleId, text: '', sentences: [], entities, dates: [], quantities: [], attributions: [], claims: [] };
}

test('spelling variants and possessives fold to one key', () => {
  assert.equal(entityKey('Kim Jong-un’s'), entityKey('Kim Jong Un'));
  assert.equal(entityKey("Kim Jong-un's"), 'kim jong un');
  assert.notEqual(entityKey('Kim Yong-hyun'), entityKey('Kim Jong Un'));
});

test('Kim Jong Un across spellings is one entity and Kim Yong-hyun another; a bare "Kim" joins neither', () => {
  const r = resolveEntities([
    analysis('a', [mention('Kim Jong Un', 'person'), mention('Kim', 'person')]),
    analysis('b', [mention('Kim Jong-un', 'person'), mention("Kim Jong-un's", 'person')]),
    analysis('c', [mention('Kim Yong-hyun', 'person')]),
  ]);
  const kju = r.entities.find((e) => e.name.startsWith('Kim Jong'));
  const kyh = r.entities.find((e) => e.name === 'Kim Yong-hyun');
  assert.ok(kju && kyh);
  assert.notEqual(kju.id, kyh.id);
  assert.deepEqual(kju.articleIds, ['a', 'b']);
  assert.deepEqual(kyh.articleIds, ['c']);
  assert.notEqual(r.byMention.get('a:1'), kju.id, 'a bare family name shared by two people stays apart');
});

test('a surname alone joins the only person who carries it', () => {
  const r = resolveEntities([
    analysis('a', [mention('Mason Richey', 'person')]),
    analysis('b', [mention('Richey', 'person')]),
  ]);
  assert.equal(r.byMention.get('a:0'), r.byMention.get('b:0'));
});

test('an acronym defined in one article joins its bare use in another', () => {
  const r = resolveEntities([
    analysis('a', [mention('National Intelligence Service', 'organisation', { acronym: 'NIS' })]),
    analysis('b', [mention('NIS', 'organisation')]),
  ]);
  const nis = r.entities.find((e) => e.name === 'National Intelligence Service');
  assert.ok(nis);
  assert.deepEqual(nis.articleIds, ['a', 'b']);
  assert.ok(nis.aliases.includes('NIS'));
});

test('an acronym no article defines joins the one body whose initials it spells; two such bodies keep it apart', () => {
  const r = resolveEntities([
    analysis('a', [mention('Gainesville Police Department', 'organisation'), mention("Jacksonville Sheriff's Office", 'organisation')]),
    analysis('b', [mention('GPD', 'organisation'), mention('JSO', 'organisation')]),
  ]);
  assert.equal(r.byMention.get('b:0'), r.byMention.get('a:0'));
  assert.equal(r.byMention.get('b:1'), r.byMention.get('a:1'));
  const two = resolveEntities([
    analysis('a', [mention('Gainesville Police Department', 'organisation'), mention('Grand Prairie Department', 'organisation')]),
    analysis('b', [mention('GPD', 'organisation')]),
  ]);
  assert.notEqual(two.byMention.get('b:0'), two.byMention.get('a:0'));
  assert.notEqual(two.byMention.get('b:0'), two.byMention.get('a:1'));
  // A place written in capitals is no body's acronym.
  const place = resolveEntities([analysis('a', [mention('Universal Studios', 'organisation')]), analysis('b', [mention('US', 'place')])]);
  assert.notEqual(place.byMention.get('b:0'), place.byMention.get('a:0'));
});

test('a body\'s name read as a person in one article is that body', () => {
  const r = resolveEntities([
    analysis('a', [mention('Tennessee Bureau of Investigation', 'organisation')]),
    analysis('b', [mention('Tennessee Bureau of Investigation', 'person')]),
  ]);
  assert.equal(r.byMention.get('b:0'), r.byMention.get('a:0'));
  assert.equal(r.entities.find((e) => e.id === r.byMention.get('b:0'))?.type, 'organisation');
});

test('mentions that refer back land on their antecedent\'s entity', () => {
  const r = resolveEntities([
    analysis('a', [mention('Lloyd Austin', 'person'), mention('Austin', 'person', { refersTo: 0 }), mention('he', 'person', { refersTo: 0 })]),
  ]);
  assert.equal(r.byMention.get('a:1'), r.byMention.get('a:0'));
  assert.equal(r.byMention.get('a:2'), r.byMention.get('a:0'));
  assert.equal(r.entities.length, 1);
});

test('one officer under two titles is one entity', () => {
  assert.equal(entityKey('Sgt. John Smith'), 'john smith');
  assert.equal(entityKey('police spokesman John Smith'), 'john smith');
  assert.equal(entityKey('Off. Aaron Patty'), 'aaron patty');
  assert.equal(entityKey('Police Lt. Dan McGrath'), 'dan mcgrath');
  // A title alone before a surname, or an office, keeps its words.
  assert.equal(entityKey('Officer Smith'), 'officer smith');
  assert.equal(entityKey("Sheriff's Office"), 'sheriff office');
  const r = resolveEntities([
    analysis('a', [mention('Sgt. John Smith', 'person')]),
    analysis('b', [mention('police spokesman John Smith', 'person')]),
  ]);
  assert.equal(r.entities.length, 1);
});

test('a police force or a sheriff\'s office is one entity under the names of its office', () => {
  assert.equal(entityKey('Los Angeles Police Department'), entityKey('Los Angeles police'));
  assert.equal(entityKey("Oakland County Sheriff's Office"), entityKey("Oakland County Sheriff's Department"));
  // Another office of the same place is another body.
  assert.notEqual(entityKey('Los Angeles Fire Department'), entityKey('Los Angeles police'));
  assert.notEqual(entityKey('Police Department'), entityKey('police'));
});

test('a middle initial or a role before a name is one person with the name told without it', () => {
  const r = resolveEntities([
    analysis('a', [mention('Terence A. Monahan', 'person'), mention('Neighbor Arlene Bush', 'person')]),
    analysis('b', [mention('Terence Monahan', 'person'), mention('Monahan', 'person'), mention('Arlene Bush', 'person')]),
  ]);
  const monahan = r.entities.filter((e) => /Monahan/.test(e.name));
  assert.equal(monahan.length, 1, JSON.stringify(monahan));
  assert.deepEqual(monahan[0].articleIds, ['a', 'b']);
  assert.equal(r.byMention.get('b:1'), monahan[0].id, 'the surname alone joins the one person');
  const bush = r.entities.filter((e) => /Bush/.test(e.name));
  assert.equal(bush.length, 1);
  assert.equal(bush[0].name, 'Arlene Bush');
  // Another middle name is another person's name: "John Paul Smith" is not "John Smith".
  const two = resolveEntities([analysis('a', [mention('John Paul Smith', 'person'), mention('John Smith', 'person')])]);
  assert.equal(two.entities.filter((e) => /Smith/.test(e.name)).length, 2);
});

test('"Jr." joins the name told without it unless the story names a "Sr." too; an "of" inside a name is no part of its key', () => {
  const one = resolveEntities([analysis('a', [mention('Carl Dabadie Jr.', 'person'), mention('Carl Dabadie', 'person')])]);
  assert.equal(one.entities.filter((e) => /Dabadie/.test(e.name)).length, 1);
  const two = resolveEntities([analysis('a', [mention('John Smith Jr.', 'person'), mention('John Smith Sr.', 'person'), mention('John Smith', 'person')])]);
  assert.equal(two.entities.filter((e) => /Smith/.test(e.name)).length, 3);
  assert.equal(entityKey('Tennessee Bureau of Investigation'), entityKey('Tennessee Bureau Investigation'));
  assert.equal(entityKey('Eyewitness Danny Royale'), entityKey('Danny Royale'));
});

test('a familiar given name is the one full name it stands for; two bearers it could stand for keep it apart', () => {
  const r = resolveEntities([
    analysis('a', [mention('Mike Scott', 'person'), mention('Chris Few', 'person'), mention('Scott', 'person')]),
    analysis('b', [mention('Michael Scott', 'person'), mention('Christopher Few', 'person'), mention('Christine Few', 'person')]),
    analysis('c', [mention('Tom Hale', 'person'), mention('Tim Hale', 'person')]),
  ]);
  const scott = r.entities.find((e) => e.name === 'Michael Scott' || e.name === 'Mike Scott');
  assert.ok(scott);
  assert.deepEqual(scott.articleIds, ['a', 'b']);
  assert.equal(r.byMention.get('a:0'), scott.id);
  assert.equal(r.byMention.get('a:2'), scott.id, 'the surname alone joins the one person under both writings');
  assert.equal(r.byKey.get(entityKey('Mike Scott')), scott.id);
  assert.notEqual(r.byMention.get('a:1'), r.byMention.get('b:1'), '"Chris Few" could be Christopher or Christine Few');
  assert.notEqual(r.byMention.get('c:0'), r.byMention.get('c:1'), 'two familiar names of two full names are two people');
});

test("a name only a playlist's entry tells is no entity of the story; the same name in the body is", () => {
  const text = '0:56 Benny Snell credits offensive line\n\nPolice chief Ann Ruiz said the teen died.';
  const sentences = [
    { text: '0:56 Benny Snell credits offensive line', span: [0, 39] as [number, number], kind: 'body' as const, paragraph: 0, tokens: [] },
    { text: 'Police chief Ann Ruiz said the teen died.', span: [41, 82] as [number, number], kind: 'body' as const, paragraph: 1, tokens: [] },
  ];
  const at = (name: string): EntityMention => ({ ...mention(name, 'person'), span: [text.indexOf(name), text.indexOf(name) + name.length] });
  const r = resolveEntities([{ ...analysis('a', [at('Benny Snell'), at('Ann Ruiz')]), text, sentences }]);
  assert.deepEqual(r.entities.map((e) => e.name), ['Ann Ruiz']);
});
