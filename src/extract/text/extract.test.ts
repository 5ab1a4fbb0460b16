// Unit tests of page-text extraction: messages, shape patterns, unwrapping, the region search and scale.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measure, unwrapLines } from './blocks.js';
import { DEFAULT_PAGE_TEXT_OPTIONS, extractPageText } from './index.js';
import { chromePattern } from './patterns.js';
import { bestRegion } from './region.js';
import { stopwordsFor } from './stopwords.js';

const eng = stopwordsFor('eng') ?? new Set<string>();
const pattern = (line: string): string | null => chromePattern(measure(line, eng));

const PROSE = [
  'The council voted on Tuesday to extend the tram line to the harbour, a project that has been discussed for more than a decade.',
  'Officials said the first trams could run in 2028 if the planning process is not delayed by legal challenges from residents.',
  'The cost of the extension is estimated at 86 million euros, most of which will be paid by the national and regional governments.',
  'Residents of the harbour district have complained about the noise and detours they expect during the three years of construction.',
];

test('empty and blank input give a message, not an exception', () => {
  for (const text of ['', '   \n\n\t  \n']) {
    const r = extractPageText(text);
    assert.equal(r.title, null);
    assert.deepEqual(r.paragraphs, []);
    assert.equal(r.messages[0]?.ruleId, 'text/empty');
  }
});

test('a page of chrome only keeps nothing and says so', () => {
  const r = extractPageText('Home\nNews\nSport\n5 mins\nShare\n13\n');
  assert.ok(r.messages.some((m) => m.severity === 'warning'));
  assert.ok(r.paragraphs.every((p) => !['5 mins', '13'].includes(p)));
});

test('shape patterns name their rules in several languages', () => {
  assert.equal(pattern('13'), 'text/short-control');
  assert.equal(pattern('-'), 'text/short-control');
  assert.equal(pattern('Vertreter bei einer Kranzniederlegung © Presse- und Informationsamt der Bundesregierung'), 'text/credit');
  assert.equal(pattern('Lorry stuck in the mud torched after botched theft - 24 mins ago'), 'text/headline-list');
  assert.equal(pattern('16 mins ago'), 'text/relative-time-stamp');
  assert.equal(pattern('vor 12 Minuten'), 'text/relative-time-stamp');
  assert.equal(pattern('hace 3 horas'), 'text/relative-time-stamp');
  assert.equal(pattern('Reading Time:4 minutes'), 'text/reading-time');
  assert.equal(pattern('Updated 10/23/2024Reading time: 3 min.'), 'text/reading-time');
  assert.equal(pattern('Lesezeit: 3 Min.'), 'text/reading-time');
  assert.equal(pattern('February 16, 2026'), 'text/date-line');
  assert.equal(pattern('|October 23, 2024'), 'text/date-line');
  assert.equal(pattern('12. März 2025, 18:40 Uhr'), 'text/date-line');
  assert.equal(pattern('Illustration: Craig Stephens'), 'text/caption-credit');
  assert.equal(pattern('"That could put a lot of pressure on Russia to give in return," he said.'), null);
  assert.equal(pattern('It happened 5 minutes ago, witnesses told reporters at the scene of the crash.'), null);
});

test('hard-wrapped prose is rejoined, separate lines are not', () => {
  const wrapped = [
    'Gym equipment refers to the various machines, tools, and accessories used in a',
    'fitness facility to help individuals achieve their fitness goals. These',
    'equipment are designed to target different muscle groups, improve',
    'cardiovascular health, and enhance overall fitness.',
    'Walking into a gym can be overwhelming.',
  ];
  const out = unwrapLines(wrapped);
  assert.equal(out.length, 2);
  assert.ok(out[0].startsWith('Gym equipment') && out[0].endsWith('overall fitness.'));
  assert.deepEqual(unwrapLines(['Home', 'about us', 'Contact']), ['Home', 'about us', 'Contact']);
});

test('the best region is the maximum-sum run of scores', () => {
  assert.deepEqual(bestRegion([-3, 5, -1, 4, -10, 2]), { start: 1, end: 4 });
  assert.deepEqual(bestRegion([-1, -2]), { start: 0, end: 0 });
  assert.deepEqual(bestRegion([]), { start: 0, end: 0 });
});

test('short article lines between prose survive, repeated and patterned chrome does not', () => {
  const page = ['Menu', 'Search', 'Tram line to reach the harbour by 2028', PROSE[0], PROSE[1], 'Advertisement',
    '"It is a good day for the city," the mayor said.', PROSE[2], 'Advertisement', PROSE[3], 'Share', 'Advertisement'];
  const r = extractPageText(page.join('\n'));
  assert.equal(r.title, 'Tram line to reach the harbour by 2028');
  assert.deepEqual(r.paragraphs, [PROSE[0], PROSE[1], '"It is a good day for the city," the mayor said.', PROSE[2], PROSE[3]]);
  assert.ok(r.removed.filter((b) => b.text === 'Advertisement').every((b) => b.rule.startsWith('text/')));
  assert.ok(r.removed.every((b) => b.rule.length > 0));
});

test('a caption printed twice is kept once', () => {
  const caption = 'The mayor, centre, at the opening of the harbour district on Tuesday, in a photo provided by the city.';
  const r = extractPageText(['Tram line to reach the harbour by 2028', caption, caption, ...PROSE].join('\n'));
  assert.equal(r.paragraphs.filter((p) => p === caption).length, 1);
  assert.ok(r.removed.some((b) => b.text === caption && b.rule === 'text/duplicate'));
});

test('options override the defaults without changing them', () => {
  const before = { ...DEFAULT_PAGE_TEXT_OPTIONS };
  const strict = extractPageText(PROSE.join('\n'), { blockPenalty: 1000 });
  assert.deepEqual(strict.paragraphs.length, PROSE.length); // no region: every non-chrome line is kept, with a warning
  assert.ok(strict.messages.some((m) => m.ruleId === 'text/no-article'));
  assert.deepEqual({ ...DEFAULT_PAGE_TEXT_OPTIONS }, before);
});

test('a large page finishes in linear time', () => {
  const unit = ['Home', 'News', PROSE.join(' '), ...PROSE, 'Share', '5 mins', 'February 16, 2026'].join('\n');
  const small = unit.repeat(200);
  const large = unit.repeat(2000);
  const t0 = performance.now();
  extractPageText(small);
  const t1 = performance.now();
  const r = extractPageText(large);
  const t2 = performance.now();
  assert.ok(r.paragraphs.length > 0);
  // Ten times the text may take at most thirty times as long (generous for a shared machine).
  assert.ok(t2 - t1 < 30 * Math.max(t1 - t0, 20), `small ${t1 - t0} ms, large ${t2 - t1} ms`);
});

test('a list of other stories told as headline and opening pairs is left out, and no article region spans it', () => {
  const teasers = [
    'A ferry ran aground off the northern coast on Sunday and all of its passengers were brought ashore.',
    'A ferry ran aground off the northern coast on Sunday and all of its passengers were brought ashore. The coast guard said the',
    'Three people were hurt when a gas heater exploded in a bakery in the old town on Friday morning.',
    'PORTLAND (AP) - Three people were hurt when a gas heater exploded in a bakery in the old town on Friday morning.',
    'The city council approved a new budget for the public library after a long debate on Monday.',
    'The city council approved a new budget for the public library after a long debate on Monday.',
  ];
  const r = extractPageText(['Tram line to be extended', ...teasers, ...PROSE].join('\n\n'));
  assert.deepEqual(r.paragraphs, PROSE);
  assert.equal(r.removed.filter((b) => b.rule === 'text/teaser-pair').length, teasers.length);
  // One summary repeated by the lede, or a gallery's one caption repeated, is no list of other stories.
  const lede = `${PROSE[0]} It follows a vote last year.`;
  assert.deepEqual(extractPageText(['Tram line to be extended', PROSE[0], lede, ...PROSE.slice(1)].join('\n\n')).paragraphs, [PROSE[0], lede, ...PROSE.slice(1)]);
});

test('the last head of a list of teasers, left without its repeat right before the article, is the list\'s', () => {
  const teaser = (s: string) => `${s}\n\n${s} More of that story follows here in the list.`;
  const page = [
    'Man says he accidentally shot high school student, sheriff says',
    teaser('After three years of work, construction on the streetcar line along the avenue is finally finished.'),
    teaser('A 4-year-old boy remains in critical condition after being rescued from the bottom of a pool in Houma.'),
    teaser('Health problems have led to an indefinite trial delay for a man facing charges in an old shooting case.'),
    'Two young children, ages 2 and 4, are among the critically injured following a deadly Sunday night shooting in the Lower Ninth Ward.',
    'A Galliano man was arrested Friday in the shooting death of a South Lafourche High School student, the sheriff said.',
    'Neely Gardner, 19, was booked with negligent homicide in the death of the student. The sheriff said Gardner confessed after turning himself in to deputies.',
    'The shooting was reported Thursday in the 100 block of East 23rd Street in Larose. The student was found lying on the side of the road with a gunshot wound.',
    'During questioning, Gardner told detectives he found a gun on the ground near a house and was trying to unload it when it fired one round, striking the student.',
  ].join('\n\n');
  const out = extractPageText(page);
  assert.ok(!out.paragraphs.some((p) => p.startsWith('Two young children')), out.paragraphs.join(' | '));
  assert.ok(out.paragraphs[0]?.startsWith('A Galliano man'), out.paragraphs.join(' | '));
  assert.equal(out.removed.find((r) => r.text.startsWith('Two young children'))?.rule, 'text/teaser-pair');
});
