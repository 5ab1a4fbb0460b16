// Tests of the boilerplate cues of page-text extraction, in the seven languages they cover.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cueOf, isCallToAction, isCreditLine, isDownloadLine, readsAsChrome } from './cues.js';
import { extractPageText } from './index.js';

const tokens = (t: string): number => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const cue = (t: string): string | null => cueOf(t, tokens(t));

test('lines that open furniture are section cues in en, de, fr, es, it, pt and nl', () => {
  for (const line of ['Related stories', 'Mehr zum Thema', 'Das könnte Sie auch interessieren', 'À lire aussi', 'Sur le même sujet',
    'Noticias relacionadas', 'Te puede interesar', 'Leggi anche', 'Articoli correlati', 'Leia também', 'Veja também', 'Lees ook',
    'Gerelateerde artikelen', 'Kommentare (12)', '3 comments', 'Über den Autor']) {
    assert.equal(cue(line), 'section', line);
  }
});

test('lines that are furniture themselves are line cues', () => {
  for (const line of ['Share this article', 'Artikel teilen', 'Partager', 'Compartir en Facebook', 'Condividi', 'Compartilhe', 'Delen',
    'Newsletter abonnieren', 'Publicité', 'Alle Rechte vorbehalten', 'Get a quote']) {
    assert.equal(cue(line), 'line', line);
  }
});

test('prose and headlines that merely begin with a cue word are not cues', () => {
  assert.equal(cue('Share prices fell sharply in Frankfurt after the central bank raised its main interest rate again.'), null);
  assert.equal(cue('Related to the vote, the council also approved a new tram line to the harbour district'), null);
  assert.equal(cue('Mehrheit im Stadtrat für neue Straßenbahn'), null);
  assert.equal(cue('Tram line to reach the harbour by 2028'), null);
});

test('calls to action are told by their words, in several languages, and only when short', () => {
  assert.ok(isCallToAction('Sign up for our newsletter to get the latest local news.', 200));
  assert.ok(isCallToAction('Jetzt den Newsletter abonnieren und nichts mehr verpassen!', 200));
  assert.ok(isCallToAction('Síguenos en Telegram, Instagram y Twitter.', 200));
  assert.ok(!isCallToAction('The council voted on Tuesday to extend the tram line to the harbour.', 200));
  assert.ok(!isCallToAction(`${'The council debated the budget for hours. '.repeat(5)}Residents can subscribe to the minutes.`, 200));
  assert.ok(readsAsChrome('Cookie settings'));
  assert.ok(!readsAsChrome('Tram line to reach the harbour by 2028'));
});

const PROSE = [
  'Der Stadtrat hat am Dienstag beschlossen, die Straßenbahnlinie bis zum Hafen zu verlängern, ein Projekt, über das seit Jahren gestritten wird.',
  'Nach Angaben der Verwaltung könnten die ersten Bahnen im Jahr 2028 fahren, wenn das Planungsverfahren nicht durch Klagen verzögert wird.',
  'Die Kosten der Verlängerung werden auf 86 Millionen Euro geschätzt, den größten Teil tragen der Bund und das Land.',
  'Anwohner des Hafenviertels beklagen sich schon jetzt über den Lärm und die Umleitungen, die sie während der Bauzeit erwarten.',
];

test('a furniture heading after the article ends the article region; what follows is left out', () => {
  const teaser = 'Die Stadt plant außerdem einen neuen Radweg entlang des Flusses, der im kommenden Jahr eröffnet werden soll und viel kostet.';
  const page = ['Startseite', 'Straßenbahn fährt bis 2028 zum Hafen', ...PROSE, 'Das könnte Sie auch interessieren', teaser].join('\n');
  const r = extractPageText(page);
  assert.equal(r.title, 'Straßenbahn fährt bis 2028 zum Hafen');
  assert.deepEqual(r.paragraphs, PROSE);
  assert.ok(r.removed.some((b) => b.text === 'Das könnte Sie auch interessieren' && b.rule === 'text/section-cue'));
});

test('a call to action is never the title and never an article paragraph', () => {
  const cta = 'Jetzt den Newsletter abonnieren';
  const page = [cta, 'Straßenbahn fährt bis 2028 zum Hafen', PROSE[0], PROSE[1], 'Unterstützen Sie uns mit einer Spende!', PROSE[2], PROSE[3]].join('\n');
  const r = extractPageText(page);
  assert.equal(r.title, 'Straßenbahn fährt bis 2028 zum Hafen');
  assert.deepEqual(r.paragraphs, PROSE);
});

test('"discover more" lines open furniture in every covered language', () => {
  for (const line of ['Discover more', 'Entdecke weitere Homestorys', 'Entdecken Sie mehr', 'Découvrez aussi', 'Descubre más',
    'Scopri anche', 'Descubra também', 'Ontdek meer', 'This entry was posted in News']) {
    assert.equal(cue(line), 'section', line);
  }
});

test('a short line carrying a copyright sign is a credit line; prose without it is not', () => {
  assert.equal(isCreditLine('Lee Elder war mit golferischem Talent gesegnet. | © Augusta National/Getty Images'), true);
  assert.equal(isCreditLine('© 2024 Example Media'), true);
  assert.equal(isCreditLine('The council voted on Tuesday to extend the tram line to the harbour.'), false);
  assert.equal(isCreditLine(`${'A long paragraph of article prose that goes on. '.repeat(8)}©`), false);
});

test('a short line offering a file is a download line, in several languages', () => {
  for (const line of ['Informationsschreiben vom 14. Oktober 2021 PDF | 38 KB | Datei ist nicht barrierefrei', 'Themen: Prognosen, Impfstoffe Download (123 KB)',
    'Dieses Skript als PDF herunterladen', 'Télécharger le fichier PDF', 'Download the PDF']) {
    assert.equal(isDownloadLine(line), true, line);
  }
  assert.equal(isDownloadLine('The app was downloaded two million times in its first week, the company said.'), false);
  assert.equal(isDownloadLine('Download speeds in rural areas lag far behind those in the cities.'), false);
});

test('a heading of the site\'s other stories ends the article even when their teasers outweigh it; a "Related" box does not', () => {
  const article = [
    'SPARTANBURG, SC (WSPA) – A teen girl has died after a shooting at an apartment complex on Monday morning, according to the coroner.',
    'The coroner’s office says the 17-year-old girl was shot in the stomach inside an apartment on Spruce Street on Monday morning.',
    'Three teens were being questioned by deputies earlier this morning, but no one has been charged with anything so far.',
    'Deputies were using their personal drones to search the area around the complex for clues about what happened.',
  ];
  const teasers = [
    'LIVE: 25 hurt in apparent explosion in NYC neighborhood Police and firefighters are at the scene of an apparent explosion in New York City, and authorities say 25 people suffered minor injuries on Saturday night.',
    '4 dead, dozens hurt as bus carrying SC football team crashes in NC A charter bus wreck killed four people and injured dozens from a South Carolina football squad and closed the bypass in Richmond County on Friday.',
    'Pipe bomb explodes near 5K run in NJ, no injuries Police say a pipe bomb exploded in a plastic garbage can Saturday morning in Seaside Park, where a charity race was about to begin.',
  ];
  const r = extractPageText([...article, 'More stories you may like on 7News', ...teasers].join('\n\n'));
  assert.deepEqual(r.paragraphs, article);
  // The same teasers under a "Related" heading stay: such a box may sit inside an article that goes on after it.
  const related = extractPageText([...article, 'Related stories', ...teasers].join('\n\n'));
  assert.ok(related.paragraphs.length > article.length);
});
