// Tests of findAttributions on hand-written sentences and on the example corpus (expectations from reading the texts).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Attribution } from '../../model/analysis.js';
import { findAttributions, loadAttributionModel } from './index.js';
import { packageRoot } from './model.js';

const model = loadAttributionModel();
const find = (text: string): Attribution[] => findAttributions(text, { model });
const byCue = (atts: Attribution[], cue: string): Attribution | undefined => atts.find((a) => a.cue.text === cue);

function checkSpans(text: string, atts: Attribution[]): void {
  for (const a of atts) {
    for (const s of [a.speaker, a.cue, a.content, a.channel]) {
      if (s) assert.equal(text.slice(s.span[0], s.span[1]), s.text);
    }
  }
}

test('indirect speech: speaker, cue and reported clause', () => {
  const text = 'The defence minister said the troops would stay in the capital until March.';
  const atts = find(text);
  checkSpans(text, atts);
  const a = byCue(atts, 'said');
  assert.ok(a);
  assert.equal(a.speaker?.text, 'The defence minister');
  assert.equal(a.content.text, 'the troops would stay in the capital until March');
  assert.equal(a.direct, false);
});

test('a direct quote before the cue, with a pronoun speaker', () => {
  const text = '“We will not retreat from the border,” he said.';
  const a = byCue(find(text), 'said');
  assert.ok(a);
  assert.equal(a.speaker?.text, 'he');
  assert.equal(a.content.text, 'We will not retreat from the border');
  assert.equal(a.direct, true);
});

test('a speaker after the cue', () => {
  const text = '"Prices will keep rising for months," said Maria Lopez, an economist at the central bank.';
  const a = byCue(find(text), 'said');
  assert.ok(a);
  assert.ok(a.speaker?.text.startsWith('Maria Lopez'));
  assert.equal(a.content.text, 'Prices will keep rising for months');
});

test('according to', () => {
  const text = 'According to the ministry, about 3,000 soldiers have already arrived in the region.';
  const atts = find(text);
  const a = atts.find((x) => x.cue.text.toLowerCase().startsWith('according'));
  assert.ok(a);
  assert.equal(a.speaker?.text, 'the ministry');
  assert.equal(a.content.text, 'about 3,000 soldiers have already arrived in the region');
});

test('a quote split around the cue is one content span covering both parts', () => {
  const text = '“It is too late for talks,” she said, “but we will keep the channel open.”';
  const a = byCue(find(text), 'said');
  assert.ok(a);
  assert.equal(a.speaker?.text, 'she');
  assert.ok(a.content.text.startsWith('It is too late'));
  assert.ok(a.content.text.endsWith('keep the channel open'));
  assert.equal(a.direct, true);
});

test('a content told before its cue never runs back over the sentence of another cue', () => {
  const text = '"The roof fell in on the hall," said Ana Ruiz, the mayor of the town. At least 12 people were hurt, the health ministry said.';
  const ministry = find(text).find((a) => a.speaker?.text === 'the health ministry');
  assert.ok(ministry, JSON.stringify(find(text).map((a) => a.speaker?.text)));
  assert.equal(ministry.content?.text, 'At least 12 people were hurt');
  assert.equal(text.slice(ministry.content!.span[0], ministry.content!.span[1]), ministry.content?.text);
});

test('a cue left out as an act still ends the content told before a later cue; a time of day ends no sentence', () => {
  const text = 'Garcia was arrested at the scene, but Garza remains on the loose. Police have not released which man fired the round that hit the girl. The shooting was gang-related, according to prosecutors.';
  const found = find(text);
  assert.deepEqual(found.filter((a) => a.cue.text === 'fired'), []);
  assert.equal(found.find((a) => a.speaker?.text === 'prosecutors')?.content?.text, 'The shooting was gang-related');
  const timed = 'Officers responded just after 6 a.m. and located an adult male and an adult female, both deceased from gunshot wounds, police spokeswoman Ann Cavaricci said.';
  const said = find(timed).find((a) => a.cue.text === 'said');
  assert.ok(said?.content?.text.startsWith('Officers responded just after 6 a.m.'), said?.content?.text);
});

test('the outlet a speaker told is the channel', () => {
  const text = '“The deployment is a turning point,” he told Newsweek.';
  const a = find(text).find((x) => x.cue.text.startsWith('told'));
  assert.ok(a);
  assert.equal(a.speaker?.text, 'he');
  assert.equal(a.channel?.text, 'Newsweek');
});

test('a station told, with its number, is the channel and no part of what was told', () => {
  const text = 'Investigators tell 7 Action News 17-year-old Jon Reed was shot and killed. Police told FOX 2 the man was 25.';
  const atts = find(text);
  checkSpans(text, atts);
  const told = atts.filter((x) => /^(?:tell|told)$/.test(x.cue.text)).map((x) => [x.channel?.text, x.content?.text]);
  assert.deepEqual(told, [
    ['7 Action News', '17-year-old Jon Reed was shot and killed'],
    ['FOX 2', 'the man was 25'],
  ]);
});

test('a precinct before its number ("Pct. 4 Constable") is part of the speaker, not a sentence end', () => {
  const text = 'Late Wednesday, Pct. 4 Constable Ron Hick identified the victims as a man and a woman.';
  const atts = find(text);
  checkSpans(text, atts);
  assert.equal(atts.find((a) => a.cue.text === 'identified')?.speaker?.text, 'Pct. 4 Constable Ron Hick');
});

const dir = join(packageRoot(), 'examples', 'korea-troops-2024');
const corpus = new Map(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f.slice(0, 3), readFileSync(join(dir, f), 'utf8')]));

function speakers(seed: string): { text: string; atts: Attribution[]; names: string[] } {
  const text = corpus.get(seed) ?? '';
  const atts = find(text);
  checkSpans(text, atts);
  return { text, atts, names: atts.map((a) => a.speaker?.text ?? '') };
}

const hasSpeaker = (names: string[], name: string): boolean => names.some((n) => n.includes(name));

test('example 000: Lee Sung-yoon told The Straits Times', () => {
  const { atts, names } = speakers('000');
  assert.ok(hasSpeaker(names, 'Lee Sung-yoon'), names.join(' | '));
  const lee = atts.find((a) => a.speaker?.text.includes('Lee Sung-yoon'));
  assert.equal(lee?.channel?.text, 'The Straits Times');
  assert.ok(lee?.content.text.includes('is a threat to South Korea'));
});

test('example 001: Sang Hun, Edward Howell, Putin, Kim Yong-hyun', () => {
  const { atts, names } = speakers('001');
  for (const n of ['Sang Hun', 'Edward Howell', 'Putin', 'Kim Yong-hyun']) assert.ok(hasSpeaker(names, n), `${n}: ${names.join(' | ')}`);
  const told = atts.filter((a) => a.channel?.text === 'Newsweek');
  assert.ok(told.length >= 2, 'two statements told Newsweek');
  assert.ok(told.some((a) => a.speaker?.text === 'he'));
  const putin = atts.find((a) => a.speaker?.text === 'Putin');
  assert.ok(putin?.content.text.includes('They simply forced us to respond'));
  assert.equal(putin?.direct, true);
});

test('example 002: Hong Min and Hyun Seung-soo', () => {
  const { atts, names } = speakers('002');
  assert.ok(hasSpeaker(names, 'Hong Min'), names.join(' | '));
  assert.ok(hasSpeaker(names, 'Hyun'), names.join(' | '));
  const hong = atts.find((a) => a.speaker?.text.includes('Hong Min'));
  assert.ok(hong?.content.text.startsWith('the deployment itself is symbolic'));
  assert.ok(atts.some((a) => a.speaker?.text === 'he' && a.content.text.includes('put a lot of pressure on Russia')));
});

test('example 003: Lloyd Austin said there was evidence', () => {
  const { atts } = speakers('003');
  const austin = atts.find((a) => a.speaker?.text.includes('Lloyd Austin'));
  assert.ok(austin);
  assert.ok(austin.content.text.startsWith('there was'));
});

test('example 004: Austin, Mark Rutte, Mason Richey, Ben Engel', () => {
  const { names } = speakers('004');
  for (const n of ['Austin', 'Mark Rutte', 'Richey', 'Ben Engel']) assert.ok(hasSpeaker(names, n), `${n}: ${names.join(' | ')}`);
});

test('a content stopping before its clause\'s verb runs on to the end of the sentence (example 002)', () => {
  const text = readFileSync(join(packageRoot(), 'examples', 'korea-troops-2024', '002_4196fc06a35ccf2e.txt'), 'utf8');
  const a = find(text).find((x) => x.cue.text === 'confirmed' && x.speaker?.text === "South Korea's spy agency");
  assert.ok(a);
  assert.match(a.content.text, /^the North has decided to send around 12,000 troops to support Russia in the war and has already begun deployment/);
  assert.ok(!/\.$/.test(a.content.text));
});

test('a participle that goes on with a statement keeps the speaker of the cue before it', () => {
  const text = 'At least 28 people died when the ferry overturned off Keros, regional governor Petra Lind said on Thursday, adding that 180 passengers had been on board.';
  const atts = find(text);
  checkSpans(text, atts);
  assert.equal(byCue(atts, 'adding')?.speaker?.text, 'regional governor Petra Lind');
  const quoted = '"We are safe," said John Doe, noting that 40 families had left.';
  const q = find(quoted);
  checkSpans(quoted, q);
  // The speaker of "said" ends before ", noting".
  assert.equal(byCue(q, 'said')?.speaker?.text, 'John Doe');
  assert.equal(byCue(q, 'noting')?.speaker?.text, 'John Doe');
  const after = 'Police Chief Tom Bell said the gunman fled, adding that no officers were hurt.';
  const b = find(after);
  checkSpans(after, b);
  assert.equal(byCue(b, 'said')?.content.text, 'the gunman fled');
});

test('a cue that ends its sentence has its speaker after the last comma and its content before it', () => {
  const text = 'Forty-one people were rescued and dozens remain missing, coast guard spokesman Anil Mehta told reporters.';
  const atts = find(text);
  checkSpans(text, atts);
  const told = byCue(atts, 'told');
  assert.equal(told?.speaker?.text, 'coast guard spokesman Anil Mehta');
  assert.equal(told?.content.text, 'Forty-one people were rescued and dozens remain missing');
});

test('what a shirt or a sign has written on it is no one\'s statement', () => {
  const text = 'A dozen supporters surrounded her, many of them wearing shirts saying, "his wings were ready, but my heart was not."';
  const atts = find(text);
  checkSpans(text, atts);
  assert.ok(atts.every((a) => !a.speaker || !/shirts/.test(a.speaker.text)), atts.map((a) => a.speaker?.text).join(' | '));
  // A person "saying" still speaks.
  const said = find('The mayor spoke on Friday, saying the city would rebuild.');
  assert.equal(byCue(said, 'saying')?.speaker?.text, 'The mayor');
});

test('"According to the investigation, Jane Doe, heard ...": the name set off by commas before a verb is the subject of what is told', () => {
  const text = 'According to the preliminary investigation, Jane Doe, heard a scuffle in her daughter\'s bedroom about 2 a.m. Sunday.';
  const a = byCue(find(text), 'According to');
  assert.equal(a?.speaker ? text.slice(a.speaker.span[0], a.speaker.span[1]) : null, 'the preliminary investigation');
  // A name in apposition to the source, before a content that has its own subject, stays the source's.
  const other = 'According to the sheriff, John Smith, the man fired twice at the car.';
  const b = byCue(find(other), 'According to');
  assert.equal(b?.speaker ? other.slice(b.speaker.span[0], b.speaker.span[1]) : null, 'the sheriff, John Smith');
});

test('a byline with its date ("Katherine Creag reports: Dec. 14, 2016") names no speaker; a report of a clause does', () => {
  const atts = find('Katherine Creag reports: Dec. 14, 2016. Police said a 16-year-old boy was shot.');
  assert.equal(byCue(atts, 'reports')?.speaker ?? null, null);
  assert.equal(byCue(atts, 'said')?.speaker?.text, 'Police');
  assert.equal(byCue(find('Katherine Creag reports that two men were arrested.'), 'reports')?.speaker?.text, 'Katherine Creag');
});

test('a part quoted ("there is a gang nexus involved" in ...) is no direct quote and keeps its opening mark; a quote split by its cue stays direct', () => {
  const text = 'Woody said "there is a gang nexus involved" in today\'s shooting. "We are not done," he said, "and we will find them."';
  const atts = find(text);
  const woody = atts.find((a) => a.speaker?.text === 'Woody');
  assert.ok(woody, JSON.stringify(atts.map((a) => a.speaker?.text)));
  assert.equal(woody.direct, false);
  assert.match(woody.content.text, /^"there is a gang nexus involved" in today's shooting$/);
  const split = atts.find((a) => a.speaker?.text === 'he');
  assert.equal(split?.direct, true);
});

test('whom a statement was told to ("admitted to police he had a gun") is no part of what was told', () => {
  const told = (text: string, cue: string) => {
    const atts = find(text);
    checkSpans(text, atts);
    return byCue(atts, cue)?.content.text;
  };
  assert.equal(told('The man admitted to police that he had a gun.', 'admitted'), 'he had a gun');
  assert.equal(told('He confessed to detectives that he shot her.', 'confessed'), 'he shot her');
  // One list of those a statement is told to serves "told ..." and "to ...": neighbours and officials too.
  assert.equal(told('Investigators are now talking to neighbors to see if anyone saw anything.', 'are now talking'), 'to see if anyone saw anything');
  // A thing admitted is what was admitted.
  assert.equal(told('He admitted to the shooting.', 'admitted'), 'to the shooting');
});

test('a time of day\'s "p.m." inside what was said does not end it: the content runs to the sentence\'s end', () => {
  const text = 'Deputies said around 6:30 p.m. Sunday, a car with three people inside drove up to the apartments and opened fire. Then it left.';
  const atts = find(text);
  checkSpans(text, atts);
  assert.equal(byCue(atts, 'said')?.content.text, 'around 6:30 p.m. Sunday, a car with three people inside drove up to the apartments and opened fire');
  // The sentence's end is where the sentence splitter puts it: past a month's abbreviation, not past the next sentence.
  const month = 'Police said officers responded at 8:21 p.m. Saturday, Feb. 7, to a report of a child who had fired a gun.The boy was not hurt.';
  assert.equal(byCue(find(month), 'said')?.content.text, 'officers responded at 8:21 p.m. Saturday, Feb. 7, to a report of a child who had fired a gun');
});

test('a quotation closed before the speaker\'s words is what was said; those words, not the day after the cue, name the speaker', () => {
  const text = '“That hurts me worst,” Sunshine Murray, the grandmother, said Friday night.';
  const atts = find(text);
  checkSpans(text, atts);
  const a = byCue(atts, 'said');
  assert.equal(a?.content.text, 'That hurts me worst');
  assert.match(a?.speaker?.text ?? '', /Sunshine Murray/);
  assert.equal(a?.direct, true);
});

test('a content read from a quotation over its speaker and cue into the next sentence is the quotation', () => {
  const text = 'Officers took cover. "It was crazy, I heard 15 to 20 shots," neighbor Kevin Lynn said. The seven victims were taken to a hospital.';
  const atts = find(text);
  checkSpans(text, atts);
  const a = byCue(atts, 'said');
  assert.equal(a?.content.text, 'It was crazy, I heard 15 to 20 shots');
  assert.equal(a?.direct, true);
});

test('a surname the tagger took alone runs back over the initials before it ("C.E. Long"), not over a place\'s ("the U.S.")', () => {
  const text = 'Duncan Police Chief C.E. Long said the victim is alive.';
  const atts = find(text);
  checkSpans(text, atts);
  assert.equal(byCue(atts, 'said')?.speaker?.text, 'C.E. Long');
  const place = 'He flew to the U.S. Smith said the trip went well.';
  assert.equal(byCue(find(place), 'said')?.speaker?.text, 'Smith');
});
