// Wording of the web UI: counts with the right plural, outlets counted one way, large values in words, titles cut at a word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articlesFromOutlets, count, readableDates, readableValue, scaledNumber, shortTitle, statementText } from './words.js';

test('counts take the singular for one and the plural otherwise', () => {
  assert.equal(count(1, 'article'), '1 article');
  assert.equal(count(0, 'article'), '0 articles');
  assert.equal(count(2500, 'story', 'stories'), '2,500 stories');
});

test('outlets are counted by name; articles without one are said apart', () => {
  assert.equal(articlesFromOutlets([{ outlet: 'A' }]), '1 article from 1 outlet');
  assert.equal(articlesFromOutlets([{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'A' }]), '3 articles from 2 outlets');
  assert.equal(articlesFromOutlets([{ outlet: 'A' }, { outlet: null }, { outlet: ' ' }]), '3 articles from 1 outlet, 2 of unknown outlet');
});

test('large numbers are written in the scale a text uses, with currency symbols in front', () => {
  assert.equal(scaledNumber(29_000_000_000), '29 billion');
  assert.equal(scaledNumber(5_500_000_000), '5.5 billion');
  assert.equal(scaledNumber(8_000_000), '8 million');
  assert.equal(scaledNumber(1_234_567), '1,234,567', 'a number a text would not round stays whole');
  assert.equal(scaledNumber(12_000), '12,000');
  assert.equal(readableValue(29_000_000_000, null, 'USD'), '$29 billion');
  assert.equal(readableValue(5_500_000_000, 'up-to', 'USD'), 'up to $5.5 billion');
  assert.equal(readableValue(3000, 'about', 'troops'), 'about 3,000 troops');
  assert.equal(readableValue([1000, 2000], null, null), '1,000–2,000');
  assert.equal(readableValue(null), '');
});

test('titles are cut at a word boundary with an ellipsis, and kept whole when short', () => {
  assert.equal(shortTitle('Short title'), 'Short title');
  const cut = shortTitle('North Korean Troops Give Kim Leverage Amid Putin Ominous Korea Warning', 40);
  assert.ok(cut.length <= 40, cut);
  assert.ok(cut.endsWith('…'));
  assert.ok('North Korean Troops Give Kim Leverage Amid Putin Ominous Korea Warning'.startsWith(cut.slice(0, -1)));
  assert.match(cut.slice(0, -1), /[a-z]$/i);
  assert.equal(cut, 'North Korean Troops Give Kim Leverage…');
});

test('ISO dates in text are written in the one date format', () => {
  assert.equal(readableDates('about 1,500 (as of 2024-10-07), later 3,000 (as of 2024-10)'), 'about 1,500 (as of Oct 7, 2024), later 3,000 (as of Oct 2024)');
});

test('statements write numbers of millions and more in words, and leave the rest', () => {
  assert.equal(statementText('GDP: worth, 29,000,000,000'), 'GDP: worth, 29 billion');
  assert.equal(statementText('Artillery shells: supply, about 8,000,000'), 'Artillery shells: supply, about 8 million');
  assert.equal(statementText('Special forces: send (planned), 12,000 (Russia)'), 'Special forces: send (planned), 12,000 (Russia)');
});
