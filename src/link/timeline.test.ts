// Pins the story's timeline: one date per sentence, the most precise its claims read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle, loadAttributionModel } from '../analyze/index.js';
import type { LinkArticle } from './claim-groups.js';
import { buildTimeline } from './timeline.js';

const model = loadAttributionModel();

function timelineOf(text: string, published: string): { date: string; event: string }[] {
  const article: LinkArticle = { id: 'a1', outlet: 'Paper', published, syndicatedFrom: null, analysis: analyzeArticle({ id: 'a1', text, published, outlet: 'Paper' }, { attributionModel: model }) };
  return buildTimeline([article]).map((e) => ({ date: e.date, event: e.event }));
}

test('a sentence with a day and a month is one timeline entry, dated by the day', () => {
  const text = 'An 18-year-old man was ordered held without bond Monday in connection with a shooting that killed three people during a barbecue two months ago.';
  const entries = timelineOf(text, '2015-11-30');
  assert.equal(entries.length, 1, JSON.stringify(entries));
  assert.equal(entries[0]!.date, '2015-11-30');
});

test('a video player\'s caption is no timeline entry; a credited photo caption keeps its event, less the buy button', () => {
  const player = timelineOf('CLOSE Skip in Skip x Embed x Share Relatives of the baby shot to death Saturday afternoon gather on the porch of her home to talk about the shooting.\n\nTwo men were arrested Saturday night in connection with the shooting of the 6-month-old girl, police said.', '2016-04-18');
  assert.ok(player.some((e) => /arrested/.test(e.event)), JSON.stringify(player));
  assert.ok(player.every((e) => !/porch/.test(e.event)), JSON.stringify(player));
  const photo = timelineOf('Buy Photo The man who was also hit in Saturday\'s shooting on Winthrop is expected to recover. (Photo: Todd Lee / The Detroit News)Buy Photo\n\nThe girl was shot Saturday afternoon in front of her home, police said.', '2016-04-18');
  assert.ok(photo.some((e) => e.event.startsWith('The man who was also hit')), JSON.stringify(photo));
});

test('a gallery\'s slide, told after its "Caption" label, is no timeline entry', () => {
  const entries = timelineOf('Caption Crash on Mercury Boulevard Firefighters were on scene of an extrication at Mercury Boulevard after a vehicle crash Wednesday.\n\nTwo men were arrested on Monday, police said.', '2016-01-28');
  assert.ok(!entries.some((e) => /extrication/.test(e.event)), JSON.stringify(entries));
  assert.ok(entries.some((e) => /arrested/.test(e.event)), JSON.stringify(entries));
});

test('the tail of a quotation opened in the sentence before is no timeline entry', () => {
  const entries = timelineOf('“We were all at home. Then on Sunday the shots started,” said Tom Bell, a neighbor.\n\nTwo men were arrested on Monday, police said.', '2016-04-20');
  assert.ok(!entries.some((e) => /shots started/.test(e.event)), JSON.stringify(entries));
  assert.ok(entries.some((e) => /arrested/.test(e.event)), JSON.stringify(entries));
});

test('a day told only inside an aside set off by dashes dates what the aside tells, not the sentence', () => {
  const entries = timelineOf('The officers — who were responding to reports of retaliation following a shooting Saturday night — first approached the man as he ran, police said.\n\nTwo men were arrested on Monday, police said.', '2017-02-16');
  assert.ok(!entries.some((e) => /approached/.test(e.event)), JSON.stringify(entries));
  assert.ok(entries.some((e) => /arrested/.test(e.event)), JSON.stringify(entries));
});

test('the day a quotation was spoken ("..." the chief said Thursday) is no timeline entry; a day inside the quotation is', () => {
  const entries = timelineOf('"We are going to figure this out," Police Chief Jeff Ledford said Thursday.\n\n"They came in on Sunday and fired," a neighbor said.', '2016-10-28');
  assert.ok(!entries.some((e) => /figure this out/.test(e.event)), JSON.stringify(entries));
  assert.ok(entries.some((e) => /came in on Sunday/.test(e.event)), JSON.stringify(entries));
});

test('"today" or "tomorrow" inside a quotation dates no timeline entry', () => {
  const entries = timelineOf('“Before I got shot I was talking about what I was going to do tomorrow,” said David Garcia, a survivor.\n\nTwo men were arrested on Monday, police said.', '2015-03-14');
  assert.ok(!entries.some((e) => /Before I got shot/.test(e.event)), JSON.stringify(entries));
  assert.ok(entries.some((e) => /arrested/.test(e.event)), JSON.stringify(entries));
});

test('a day told in a relative clause set off by commas dates the clause; the sentence takes the day it names outside it', () => {
  const entries = timelineOf('Amiyah Bice, who turned two years old on Sunday, died Tuesday at a hospital, police said.', '2016-04-20');
  assert.deepEqual(entries.map((e) => e.date), ['2016-04-19']);
});

test('a month told alone opens the month, before the days within it', () => {
  const text = 'The little boy was shot some time before 9:15 p.m. on Nov. 13, according to the arrest affidavit.\n\nA deputy was charged in the shooting earlier this month.';
  const entries = timelineOf(text, '2016-11-22');
  assert.deepEqual(entries.map((e) => e.date), ['2016-11', '2016-11-13']);
});

test("a victim told with the day of the harm dates a timeline entry, though the article's count holds as of publication", () => {
  const entries = timelineOf('A 17-year-old boy was shot and killed in Sheraden on Tuesday afternoon.', '2016-12-22');
  assert.deepEqual(entries.map((e) => e.date), ['2016-12-20']);
});
