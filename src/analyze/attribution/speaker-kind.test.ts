// Tests for speaker spans that name no one: photo credits, caption labels and clauses; and sentences over police ranks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle, loadAttributionModel } from '../index.js';
import { afterCredit, extendSpeakerSpan, isSpeakerSpan, speakerOfClause, suffixSpeakerSpan, trimSpeakerSpan } from './speaker-kind.js';
import { tokenize } from './tokenize.js';

const at = (text: string, speaker: string): [number, number] => {
  const s = text.indexOf(speaker);
  assert.ok(s >= 0, speaker);
  return [s, s + speaker.length];
};

test('a photo credit is no speaker', () => {
  const t1 = 'Relatives wait outside. Photo: Cody Duty / Houston Chronicle Authorities have identified the man.';
  assert.equal(isSpeakerSpan(t1, at(t1, 'Cody Duty / Houston Chronicle Authorities')), false);
  const t2 = 'The scene on Tuesday. (AP Photo/John Smith) John Smith said it was quiet.';
  assert.equal(isSpeakerSpan(t2, at(t2, 'John Smith)')), false);
  const t3 = 'Photo by Jane Doe, KSL\nJane Doe, a neighbour, said she heard shots.';
  assert.equal(isSpeakerSpan(t3, [t3.indexOf('Jane Doe'), t3.indexOf('Jane Doe') + 8]), false);
  // The same name on its own line, as a speaker, stays.
  assert.equal(isSpeakerSpan(t3, [t3.lastIndexOf('Jane Doe'), t3.lastIndexOf('Jane Doe') + 8]), true);
});

test('caption labels and clauses are no speakers; people, bodies and relative clauses are', () => {
  const t = 'Caption Close Image said. Seven people were shot, with six confirmed dead.';
  assert.equal(isSpeakerSpan(t, at(t, 'Caption Close Image')), false);
  assert.equal(isSpeakerSpan(t, at(t, 'Seven people were shot, with six')), false);
  for (const s of ['Little Rock police', 'Sgt. John Smith', 'officials who were briefed on the matter', "the sheriff's office"]) {
    const u = `${s} said two men were hurt.`;
    assert.equal(isSpeakerSpan(u, at(u, s)), true, s);
  }
});

test('a capitalised police rank before a name does not end the sentence; a lower-case "off." does', () => {
  const t = tokenize('The man was hurt, said Off. Aaron Patty. He drove off. Police came.');
  assert.equal(t.sent[t.words.indexOf('Off')], t.sent[t.words.indexOf('Patty')]);
  assert.notEqual(t.sent[t.words.indexOf('off')], t.sent[t.words.indexOf('Police')]);
});

test('chrome, days, number words and contracted pronouns are no speakers', () => {
  for (const s of ['MUST WATCH Students flee after', 'READ MORE', 'Wednesday', 'Two', "We're", 'They’ve']) {
    const t = `${s} said that two men were hurt.`;
    assert.equal(isSpeakerSpan(t, at(t, s)), false, s);
  }
});

test('a speaker span that stops at an abbreviated title runs on over the name', () => {
  const t = 'Two men were hurt, said Lt. Dan McGrath of the police.';
  const [s, e] = extendSpeakerSpan(t, at(t, 'Lt'));
  assert.equal(t.slice(s, e), 'Lt. Dan McGrath');
  const u = 'Police said two men were hurt.';
  assert.deepEqual(extendSpeakerSpan(u, at(u, 'Police')), at(u, 'Police'));
  // The name ends at its sentence's full stop; an initial's stop goes on.
  const v = 'Shots were fired, according to Lt. Dave Okada. When officers arrived they found four victims.';
  const [vs, ve] = extendSpeakerSpan(v, at(v, 'Lt'));
  assert.equal(v.slice(vs, ve), 'Lt. Dave Okada');
  const w = 'Shots were fired, said Lt. J. Smith.';
  const [ws, we] = extendSpeakerSpan(w, at(w, 'Lt'));
  assert.equal(w.slice(ws, we), 'Lt. J. Smith');
});

test('a place read as the speaker runs on over the force it names; a span that ends in "and" or "of" is no speaker', () => {
  const t = 'Minneapolis police are investigating the threat.';
  const [s, e] = extendSpeakerSpan(t, at(t, 'Minneapolis'));
  assert.equal(t.slice(s, e), 'Minneapolis police');
  const u = 'Minneapolis said the road was closed.';
  assert.deepEqual(extendSpeakerSpan(u, at(u, 'Minneapolis')), at(u, 'Minneapolis'));
  const v = 'Police searched a home on Pierce Ave. NE and found drugs.';
  assert.equal(isSpeakerSpan(v, at(v, 'NE and')), false);
  assert.equal(isSpeakerSpan(v, at(v, 'Police')), true);
});

test('a clause read as the source gives way to the speaker that closes it, or to none', () => {
  const t = 'The victims were shot outside of the house, and police say two died.';
  const [s, e] = speakerOfClause(t, at(t, 'The victims were shot outside of the house, and police'))!;
  assert.equal(t.slice(s, e), 'police');
  const u = 'Seven people were shot, with six confirmed dead.';
  assert.equal(speakerOfClause(u, at(u, 'Seven people were shot, with six')), null);
  const v = 'Officials who were briefed said so.';
  assert.deepEqual(speakerOfClause(v, at(v, 'Officials who were briefed')), at(v, 'Officials who were briefed'));
});

test('auxiliaries and adverbs at the end of a speaker span are left out', () => {
  const t = "Police don't know who fired. Few people would say so. Investigators are convinced.";
  for (const [span, want] of [['Police don\'t', 'Police'], ['Few people would', 'Few people'], ['Investigators are', 'Investigators']] as const) {
    const [s, e] = trimSpeakerSpan(t, at(t, span));
    assert.equal(t.slice(s, e), want);
  }
  const u = 'The sheriff said so.';
  assert.deepEqual(trimSpeakerSpan(u, at(u, 'The sheriff')), at(u, 'The sheriff'));
});

test("a named speaker's age and home town are no part of the speaker", () => {
  const t = 'She was kind, Beth Krut, 47, of Mount Oliver said of her friend.';
  const [s, e] = trimSpeakerSpan(t, at(t, 'Beth Krut, 47, of Mount Oliver'));
  assert.equal(t.slice(s, e), 'Beth Krut');
});

test('a photo credit run into the sentence ("TOM HINDMAN | Gazette Mail Police say") is no part of the speaker', () => {
  const t = 'The scene on Sunday.\nTOM HINDMAN | Gazette Mail Police say two men were hurt.';
  const [s, e] = afterCredit(t, at(t, 'TOM HINDMAN | Gazette Mail Police'))!;
  assert.equal(t.slice(s, e), 'Police');
  // The span may open after the bar, on the outlet's words.
  const [s2, e2] = afterCredit(t, at(t, 'Gazette Mail Police'))!;
  assert.equal(t.slice(s2, e2), 'Police');
  const u = 'JANE DOE | The Daily News Sheriff John Lee said three were hurt.';
  const [s3, e3] = afterCredit(u, at(u, 'JANE DOE | The Daily News Sheriff John Lee'))!;
  assert.equal(u.slice(s3, e3), 'Sheriff John Lee');
  // Nothing but the credit: no speaker.
  const v = 'JANE DOE | Gazette-Mail said the photo.';
  assert.equal(afterCredit(v, at(v, 'JANE DOE | Gazette-Mail')), null);
  // A bar that is no credit leaves the span as it is.
  const w = 'Scores | Sports Police Chief Ann Bell said the game went on.';
  assert.deepEqual(afterCredit(w, at(w, 'Police Chief Ann Bell')), at(w, 'Police Chief Ann Bell'));
});

test('an origin is never a photo credit\'s outlet run into the speaker', () => {
  const model = loadAttributionModel();
  const origins = analyzeArticle({ id: 'a', text: 'A man was killed on Elm Street on Sunday.\n\nTOM HINDMAN | Gazette Mail Police say two people were wounded in the shooting.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model })
    .claims.filter((c) => c.measure.value === 'injured').map((c) => c.origin.value);
  assert.deepEqual(origins, ['Police']);
});

test('a credit that ends in "Provided" run into the sentence is no part of the speaker or the origin', () => {
  const model = loadAttributionModel();
  const read = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model });
  const a = read('A man was killed on Elm Street on Sunday.\n\nJANE DOE / PROVIDED Police said two people were wounded in the shooting.');
  assert.deepEqual(a.claims.filter((c) => c.measure.value === 'injured').map((c) => c.origin.value), ['Police']);
  assert.ok(a.attributions.every((x) => !/provided/i.test(x.speaker?.text ?? '')));
  const b = read('A man was killed on Elm Street on Sunday.\n\nProvided by the family Sheriff Ann Bell said two people were wounded.');
  assert.ok(b.attributions.some((x) => x.speaker?.text === 'Sheriff Ann Bell'));
  // "provided" inside what was said is no credit.
  const c = read('The food provided by the church was good, said Tom Baker.');
  assert.ok(c.attributions.some((x) => x.speaker?.text === 'Tom Baker'));
});

test("a dateline run into the speaker span is no part of the speaker; a dash inside a name's apposition is kept", () => {
  const t = 'LITTLE ROCK, Ark. (KTHV) – Little Rock police say a boy is dead.';
  const [s, e] = trimSpeakerSpan(t, at(t, 'Ark. (KTHV) – Little Rock police'));
  assert.equal(t.slice(s, e), 'Little Rock police');
  const u = 'DALLAS -- Dallas police said a boy was shot.';
  const [s2, e2] = trimSpeakerSpan(u, at(u, 'DALLAS -- Dallas police'));
  assert.equal(u.slice(s2, e2), 'Dallas police');
  const v = 'Tom Brown - the new chief - said so.';
  assert.deepEqual(trimSpeakerSpan(v, at(v, 'Tom Brown - the new chief')), at(v, 'Tom Brown - the new chief'));
});

test('a speaker span that is only a name\'s suffix runs back over the name it closes; "as first reported" names no one', () => {
  const text = 'Russell County Coroner Arthur Sumbry, Jr., has identified the suspect.';
  const at = text.indexOf('Jr.,');
  assert.deepEqual(suffixSpeakerSpan(text, [at, at + 4]).map((i) => i), [0, at + 3]);
  // A suffix with no name before it, and any other span, stand as given.
  assert.deepEqual(suffixSpeakerSpan('said Jr., the dog', [5, 9]), [5, 9]);
  assert.deepEqual(suffixSpeakerSpan(text, [0, 36]), [0, 36]);
  assert.ok(!isSpeakerSpan('not 14 as first reported', [10, 15]));
});

test('a sentence run into a speaker\'s span ends at a stop before an article and a word in lower case', () => {
  const t = 'Agyenkwah is known as Big O. A confidential informant told them he had a gun.';
  const [s, e] = trimSpeakerSpan(t, at(t, 'Big O. A confidential informant'));
  assert.equal(t.slice(s, e), 'A confidential informant');
  const u = 'John O. Smith told them he had a gun.';
  assert.deepEqual(trimSpeakerSpan(u, at(u, 'John O. Smith')), at(u, 'John O. Smith'));
});

test('every abbreviated rank runs a speaker span on over the name and keeps the sentence whole: "Comdr.", "Maj.", "Adm."', () => {
  for (const rank of ['Comdr', 'Maj', 'Adm', 'Tpr', 'Lieut']) {
    const t = `Two men were hurt, according to ${rank}. Ray Dunn of the police.`;
    const [s, e] = extendSpeakerSpan(t, at(t, rank));
    assert.equal(t.slice(s, e), `${rank}. Ray Dunn`, rank);
    const tk = tokenize(t);
    assert.equal(tk.sent[tk.words.indexOf(rank)], tk.sent[tk.words.indexOf('Dunn')], rank);
  }
});

test('a speaker span taken from a middle initial runs back over the given name, not over a title or a street', () => {
  const t = 'Two men were hurt, police chief Dana R. Hollis said.';
  assert.equal(t.slice(...extendSpeakerSpan(t, at(t, 'Hollis'))), 'Dana R. Hollis');
  const u = 'Two men were hurt, said Chief R. Hollis.';
  assert.equal(u.slice(...extendSpeakerSpan(u, at(u, 'Hollis'))), 'R. Hollis');
});

test('a state taken alone after a body told by its place is the body\'s', () => {
  const t = 'Police in Oakland, California say seven people were shot and wounded on Monday evening.';
  const [s, e] = extendSpeakerSpan(t, at(t, 'California'));
  assert.equal(t.slice(s, e), 'Police in Oakland, California');
  const u = 'Officials said the fire in Ashland, Oregon, burned 200 acres.';
  assert.deepEqual(extendSpeakerSpan(u, at(u, 'Officials')), at(u, 'Officials'));
});

test('a thing told by a determiner and its noun is no speaker; a body whose name ends in such a word is one', () => {
  const t = 'The gun had been placed there by a relative who did not know the kids would be there. The White House said nothing.';
  assert.equal(isSpeakerSpan(t, at(t, 'The gun')), false);
  assert.equal(isSpeakerSpan(t, at(t, 'The White House')), true);
  const ms = analyzeArticle({ id: 'a', text: t, published: '2016-02-06', outlet: 'Test' }, { attributionModel: loadAttributionModel() });
  assert.ok(!ms.attributions.some((a) => a.speaker && /gun/i.test(a.speaker.text)), JSON.stringify(ms.attributions.map((a) => a.speaker?.text)));
});

test('the headings of a round-up\'s paragraphs before a colon are items, not speakers; a transcript\'s speakers told again and again still are', () => {
  const blotter = 'The reports below come from the police.\n\nShots Fired: At 9:40 p.m. Friday, officers were sent to a parking lot on a report of gunfire.\n\nBike Thief: Officers on patrol were stopped by the owner of a shop.\n\nDrug Arrest: Officers saw a man holding a bag.';
  const span = (t: string, s: string, from = 0): [number, number] => [t.indexOf(s, from), t.indexOf(s, from) + s.length];
  assert.equal(isSpeakerSpan(blotter, span(blotter, 'Bike Thief')), false);
  assert.equal(isSpeakerSpan(blotter, span(blotter, 'Shots Fired')), false);
  const transcript = 'The mayor spoke on Monday.\n\nQ: Will you run again?\n\nSMITH: I will not run again.\n\nQ: Why?\n\nSMITH: The city needs new blood.';
  assert.equal(isSpeakerSpan(transcript, span(transcript, 'SMITH')), true);
  const interview = 'The verdict came on Monday.\n\nJane Moss: "Are you pleased with the verdict?"\n\nRuth Hale: "Very much."\n\nNote: The trial lasted a week.';
  assert.equal(isSpeakerSpan(interview, span(interview, 'Jane Moss')), true);
  const one = 'The mayor spoke on Monday.\n\nSMITH: I will not run again.';
  assert.equal(isSpeakerSpan(one, span(one, 'SMITH')), true);
});
