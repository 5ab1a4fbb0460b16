// Tests the chrome filter: furniture lines by their words, and its rows (saved by bucket, only what a batch counted is written, and restoring gives the same counts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ChromeFilter, isBoilerplate, isFurniture } from './chrome.js';

/** Digits count as one digit in a line, so lines differ by words. */
const word = (i: number): string => i.toString(26).split('').map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
const line = (i: number): string => `Line ${word(i)} of the outlet's pages, long enough to count`;
const text = (from: number, n: number): string => Array.from({ length: n }, (_, k) => line(from + k)).join('\n');

function restored(rows: { key: string; data: string }[], into = new ChromeFilter()): ChromeFilter {
  for (const r of rows) into.restoreRow(r.key, r.data);
  return into;
}

test('after a save, a batch writes only the buckets of the lines it counted, and the rows give back the same counts', () => {
  const f = new ChromeFilter({ minRepeats: 2, minLineChars: 12, maxLinesPerOutlet: 4000 });
  for (let a = 0; a < 50; a++) f.clean(text(a * 20, 40), 'a.example');
  f.clean(text(0, 30), 'b.example');
  const first = f.rows(true);
  f.markSaved();
  assert.equal(f.rows().length, 0, 'nothing changed since the save');
  f.clean(text(5000, 3), 'a.example');
  const next = f.rows();
  assert.ok(next.length >= 1 && next.length <= 3, `three new lines change at most three buckets (${next.length} rows)`);
  assert.ok(next.every((r) => r.key.startsWith('a.example\t')));
  // Rows are upserted by key: the latest row of a key stands.
  const byKey = new Map([...first, ...next].map((r) => [r.key, r]));
  assert.deepEqual(restored([...byKey.values()]).toJSON(), f.toJSON());
});

test('counts cut to the most repeated half rewrite the outlet, emptied buckets included', () => {
  const f = new ChromeFilter({ minRepeats: 2, minLineChars: 12, maxLinesPerOutlet: 600 });
  for (let a = 0; a < 12; a++) f.clean(text(a * 50, 50), 'a.example');
  const saved = new Map(f.rows(true).map((r) => [r.key, r]));
  f.markSaved();
  // 20 new lines: the counts pass the bound and are cut to 300 lines.
  f.clean(text(1000, 20), 'a.example');
  assert.equal(f.toJSON().outlets[0]![1].length, 300);
  for (const r of f.rows()) saved.set(r.key, r);
  assert.deepEqual(restored([...saved.values()]).toJSON(), f.toJSON());
});

test('a row of all an outlet\'s counts (as kept before) followed by bucket rows restores to the current counts', () => {
  const f = new ChromeFilter({ minRepeats: 2, minLineChars: 12, maxLinesPerOutlet: 600 });
  for (let a = 0; a < 12; a++) f.clean(text(a * 50, 50), 'a.example');
  const m = f.toJSON().outlets[0]![1];
  const old = { key: 'a.example', data: JSON.stringify([m.map(([h]) => h), m.map(([, n]) => n)]) };
  f.markSaved();
  f.clean(text(0, 12), 'a.example');
  // Cut to the most repeated half: lines of the old row go.
  f.clean(text(1000, 20), 'a.example');
  assert.deepEqual(restored([old, ...f.rows()]).toJSON(), f.toJSON());
});

test('sign-in and alert widgets, unfilled templates, video players and playlist entries are chrome the first time they are seen', () => {
  const widget = [
    'Sign in using you account with: {* loginWidget *}',
    'Welcome back. Please sign in',
    'Why are we asking this?',
    'By submitting your registration information, you agree to our terms.',
    'Already have an account?',
    'We have sent a confirmation email to {* data_emailAddress *}. Please check your email.',
    'Thank you for registering!',
    'Please check your email and click on the link to activate your account.',
    'CBS 3 joined forces with the most trusted local CBS RADIO stations in Philadelphia to give you the best Philly has to offer.',
    'We have sent you a verification email.',
    'We look forward to seeing you on [website] frequently. Visit us and sign in to update your profile, receive the latest news.',
    'Close Get email notifications on Randy Mitchell daily!',
    'Your notification has been saved.',
    'There was a problem saving your notification.',
    "Whenever Randy Mitchell posts new content, you'll get an email delivered to your inbox with a link.",
    'Please enable Javascript to watch this video',
    '0:43 Homeless man found dead in Parkland; suspect arrested Pause',
    "1:47 'I miss the one thing that completes my every day,' says wife of shooting victim",
  ];
  const report = [
    '1:30 a.m. Police said two men kicked in the door of a room.',
    'Police said the 8:30 p.m. shooting happened after an argument.',
    'Deputies said a man signed in at the front office before the shooting.',
    'The sheriff asked anyone with information to email detectives.',
    'Police said the man tried to activate a second phone before the shooting.',
  ];
  const out = new ChromeFilter().clean([...widget, ...report].join('\n'), 'first.example');
  assert.deepEqual(out.removed.map((r) => r.text), widget);
  assert.ok(out.removed.every((r) => r.rule === 'chrome/boilerplate'));
  assert.deepEqual(out.text.split('\n'), report);
});

test('furniture lines are told by their words in any case, the long s and the Kelvin sign as the letters they match', () => {
  const furniture = [
    '© 2024 Gannett', 'Copyright 2019 The Associated Press.', 'ALL RIGHTS RESERVED', 'Subscribe to our newsletter', 'Read More',
    'ſubscribe now', 'Clic\u212a here for more', 'Sign in to comment', '{{ headline }}', '0:43 Homeless man found dead Pause',
    'Your browser does not support the video tag.', "You'll get an email when it is posted", 'Share this', '[website]',
    'Baltimore Sun reporter Alison Knezevich contributed to this article.', 'The Associated Press contributed to this report.',
  ];
  const reporting = [
    'Police said the man was shot twice.', '12:30 p.m. is when the shots were heard', 'The subscriber list was not shared',
    'He shared the post with reporters', 'Comets are not comments', 'Neighbors contributed to the memorial fund.',
  ];
  for (const l of furniture) assert.equal(isBoilerplate(l), true, l);
  for (const l of reporting) assert.equal(isBoilerplate(l), false, l);
  const f = new ChromeFilter();
  assert.deepEqual(f.clean('ſubscribe today\nThe fire burned for hours.', null).removed, [{ text: 'ſubscribe today', rule: 'chrome/boilerplate' }]);
});

test('a teaser the page cut short ends in an ellipsis right after a word; a quotation that trails off does not', async () => {
  const { isCutShort } = await import('./chrome.js');
  assert.equal(isCutShort('David Ray Conley III, 49, is charged with multiple counts of...'), true);
  assert.equal(isCutShort('David Conley appears in court in Houston, Monday, Aug. 10, 2015....'), true);
  assert.equal(isCutShort('Flowers rest on the doorstep of a house where eight people were…'), true);
  assert.equal(isCutShort('"We just don\'t know what happened..." she said.'), false);
  assert.equal(isCutShort('Eight people were killed in the house on Saturday.'), false);
});

test('a newsroom\'s promise of updates is furniture; a sentence of the story that shares its words is not', () => {
  for (const line of ['This is a developing story.', 'Stay with News 6 and ClickOrlando.com for updates on this developing story.', 'This is a developing story, please check back for updates.', 'We will continue to follow this developing story and our reporter will have more information during News Channel 6 at Noon on Tuesday.', 'We’ll have more information as it becomes available.', 'Check back later for updates.', '2 NEWS is working to bring you new information as it becomes available.', 'Police said more details will be released when they become available.']) assert.ok(isFurniture(line), line);
  for (const line of ['Stay-at-home orders were issued on Tuesday.', 'We were told the gunman had left, the manager said.', 'Police said the boy was taken back to his home.', 'The story developed quickly as police arrived.', 'Beds were available at two shelters, officials said.', 'Crews were working to restore power to 4,000 homes.']) assert.ok(!isFurniture(line), line);
});

test('a newsroom telling what it expects to bring next is furniture; people who expect news are not', () => {
  for (const line of ['We expect to get an update about the investigation from officers after a media briefing later today.', 'We\'ll have the latest on this story tonight on FOX 2 News beginning at 5 p.m.']) assert.ok(isFurniture(line), line);
  for (const line of ['We expect to get answers from the sheriff, the victim\'s mother said.', 'Deputies hope to have the road open by noon.']) assert.ok(!isFurniture(line), line);
});

test('a prompt to get a station\'s alerts is furniture; alerts told in a story are not', () => {
  assert.equal(isFurniture('Get email alerts from KSAT 12 today.'), true);
  assert.equal(isFurniture('Get breaking news alerts on your phone.'), true);
  assert.equal(isFurniture('Police issued alerts to residents on Friday.'), false);
});

test('a video player\'s embed prompt and autoplay label are furniture; a story that speaks of code or video is not', () => {
  assert.equal(isFurniture('Embed Boy, 11, Charged With Killing Toddler, in Court 1:25 autoplay autoplay Copy this code to your website or blog'), true);
  assert.equal(isFurniture('Police said the video was posted to a website on Friday.'), false);
  assert.equal(isFurniture('The company said it would copy the code of its rival.'), false);
});

test('a line that is only a time stamp, with the day or date a page was posted or updated, is furniture; a sentence told at a time is not', () => {
  for (const line of ['Sunday 4:45 p.m.', 'Updated: 9:30 p.m.', 'March 10, 2014 2:18 PM', 'Updated Jun 16, 2015 at 6:07 AM', 'Posted Tuesday, 11:05 a.m. EST', 'Previously: Jan. 28, 11 a.m.']) assert.ok(isFurniture(line), line);
  for (const line of ['At 3:50 a.m., Rogers was pronounced dead.', 'The shots rang out Sunday at 4:45 p.m.', 'Police arrived at 8:45 a.m. on Monday.']) assert.ok(!isFurniture(line), line);
});

test('a video player\'s running time and the title after it are chrome, the first time they are seen', () => {
  const { text, removed } = new ChromeFilter().clean('Two men were shot on Elm Street on Sunday night, police said.\n2:25\nCounty police operation resulted in 32 arrests, netted $75K in drugs\nPolice have not named a suspect.', 'example.com');
  assert.ok(!text.includes('32 arrests') && !text.includes('2:25'), text);
  assert.equal(removed.filter((r) => r.rule === 'chrome/boilerplate').length, 2);
  assert.ok(text.includes('Police have not named a suspect.'));
  // A page of nothing else keeps them: they are all it links by besides its title.
  assert.equal(new ChromeFilter().clean('3:24\nSheriff says deputies will not take part in immigration roundups', 'example.com').removed.length, 0);
});
