import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandDescriptor, refusedCue, sharedSurnameSpeaker } from './claims-context.js';
import { analyzeArticle, loadAttributionModel } from './index.js';

test('a surname two people bear names the one quoted by full name', () => {
  // "Lura Willrich said her son, Royal Willrich, is gone. ... said Willrich."
  const ms = [
    { text: 'Lura Willrich', type: 'person' },
    { text: 'Royal Willrich', type: 'person' },
    { text: 'Willrich', type: 'person', refersTo: 1 },
  ];
  assert.deepEqual(sharedSurnameSpeaker(ms, 2, [0]), { name: 'Lura Willrich', mention: 0 });
  assert.equal(sharedSurnameSpeaker(ms, 2, []), undefined);
  // Spellings of one person are one bearer.
  const one = [{ text: 'Ron Lee Haskell', type: 'person' }, { text: 'Ronald Lee Haskell', type: 'person' }, { text: 'Haskell', type: 'person', refersTo: 1 }];
  assert.equal(sharedSurnameSpeaker(one, 2, [0]), undefined);
  // One bearer only: the resolver's answer stands.
  assert.equal(sharedSurnameSpeaker([{ text: 'Royal Willrich', type: 'person' }, { text: 'Willrich', type: 'person', refersTo: 0 }], 1, []), undefined);
  // A full name is no bare surname.
  assert.equal(sharedSurnameSpeaker(ms, 0, [0]), undefined);
});

test('a cue refused or not given is told apart from a cue of telling', () => {
  const text = "Police wouldn't confirm that information. Police declined to say. Police did not release names. Police confirmed it.";
  const cue = (s: string, from = 0) => { const i = text.indexOf(s, from); return { cue: { text: s, span: [i, i + s.length] as [number, number] } }; };
  assert.equal(refusedCue(cue("wouldn't confirm"), text), true);
  assert.equal(refusedCue(cue('say'), text), true);
  assert.equal(refusedCue(cue('release'), text), true);
  assert.equal(refusedCue(cue('confirmed'), text), false);
});

test('a labelled link to another story makes no claims; a sentence opened by the same word does', async () => {
  const { analyzeArticle, loadAttributionModel } = await import('./index.js');
  const model = loadAttributionModel();
  const counts = (text: string) => analyzeArticle({ id: 'a', text, published: '2024-05-10', outlet: 'Daily Test' }, { attributionModel: model })
    .claims.filter((c) => typeof c.value === 'number' && /killed|injured|people|persons/.test(`${c.measure.value} ${c.subject.value}`)).map((c) => c.value);
  const body = 'A man was shot on Main Street on Friday night, police said.\n\n';
  const alone = counts(body);
  assert.deepEqual(counts(`${body}MORE: 4 injured in drive-by shooting in South Nashville`), alone);
  assert.deepEqual(counts(`${body}RELATED: Three killed in crash on Interstate 40`), alone);
  assert.deepEqual(counts(`${body}Read more: Two people hurt in apartment fire`), alone);
  assert.deepEqual(counts(`${body}LIVE: 25 hurt in apparent explosion in NYC neighborhood Police say 25 people suffered minor injuries.`), alone);
  // Not a label: the same word opening a sentence of the story.
  assert.ok(counts(`${body}More than 20 people were hurt in the crowd.`).includes(20));
  assert.ok(counts(`${body}Four people were injured, police said.`).includes(4));
});

test('a video playlist entry left in the page text makes no claims; a time of day opening a sentence does', async () => {
  const { analyzeArticle, loadAttributionModel } = await import('./index.js');
  const model = loadAttributionModel();
  const killed = (text: string) => analyzeArticle({ id: 'a', text, published: '2024-05-10', outlet: 'Daily Test' }, { attributionModel: model })
    .claims.filter((c) => c.measure.value === 'killed').map((c) => c.value);
  const body = 'Three people were wounded in a shooting on Main Street on Friday, police said.\n\n';
  assert.deepEqual(killed(`${body}1:49 Grandmother says she still can't believe her grandson is dead Pause`), []);
  assert.deepEqual(killed(`${body}10:35 Two killed in crash on Interstate 40 Pause`), []);
  assert.deepEqual(killed(`${body}10:35 p.m. Two men were killed in a second shooting, police said.`), [2]);
});

test('"it" speaking is the body that spoke in the sentence before; after a person, or with no speaker before, it is no one', async () => {
  const { analyzeArticle, loadAttributionModel } = await import('./index.js');
  const model = loadAttributionModel();
  const originOf = (text: string, value: number) => analyzeArticle({ id: 'a', text, published: '2024-05-10', outlet: 'Daily Test' }, { attributionModel: model })
    .claims.find((c) => c.value === value)?.origin;
  const body = originOf('Northwind Software has said that the flaw exists only in version 7. It has estimated that one in every 400 users has been exposed to the attack.', 400);
  assert.equal(body?.value, 'Northwind Software');
  assert.equal(body?.rule, 'origin/attribution-speaker');
  const alone = originOf('The flaw exists only in version 7. It has estimated that one in every 400 users has been exposed to the attack.', 400);
  assert.equal(alone?.rule, 'origin/outlet-unattributed');
});

test('"According to police, ..." opening a sentence is told by police; a named person with an age after the comma is what they tell of', async () => {
  const { analyzeArticle, loadAttributionModel } = await import('./index.js');
  const model = loadAttributionModel();
  const claimsOf = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-11-19', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  assert.equal(claimsOf('According to police, three men were shot on Sunday night.').find((c) => c.value === 3)?.origin.value, 'police');
  const age = claimsOf('According to troopers, Zackary Yashkus, 23, shot and killed his former girlfriend in the driveway.').find((c) => c.measure.value === 'age');
  assert.equal(age?.subject.value, 'Zackary Yashkus');
  assert.equal(age?.origin.value, 'troopers');
});

test('a lower-case speaker takes the modifiers before it, never words across a preposition or a conjunction', () => {
  const at = (text: string, word: string): [number, number] => [text.lastIndexOf(word), text.lastIndexOf(word) + word.length];
  const died = 'A boy has died at a local hospital after police say he shot himself.';
  assert.equal(expandDescriptor(died, at(died, 'police')), 'police');
  const ministry = 'The figures were released, according to the health ministry.';
  assert.equal(expandDescriptor(ministry, at(ministry, 'ministry')), 'health ministry');
});

test("a release's dateline opening a sentence before a dash dates the release, not the event told after it", () => {
  const claimsOf = (text: string, published: string) => analyzeArticle({ id: 'a', text, published, outlet: 'Paper' }, { attributionModel: loadAttributionModel() }).claims;
  const claims = claimsOf('(March 24, 2017)—On Thursday, March 23 at 8:17 p.m., officers responded to the 3300 block of Westdale Court for the report of multiple shots fired. Four people were shot.', '2017-03-24');
  const event = claims.find((c) => c.measure.value === 'event');
  assert.equal(event?.time.value, '2017-03-23');
  // A dateline alone still dates its sentence.
  const alone = claimsOf('(March 24, 2017)—Officers responded to a report of shots fired on Westdale Court.', '2017-03-24');
  assert.ok(alone.length > 0 && alone.every((c) => c.time.value === '2017-03-24'), JSON.stringify(alone.map((c) => c.time)));
});

test('a photo credit alone in brackets ("(Maya Earls/The Baltimore Sun via AP).") is chrome; a bracketed aside of a sentence is not', async () => {
  const { isChromeSentence } = await import('./claims-context.js');
  assert.equal(isChromeSentence('(Maya Earls/The Baltimore Sun via AP).'), true);
  assert.equal(isChromeSentence('(AP Photo/Patrick Semansky)'), true);
  // A gallery's switches, after the gallery's title.
  assert.equal(isChromeSentence('PHOTOS: Riverside Manor Apartments View as list View as gallery Open Gallery (REPORT IT!)'), true);
  assert.equal(isChromeSentence('Neighbors said they would gather to view the list of names.'), false);
  assert.equal(isChromeSentence('(The boy was taken to a hospital.)'), false);
  assert.equal(isChromeSentence('Police said two men (ages 20 and 22) were shot.'), false);
  // A comment policy's lines are the page's.
  assert.equal(isChromeSentence('TribLive commenting policy'), true);
  assert.equal(isChromeSentence('You are solely responsible for your comments and by using TribLive.com you agree to our Terms of Service.'), true);
  assert.equal(isChromeSentence('The mayor said the policy on comments at council meetings would change.'), false);
});

test('a speaker\'s own age is the reporter\'s words, not the speaker\'s; what the speaker says stays the speaker\'s', () => {
  const model = loadAttributionModel();
  const claims = analyzeArticle({ id: 'a', text: 'Dana Ortiz, 34, said she heard three shots. "It was loud," said Tom Reyes, a 61-year-old neighbor. Home from the hospital, 40-year-old Ann Lee said she was scared.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  const origin = (v: number) => claims.find((c) => c.value === v)?.origin.value;
  for (const age of [34, 61, 40]) assert.equal(origin(age), 'Test Gazette', String(age));
  assert.equal(origin(3), 'Dana Ortiz');
});

test('a bare surname is never handed to a bearer told as another bearer\'s relative, however that relative is quoted', () => {
  const text = 'Delwen Harsk died Thursday. Her death was confirmed by her nephew, Corin Harsk, who spoke to reporters. In a 2009 interview, Harsk said she had no regrets.';
  const analysis = analyzeArticle({ id: 'a', text, published: '2024-08-09', outlet: 'Daily Test' }, { attributionModel: loadAttributionModel() });
  const names = analysis.entities.map((e) => (e.refersTo !== undefined ? analysis.entities[e.refersTo]!.text : e.text));
  const said = analysis.attributions.find((a) => a.cue.text === 'said');
  assert.ok(said?.speaker?.mention !== undefined, JSON.stringify(analysis.attributions.map((a) => a.speaker?.text)));
  assert.equal(names[said!.speaker!.mention!], 'Delwen Harsk');
  // Of a relative not told by kin word, the quoted bearer still takes the surname (as above).
  const ms = [
    { text: 'Lura Willrich', type: 'person', span: [0, 13] as const },
    { text: 'Royal Willrich', type: 'person', span: [30, 44] as const },
    { text: 'Willrich', type: 'person', refersTo: 1 },
  ];
  assert.deepEqual(sharedSurnameSpeaker(ms, 2, [0], 'Lura Willrich said her son, Royal Willrich, is gone.'), { name: 'Lura Willrich', mention: 0 });
});
