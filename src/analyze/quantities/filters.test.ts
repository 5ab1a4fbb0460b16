// Checks that years, dates, times, ordinals, labels, phone numbers and list markers yield no quantity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from './index.js';

const none = (text: string): void => {
  const qs = findQuantities(text);
  assert.deepEqual(qs.map((q) => q.text), [], text);
};

test('years are not quantities', () => {
  none('The war ended in 2023.');
  none('They have been allies since 1953.');
  none('The 2020 Escape hybrid is quiet.');
  none('The 1970s were different.');
});

test('dates and times of day are not quantities', () => {
  none('It happened in June.');
  none('The blast was on Oct 8.');
  none('They met on October 31.');
  none('The talks resume on 8 October.');
  none('The hunt runs Sept. 20-24.');
  none('Doors open at 9:35 PM.');
  none('The vote is at 2 p.m. Wednesday.');
  none('Published 10/23/2024.');
});

test('ordinals, labels and identifiers are not quantities', () => {
  none('He visited the 2nd Corps headquarters.');
  none('She is the No. 1 seed.');
  none('It tied Game 7 at the buzzer.');
  none('He was one of the founders.');
  none('The F-16 and the COVID-19 response.');
  none('The S&P 500 rose.');
  none('Bristol beat Charlton 2-1 on Saturday.');
});

test('a road\'s number is no quantity, whatever word follows it', () => {
  none('The fight started at a tavern at 5425 U.S. 12, police said.');
  none('Hikers parked at the Canyon Road 7 trailhead.');
  none('Deputies closed SR 70 near the bridge.');
  none('Hwy. 9 was closed for hours.');
});

test('house numbers are not quantities, also where the street\'s name reads as a unit', () => {
  none('He died inside a home at 308 Willow Creek Lane on Friday.');
  none('The house at 49 Zorro Ranch Road was sold.');
});

test('phone numbers and list markers are not quantities', () => {
  none('Call 555-123-4567 for details.');
  none('Call +44 20 7946 0958 now.');
  none('Call Crime Stoppers at (210) 224-STOP with any tips.');
  none('Tips can be left at 224-STOP or 1-800-GOT-JUNK.');
  none('Call the Homicide Division or Crime Stoppers at 713-222-TIPS.');
  none('1. Introduction\n2) Background');
});

test('linear in text length', () => {
  const base = 'About 12,000 troops arrived on Oct 8, 2024, at 9:35 PM, and prices rose 5% to $3.5 billion. ';
  const small = base.repeat(500);
  const large = base.repeat(4000);
  const t0 = process.hrtime.bigint();
  const a = findQuantities(small).length;
  const t1 = process.hrtime.bigint();
  const b = findQuantities(large).length;
  const t2 = process.hrtime.bigint();
  assert.equal(b, a * 8);
  // 8x the text should take far less than 64x the time (quadratic); allow generous noise
  assert.ok(Number(t2 - t1) < 30 * Number(t1 - t0) + 5e7, `small ${t1 - t0}ns, large ${t2 - t1}ns`);
});

test('a year told by two digits after an apostrophe is not a quantity; a quoted count still is', () => {
  none('NYC ’90 shooting of slain man leaves cops with a cold case');
  none("She was in the class of '98.");
  const quoted = findQuantities("Police said '40 dead' after the blast.");
  assert.deepEqual(quoted.map((q) => q.value), [40]);
});

test('an hour of the clock told with "o\'clock" is no quantity; a count before "clocks" still is', () => {
  none("There is a 3 o'clock license that is available.");
  none('The bells rang at five o’clock.');
  assert.deepEqual(findQuantities('The shop sold 3 clocks on Friday.').map((q) => q.value), [3]);
});

test('the number tried after "-for-" or "-of-" and a number made is no label', () => {
  const values = (text: string) => findQuantities(text).map((q) => q.value);
  assert.deepEqual(values('He went 7-for-14 from the field.'), [7, 14]);
  assert.deepEqual(values('Luck completed 20-of-32 passes.'), [20, 32]);
  assert.deepEqual(values('The F-16 and the COVID-19 response.'), []);
});
