// Tests for the sentence splitter: abbreviations, decimals, quotes, headlines, captions and paragraph limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from './sentences.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

test('abbreviations, initials and decimals do not end a sentence', () => {
  assert.deepEqual(texts('On Oct. 18, Dr. Lee met Gen. Park and Sen. J. R. Smith. Growth was 3.5 percent.'), [
    'On Oct. 18, Dr. Lee met Gen. Park and Sen. J. R. Smith.',
    'Growth was 3.5 percent.',
  ]);
  assert.deepEqual(texts('The U.S. and South Korea met. Mr. Kim left at No. 10 Downing Street.'), [
    'The U.S. and South Korea met.',
    'Mr. Kim left at No. 10 Downing Street.',
  ]);
});

test('an acronym ends a sentence when a sentence opener follows', () => {
  assert.deepEqual(texts('He flew to the U.S. The talks began.'), ['He flew to the U.S.', 'The talks began.']);
  // "One" opens a sentence after a time of day; a weekday after it goes on with it.
  assert.deepEqual(texts('Neighbors heard gunshots around 8 p.m. One person saw a man run.'), ['Neighbors heard gunshots around 8 p.m.', 'One person saw a man run.']);
  assert.deepEqual(texts('It happened at 8 p.m. Tuesday near the park.'), ['It happened at 8 p.m. Tuesday near the park.']);
  assert.deepEqual(texts('Officers arrested him Sunday about 9 p.m. Perry came out of the store with a gun.'), ['Officers arrested him Sunday about 9 p.m.', 'Perry came out of the store with a gun.']);
  assert.deepEqual(texts('The vigil starts at 8 p.m. Eastern on the lawn.'), ['The vigil starts at 8 p.m. Eastern on the lawn.']);
});

test('closing quotes stay with their sentence and a split quote stays one sentence', () => {
  assert.deepEqual(texts('"That could put pressure on Russia," he said. "We will see," she added, "what happens." Then he left.'), [
    '"That could put pressure on Russia," he said.',
    '"We will see," she added, "what happens."',
    'Then he left.',
  ]);
  assert.deepEqual(texts('"Is it true?" he asked. Nobody knew.'), ['"Is it true?" he asked.', 'Nobody knew.']);
});

test('a quote that closes an open quotation stays with its sentence when the next paragraph runs into it', () => {
  assert.deepEqual(texts('"It looks like he shot at the upstairs flat."The family says the girl is well. She smiled."It was scary."'), [
    '"It looks like he shot at the upstairs flat."',
    'The family says the girl is well.',
    'She smiled.',
    '"It was scary."',
  ]);
});

test('a photo credit written into the running text is a caption of its own', () => {
  const text = 'Police said two men were hurt. Andy Mai/New York Daily News A 16-year-old girl was shot, police said.';
  const out = splitSentences(text).map((s) => [s.text, s.kind]);
  assert.deepEqual(out, [
    ['Police said two men were hurt.', 'body'],
    ['Andy Mai/New York Daily News', 'caption'],
    ['A 16-year-old girl was shot, police said.', 'body'],
  ]);
  assert.deepEqual(texts('Rain falls on the scene Erin Hooley / Chicago Tribune Members of the police work there.'), [
    'Rain falls on the scene', 'Erin Hooley / Chicago Tribune', 'Members of the police work there.',
  ]);
});

test('a precinct or district before its number ("Pct. 4 Constable") ends no sentence', () => {
  assert.deepEqual(texts('Speaking late Wednesday, Pct. 4 Constable Ron Hick identified the victims. Dist. 2 Judge Ann Lee agreed.'), [
    'Speaking late Wednesday, Pct. 4 Constable Ron Hick identified the victims.',
    'Dist. 2 Judge Ann Lee agreed.',
  ]);
});

test('ellipses end a sentence only before a capital', () => {
  assert.deepEqual(texts('We waited... and waited... It never came.'), ['We waited... and waited...', 'It never came.']);
});

test('headline, caption and body kinds; sentences never cross paragraphs', () => {
  const text = [
    'Security risks for S. Korea as North aids Russia',
    'North Korean leader Kim Jong-un inspects an honor guard, Oct. 17, in this photo provided by the KCNA. Yonhap',
    'Analysts say Pyongyang will gain military tech',
    'SEOUL - North Korea plans to send 12,000 troops. About 1,500 are in Vladivostok.',
  ].join('\n');
  const ss = splitSentences(text);
  assert.deepEqual(ss.map((s) => [s.kind, s.paragraph, s.text]), [
    ['headline', 0, 'Security risks for S. Korea as North aids Russia'],
    ['caption', 1, 'North Korean leader Kim Jong-un inspects an honor guard, Oct. 17, in this photo provided by the KCNA.'],
    ['caption', 1, 'Yonhap'],
    ['body', 2, 'Analysts say Pyongyang will gain military tech'],
    ['body', 3, 'SEOUL - North Korea plans to send 12,000 troops.'],
    ['body', 3, 'About 1,500 are in Vladivostok.'],
  ]);
  for (const s of ss) assert.equal(text.slice(s.span[0], s.span[1]), s.text);
});

test('explicit paragraph spans are respected', () => {
  const text = 'First part without stop Second part.';
  const ss = splitSentences(text, [[0, 23], [24, 36]]);
  assert.deepEqual(ss.map((s) => s.text), ['First part without stop', 'Second part.']);
});

test('a dateline ending "(Yonhap)" is not a caption', () => {
  const ss = splitSentences('Intro line\nThe North is likely to engage in provocations. (Yonhap)');
  assert.equal(ss[1]!.kind, 'body');
});

test('tokens carry offsets; numbers, hyphenated names and possessives', () => {
  const text = "Kim Jong-un's 12,000 troops, the South Korea-U.S. alliance";
  const toks = tokenize(text);
  assert.deepEqual(toks.map((t) => t.text), ['Kim', 'Jong-un', "'s", '12,000', 'troops', ',', 'the', 'South', 'Korea', '-', 'U.S.', 'alliance']);
  for (const t of toks) assert.equal(text.slice(t.span[0], t.span[1]), t.text);
});

test('splitting is linear: a long text splits quickly', () => {
  const para = 'The minister said on Oct. 8 that 1,500 troops had moved. "It is grave," he said. ';
  const text = Array.from({ length: 2000 }, () => para).join('\n');
  const t0 = performance.now();
  const ss = splitSentences(text);
  assert.equal(ss.length, 4000);
  assert.ok(performance.now() - t0 < 2000);
});

test('a decimal inside a hyphenated word ("magnitude-6.4") ends no sentence', () => {
  assert.deepEqual(texts('In February a magnitude-6.4 temblor rocked Zarand. It killed 612 people.'), ['In February a magnitude-6.4 temblor rocked Zarand.', 'It killed 612 people.']);
  assert.deepEqual(texts('On July 18, Mark Short bought a .38-caliber revolver. He kept it at home.'), ['On July 18, Mark Short bought a .38-caliber revolver.', 'He kept it at home.']);
  // A word's letters touching the stop on the left: two sentences run together.
  assert.deepEqual(texts('A girl was killed over the weekend.12 year-old Liesel Casto was loading a gun.'), ['A girl was killed over the weekend.', '12 year-old Liesel Casto was loading a gun.']);
});

test('a web address written in capitals ("CBSDFW.COM") ends no sentence; a full stop after a word and a space does', () => {
  assert.deepEqual(texts('DALLAS (CBSDFW.COM) – A child was shot in Dallas. Police said more.'), ['DALLAS (CBSDFW.COM) – A child was shot in Dallas.', 'Police said more.']);
  assert.deepEqual(texts('He drove to the Com. Net sales fell.'), ['He drove to the Com.', 'Net sales fell.']);
});

test('a capitalised police rank before a name ("said Off. Aaron Patty") does not end a sentence; a lower-case "off." does', () => {
  assert.deepEqual(texts('The driver crashed into another car, said Off. Aaron Patty. Det. Ruiz confirmed it.'), [
    'The driver crashed into another car, said Off. Aaron Patty.',
    'Det. Ruiz confirmed it.',
  ]);
  assert.deepEqual(texts('The gun went off. Police arrived minutes later.'), ['The gun went off.', 'Police arrived minutes later.']);
});

test('a gallery or video player left in the text reads as a caption', () => {
  const text = 'Carrie Cochran 5 of 15 CLOSE Skip in Skip x Embed x Share NIGHTCLUB SHOOTING Chief on the shooting | 1:48 The chief spoke Monday at City Hall.\n\nSixteen people were shot inside a nightclub on Sunday.';
  const kinds = splitSentences(text).map((s) => s.kind);
  assert.equal(kinds[0], 'caption');
  assert.equal(kinds.at(-1), 'body');
  const slide = splitSentences('Caption + A teenage boy was found shot to death at an apartment complex on Tuesday afternoon.\n\nCaptions were added to the video on Monday.').map((s) => s.kind);
  assert.deepEqual(slide, ['caption', 'body']);
  const switches = splitSentences('PHOTOS: Riverside Manor Apartments View as list View as gallery Open Gallery (REPORT IT!)\n\nThe boy is going to be okay.').map((s) => s.kind);
  assert.deepEqual(switches, ['caption', 'body']);
});

test('an embedded social post reads as a caption', () => {
  const text = 'Police closed the Strip on Friday.\n\nStrip closed to traffic near the fountains pic.twitter.com/WP1rzIkvg5 — David Schuman (@david_schuman) January 23, 2016\n\nThe suspect was arrested.';
  assert.deepEqual(splitSentences(text).map((s) => s.kind), ['body', 'caption', 'body']);
});

test('a paragraph with no credit that tells a scene in the present tense on a day reads as a caption; a report does not', () => {
  const kinds = (text: string) => splitSentences(text).map((s) => s.kind);
  // Captions: a subject, a scene verb in the present tense, the day the photo was taken.
  assert.deepEqual(kinds('Two people were shot on Friday.\n\nFirefighters carry a stretcher outside the bar on Friday night.\n\nThe gunman fled.'), ['body', 'caption', 'body']);
  assert.deepEqual(kinds('Two people were shot.\n\nA woman lays flowers near the store on Saturday.'), ['body', 'caption']);
  assert.deepEqual(kinds('Two people were shot.\n\nSoldiers stand guard at a checkpoint in Lorton, Oct. 3, 2024.'), ['body', 'caption']);
  assert.deepEqual(kinds('Two people were shot.\n\nImage 4 of 20 Neighbours outside the house where two people were shot.'), ['body', 'caption']);
  // Reports: the same acts in the past tense, a noun after a determiner, a quotation, or no day at all.
  assert.deepEqual(kinds('Two people were shot.\n\nFirefighters carried a stretcher outside the bar on Friday night.'), ['body', 'body']);
  assert.deepEqual(kinds('Two people were shot.\n\nThe search continues Friday for the gunman.'), ['body', 'body']);
  assert.deepEqual(kinds('Two people were shot.\n\nTwo shootings just blocks apart left one man dead Wednesday.'), ['body', 'body']);
  assert.deepEqual(kinds('Two people were shot.\n\n"Officers search every car," the chief said Friday.'), ['body', 'body']);
  assert.deepEqual(kinds('Two people were shot.\n\nNeighbours gather outside the house most evenings.'), ['body', 'body']);
  assert.deepEqual(kinds('Two people were shot.\n\nAs the storm arrives in the area, residents should stay home Tuesday night.'), ['body', 'body']);
});

test('"St." after a street\'s name ends a sentence before a sentence opener; "St." before a name stays a saint', () => {
  assert.deepEqual(splitSentences('He ran toward Morse St. They believe he has glasses.').map((s) => s.text), ['He ran toward Morse St.', 'They believe he has glasses.']);
  assert.equal(splitSentences('A vigil was held at St. Mary Church on Friday.').length, 1);
  assert.equal(splitSentences('They flew to St. Louis on Friday.').length, 1);
});

test('a dateline\'s abbreviated state before an agency in brackets does not end a sentence', () => {
  assert.deepEqual(texts('PINE CREEK, Calif. (AP) - A wildfire grew on Wednesday. Crews held the line.'), [
    'PINE CREEK, Calif. (AP) - A wildfire grew on Wednesday.',
    'Crews held the line.',
  ]);
  // A sentence ending in an abbreviation before a bracket that opens no dateline still ends there.
  assert.equal(texts('The firm moved to Calif. (It had been in Texas.)').length, 2);
});

test('a street\'s abbreviation in an address does not end a sentence; before a sentence opener it does', () => {
  assert.deepEqual(texts('Shots were fired at a club on 1550 Weston Ct. NE, according to Lt. Dave Okada. The man lived on Cedar Ln. The police came.'), [
    'Shots were fired at a club on 1550 Weston Ct. NE, according to Lt. Dave Okada.',
    'The man lived on Cedar Ln.',
    'The police came.',
  ]);
});

test('an initial is no sentence end unless an article and a word in lower case follow it', () => {
  assert.deepEqual(splitSentences('Agyenkwah is known as Big O. A confidential informant told them he had a gun.').map((s) => s.text), ['Agyenkwah is known as Big O.', 'A confidential informant told them he had a gun.']);
  assert.deepEqual(splitSentences('O. J. Simpson met John O. Smith. He left.').map((s) => s.text), ['O. J. Simpson met John O. Smith.', 'He left.']);
});

test('a video player\'s running time and the title after it are captions, not the article\'s sentences', () => {
  const s = splitSentences('Two men were shot on Elm Street on Sunday night, police said.\n\n2:25\n\nCounty police operation resulted in 32 arrests, netted $75K in drugs\n\nPolice have not named a suspect.');
  assert.deepEqual(s.map((x) => x.kind), ['body', 'caption', 'caption', 'body']);
});
