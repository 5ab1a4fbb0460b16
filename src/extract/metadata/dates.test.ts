// Unit tests of date finding, explicit and inferred publication dates, and language detection.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dayNumber, findDates, normaliseMarkupDate, weekStart, weekdayOf } from './dates.js';
import { type MetadataInput, detectLanguage, extractMetadata } from './index.js';

function input(p: Partial<MetadataInput>): MetadataInput {
  return { kind: 'text', title: 'A headline', paragraphs: [], removed: [], hints: {}, ...p };
}

test('calendar: weekdays and week starts', () => {
  const oct23 = dayNumber(2024, 10, 23);
  assert.equal(weekdayOf(oct23), 3); // Wednesday
  assert.equal(weekStart(oct23), dayNumber(2024, 10, 21)); // Monday
  assert.equal(weekStart(dayNumber(2024, 10, 27)), dayNumber(2024, 10, 21)); // Sunday belongs to the week before
});

test('findDates: absolute dates only, with or without a year', () => {
  const found = findDates('On Oct 18, the NIS said Wednesday; over the past two weeks; Updated 10/23/2024Reading time; on November 7.');
  assert.deepEqual(found.map((f) => f.date), [{ y: null, m: 10, d: 18 }, { y: 2024, m: 10, d: 23 }, { y: null, m: 11, d: 7 }]);
});

test('findDates: two bare digits after a month are its day, never a year; a score before the month is no day', () => {
  const found = findDates('He was hurt in the 30-7 Oct. 19 loss at Carolina and missed the 24-21 Nov 2 win; the 5 Oct 2019 vote and the Oct. 19, 2008 game.');
  assert.deepEqual(found.map((f) => [f.text, f.date]), [
    ['Oct. 19', { y: null, m: 10, d: 19 }],
    ['Nov 2', { y: null, m: 11, d: 2 }],
    ['5 Oct 2019', { y: 2019, m: 10, d: 5 }],
    ['Oct. 19, 2008', { y: 2008, m: 10, d: 19 }],
  ]);
});

test('normaliseMarkupDate keeps a stated time and zone, else gives the day', () => {
  assert.equal(normaliseMarkupDate('2024-10-23T09:30:00+0900'), '2024-10-23T09:30:00+09:00');
  assert.equal(normaliseMarkupDate('2024-10-23T00:00:00'), '2024-10-23');
  assert.equal(normaliseMarkupDate('20241023'), '2024-10-23');
  assert.equal(normaliseMarkupDate('Wed, 23 Oct 2024 10:00:00 GMT'), '2024-10-23');
  assert.equal(normaliseMarkupDate('not a date'), null);
});

test('a list of related stories repeating one date is not the article date, whatever rule removed it', () => {
  const lines = readFileSync(new URL('../../../../examples/korea-troops-2024/000_f0c3078e556d169a.txt', import.meta.url), 'utf8').split('\n');
  // Every line removed by one generic rule: only the repetition marks the related-story list.
  const m = extractMetadata(input({ removed: [{ text: lines.join('\n'), rule: 'text/chrome' }] })).metadata;
  assert.equal(m.published?.value, '2024-10-23');
  assert.equal(m.outlet?.value, 'The Straits Times');
});

test('dateline at the start of the first paragraph', () => {
  const m = extractMetadata(input({ paragraphs: ['SEOUL, Oct. 23, 2024 (Yonhap) -- South Korea is considering sending weapons to Ukraine.'] })).metadata;
  assert.equal(m.published?.value, '2024-10-23');
  assert.equal(m.published?.rule, 'text/dateline');
});

test('a published line beats an updated line', () => {
  const m = extractMetadata(input({ removed: [{ text: 'Updated: March 5, 2024\nPublished: March 3, 2024', rule: 'text/chrome' }], paragraphs: ['Text.'] })).metadata;
  assert.equal(m.published?.value, '2024-03-03');
  assert.equal(m.published?.rule, 'text/published-line');
});

test('inference: year from a dated mention; future dates ignored; weekday after the latest date', () => {
  const r = extractMetadata(input({ paragraphs: [
    'The treaty was signed on June 19, 2024, in Pyongyang.',
    'Officials met again on October 17. The summit will be held on December 2.',
    'On Friday, the spy agency confirmed the deployment.',
  ] }));
  assert.equal(r.metadata.published?.value, '2024-10-18');
  assert.equal(r.metadata.published?.basis, 'inferred');
  assert.equal(r.metadata.published?.rule, 'text/inferred-latest-date');
  assert.ok(r.messages.some((x) => x.ruleId === 'metadata/date-inferred'));
});

test('inference: "last week" puts publication in a week after the latest date', () => {
  const m = extractMetadata(input({ paragraphs: ['Reports said six officers were killed on October 3, 2024.', 'Last week, the agency accused the North of sending troops.'] })).metadata;
  assert.equal(m.published?.value, '2024-10-07');
});

test('inference: a yearless date with no reference gives no date and says why', () => {
  const r = extractMetadata(input({ paragraphs: ['Officials met on October 17 in Seoul and said little afterwards.'] }));
  assert.equal(r.metadata.published, null);
  assert.ok(r.messages.some((x) => x.ruleId === 'metadata/date-year-unknown'));
  const withRef = extractMetadata(input({ paragraphs: ['Officials met on October 17 in Seoul and said little afterwards.'], referenceDate: '2025-01-10' }));
  assert.equal(withRef.metadata.published?.value, '2024-10-17');
});

test('language: English, German, Japanese; too short is und', () => {
  assert.equal(detectLanguage('North Korea has sent thousands of troops to Russia, according to the intelligence service, which briefed lawmakers on Wednesday.').code, 'en');
  assert.equal(detectLanguage('Südkorea erwägt, Waffen an die Ukraine zu liefern. Das berichtet die Nachrichtenagentur Yonhap unter Berufung auf eine Quelle.').code, 'de');
  assert.equal(detectLanguage('北朝鮮はロシアに兵士を派遣したと韓国の情報機関が明らかにした。').code, 'ja');
  assert.deepEqual(detectLanguage('Listen'), { code: 'und', confidence: 0 });
});

test('language is the body\'s, not the chrome\'s', () => {
  const m = extractMetadata(input({
    removed: [{ text: 'Abonner på Magzter GOLD for å få tilgang til tusenvis av kuraterte premiumhistorier og over 9000 magasiner og aviser.', rule: 'text/chrome' }],
    paragraphs: ['SEOUL - As evidence mounts of North Korea\'s plans to send as many as 12,000 of its special forces to aid Russia in the Ukraine war, the implications for South Korea are looking grave.'],
  })).metadata;
  assert.equal(m.language?.value, 'en');
  assert.equal(m.language?.rule, 'text/franc');
});

test('dates deep inside a long text are found with their offsets into the whole text', () => {
  const filler = 'Crews kept working through the night while officials counted the damage. ';
  const parts: string[] = [];
  for (let i = 0; i < 200; i++) parts.push(filler);
  const text = `${parts.join('')}The port reopened on October 17, 2024 after the strike.\n${parts.join('')}Talks resumed on 3 November 2024.`;
  const found = findDates(text);
  assert.deepEqual(found.map((f) => f.date), [{ y: 2024, m: 10, d: 17 }, { y: 2024, m: 11, d: 3 }]);
  for (const f of found) assert.equal(text.slice(f.index, f.index + f.text.length), f.text);
});

test('inferred dates are bounded by the time the document was read and by plausible years', () => {
  const salad = extractMetadata(input({ paragraphs: ['Purple monkey dishwasher said the banana on 27 February 9001 to the moon, and the moon said nothing.'], readAt: '2025-06-01T10:00:00Z' }));
  assert.equal(salad.metadata.published, null, 'a year no one has lived to is no publication date');
  const future = extractMetadata(input({ paragraphs: ['The council met on March 3, 2024 and said the bridge would reopen. Work began on 12 August 2025, officials said.'], readAt: '2025-06-01' }));
  assert.equal(future.metadata.published?.value, '2024-03-03', 'a day after the reading is left out; the latest day before it bounds the date');
  const ancient = extractMetadata(input({ paragraphs: ['The treaty was signed on June 28, 1919 in the Hall of Mirrors, historians said.'], readAt: '2025-06-01' }));
  assert.equal(ancient.metadata.published, null);
  const yearless = extractMetadata(input({ paragraphs: ['Officials met on December 20 in Seoul and said little afterwards.'], referenceDate: '2025-01-03', readAt: '2025-01-03' }));
  assert.equal(yearless.metadata.published?.value, '2024-12-20', 'a yearless day resolves to the year before the reading when the nearest one is later');
  const weekday = extractMetadata(input({ paragraphs: ['The ministry said on May 30, 2025 that talks would go on. On Monday it said they had ended.'], readAt: '2025-05-31' }));
  assert.equal(weekday.metadata.published?.value, '2025-05-30', 'relative days never push the date past the reading');
});
