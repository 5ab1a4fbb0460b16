// Tests the public extraction step: an over-long main text is cut at paragraph ends with a warning; a video player's entries are no article text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../model/index.js';
import { extractArticle } from './index.js';

function htmlDocument(paragraphs: string[]): Document {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return {
    id: 'long',
    source: 'long.html',
    mediaType: 'html',
    content: `<html><head><title>Port strike enters its third week</title></head><body><article>${body}</article></body></html>`,
    charset: { name: 'utf-8', basis: 'default' },
    hints: {},
    messages: [],
  };
}

const paragraphs = Array.from({ length: 60 }, (_, i) => `Dockers in paragraph ${i} said on Tuesday that the strike at the port of Valparaiso would go on until wages rose by 12 percent.`);

test('an article over the length limit keeps its first paragraphs and says how much was left out', () => {
  const limit = 20 * paragraphs[0]!.length;
  const article = extractArticle(htmlDocument(paragraphs), { maxArticleChars: limit });
  assert.ok(article.text.length <= limit, `${article.text.length} characters kept`);
  assert.ok(article.paragraphs.length > 10 && article.paragraphs.length < 60);
  assert.ok(article.text.startsWith(paragraphs[0]!));
  assert.ok(article.text.endsWith(paragraphs[article.paragraphs.length - 1]!), 'cut at a paragraph end');
  const warning = article.messages.find((m) => m.ruleId === 'extract/too-long');
  assert.equal(warning?.severity, 'warning');
  assert.match(warning!.reason, new RegExp(`the first ${article.paragraphs.length} of 60 paragraphs`));
});

test('an article under the limit is kept whole, without a warning', () => {
  const article = extractArticle(htmlDocument(paragraphs));
  assert.equal(article.paragraphs.length, 60);
  assert.ok(!article.messages.some((m) => m.ruleId === 'extract/too-long'));
});

test('quotes and dashes left as C1 controls by a Windows-1252 text read as Latin-1 are put back', () => {
  const article = extractArticle(htmlDocument(['Police said it wasn\u0092t true \u0096 no one had been arrested, the chief told \u0093reporters\u0094 on Tuesday.']));
  assert.equal(article.text, 'Police said it wasn’t true – no one had been arrested, the chief told “reporters” on Tuesday.');
  assert.ok(!/[\u0080-\u009f]/.test(article.text));
});

function textDocument(content: string, title?: string): Document {
  return { id: 'video', source: 'video.txt', mediaType: 'text', content, charset: { name: 'utf-8', basis: 'record' }, hints: title ? { title } : {}, messages: [] };
}

test('a video player\'s entry (a running time, then another story\'s title) is no article text; a page of nothing else keeps its entries and says so', () => {
  const body = 'Two men were shot outside a bar on Elm Street on Sunday night, police said on Monday morning.\n\nBoth men were taken to a hospital with injuries that are not life threatening, according to the police report.\n\nPolice have not named a suspect in the shooting, which happened near the corner of Elm and Fifth streets.';
  const withEntry = extractArticle(textDocument(`${body}\n\n2:25\n\nCounty police operation resulted in 32 arrests, netted $75K in drugs and cash`));
  assert.ok(!withEntry.text.includes('32 arrests'), withEntry.text);
  assert.ok(withEntry.removed.some((r) => r.rule === 'text/video-entry' && r.text.includes('32 arrests')));
  const only = extractArticle(textDocument('3:24\n\nSheriff says deputies will not take part in immigration roundups', '2 dead in house party shooting'));
  assert.equal(only.text, '3:24\n\nSheriff says deputies will not take part in immigration roundups');
  assert.equal(only.messages.find((m) => m.ruleId === 'text/video-only')?.severity, 'warning');
  assert.ok(!only.messages.some((m) => m.severity === 'error'));
});
