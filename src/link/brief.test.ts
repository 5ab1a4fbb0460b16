// Pins the brief's choice of sentences on small hand-written articles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle, loadAttributionModel } from '../analyze/index.js';
import { buildBrief } from './brief.js';
import { groupClaims, type LinkArticle } from './claim-groups.js';
import { resolveEntities } from './entities.js';

const model = loadAttributionModel();
const article = (id: string, text: string): LinkArticle => ({ id, outlet: `Outlet ${id}`, published: '2025-11-20', syndicatedFrom: null, analysis: analyzeArticle({ id, text, published: '2025-11-20', outlet: `Outlet ${id}` }, { attributionModel: model }) });

test('a copyright line left in the text never fills the brief; the opening sentences do', () => {
  const a = article('a', '82nd and Slide Road /Copyright 2016 Nexstar Broadcasting, Inc. All rights reserved.\n\nDeputies responded to the emergency room on Thursday evening for the report of a boy who had been shot in the abdomen.');
  const brief = buildBrief([a], []);
  assert.ok(brief.length > 0);
  assert.ok(brief.every((s) => !/rights reserved/i.test(s.text)), brief.map((s) => s.text).join('\n'));
  assert.match(brief[0].text, /^Deputies responded/);
});

test('a dateline or a page label opening a sentence is left out of the brief; a sentence that opens with a name keeps it', () => {
  const texts = [
    'PUYALLUP, Wash. — No criminal charges will be filed against a 13-year-old boy who accidentally shot a friend in February.',
    '(WKRN) – A Crossville man has been arrested for the shooting death of a 21-year-old woman in his home on Saturday.',
    'CROSSVILLE (WATE) – A joint investigation by state and city police resulted in the arrest of a man on Saturday morning.',
    'NATO - the alliance of thirty countries - said on Monday that its ministers would meet again within the month.',
    'St. Louis, MO (KMOX) A 2 year old little boy was shot this afternoon when his mother accidentally fired a gun.',
  ];
  const brief = buildBrief(texts.map((t, i) => article(String(i), t)), []).map((s) => s.text);
  assert.ok(brief.includes('No criminal charges will be filed against a 13-year-old boy who accidentally shot a friend in February.'), brief.join('\n'));
  assert.ok(brief.includes('A Crossville man has been arrested for the shooting death of a 21-year-old woman in his home on Saturday.'), brief.join('\n'));
  assert.ok(brief.includes('A joint investigation by state and city police resulted in the arrest of a man on Saturday morning.'), brief.join('\n'));
  assert.ok(brief.some((s) => s.startsWith('NATO - the alliance')), brief.join('\n'));
  assert.ok(brief.includes('A 2 year old little boy was shot this afternoon when his mother accidentally fired a gun.'), brief.join('\n'));
});

test('a dateline whose dash touches the first word ("LEBANON, Pa.–A 15-year-old") is left out of the brief', () => {
  const brief = buildBrief([article('a', 'LEBANON, Pa.–A 15-year-old boy who was shot in Lebanon on Tuesday morning has been released from the hospital.')], []).map((s) => s.text);
  assert.deepEqual(brief, ['A 15-year-old boy who was shot in Lebanon on Tuesday morning has been released from the hospital.']);
});

test('a dateline of a place in capitals and small letters with its state\'s postal code is left out too', () => {
  const brief = buildBrief([article('a', 'Augusta, GA – A school board spokesperson has released more information about the Tuesday morning shooting.')], []).map((s) => s.text);
  assert.deepEqual(brief, ['A school board spokesperson has released more information about the Tuesday morning shooting.']);
});

test('a dateline with a date in brackets ("KOKOMO, Ind. (June 15, 2014) —") is left out of the brief', () => {
  const texts = ['KOKOMO, Ind. (June 15, 2014) — Kokomo police want to know more about what led up to a shooting outside a nightclub.', 'Edmonton, Ky. (November 28, 2016) – State police received a call on Sunday about a shooting on Main Street.', '(08/18/16) - Authorities say a man suspected in the shooting of a boy has turned himself in.'];
  const brief = buildBrief(texts.map((t, i) => article(String(i), t)), []).map((s) => s.text);
  assert.ok(brief.includes('Kokomo police want to know more about what led up to a shooting outside a nightclub.'), brief.join('\n'));
  assert.ok(brief.includes('State police received a call on Sunday about a shooting on Main Street.'), brief.join('\n'));
  assert.ok(brief.includes('Authorities say a man suspected in the shooting of a boy has turned himself in.'), brief.join('\n'));
});

test('a page label run into a sentence ("What to Know", "UPDATE:") is left out of the brief', () => {
  const texts = ['What to Know Two women were killed at a Halloween party in Newburgh over the weekend, police said on Sunday.', 'UPDATE: Police say the two men arrested on Sunday were released later that night without charges.', 'UPDATE, 5:30 p.m.: Police identified the man who shot two women on Gilmer Street as a 35-year-old from the city.', 'Update 9:45 a.m. Sunday: A 17-year-old was arrested in the shooting of two women on Gilmer Street.', '12:30PM FRIDAY: The wounded girl remains in fair condition at the regional medical center.'];
  const brief = buildBrief(texts.map((t, i) => article(String(i), t)), []).map((s) => s.text);
  assert.ok(brief.includes('Two women were killed at a Halloween party in Newburgh over the weekend, police said on Sunday.'), brief.join('\n'));
  assert.ok(brief.includes('Police say the two men arrested on Sunday were released later that night without charges.'), brief.join('\n'));
  assert.ok(brief.includes('Police identified the man who shot two women on Gilmer Street as a 35-year-old from the city.'), brief.join('\n'));
  assert.ok(brief.includes('A 17-year-old was arrested in the shooting of two women on Gilmer Street.'), brief.join('\n'));
  assert.ok(brief.includes('The wounded girl remains in fair condition at the regional medical center.'), brief.join('\n'));
});

test('the buttons of a photo or video player run into a sentence ("Buy Photo", "EMBED >More News Videos") are left out of the brief', () => {
  const texts = ['Buy Photo The man who was also hit in the shooting on Winthrop is expected to recover, police said.', 'EMBED >More News Videos Witnesses say dozens of shots were fired into a crowd on Sunday night.', 'Buy Photo Story Highlights Five people were shot outside a bar early Saturday, police said.'];
  const brief = buildBrief(texts.map((t, i) => article(String(i), t)), []).map((s) => s.text);
  for (const want of ['The man who was also hit in the shooting on Winthrop is expected to recover, police said.', 'Witnesses say dozens of shots were fired into a crowd on Sunday night.', 'Five people were shot outside a bar early Saturday, police said.']) assert.ok(brief.includes(want), brief.join('\n'));
});

test('a label in lower case with its colon ("Update:") and a lone dash before the first word are left out of the brief', () => {
  const texts = ['Update: Police say the man shot on Elm Street on Friday has died.', '- A 7-year-old girl is home from the hospital after a stray bullet struck her.', 'Update police on the progress of the case, the family asked on Friday.', '----------------One person is dead following a hunting accident in the county on Saturday.'];
  const brief = buildBrief(texts.map((t, i) => article(String(i), t)), []).map((s) => s.text);
  for (const want of ['Police say the man shot on Elm Street on Friday has died.', 'A 7-year-old girl is home from the hospital after a stray bullet struck her.', 'Update police on the progress of the case, the family asked on Friday.', 'One person is dead following a hunting accident in the county on Saturday.']) assert.ok(brief.includes(want), brief.join('\n'));
});

test('a quotation whose speaker another sentence names, and the tail of one, are no lines of the brief', () => {
  const texts = ['“It was a black couple. And Mexican lady with her two children,” says Bill Greenslade, who lives nearby on the street.', '“Today’s sentence sends a strong message that gun violence in our communities will be met with stiff penalties.”', 'Police said the gunman was “calm and collected” when officers arrived at the home on Sunday.'];
  const brief = buildBrief(texts.map((t, i) => article(String(i), t)), []).map((s) => s.text);
  assert.ok(!brief.some((s) => /Mexican lady|strong message/.test(s)), brief.join('\n'));
  assert.ok(brief.includes('Police said the gunman was “calm and collected” when officers arrived at the home on Sunday.'), brief.join('\n'));
});

test('a line that never ends as a sentence (a related link, a video list, text cut off) is no line of the brief', () => {
  const texts = ['RELATED: Teen boy, 15, shot and killed during robbery at a gas station in Cleveland Heights', '1:18 Highlights: Zion Williamson sets Chick-fil-A Classic scoring record in the second half', 'Police said a 15-year-old boy was shot and killed during a robbery at a gas station on Sunday.'];
  const brief = buildBrief(texts.map((t, i) => article(String(i), t)), []).map((s) => s.text);
  assert.deepEqual(brief, ['Police said a 15-year-old boy was shot and killed during a robbery at a gas station on Sunday.']);
});

test('the story\'s own event leads the brief; a sentence opened as another case comes after it', () => {
  const a = article('a', 'In a separate case filed in Rock County Circuit Court, a 16-year-old was charged with the theft of 17 firearms from a Town of Newark home. Beloit police officials have confirmed that Marcus Seichter, 17, of Beloit, was killed with a stolen gun.');
  const b = article('b', 'In a separate case filed in Rock County Circuit Court, a 16-year-old was charged with the theft of 17 firearms from a Town of Newark home, police said on Friday.');
  const brief = buildBrief([a, b], groupClaims([a, b], resolveEntities([a.analysis, b.analysis]))).map((s) => s.text);
  assert.ok(brief.length >= 2, brief.join('\n'));
  assert.match(brief[0], /Marcus Seichter/);
});

test('a folded group (one outlet\'s aside) never leads the brief, whatever its verdict', () => {
  const a = article('a', 'Three people were killed in the home invasion on Monday night, police said on Tuesday. A judge had sentenced the suspect to 23 months in prison for a gun charge, court records show.');
  const groups = groupClaims([a], resolveEntities([a.analysis])).filter((g) => g.frame.scope === 'event');
  const toll = groups.find((g) => g.frame.measure === 'killed');
  const other = groups.find((g) => g !== toll && g.tellings.every((t) => t.sentence.length >= 60));
  assert.ok(toll && other, groups.map((g) => g.statement).join('\n'));
  const brief = buildBrief([a], [{ ...other, trivial: true, verdict: 'updated' }, { ...toll, trivial: false, verdict: 'single-origin' }]);
  assert.match(brief[0].text, /^Three people were killed/);
});

test('the groups of the story\'s key figures open the brief, before a victim\'s age told by more outlets', () => {
  const a = article('a', 'A man has died after being shot early Saturday on the southeast side of the city.\n\nHis mother said she is devastated that her son, Royal Willrich, 30, is gone.');
  const b = article('b', 'Neighbors held a vigil on Sunday night for Royal Willrich, 30, who grew up on the street.');
  const groups = groupClaims([a, b], resolveEntities([a.analysis, b.analysis]));
  const toll = groups.find((g) => g.frame.measure === 'killed');
  assert.ok(toll, groups.map((g) => g.statement).join('\n'));
  const brief = buildBrief([a, b], groups, undefined, [toll.id]).map((s) => s.text);
  assert.match(brief[0] ?? '', /^A man has died/, brief.join('\n'));
});

test('a sentence that opens with a personal pronoun leans on one the brief does not show: a sentence that names its subject comes first', () => {
  const a = article('a', 'He was a senior at Cambridge High School and was raised by his two mothers in Garden City.\n\nThe 17-year-old boy shot on Meyers Road in Detroit on Friday night was a senior at the high school.');
  const brief = buildBrief([a], []).map((s) => s.text);
  assert.deepEqual(brief, ['The 17-year-old boy shot on Meyers Road in Detroit on Friday night was a senior at the high school.']);
});

test('another case recalled fills the brief only where the story\'s own groups leave it short', () => {
  const own = [
    'Police in Jonesboro say a 15-year-old boy was killed in an accidental shooting in north Jonesboro on Saturday.',
    'Officers were called shortly before 10 p.m. Saturday to the home and found the 15-year-old with a gunshot wound.',
    'The 15-year-old boy was taken to a hospital where he died, police spokesman Paul Holmes said on Sunday.',
    'The boy and a 17-year-old friend had planned to go deer hunting Sunday morning, the friend told police.',
    'Police said the 15-year-old had found a black handgun in a bedroom closet at about 9:50 p.m. Saturday.',
    'Crime Stoppers is offering a reward of up to $5,000 for information about the gun, Holmes said on Sunday.',
    'About 200 people gathered at the Jonesboro high school on Sunday night for a vigil for the 15-year-old.',
    'Last year, a 12-year-old boy shot his 16-year-old brother in Sevier County, the newspaper reported.',
  ];
  const articles = own.map((t, i) => article(String(i), t));
  const groups = groupClaims(articles, resolveEntities(articles.map((a) => a.analysis)));
  assert.ok(groups.some((g) => g.frame.scope === 'background'), JSON.stringify(groups.map((g) => [g.statement, g.frame.scope])));
  const brief = buildBrief(articles, groups).map((s) => s.text);
  assert.ok(brief.length >= 5, brief.join('\n'));
  assert.ok(!brief.some((s) => /Sevier County/.test(s)), brief.join('\n'));
  // Alone, the recalled case is the brief.
  const alone = [article('x', own[7]!)];
  const aloneGroups = groupClaims(alone, resolveEntities(alone.map((a) => a.analysis)));
  assert.ok(buildBrief(alone, aloneGroups).some((s) => /Sevier County/.test(s.text)));
});
