// Pins grouping by frame on small hand-written stories: what joins, what stays apart, the verdicts, the key figures and the one key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimGroup } from '../model/dossier.js';
import { oneEditApart } from '../analyze/entities/names.js';
import { claimGroupKey, isOriginName, pollsterOf, teamNames, wordsAfterArticle } from './claim-groups.js';
import { frameKey } from './claim-frame.js';
import { keyFigures } from './key-figures.js';
import { storyOf as story } from '../analyze/claim-fixtures.js';

const withValue = (groups: readonly ClaimGroup[], v: number) => groups.filter((g) => g.tellings.some((t) => t.value === v));

test('a toll that rises over the day is one updated series, never contested', () => {
  const groups = story([
    ['Wire One', '2024-05-10T08:00', 'At least 5 people were killed in the earthquake, officials said.'],
    ['Paper Two', '2024-05-10T14:00', 'The earthquake killed 11 people, the disaster agency said.'],
    ['Paper Three', '2024-05-11T09:00', 'The death toll from the earthquake rose to 24, rescuers said.'],
  ]);
  const [g] = withValue(groups, 24);
  assert.ok(g && withValue(groups, 11).includes(g) && withValue(groups, 5).includes(g), groups.map((x) => x.statement).join('\n'));
  assert.equal(g.frame.measure, 'killed');
  assert.equal(g.verdict, 'updated');
  assert.equal(g.verdictRule, 'verdict/running-count');
  assert.equal(g.latestValue, 24);
});

test('the ages of different people are different subjects, never a dispute', () => {
  const groups = story([
    ['Paper One', '2016-03-01', 'The victims were identified as John Smith, 62, and Mary Jones, 57.'],
    ['Paper Two', '2016-03-02', 'Police named the victims as John Smith, 62, and Mary Jones, 57.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age');
  assert.equal(ages.length, 2, ages.map((g) => g.statement).join('\n'));
  for (const g of ages) assert.equal(g.verdict, 'corroborated');
});

test('background never joins the story\'s own figure', () => {
  const groups = story([['Paper One', '2024-05-10', 'The quake killed 24 people on Friday. The 2004 tsunami killed 170,000 people in the province.']]);
  assert.notEqual(withValue(groups, 24)[0], withValue(groups, 170000)[0]);
  assert.equal(withValue(groups, 170000)[0]?.frame.scope, 'background');
});

test('independent origins giving different values at the same time contest it', () => {
  const groups = story([
    ['Paper One', '2024-05-10', 'Police said 3 people were arrested at the protest on Friday.'],
    ['Paper Two', '2024-05-10', 'Organisers said 30 people were arrested at the protest on Friday.'],
  ]);
  const g = withValue(groups, 30)[0];
  assert.ok(g && withValue(groups, 3).includes(g));
  assert.notEqual(g.verdict, 'corroborated');
});

test('pronouns and fragments never stand as origins; the outlet does', () => {
  for (const junk of ['he', 'They', 'which', 'been', 'Photo', 'RAW VIDEO', 'At least 50', '55 kilometres south of Bireun', 'service', 'These concerns', 'While', 'unday after a resident', 'According to police', 'Office', 'Department', 'Your', 'RELATED', 'Anyone', 'No group', 'no one', 'people']) assert.equal(isOriginName(junk), false, junk);
  for (const name of ['National Intelligence Service', 'police', 'the sheriff\'s office', 'Zelensky', 'Medical Examiner\'s Office', 'US']) assert.equal(isOriginName(name), true, name);
  // A company or a body told by its kind ("the airline said", "a pilots' union said") is a party.
  for (const name of ['airline', 'union', 'the team']) assert.equal(isOriginName(name), true, name);
  // A lower-case body told by its modifiers ("the interior ministry said", cut to its words) is an origin; a phrase with
  // a function word inside, or with a head that names no body, is not.
  for (const name of ['interior ministry', 'state media', 'local officials', 'emergency services', 'fire department']) assert.equal(isOriginName(name), true, name);
  for (const junk of ['unday after a resident', 'the night in tents', 'several aftershocks', 'nearby residents', 'morning police', 'sustained what police', 'than once officials', 'were dead investigators']) assert.equal(isOriginName(junk), false, junk);
});

test('a group\'s key is its frame\'s key, the one grouping used', () => {
  const groups = story([['Paper One', '2024-05-10', 'Two people were injured in the fire, the fire service said.']]);
  for (const g of groups) {
    assert.equal(g.key, frameKey(g.frame));
    assert.equal(claimGroupKey(g), g.key);
  }
  assert.equal(new Set(groups.map((g) => g.key)).size, groups.length);
});

test('key figures: killed and injured lead; injured are the shot less the killed when only those are told', () => {
  const groups = story([
    ['Paper One', '2016-03-01', 'Four people were shot outside a nightclub early Sunday, police said. One man was killed.'],
    ['Paper Two', '2016-03-01', 'A man was killed and four people were shot in total at the club, police said.'],
  ]);
  const figures = keyFigures(groups);
  assert.equal(figures[0]?.measure, 'killed', JSON.stringify(figures));
  assert.equal(figures[0]?.value, 1);
  const injured = figures.find((f) => f.measure === 'injured');
  assert.equal(injured?.value, 3);
  assert.equal(injured?.rule, 'key-figure/shot-less-killed');
});

test('background figures of earlier events at different months are different groups', () => {
  const groups = story([
    ['Paper One', '2013-09-10', 'Robbers stole jewels worth 2 million euros on Monday. In May, thieves took jewels worth 1 million euros from a hotel. In July, robbers stole gems worth 103 million euros in Cannes.'],
  ]);
  const may = withValue(groups, 1_000_000)[0];
  const july = withValue(groups, 103_000_000)[0];
  assert.ok(may && july, groups.map((g) => g.statement).join('\n'));
  assert.equal(may.frame.scope, 'background');
  assert.notEqual(may, july);
  assert.notEqual(may.verdict, 'contested');
});

test('people arrested are one count whether told as pirates or as suspects; suspects killed stay apart from their victims', () => {
  const groups = story([
    ['Paper One', '2024-05-10', 'The navy captured 23 pirates in the gulf on Saturday, the ministry said.'],
    ['Paper Two', '2024-05-10', 'The navy captured 23 piracy suspects who tried to board a ship, officials said.'],
  ]);
  const arrested = withValue(groups, 23).filter((g) => g.frame.measure === 'arrested');
  assert.equal(arrested.length, 1, groups.map((g) => `${g.key} ${g.statement}`).join('\n'));
  assert.equal(arrested[0].verdict, 'corroborated');
  const killed = story([['Paper One', '2024-05-10', 'Two suspects were killed in the exchange of fire. Gunmen killed 5 people at the market, police said.']]);
  assert.notEqual(withValue(killed, 2)[0]?.frame.subject, withValue(killed, 5)[0]?.frame.subject);
});

test('a count of "other" things told with the same value as the plain count is that count; of another value it stays apart', () => {
  const groups = story([
    ['Paper One', '2010-05-05', 'Rioters burned a bank on Wednesday. Two other buildings also caught fire, police said.'],
    ['Paper Two', '2010-05-05', 'Two buildings, one used by tax officials, also caught fire.'],
  ]);
  const two = withValue(groups, 2).filter((g) => g.frame.measure.startsWith('other:'));
  assert.equal(two.length, 1, groups.map((g) => `${g.key} ${g.statement}`).join('\n'));
  assert.equal(two[0].verdict, 'corroborated');
  const apart = story([
    ['Paper One', '2010-05-05', 'Sailors seized seven rifles and three other rifles from the skiff.'],
    ['Paper Two', '2010-05-05', 'Sailors seized seven rifles from the skiff.'],
  ]);
  assert.notEqual(withValue(apart, 3)[0], withValue(apart, 7)[0]);
});

test('a background figure told without its month joins the one dated telling of it that agrees, and no other', () => {
  const groups = story([
    ['Paper One', '2024-05-10', 'The quake killed 24 people on Friday. A quake in the same province in February 2006 injured about 1,400 people.'],
    ['Paper Two', '2024-05-10', 'The quake killed 24 people on Friday. A previous quake in the province injured more than 1,400 people.'],
  ]);
  const earlier = withValue(groups, 1400);
  assert.equal(earlier.length, 1, groups.map((g) => `${g.key} ${g.statement}`).join('\n'));
  assert.equal(earlier[0].frame.scope, 'background');
  assert.equal(earlier[0].verdict, 'corroborated');
  // Two dated figures it could be, or a value that differs: it stays apart.
  const apart = story([
    ['Paper One', '2024-05-10', 'The quake killed 24 people on Friday. A quake in the same province in February 2006 injured about 1,400 people.'],
    ['Paper Two', '2024-05-10', 'The quake killed 24 people on Friday. A previous quake in the province injured more than 900 people.'],
  ]);
  assert.equal(withValue(apart, 900).some((g) => withValue(apart, 1400).includes(g)), false);
});

test('one person\'s age told under two spellings of the name is one group', () => {
  const groups = story([
    ['Paper One', '2009-01-10', 'Police arrested John Paul Smith, 60, on Friday.'],
    ['Paper Two', '2009-01-10', 'Police arrested John Smith, 61, on Friday.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age');
  assert.equal(ages.length, 1, ages.map((g) => `${g.key} ${g.statement}`).join('\n'));
  assert.equal(ages[0].verdict, 'contested');
});

test('without dates, two tolls from independent outlets contest; they are no update', () => {
  const groups = story([
    ['Paper One', '', 'The quake injured five people, Iranian media said.'],
    ['Paper Two', '', 'The quake injured two people, the Red Crescent said.'],
  ]);
  const g = withValue(groups, 5)[0];
  assert.ok(g && withValue(groups, 2).includes(g), groups.map((x) => x.statement).join('\n'));
  assert.equal(g.verdict, 'contested');
});

test('the claims list folds single-outlet trivia and family sizes, and lists the story\'s measures and attributed figures', () => {
  const groups = story([
    ['Paper One', '2024-05-10', 'Two people were killed in the fire on Friday, police said.\n\nThe fire spread to three campuses. One victim had two children.'],
    ['Paper Two', '2024-05-10', 'The fire killed two people on Friday. The other victim had three children.'],
  ]);
  assert.equal(withValue(groups, 2).find((g) => g.frame.measure === 'killed')?.trivial, false);
  const campuses = withValue(groups, 3).find((g) => g.frame.measure.startsWith('other:') && /campus/i.test(g.subject));
  assert.equal(campuses?.trivial, true, groups.map((g) => g.statement).join('\n'));
  const children = groups.filter((g) => g.frame.measure.startsWith('other:') && /child/i.test(g.frame.subject));
  for (const g of children) assert.equal(g.trivial, true, g.statement);
});

test('ages of one person: a last name joins the full name, an unnamed age joins the one person of that age; a son\'s age is folded', () => {
  const groups = story([
    ['Paper One', '2009-12-01', 'Police named the fugitive as Arcade Joseph Comeaux, 49, on Monday.'],
    ['Paper Two', '2009-12-01', 'Comeaux, 49, escaped from a prison van.'],
    ['Paper Three', '2009-12-01', 'The 49-year-old fled on foot. He leaves a wife and a 16-year-old son.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age' && g.tellings.some((t) => t.value === 49));
  assert.equal(ages.length, 1, ages.map((g) => g.key).join('\n'));
  assert.equal(ages[0].tellings.length, 3);
  assert.equal(ages[0].verdict, 'corroborated');
  const son = groups.find((g) => g.frame.measure === 'age' && g.tellings.some((t) => t.value === 16));
  assert.equal(son?.trivial, true, son?.key);
});

test('a mother and her son who share a last name keep their ages apart', () => {
  const groups = story([
    ['Paper One', '2009-01-10', 'Police said Gary Jones, 35, killed his mother, Catherine Jones, 61.'],
    ['Paper Two', '2009-01-10', 'The victim was Catherine Jones, 61. Gary Jones, 35, was arrested.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age');
  assert.equal(ages.length, 2, ages.map((g) => g.key).join('\n'));
  for (const g of ages) assert.equal(g.verdict, 'corroborated');
});

test('one person\'s age told under several spellings is one group; an unnamed age of the same value joins it', () => {
  const groups = story([
    ['Paper One', '2008-12-31', 'The victims were identified as Katherine Gomes, 61, and Robyn Mendes, 48.'],
    ['Paper Two', '2008-12-31', 'The victims are 61-year-old Kathryn Gomes and 48-year-old Robin Mendes.'],
    ['Paper Three', '2008-12-31', "The victims were identified as Gomes' mother, Katherine, 61, and his former girlfriend, Robyn Mendes, 48."],
    ['Paper Four', '2008-12-31', 'The names of the women killed, who were 61 and 48 years old, have not been released.'],
    ['Paper Five', '2008-12-31', 'Gary Gomes, 35, was arrested on Tuesday.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age');
  assert.equal(ages.length, 3, ages.map((g) => `${g.key} ${g.statement}`).join('\n'));
  assert.equal(withValue(ages, 61)[0]?.tellings.length, 4);
  assert.equal(withValue(ages, 48)[0]?.tellings.length, 4);
});

test('a toll told in a clause with "will" is no planned figure: it joins the toll', () => {
  const groups = story([
    ['Paper One', '2008-12-31', 'The bodies of two women were found in the apartment on Tuesday.'],
    ['Paper Two', '2008-12-31', 'Gomes will face murder charges after police found the bodies of two women in the apartment.'],
  ]);
  const killed = groups.filter((g) => g.frame.measure === 'killed');
  assert.equal(killed.length, 1, killed.map((g) => g.key).join('\n'));
  assert.equal(killed[0]?.tellings.length, 2);
});

test('a lone victim told one by one, with no count stated, is folded from the claims list', () => {
  const groups = story([
    ['Paper One', '2008-12-31', "Two men were arrested in the murder of a sheriff's deputy who was shot to death outside his home."],
    ['Paper Two', '2008-12-31', 'The deputy was shot to death as he left for work, police said.'],
  ]);
  const killed = groups.find((g) => g.frame.measure === 'killed');
  assert.ok(killed, groups.map((g) => g.key).join('\n'));
  assert.equal(killed.trivial, true);
  const counted = story([['Paper One', '2008-12-31', 'Two people were killed in the shooting, police said.'], ['Paper Two', '2008-12-31', 'Police said two people were killed.']]);
  assert.equal(counted.find((g) => g.frame.measure === 'killed')?.trivial, false);
});

test('a subset of the wounded ("30 of the 80 wounded remained in hospital") stays apart from the toll', () => {
  const groups = story([
    ['Paper One', '2005-11-28', 'He said 30 of the 80 wounded remained in hospital after the tremor.'],
    ['Paper Two', '2005-11-28', 'The quake injured 80 people, officials said.'],
  ]);
  const eighty = withValue(groups, 80)[0];
  assert.ok(eighty && !withValue(groups, 30).includes(eighty));
  assert.equal(eighty.tellings.length, 2);
});

test('counts of different charges are different groups; a rival amount and an added amount stay apart', () => {
  const groups = story([
    ['Paper One', '2008-12-31', 'Gomes was charged with two counts of murder and one count of kidnapping.'],
    ['Paper Two', '2008-12-31', 'Gomes will be arraigned today on two counts of murder and one count of kidnapping.'],
    ['Paper Three', '2008-12-31', 'The city had offered a $75,000 reward, and the county added another $20,000 to that pot.'],
  ]);
  const two = withValue(groups, 2).filter((g) => g.frame.measure === 'charged');
  const one = withValue(groups, 1).filter((g) => g.frame.measure === 'charged');
  assert.equal(two.length, 1);
  assert.equal(one.length, 1);
  assert.notEqual(two[0], one[0]);
  assert.equal(two[0]?.verdict, 'corroborated');
  assert.notEqual(withValue(groups, 75000)[0], withValue(groups, 20000)[0]);
});

test('charges with no charge named are charges filed, never people charged', () => {
  const groups = story([
    ['Paper One', '2016-11-27', 'Kennedy was arraigned on seven charges in connection with the shooting.'],
    ['Paper Two', '2016-11-27', 'Two men were charged in the shooting.'],
  ]);
  const seven = withValue(groups, 7)[0];
  assert.equal(seven?.frame.subject, 'charge:all');
  assert.match(seven?.statement ?? '', /^Charges filed: 7/);
  assert.notEqual(withValue(groups, 2)[0], seven);
  assert.match(withValue(groups, 2)[0]?.statement ?? '', /^People charged: 2/);
  const felonies = story([['Paper One', '2016-01-04', 'The father was charged with two felonies in the shooting of his son.']]);
  assert.equal(withValue(felonies, 2)[0]?.frame.subject, 'charge:all');
});

test('people found shot before as many others harmed are a part, never a later value of the people shot', () => {
  const groups = story([
    ['Paper One', '2016-10-15', 'A man is dead after a shooting at a party. According to police, five other people were shot Saturday morning.'],
    ['Paper Two', '2016-10-16', 'Police say they found two men suffering from gunshot wounds; one was pronounced dead at the scene. The other is in critical condition. Four other people were taken to the hospital for non-life threatening injuries.'],
  ]);
  const shot = groups.filter((g) => g.frame.measure === 'shot');
  const two = shot.find((g) => g.tellings.some((t) => t.value === 2));
  assert.equal(two?.frame.subject, 'people:part');
  assert.ok(!shot.some((g) => g.verdict === 'updated'), shot.map((g) => `${g.statement} ${g.verdict}`).join('\n'));
});

test('an open-tail count told by one outlet is folded even when attributed; told by two outlets it is listed', () => {
  const one = story([['Paper One', '2005-11-28', 'The quake killed 10 people on Sunday. Some 300 tents were set up in the town, Governor Heydar Alishbandi told reporters.'],
    ['Paper Two', '2005-11-28', 'The quake killed 10 people on Sunday, officials said.']]);
  const tents = withValue(one, 300)[0];
  assert.ok(tents?.frame.measure.startsWith('other:'), one.map((g) => g.key).join('\n'));
  assert.ok(!tents.tellings[0]?.originEntityId?.startsWith('outlet:'), tents.tellings[0]?.origin);
  assert.equal(tents.trivial, true, tents.statement);
  const two = story([
    ['Paper One', '2005-11-28', 'Some 300 tents were set up in the town, the governor said.'],
    ['Paper Two', '2005-11-28', 'Some 300 tents were set up in the town, the governor said on Monday.'],
  ]);
  const listed = withValue(two, 300)[0];
  assert.ok(listed?.frame.measure.startsWith('other:'), two.map((g) => g.key).join('\n'));
  assert.equal(listed.trivial, false);
});

test('a person\'s age told in a sentence about an earlier year is still the person\'s age in the story', () => {
  const groups = story([
    ['Paper One', '2013-04-11', 'Zurana Horton, 34, was killed on Oct. 21, 2011 near a school.'],
    ['Paper Two', '2013-04-12', 'Horton, 34, was walking with her daughter when the shots were fired.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age');
  assert.equal(ages.length, 1, ages.map((g) => g.statement).join('\n'));
  assert.equal(ages[0].frame.scope, 'event');
  assert.equal(ages[0].verdict, 'corroborated');
});

test('sums of money a factor of two apart are two sums, not a dispute; one sum in two currencies is one', () => {
  const groups = story([
    ['Paper One', '2013-09-09', 'Thieves made off with jewels worth 2 million euros on Monday.'],
    ['Paper Two', '2013-09-09', 'Thieves made off with jewels worth $2.6 million on Monday.'],
    ['Paper Three', '2013-09-09', 'Robbers escaped with about 60,000 euros from a train station on Sunday.'],
    ['Paper Four', '2013-09-09', 'A masked bandit made off with $136 million of jewels.'],
  ]);
  const two = withValue(groups, 2000000)[0];
  assert.ok(two && withValue(groups, 2600000).includes(two), groups.map((g) => g.statement).join('\n'));
  assert.ok(!withValue(groups, 60000).includes(two));
  assert.ok(!withValue(groups, 60000).some((g) => withValue(groups, 136000000).includes(g)), 'a sum in euros and one in dollars 2,000 times larger are two sums');
  assert.notEqual(two.verdict, 'contested');
});

test('a chase told in miles and in kilometres is one route, corroborated', () => {
  const groups = story([
    ['Paper One', '2007-04-10', 'Deputies chased him for 30 miles before he pulled over, the sheriff said.'],
    ['Paper Two', '2007-04-10', 'Police chased him for 48km before he finally pulled over.'],
  ]);
  const g = withValue(groups, 30)[0];
  assert.ok(g && withValue(groups, 48).includes(g), groups.map((x) => x.statement).join('\n'));
  assert.equal(g.verdict, 'corroborated');
});

test('"two of those victims were children" is a part of the three victims, never a rival count of them', () => {
  const groups = story([
    ['Paper One', '2015-01-03', 'Deputies found three victims inside the residence. Two of those victims were children.'],
    ['Paper Two', '2015-01-03', 'Deputies found three victims inside the home on Main Street.'],
  ]);
  const whole = withValue(groups, 3);
  assert.equal(whole.length, 1);
  assert.ok(!whole[0].tellings.some((t) => t.value === 2), whole[0].statement);
  assert.notEqual(whole[0].verdict, 'contested');
});

test('the size of a thing ("a 15-mile radius") never joins the distance between places', () => {
  const groups = story([
    ['Paper One', '2008-11-22', 'The warship was 13 miles from the ship and must cover a 15-mile radius.'],
    ['Paper Two', '2008-11-22', 'The warship, 13 miles away, patrols within a 15-mile radius.'],
  ]);
  const [far] = withValue(groups, 13);
  const [radius] = withValue(groups, 15);
  assert.ok(far && radius && far !== radius, groups.map((g) => g.statement).join('\n'));
});

test('"three other rifles" is a set apart from "nine assault rifles", never a rival count', () => {
  const groups = story([
    ['Paper One', '2008-11-22', 'Commandos seized seven AK-47s and three other rifles from the boat.'],
    ['Paper Two', '2008-11-22', 'Nine assault rifles and a grenade launcher were seized, the navy said.'],
  ]);
  const [others] = withValue(groups, 3);
  const [all] = withValue(groups, 9);
  assert.ok(others && all && others !== all, groups.map((g) => g.statement).join('\n'));
});

test('"two extra life sentences" is a set apart from "three life sentences", never a rival count', () => {
  const groups = story([
    ['Paper One', '2009-12-01', 'The fugitive is serving three life sentences for a string of robberies.'],
    ['Paper Two', '2009-12-01', 'He was given two extra life sentences after attacking a guard.'],
    ['Paper Three', '2009-12-02', 'The man, who is serving three life sentences, was caught on Tuesday.'],
  ]);
  const [extra] = withValue(groups, 2);
  const [all] = withValue(groups, 3);
  assert.ok(extra && all && extra !== all, groups.map((g) => g.statement).join('\n'));
  assert.notEqual(all.verdict, 'contested', groups.map((g) => `${g.verdict} ${g.statement}`).join('\n'));
});

test('open-tail counts an order of magnitude apart count different people: "200 in the club" and "20 looking on" are no dispute', () => {
  const groups = story([
    ['Paper One', '2016-06-12', 'About 200 people were inside the club when the shooting began, police said.'],
    ['Paper Two', '2016-06-12', 'About 20 people were outside the club, the manager said.'],
  ]);
  const big = withValue(groups, 200);
  const small = withValue(groups, 20);
  assert.equal(big.length, 1, groups.map((x) => x.statement).join('\n'));
  assert.equal(small.length, 1);
  assert.notEqual(big[0], small[0]);
  assert.ok(groups.every((g) => g.verdict !== 'contested'), groups.map((x) => `${x.verdict} ${x.statement}`).join('\n'));
});

test('one telling of a figure that measures nothing of the story (a distance, a sum) is folded; a toll told once is listed', () => {
  const groups = story([
    ['Paper One', '2016-06-12', 'Two people were killed in the shooting on Sunday, police said. The town lies 40 miles north of Dallas, the mayor said.'],
    ['Paper Two', '2016-06-12', 'The shooting left a crowd of onlookers stunned.'],
  ]);
  const distance = withValue(groups, 40)[0];
  assert.equal(distance?.frame.measure, 'distance', groups.map((g) => g.key).join('\n'));
  assert.equal(distance.trivial, true, distance.statement);
  assert.equal(withValue(groups, 2).find((g) => g.frame.measure === 'killed')?.trivial, false);
});

test('a poll\'s result printed by several outlets is the pollster\'s word: one origin, not a corroboration', () => {
  assert.equal(pollsterOf('An opinion poll published by Ethnos newspaper on Sunday said 83.3 percent of Greeks were unhappy.'), 'Ethnos poll');
  assert.equal(pollsterOf('An opinion poll for the respected Kathimerini newspaper found that 68 percent of Greeks agreed.'), 'Kathimerini poll');
  assert.equal(pollsterOf('Asked whether the riots were an uprising, 60 percent said yes.'), 'the poll');
  const groups = story([
    ['Paper One', '2024-05-10', 'An opinion poll published by Ethnos newspaper on Sunday said 83.3 percent of Greeks were unhappy with the government.'],
    ['Paper Two', '2024-05-10', 'An opinion poll published by Ethnos newspaper on Sunday said 83.3 percent of Greeks were unhappy with the government.'],
  ]);
  const [g] = withValue(groups, 83.3);
  assert.equal(g?.frame.measure, 'poll-share', groups.map((x) => x.statement).join('\n'));
  assert.equal(g.verdict, 'single-origin');
});

test('a nationality told before a name is no part of it: one person\'s ages stay one group', () => {
  const groups = story([
    ['Paper One', '2013-09-14', 'On Saturday, 32-year-old Englishman Robert Buckley fell about 600 metres.'],
    ['Paper Two', '2013-09-15', 'Robert Buckley, 31, died while climbing to a hut.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age');
  assert.equal(ages.length, 1, ages.map((g) => g.frame.subject).join(', '));
  assert.equal(ages[0].verdict, 'contested');
});

test('a group that is not an updated series states its leading value without an arrow, the other values as also told', () => {
  const groups = story([
    ['Paper One', '2016-03-01', 'Four people were killed in a shooting on Elm Street on Sunday night, police said.'],
    ['Paper Two', '2016-03-02', 'Four people were killed in the shooting on Elm Street, the sheriff said.'],
    ['Paper Three', '2016-03-02', 'Three of the victims killed were shot in the head, the medical examiner said.'],
  ]);
  const [g] = withValue(groups, 4).filter((x) => x.frame.measure === 'killed');
  assert.ok(g, groups.map((x) => x.statement).join('\n'));
  assert.notEqual(g.verdict, 'updated');
  assert.notEqual(g.verdict, 'contested');
  assert.doesNotMatch(g.statement, /→/);
  assert.match(g.statement, /: 4 \(/);
  assert.match(g.statement, /also told: 3 \(a part; /);
});

test('a toll of officers told with different last words is one group', () => {
  const groups = story([
    ['Paper One', '2016-07-08', 'The gunman left two police officers wounded, police said.'],
    ['Paper Two', '2016-07-08', 'The two other officers injured are expected to recover, the chief said.'],
  ]);
  const hurt = groups.filter((g) => g.frame.measure === 'injured');
  assert.equal(hurt.length, 1, hurt.map((g) => frameKey(g.frame)).join('\n'));
});

test('independent origins that differ only by a part of the whole do not contest it', () => {
  const groups = story([
    ['Paper One', '2016-03-01', 'Police said five men were wounded in the shooting at the club on Sunday.'],
    ['Paper Two', '2016-03-01', 'Two are listed in critical but stable condition and the other three received non-life threatening injuries after the shooting on Sunday, the sheriff said.'],
  ]);
  const [g] = withValue(groups, 5).filter((x) => x.frame.measure === 'injured');
  // Paper Two's split sums to the whole (claims.ts): it tells 5 in one telling, no part of 3 against it.
  assert.ok(g && g.tellings.some((t) => t.outlet === 'Paper Two' && t.value === 5), groups.map((x) => x.statement).join('\n'));
  assert.notEqual(g.verdict, 'contested');
});

test('family members killed are the toll of the event\'s people, not a toll of combatants', () => {
  const groups = story([
    ['Paper One', '2016-03-01', 'Six people were killed in a shooting at a home on Elm Street on Sunday, police said.'],
    ['Paper Two', '2016-03-01', 'The six members of the Smith family were found dead in the home on Elm Street on Sunday, police said.'],
  ]);
  const killed = groups.filter((g) => g.frame.measure === 'killed' && g.frame.scope === 'event');
  assert.equal(killed.length, 1, killed.map((g) => frameKey(g.frame)).join('\n'));
  assert.equal(killed[0].frame.subject, 'people');
});

test('a toll of a named few reads its casualty word once', () => {
  const groups = story([
    ['Paper One', '2016-07-08', 'The gunman left two police officers wounded, police said.'],
    ['Paper Two', '2016-07-08', 'Two police officers wounded in the attack are expected to recover, the chief said.'],
  ]);
  const [g] = groups.filter((x) => x.frame.measure === 'injured');
  assert.ok(g, groups.map((x) => x.statement).join('\n'));
  assert.doesNotMatch(g.statement, /wounded injured/i);
  assert.match(g.statement, /injured: 2/);
});

test('an updated count reads one value per article: a part told beside the count makes no step back', () => {
  const groups = story([
    ['Paper One', '2016-03-01', 'One person was injured in a shooting on Elm Street on Sunday night, police said.'],
    ['Paper Two', '2016-03-02', 'Four people were injured in the shooting on Elm Street, police said Monday. One man has life-threatening injuries; the others are expected to survive.'],
    ['Paper Three', '2016-03-03', 'Four people were injured in the shooting on Elm Street on Sunday, the sheriff said Tuesday. One man has life-threatening injuries.'],
  ]);
  const [g] = withValue(groups, 4).filter((x) => x.frame.measure === 'injured');
  assert.ok(g && g.tellings.filter((t) => t.value === 1).length >= 2, groups.map((x) => `${x.statement} ${x.tellings.map((t) => t.value)}`).join('\n'));
  assert.equal(g.verdict, 'updated');
  assert.equal((g.statement.match(/→/g) ?? []).length, 1, g.statement);
});

test('a father and his son who share a last name are two people: their ages never pool, and each joins across outlets', () => {
  const groups = story([
    ['Valley Courier', '2015-06-08', 'Police said Marcus Hale, 30, shot and killed his fiancee, Tara Quinn, 34, and their 2-year-old son, Jordan Hale, on Sunday.'],
    ['Metro Tribune', '2015-06-09', 'Hale, 30, an Army veteran, shot Quinn, 34, and 2-year-old Jordan Hale before turning the gun on himself, police said.'],
    ['Metro Tribune', '2015-06-10', 'Friends remembered Jordan Hale, 2, at a vigil on Tuesday.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age');
  const show = ages.map((g) => `${g.key} ${g.statement}`).join('\n');
  const father = ages.find((g) => g.tellings.some((t) => t.value === 30));
  const son = ages.find((g) => g.tellings.some((t) => t.value === 2));
  assert.ok(father && son && father !== son, show);
  assert.ok(!father.tellings.some((t) => t.value === 2) && !son.tellings.some((t) => t.value === 30), show);
  assert.equal(new Set(father.tellings.map((t) => t.outlet)).size, 2, show);
  assert.equal(new Set(son.tellings.map((t) => t.outlet)).size, 2, show);
  // An age has no parts: the son's age is never shown as "a part" of his father's.
  assert.ok(!ages.some((g) => /a part/.test(g.statement)), show);
  assert.match(father.statement, /^Age of (?:Marcus )?Hale\b/, show);
});

test('an age of a person in an earlier case told as background is background, never the story\'s person of that age', () => {
  const groups = story([
    ['City Paper', '2016-06-24', 'A 4-year-old girl died after being shot in the head inside her home Thursday, police said. On April 16, a 4-year-old girl was shot in a bedroom when her father fired his gun, police said.'],
    ['Channel 10', '2016-06-24', 'A 4-year-old girl was shot and killed inside a North Philadelphia home Thursday afternoon.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age' && g.tellings.some((t) => t.value === 4));
  const show = ages.map((g) => `${g.key} ${g.statement}`).join('\n');
  const story4 = ages.find((g) => g.frame.scope === 'event');
  assert.ok(story4, show);
  assert.equal(new Set(story4.tellings.map((t) => t.outlet)).size, 2, show);
  assert.ok(!story4.tellings.some((t) => /April 16/.test(t.sentence.slice(0, 12)) && t.sentence.startsWith('On April')), show);
  assert.ok(ages.some((g) => g.frame.scope === 'background'), show);
});

test('ages of people the words describe apart (a man, a girl) are two subjects', () => {
  const groups = story([
    ['Paper One', '2016-03-01', 'A 17-year-old boy and a 17-year-old girl were wounded in the shooting, police said.'],
    ['Paper Two', '2016-03-01', 'Police said a 17-year-old girl was hit in the leg.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age');
  assert.equal(ages.length, 2, ages.map((g) => `${g.key} ${g.statement}`).join('\n'));
  const girl = ages.find((g) => g.statement.startsWith('Age of the girl'));
  assert.ok(girl && new Set(girl.tellings.map((t) => t.outlet)).size === 2, ages.map((g) => `${g.key} ${g.statement}`).join('\n'));
});

test('a group is never labelled by a copula, a verb of saying or a presence read as a deployment', () => {
  const groups = story([
    ['Paper One', '2015-06-08', 'Three other children were also in the home, but were not injured, police said.'],
    ['Paper Two', '2015-06-08', 'Three other children were in the apartment at the time, police said.'],
  ]);
  const g = withValue(groups, 3).find((x) => x.frame.measure.startsWith('other:'));
  assert.ok(g, groups.map((x) => x.statement).join('\n'));
  assert.doesNotMatch(g.statement, /:\s*(?:be|have|say|deploy)\b/, g.statement);
  assert.match(g.statement, /^Other children: 3\b/, g.statement);
});

test('counts of an attempted crime are another charge than counts of the crime', () => {
  const groups = story([
    ['Paper One', '2017-02-26', 'Hamad is charged with two counts of aggravated murder and three counts of attempted aggravated murder.'],
    ['Paper Two', '2017-02-27', 'Hamad, 47, was arraigned Monday on two counts of aggravated murder and three counts of attempted murder.'],
  ]);
  const charged = groups.filter((g) => g.frame.measure === 'charged');
  const show = charged.map((g) => `${g.key} ${g.verdict} ${g.statement}`).join('\n');
  const murder = charged.find((g) => g.tellings.some((t) => t.value === 2));
  const attempted = charged.find((g) => g.tellings.some((t) => t.value === 3));
  assert.ok(murder && attempted && murder !== attempted, show);
  assert.equal(murder.verdict, 'corroborated', show);
  assert.equal(attempted.verdict, 'corroborated', show);
  assert.match(attempted.statement, /attempted murder/i, show);
});

test('a group is never labelled by a verb of motion, nor its subject by the other end of a range', () => {
  const groups = story([
    ['Paper One', '2015-06-08', 'Both deceased victims arrived at the hospital shortly after midnight, officials said. Neighbors said they heard anywhere from 15 to 25 gunshots.'],
  ]);
  for (const g of groups) assert.doesNotMatch(g.statement, /:\s*(?:arrive|come|go|be)\s*:|^To\s/, groups.map((x) => x.statement).join('\n'));
  const shots = groups.find((g) => g.tellings.some((t) => Array.isArray(t.value) && t.value[1] === 25));
  assert.ok(shots, groups.map((x) => x.statement).join('\n'));
  assert.match(shots.statement, /^Gunshots\b/, shots.statement);
  const unit = story([['Paper One', '2017-02-17', 'A three-person anti-crime unit responded to the call, police said.']]);
  for (const g of unit) assert.doesNotMatch(g.statement, /^-/, unit.map((x) => x.statement).join('\n'));
});

test('a gun\'s bore takes no verb or place of its sentence; a bare share beside an amount is no figure', () => {
  const groups = story([
    ['Paper One', '2015-06-08', 'Police said he was armed with a .40-caliber handgun and came back to Seaman Road an hour later. His bond was set at $50,000, and he must post 10 percent to be released.'],
  ]);
  const bore = groups.find((g) => g.frame.measure === 'other:calibre');
  assert.ok(bore, groups.map((x) => x.statement).join('\n'));
  assert.match(bore.statement, /^Calibre: /, bore.statement);
  assert.ok(!groups.some((g) => g.tellings.some((t) => t.unit === 'percent')), groups.map((x) => x.statement).join('\n'));
});

test('a refusal to confirm is no telling on the refuser\'s word', () => {
  const groups = story([
    ['Paper One', '2015-06-08', 'The shooter fired 12 shots, but police wouldn\'t confirm that information. Officers found 8 casings, police said.'],
  ]);
  const shots = withValue(groups, 12)[0];
  const casings = withValue(groups, 8)[0];
  assert.ok(shots && casings, groups.map((x) => x.statement).join('\n'));
  assert.equal(shots.tellings[0].origin, 'Paper One');
  assert.match(casings.tellings[0].origin, /^police$/i);
});

test('an unnamed woman\'s age never joins a named man of the same age; an unnamed man\'s does', () => {
  const groups = story([
    ['Paper One', '2016-03-01', 'Marcus Hill, 25, was shot while he sat in his car, police said.'],
    ['Paper Two', '2016-03-01', 'A 25-year-old woman was also wounded in the shooting, police said.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age');
  const show = ages.map((g) => `${g.key} ${g.statement}`).join('\n');
  assert.equal(ages.length, 2, show);
  const joined = story([
    ['Paper One', '2016-03-01', 'Marcus Hill, 25, was shot while he sat in his car, police said.'],
    ['Paper Two', '2016-03-01', 'A 25-year-old man was wounded in the shooting, police said.'],
  ]).filter((g) => g.frame.measure === 'age');
  assert.equal(joined.length, 1, joined.map((g) => `${g.key} ${g.statement}`).join('\n'));
  // A pronoun of someone else in the sentence tells nothing of the named girl.
  const girl = story([
    ['Paper One', '2009-02-01', 'Timmons was 15 when he fired the shot that killed 10-year-old Kathina Thomas, prosecutors said.'],
    ['Paper Two', '2009-02-01', 'A 10-year-old girl was killed by a stray bullet outside her home, prosecutors said.'],
  ]).filter((g) => g.frame.measure === 'age' && g.tellings.some((t) => t.value === 10));
  assert.equal(girl.length, 1, girl.map((g) => `${g.key} ${g.statement}`).join('\n'));
});

test('yards told without how they were gained join the one figure of that value told with it, and neither where two are', () => {
  const groups = story([
    ['Paper One', '2024-05-10', 'Mark Bush rushed for 404 yards and caught 52 passes for 440 yards this season. Dan Thomas has 258 receiving yards.'],
    ['Paper Two', '2024-05-10', 'Bush finished his season with 404 yards and two touchdowns.'],
    ['Paper Three', '2024-05-10', 'Smith rushed for 90 yards and caught passes for 90 yards. Smith finished with 90 yards and a touchdown.'],
  ]).filter((g) => g.frame.measure === 'other:yards');
  const say = groups.map((g) => `${g.frame.subject} ${g.tellings.map((t) => t.value).join(',')}`).join('\n');
  const g404 = withValue(groups, 404);
  assert.equal(g404.length, 1, say);
  assert.equal(g404[0]!.tellings.length, 2, say);
  assert.match(g404[0]!.frame.subject, /^rushing-yard/, say);
  // Smith's 90 rushing and 90 receiving yards: the 90 told plain joins neither.
  assert.equal(withValue(groups, 90).length, 3, say);
});

test('a team told by its place in one outlet and by its nickname in another is one side where the story joins them', () => {
  const groups = story([
    ['Paper One', '2010-01-05', 'The Seattle Seahawks finished the season 7-9. The Seahawks fired their coach on Monday.'],
    ['Paper Two', '2010-01-05', 'Seattle finished 7-9 and will pick sixth in the draft.'],
  ]);
  const wins = groups.filter((g) => g.frame.measure === 'other:wins');
  assert.equal(wins.length, 1, groups.map((g) => `${g.frame.measure} ${g.frame.subject}: ${g.statement}`).join('\n'));
  assert.equal(wins[0]!.verdict, 'corroborated');
  assert.equal(new Set(wins[0]!.tellings.map((t) => t.outlet)).size, 2);
});

test('a person\'s name is no team, and a place joined with two nicknames keeps its own name', async () => {
  const { teamNames } = await import('./claim-groups.js');
  const teams = teamNames(['Pierre Thomas ran for 80 yards. The New York Giants beat the New York Jets; the Giants and the Jets meet again in May.']);
  assert.equal(teams.get('Pierre'), undefined);
  assert.equal(teams.get('New York Giants'), 'Giants');
  assert.equal(teams.get('New York Jets'), 'Jets');
  assert.equal(teams.get('New York'), undefined);
});

test('a club named by its town and a club word is the town\'s one club: the score of "Exeter" and of "Exeter City" is one side', () => {
  const teams = teamNames(['Bristol Rovers beat Exeter City 2-1.', 'Rovers beat Exeter 2-1. Manchester City and Manchester United drew.']);
  assert.equal(teams.get('Exeter'), 'Exeter City');
  assert.equal(teams.get('Bristol'), 'Bristol Rovers');
  assert.equal(teams.get('Manchester'), undefined);
  const groups = story([
    ['Football Daily', '2025-04-13', 'Luis Diaz scored late as Bristol Rovers beat Exeter City 2-1 on Saturday.'],
    ['West Post', '2025-04-13', 'Bristol Rovers secured promotion with a dramatic 2-1 victory over Exeter on Saturday.'],
  ]).filter((g) => g.frame.measure === 'other:points');
  assert.equal(groups.length, 2, groups.map((g) => g.statement).join('\n'));
  for (const g of groups) assert.equal(g.verdict, 'corroborated');
});

test('job cuts told by the company and by a person familiar with the plans are one group of two origins, neither the outlet', () => {
  const groups = story([
    ['News', '2026-07-24', 'Halden agreed to buy Corvex. The company said it would cut about 300 jobs, mostly in sales offices.'],
    ['Daily', '2026-07-25', 'Halden will cut as many as 500 jobs after it completes its purchase of Corvex, a person familiar with the plans said on Tuesday.'],
  ]).filter((g) => g.frame.subject === 'job-cuts');
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0]!.tellings.map((t) => `${t.value} ${t.origin}`).sort(), ['300 company', '500 person familiar with the plans']);
});

test('a deal\'s cash part points at the deal\'s value and is never its rival', () => {
  const groups = story([
    ['Wire', '2026-07-24', 'Halden said it would buy Corvex for about $4.2 billion in cash and stock. Halden will pay $3.3 billion in cash and issue 58 million shares to Corvex shareholders.'],
  ]);
  const deal = groups.find((g) => g.frame.subject === 'deal-of:corvex')!;
  const cash = groups.find((g) => g.frame.subject === 'deal:cash')!;
  assert.deepEqual(deal.tellings.map((t) => t.value), [4.2e9]);
  assert.deepEqual(cash.related, [{ groupId: deal.id, relation: 'part-of' }]);
  assert.notEqual(deal.verdict, 'contested');
});

test('items of a list by place are each their place\'s figure: never rivals, and each joins the same place\'s figure told alone', () => {
  const groups = story([
    ['Wire One', '2025-02-01', 'The outage cut as much as 40 percent of data traffic in Norway, 25 percent in Sweden and 70 percent in Iceland, the operator said.'],
    ['Paper Two', '2025-02-01', 'About 70 percent of data traffic in Iceland was cut, the operator said.'],
    ['Paper Three', '2025-02-02', 'Of the 150 candidates, 31 registered in Oslo, 52 in Bergen region and 67 in Tromso region.'],
  ]);
  const iceland = withValue(groups, 70);
  assert.equal(iceland.length, 1, groups.map((x) => x.statement).join('\n'));
  assert.equal(iceland[0].tellings.length, 2);
  assert.match(iceland[0].subject, /Iceland/);
  for (const v of [40, 25]) assert.equal(withValue(groups, v)[0]?.tellings.length, 1, `${v}: ${groups.map((x) => x.statement).join('\n')}`);
  assert.notEqual(withValue(groups, 40)[0], withValue(groups, 25)[0]);
  // "52 in Bergen region": a bare number of a list is no one's age, and each region's count is its own.
  const counts = [31, 52, 67].map((v) => withValue(groups, v)[0]);
  assert.ok(counts.every((g) => g && g.frame.measure !== 'age' && g.tellings.length === 1), groups.map((x) => `${x.frame.measure} ${x.statement}`).join('\n'));
  assert.equal(new Set(counts).size, 3);
  assert.ok(!/in Iceland in Iceland/.test(iceland[0].statement), iceland[0].statement);
});

test('"another 2,000 marched in Salonica" is a second crowd, never the first told again', () => {
  const groups = story([
    ['Wire One', '2025-05-05', 'As many as 2,000 people marched in Athens, police said.'],
    ['Paper Two', '2025-05-05', 'Violence broke out in Salonica, where another 2,000 people marched through the centre.'],
    ['Paper Three', '2025-05-06', 'Violence also broke out in Salonica, where another 2,000 people marched.'],
  ]);
  // The same number told of two crowds: two groups, the second one told twice.
  const both = withValue(groups, 2000);
  assert.equal(both.length, 2, groups.map((x) => x.statement).join('\n'));
  assert.deepEqual(both.map((g) => g.tellings.length).sort(), [1, 2]);
});

test('an age told next to an earlier year is background, unless the person is one of the story', () => {
  const groups = story([
    ['Paper One', '2025-03-10', 'Hundreds marched for Dan Hale, 16, who was shot by police on Saturday.'],
    ['Paper Two', '2025-03-11', 'Dan Hale, 16, was shot on Saturday. Police shot Tom Reid, 15, in the same district in 1985.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age');
  assert.equal(ages.find((g) => /Reid/.test(g.subject))?.frame.scope, 'background', ages.map((g) => `${g.frame.scope} ${g.statement}`).join('\n'));
  assert.equal(ages.find((g) => /Hale/.test(g.subject))?.frame.scope, 'event', ages.map((g) => `${g.frame.scope} ${g.statement}`).join('\n'));
});

test('one sentence giving a thing two values tells two figures, not a dispute with itself; an earlier value told so still updates', () => {
  const groups = story([
    ['Paper One', '2025-06-01', 'The dairy was valued at $5 million, down from a peak value of $5.3 million.'],
    ['Paper Two', '2025-06-02', 'Officials said about 3,000 workers now stand idle; previously there had been talk of 1,500 workers.'],
  ]);
  const five = withValue(groups, 5000000)[0], peak = withValue(groups, 5300000)[0];
  assert.ok(five && peak && five !== peak, groups.map((x) => x.statement).join('\n'));
  assert.equal(withValue(groups, 3000)[0], withValue(groups, 1500)[0], groups.map((x) => x.statement).join('\n'));
});

test('a lower-case public body named by its head noun is an origin, not the outlet', () => {
  for (const name of ['local health ministry', 'state emergency management agency', 'national weather service', 'election commission']) assert.equal(isOriginName(name), true, name);
  for (const junk of ['unday after a resident', 'service', 'crowded camp near the ministry', 'killed at the office']) assert.equal(isOriginName(junk), false, junk);
  const groups = story([
    ['Daily One', '2026-03-02', 'An airstrike hit a camp on Sunday night, killing at least 12 people, the local health ministry said on Monday.'],
    ['Daily Two', '2026-03-03', 'At least 14 people were killed in the camp strike, the health ministry said on Tuesday.'],
  ]);
  const killed = groups.find((g) => g.frame.measure === 'killed');
  assert.ok(killed, 'a killed group');
  for (const t of killed.tellings) assert.ok(/ministry/i.test(t.origin), `origin ${t.origin}`);
});

test('one who speaks for a side is an origin, whatever names the side; a fragment before such a word is not', () => {
  for (const n of ['rebel spokesman', 'hospital spokeswoman', 'law enforcement official', 'army commanders']) assert.equal(isOriginName(n), true, n);
  for (const n of ['than once officials', 's office spokeswoman']) assert.equal(isOriginName(n), false, n);
});

test('sexOfSentences: a noun of a sex after or before the name, or a pronoun of a sentence the name opens; none where the name is missing', async () => {
  const { sexOfSentences } = await import('./claim-groups.js');
  assert.equal(sexOfSentences(['Marcus Hill, a 25-year-old man, was shot.'], 'marcus hill'), 'male');
  assert.equal(sexOfSentences(['HILL, 25, THE WOMAN in the car'], 'hill'), 'female');
  assert.equal(sexOfSentences(['The 10-year-old girl Kathina Thomas died.'], 'kathina thomas'), 'female');
  assert.equal(sexOfSentences(['Officer Dan Reyes said he fired.'], 'dan reyes'), 'male');
  assert.equal(sexOfSentences(['A man was shot; Reyesa, a woman, was not.'], 'reyes'), null);
  assert.equal(sexOfSentences(['Marcus Hill, a 25-year-old man', 'Hill, a woman'], 'marcus hill'), null);
});

test('"up from 800 on Wednesday" is the value a count moved from: the series updates, and taking part is no capture', () => {
  const groups = story([
    ['Paper One', '2025-09-10', 'Prime Minister Elena Rusk said the army had deployed 800 soldiers to help with rescue efforts.'],
    ['Paper Two', '2025-09-12', 'The army said 1,200 soldiers were now taking part in rescue operations, up from 800 on Wednesday.'],
  ]);
  const troops = groups.filter((g) => g.frame.measure === 'troops');
  assert.equal(troops.length, 1, groups.map((x) => `${x.key} ${x.statement}`).join('\n'));
  assert.equal(troops[0].verdict, 'updated');
  assert.equal(troops[0].tellings.find((t) => t.value === 800 && t.sentence.includes('up from'))?.rules.asOf, 'time/earlier-value');
});

test('bare "police" in a story that names one police force by its place are that force: one origin, not two', () => {
  const groups = story([
    ['Paper One', '2024-04-10', 'Troy police said a 48-year-old man was wounded in the shooting.'],
    ['Paper Two', '2024-04-10', 'A 48-year-old man was wounded in the shooting, the police said.'],
  ]);
  const [age] = withValue(groups, 48).filter((g) => g.frame.measure === 'age');
  assert.ok(age, groups.map((g) => g.statement).join('\n'));
  assert.equal(age.verdict, 'single-origin', `${age.verdict} ${age.explanation}`);
  // Two forces named leave bare police as told.
  const two = story([
    ['Paper One', '2024-04-10', 'Troy police said a 48-year-old man was wounded in the shooting.'],
    ['Paper Two', '2024-04-10', 'A 48-year-old man was wounded in the shooting, the police said.'],
    ['Paper Three', '2024-04-11', 'Flint police said three officers found the car.'],
  ]);
  const [age2] = withValue(two, 48).filter((g) => g.frame.measure === 'age');
  assert.equal(age2?.verdict, 'corroborated', age2?.explanation);
});

test('two counts one sentence tells side by side, told by two outlets, each join their own value: no dispute between them', () => {
  const groups = story([
    ['Paper One', '2008-12-13', 'Nichols was sentenced to seven life sentences and four sentences of life without parole.'],
    ['Paper Two', '2008-12-13', 'A judge handed Nichols four sentences of life without parole on Saturday.'],
    ['Paper Three', '2008-12-13', 'The judge gave Nichols seven life sentences and four sentences of life without parole.'],
  ]);
  const seven = withValue(groups, 7).filter((g) => g.frame.measure.startsWith('other:'));
  const four = withValue(groups, 4).filter((g) => g.frame.measure.startsWith('other:'));
  assert.ok(seven.length === 1 && four.length === 1 && seven[0] !== four[0], groups.map((g) => `${g.key} ${g.statement}`).join('\n'));
  assert.ok(four[0]!.tellings.every((t) => t.value === 4), four[0]!.statement);
  assert.equal(four[0]!.verdict, 'corroborated', four[0]!.explanation);
});

test('"three of the seven bullets" is a part of the seven, never a rival count of them', () => {
  const groups = story([
    ['Paper One', '2013-03-13', 'Seven bullets hit the teenager, the medical examiner said.'],
    ['Paper Two', '2013-03-17', 'An autopsy shows he was hit in the back by three of the seven bullets fired by the officers.'],
  ]);
  const part = withValue(groups, 3).filter((g) => g.frame.measure.startsWith('other:'));
  assert.equal(part.length, 1, groups.map((g) => `${g.key} ${g.statement}`).join('\n'));
  assert.ok(part[0]!.tellings.every((t) => t.value === 3), part[0]!.statement);
  assert.ok(groups.every((g) => g.verdict !== 'contested'), groups.map((g) => `${g.verdict} ${g.statement}`).join('\n'));
});

test('an age told as a bound ("under 45") is a threshold of a group, never the age of the one person named with that age', () => {
  const groups = story([
    ['Paper One', '2008-12-10', '"I still do not know who to vote for," said Maral Orazova, 45, a teacher.'],
    ['Paper Two', '2008-12-11', 'Of the 288 candidates, 202 are under 45 years old.'],
  ]);
  const maral = groups.find((g) => g.frame.measure === 'age' && g.frame.subject.includes('orazova'));
  assert.ok(maral, groups.map((g) => `${g.key} ${g.statement}`).join('\n'));
  assert.ok(maral.tellings.every((t) => t.approx === null), maral.statement);
  assert.equal(maral.verdict, 'single-origin');
});

test('the attackers killed are a subject of their own, never an update or rival of the victims\' toll', () => {
  const groups = story([
    ['Wire One', '2025-04-10', 'Gunmen stormed a border checkpoint on Wednesday, killing nine guards, the interior ministry said.'],
    ['Paper Two', '2025-04-11', 'Three terrorists were killed, the border force said.'],
    ['Paper Three', '2025-04-11', 'Officials said three militants died in the gunfight.'],
  ]);
  const three = withValue(groups, 3);
  assert.equal(three.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.equal(three[0].frame.subject, 'shooters');
  // Told with two nouns, the group is named by the plain one.
  assert.match(three[0].statement, /^Attackers killed: 3/);
  for (const g of groups) if (g.tellings.some((t) => t.value === 3)) assert.ok(!g.tellings.some((t) => t.value === 9 || t.value === 12), g.statement);
  assert.notEqual(keyFigures(groups).find((k) => k.measure === 'killed')?.value, 3);
});

test('others told "also" hurt after an article\'s hurt count are added to it: one wounded and three others struck are four', () => {
  const groups = story([
    ['Paper One', '2025-03-08', 'A gunman opened fire in a bar on Friday. Two people were killed and one person was wounded, police said.\n\nThree other people were also struck and taken to a hospital.'],
    ['Paper Two', '2025-03-08', 'A gunman killed two people and wounded four others at a bar on Friday, police said.'],
  ]);
  const hurt = groups.filter((g) => g.frame.measure === 'injured' && g.frame.subject === 'people');
  assert.equal(hurt.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.deepEqual(hurt[0].tellings.map((t) => t.value), [4, 4]);
  assert.notEqual(hurt[0].verdict, 'updated');
  assert.equal(keyFigures(groups).find((k) => k.measure === 'injured')?.value, 4);
  // Told in the same article after the others, a count is a total of its own and is left as told.
  const total = story([['Paper One', '2025-03-08', 'A gunman opened fire in a bar on Friday. One person was wounded, police said.\n\nThree other people were also struck.\n\nIn all, four people were hurt.']]);
  assert.ok(total.some((g) => g.frame.measure === 'injured' && g.tellings.some((t) => t.value === 1)), total.map((g) => g.statement).join('\n'));
});

test('a full name told with its last name misspelt by one letter is one person; two-word names and other last names stay apart', () => {
  assert.equal(oneEditApart('corley', 'corely'), true);
  assert.equal(oneEditApart('whitby', 'witby'), true);
  assert.equal(oneEditApart('whitby', 'whitbey'), true);
  assert.equal(oneEditApart('whitby', 'whitney'), false);
  assert.equal(oneEditApart('whitby', 'whitby'), false);
  const ages = (docs: [string, string, string][]) => story(docs).filter((g) => g.frame.measure === 'age');
  const one = ages([
    ['Wire One', '2024-05-10', 'Police charged Lorna Jane Whitby, 34, with child neglect on Friday.'],
    ['Paper Two', '2024-05-10', 'Lorna Jane Whitby, 34, was charged on Friday.'],
    ['Paper Three', '2024-05-10', 'Lorna Jane Witby, 35, was charged with neglect, a spokesman said.'],
  ]);
  assert.equal(one.length, 1, one.map((g) => g.statement).join('\n'));
  assert.match(one[0]!.statement, /Whitby/);
  assert.equal(one[0]!.verdict, 'contested', one[0]!.statement);
  const two = ages([
    ['Wire One', '2024-05-10', 'Police charged John Smith, 34, on Friday.'],
    ['Paper Two', '2024-05-10', 'John Smyth, 61, a neighbour, said he heard shots.'],
  ]);
  assert.equal(two.length, 2, two.map((g) => g.statement).join('\n'));
});

test("a group's heading names the place its tellings tell most, not one telling's place among many", async () => {
  const { groupPlace } = await import('./claim-groups.js');
  assert.equal(groupPlace(['Riverton', 'Riverton', '', 'Lakeport']), 'Riverton');
  // One telling's place of twelve, or two places told once each, place nothing.
  assert.equal(groupPlace(['Lakeport', ...Array(11).fill('')]), null);
  assert.equal(groupPlace(['Riverton', 'Lakeport', '']), null);
  // A group of one or two tellings keeps the one place it tells.
  assert.equal(groupPlace(['Riverton']), 'Riverton');
  assert.equal(groupPlace(['Riverton', '']), 'Riverton');
  assert.equal(groupPlace(['Riverton', ''], ['2', '2']), 'Riverton');
  // Two tellings of two values: one's place does not place the other's.
  assert.equal(groupPlace(['Riverton', ''], ['1', '3']), null);
});

test('"grandkids" and "grandchildren" are one count, and "grandchildren" is counted at all', () => {
  const groups = withValue(story([
    ['Daily Test', '2025-09-14', 'Patel, who lived with her husband, son and two grandkids, died later that night.'],
    ['Evening Post', '2025-09-14', 'Patel, who leaves behind a husband, son and two grandchildren, died later that night, police said.'],
  ]), 2);
  assert.equal(groups.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.equal(groups[0]!.verdict, 'corroborated');
});

test('a nickname is among the words told after "the" where the word pattern finds it', () => {
  const nick = 'Falcons';
  const byPattern = (text: string) => new RegExp(`\\b[Tt]he ${nick}\\b`).test(text);
  const texts = [
    'The Falcons won.', 'They beat the Falcons.', 'Lathe Falcons', 'the Falconsx', '_the Falcons', 'the Falcons_', 'he Falcons',
    'he Falcons and the Falcons', 'the Falcons9', '9the Falcons', 'éthe Falcons', 'the Falconsé', 'THE Falcons', 'the  Falcons',
    'xthe Falcons, the Falcons', 'Atlanta Falcons', 'the falcons', '', 'the Falcons',
  ];
  for (const t of texts) assert.equal(wordsAfterArticle(t).has(nick), byPattern(t), JSON.stringify(t));
  // Random texts over the characters that matter to the pattern's edges.
  const parts = ['the ', 'The ', 'he ', 'Falcons', 'x', '_', '9', ' ', '\n', 'é', 'T', 't'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % parts.length;
  for (let k = 0; k < 2000; k++) {
    const t = Array.from({ length: 1 + (k % 9) }, () => parts[next()]).join('');
    assert.equal(wordsAfterArticle(t).has(nick), byPattern(t), JSON.stringify(t));
  }
});

test('a toll a follow-up dates to the day of the story\'s own toll is the story\'s, not background', () => {
  const groups = story([
    ['Daily A', '2016-03-12', 'Two people were killed in a shooting at a bar on Main Street on Saturday, police said.'],
    ['Daily B', '2016-03-13', 'Police said two people died after a gunman opened fire in a bar on Main Street.'],
    ['Daily C', '2016-04-20', 'A man was charged Wednesday in the March 12 shooting that killed two people at a Main Street bar.'],
  ]);
  const killed = groups.filter((g) => g.frame.measure === 'killed');
  assert.equal(killed.length, 1, JSON.stringify(killed.map((g) => g.statement)));
  assert.equal(killed[0].frame.scope, 'event');
  assert.deepEqual(killed[0].tellings.map((t) => t.articleId).sort(), ['a1', 'a2', 'a3']);
  assert.equal(killed[0].tellings.find((t) => t.articleId === 'a3')?.rules.scope, 'scope/dated-on-event-day');
  // Dated to another time than the story's toll: another event, kept apart.
  const earlier = story([
    ['Daily A', '2016-03-12', 'Two people were killed in a shooting at a bar on Main Street on Saturday, police said.'],
    ['Daily C', '2016-04-20', 'A man was charged Wednesday in the January 3 shooting that killed two people at a Main Street bar.'],
  ]);
  assert.equal(earlier.filter((g) => g.frame.measure === 'killed' && g.frame.scope === 'event').length, 1);
  assert.ok(earlier.some((g) => g.frame.measure === 'killed' && g.frame.scope === 'background'), JSON.stringify(earlier.map((g) => g.statement)));
});

test('one article\'s undated tolls of two earlier shootings are two background figures, not one disputed toll', () => {
  const groups = story([
    ['Paper One', '2010-08-06', 'A worker shot two colleagues at the plant on Thursday, police said. Earlier this year, a professor was charged in a campus shooting spree that left three biology professors dead. The shooting came weeks after a driver at a beer distributorship fatally shot eight people.'],
  ]);
  const background = groups.filter((g) => g.frame.measure === 'killed' && g.frame.scope === 'background');
  assert.equal(background.length, 2, background.map((g) => g.statement).join('\n'));
  assert.ok(background.every((g) => g.verdict !== 'contested'));
});

test('people injured told after the people shot in one list are hurt besides them, never a rival of the wounded', () => {
  const groups = story([
    ['Paper One', '2017-01-06', 'Five people are dead, six more shot, and nearly 40 injured following a shooting at the airport.'],
    ['Paper Two', '2017-01-06', 'Six other people were wounded and taken to the hospital, officials said.'],
  ]);
  const injured = keyFigures(groups).find((k) => k.measure === 'injured');
  assert.equal(injured?.value, 6, groups.map((g) => g.statement).join('\n'));
  assert.notEqual(injured?.verdict, 'contested');
  assert.ok(groups.some((g) => g.frame.subject === 'people:besides-shot' && g.tellings.some((t) => t.value === 40)));
});

test('a follow-up\'s count of the harmed "last month" is the story\'s when the story tells its harmed within that month, whatever harm it counts', () => {
  const groups = story([
    ['Daily A', '2016-08-20', 'Four people were wounded in a shooting outside a bar on Dixwell Avenue early Saturday, police said.'],
    ['Daily B', '2016-09-21', 'Police said they arrested a man who shot four people outside a bar on Dixwell Avenue last month.'],
  ]);
  const shot = groups.filter((g) => g.frame.measure === 'shot');
  assert.ok(shot.length > 0, JSON.stringify(groups.map((g) => g.statement)));
  assert.ok(shot.every((g) => g.frame.scope === 'event'), JSON.stringify(shot.map((g) => g.statement)));
  assert.equal(shot[0].tellings.find((t) => t.articleId === 'a2')?.rules.scope, 'scope/dated-on-event-day');
  // A month the story's harmed are not told in stays another event's.
  const other = story([
    ['Daily A', '2016-08-20', 'Four people were wounded in a shooting outside a bar on Dixwell Avenue early Saturday, police said.'],
    ['Daily B', '2016-11-21', 'Police said they arrested a man who shot four people outside a bar on Dixwell Avenue in May.'],
  ]);
  assert.ok(other.filter((g) => g.frame.measure === 'shot').every((g) => g.frame.scope === 'background'), JSON.stringify(other.map((g) => g.statement)));
});

test("a speaker that names the publishing outlet ('the Sun-Times Wire reported') is that outlet, one origin with its own claims", () => {
  const groups = story([
    ['Chicago Sun-Times', '2016-11-28', 'Four men were wounded in a shooting on the block on Monday.\n\nLast week, two men were killed on the block, the Sun-Times Wire reported.'],
  ]);
  const killed = groups.find((g) => g.frame.measure === 'killed');
  assert.ok(killed, groups.map((g) => g.statement).join('\n'));
  assert.deepEqual([...new Set(killed.tellings.map((t) => t.origin))], ['Chicago Sun-Times']);
  assert.equal(killed.tellings[0]!.rules.origin, 'origin/outlet-names-itself');
  // Another outlet's report stays its own origin.
  const other = story([['Daily Herald', '2016-11-28', 'Last week, two men were killed on the block, the Sun-Times Wire reported.']]);
  assert.deepEqual([...new Set(other.find((g) => g.frame.measure === 'killed')!.tellings.map((t) => t.origin))], ['Sun-Times Wire']);
});

test('two articles\' rests ("the other five victims", "the other four victims") count different sets and never contest', () => {
  const groups = story([
    ['Paper One', '2015-10-26', 'Robinson died at the scene and the other five victims were transported to local hospitals, deputies said.'],
    ['Paper Two', '2015-10-26', 'Robinson died at the scene. The other four victims have been released from the hospital.'],
  ]);
  // The five taken to hospital after the death are the hurt; the four released, a rest of them.
  const rest = withValue(groups, 5)[0];
  assert.ok(rest, groups.map((g) => g.statement).join('\n'));
  assert.equal(rest.frame.measure, 'injured', rest.statement);
  assert.notEqual(rest.verdict, 'contested', rest.statement);
  // Two rests that are one set told twice still agree.
  const same = story([
    ['Paper One', '2015-10-26', 'Robinson died at the scene and the other five victims were transported to local hospitals, deputies said.'],
    ['Paper Two', '2015-10-26', 'Robinson died and the other five victims were taken to local hospitals, the sheriff said.'],
  ]);
  assert.equal(withValue(same, 5)[0]?.verdict, 'corroborated');
});

test('"the additional two suspects" still at large are a rest of the suspects told before, not a later count of them', () => {
  const groups = story([
    ['Paper One', '2016-10-18', 'Four suspects were seen fleeing the site of the shooting Tuesday afternoon, police said.'],
    ['Paper Two', '2016-10-20', 'Police arrested two people on Thursday. Police are still looking for the additional two suspects who were still at large.'],
  ]);
  const four = withValue(groups, 4).find((g) => g.tellings.some((t) => /suspects/.test(t.unit ?? '')));
  assert.ok(four, groups.map((g) => g.statement).join('\n'));
  assert.notEqual(four.frame.measure, 'displaced', four.statement);
  assert.notEqual(four.verdict, 'updated', four.statement);
  assert.notEqual(four.verdict, 'contested', four.statement);
});

test('a body\'s news release or statement is the body\'s word: one origin with the body', () => {
  const groups = story([
    ['Paper One', '2015-11-08', 'There were about 150 people at the hall when a fight broke out, according to a Warren Police Department news release.'],
    ['Paper Two', '2015-11-08', 'About 150 people were at the hall, the Warren Police Department said.'],
  ]);
  const crowd = withValue(groups, 150)[0];
  assert.ok(crowd, groups.map((g) => g.statement).join('\n'));
  assert.deepEqual([...new Set(crowd.tellings.map((t) => t.origin))], ['Warren Police Department']);
});

test('a unit of a police force is of the force\'s place: bare "police" still stands for the one force the story names', () => {
  const groups = story([
    ['Paper One', '2017-01-02', 'A 12-year-old boy is in stable condition after police said he accidentally shot himself in west Columbus.'],
    ['Paper Two', '2017-01-02', 'Columbus Police say a 12-year-old boy is in stable condition. The Columbus Police Assault Unit is investigating.'],
  ]);
  const age = groups.find((g) => g.frame.measure === 'age');
  assert.ok(age, groups.map((g) => g.statement).join('\n'));
  assert.equal(new Set(age.tellings.map((t) => t.originEntityId)).size, 1, age.tellings.map((t) => `${t.origin} ${t.originEntityId}`).join('; '));
});

test('one game\'s score told with its sides, its opponent or another name of a team is one figure per side', () => {
  const groups = story([
    ['Paper One', '2008-12-19', 'Tyler Hansbrough scored 20 points to help the top-ranked Tar Heels remain unbeaten with a 91-73 victory over Evansville on Thursday night.'],
    ['Paper Two', '2008-12-19', 'North Carolina beat Evansville 91-73 on Thursday. Hansbrough passed Ford with a 91-73 win over Evansville.'],
    ['Paper Three', '2008-12-19', 'Evansville lost 91-73 to the Tar Heels on Thursday.'],
  ]).filter((g) => g.frame.measure === 'other:points');
  assert.equal(groups.length, 2, groups.map((g) => g.statement).join('\n'));
  const won = groups.find((g) => g.tellings.every((t) => t.value === 91));
  assert.ok(won && won.tellings.length >= 3 && /points against Evansville/.test(won.statement), groups.map((g) => g.statement).join('\n'));
  // A statistic's heading carries no verb of its clause ("Hansbrough's points: help").
  const points = story([['Paper One', '2008-12-19', 'Tyler Hansbrough scored 20 points to help the Tar Heels win on Thursday night.']]).find((g) => g.tellings.some((t) => t.value === 20));
  assert.ok(points && !/: help/.test(points.statement), points?.statement);
  // Nor does a series' length or a window's games won.
  const series = story([['Paper One', '2008-12-19', 'Coach Lou Bell went 43-39, and the Hawks fell to Detroit in five games. They have won 11 of their last 12 games.']]);
  for (const v of [5, 11]) {
    const g = series.find((x) => x.tellings.some((t) => t.value === v));
    assert.ok(g && /^Games [^:]*: (?:about )?\d+/.test(g.statement), series.map((x) => x.statement).join('\n'));
  }
});

test('two games a team scored the same in, days apart, stay two figures', () => {
  const groups = story([
    ['Paper One', '2008-12-01', 'The Colts beat the Titans 24-10 on Monday.'],
    ['Paper Two', '2008-12-09', 'The Colts beat the Jaguars 24-17 on Tuesday.'],
  ]).filter((g) => g.frame.measure === 'other:points' && g.tellings.some((t) => t.value === 24));
  assert.equal(groups.length, 2, groups.map((g) => g.statement).join('\n'));
});

test('a player\'s homers, HR and home runs are one statistic', () => {
  const groups = story([
    ['Paper One', '2008-12-19', 'Mark Teixeira hit 33 homers last season. Jason Bay hit 31 homers last season.'],
    ['Paper Two', '2008-12-19', 'Mark Teixeira had 33 home runs last season. Jason Bay had 31 HR last season.'],
  ]).filter((g) => g.tellings.some((t) => t.value === 33));
  assert.equal(groups.length, 1, groups.map((g) => `${g.key} ${g.statement}`).join('\n'));
});

test('a bore in millimetres reads with its unit, one in inches as gunsmiths write it', () => {
  const groups = story([
    ['Paper One', '2016-05-10', 'Police recovered a 9 mm handgun at the scene. A .45-caliber pistol was also found.'],
    ['Paper Two', '2016-05-11', 'Officers found 9mm shell casings near the car.'],
  ]).filter((g) => g.frame.measure === 'other:calibre');
  assert.ok(groups.some((g) => /^Calibre: 9 mm\b/.test(g.statement)) && groups.some((g) => /^Calibre: \.45\b/.test(g.statement)), groups.map((g) => g.statement).join('\n'));
});

test('counts of one charge against two people are two figures, never an update of one', () => {
  const groups = story([
    ['Paper One', '2015-04-20', 'Oliver is also charged with two counts of attempted murder.'],
    ['Paper Two', '2015-04-26', 'The suspect, 20-year-old Hasmeek Coles, was charged with murder and three counts of attempted murder, police said.'],
    ['Paper Three', '2015-04-27', 'Coles will be arraigned today on three counts of attempted murder.'],
  ]);
  const two = withValue(groups, 2).filter((g) => g.frame.measure === 'charged');
  const three = withValue(groups, 3).filter((g) => g.frame.measure === 'charged');
  assert.equal(two.length, 1);
  assert.equal(three.length, 1);
  assert.notEqual(two[0], three[0]);
  assert.equal(three[0]?.tellings.length, 2);
  assert.match(two[0]?.statement ?? '', /^Counts of attempted murder charged against Oliver: 2/);
});

test('counts of a charge are against the person named before a relative clause, not a name inside it', () => {
  const groups = story([['Paper One', '2016-10-25', 'Burke, who was taken to Grant Medical Center, has been charged with two counts of felonious assault.']]);
  const two = withValue(groups, 2).filter((g) => g.frame.measure === 'charged');
  assert.match(two[0]?.statement ?? '', /^Counts of assault charged against Burke: 2/);
});

test('counts of a charge against the one person a story charges are one figure, named or not', () => {
  const groups = story([
    ['Paper One', '2012-09-10', 'Hiller was charged with two counts of murder.'],
    ['Paper Two', '2012-09-10', "He's charged with two counts of murder, police said."],
  ]);
  const two = withValue(groups, 2).filter((g) => g.frame.measure === 'charged');
  assert.equal(two.length, 1, two.map((g) => g.key).join('\n'));
  assert.equal(two[0]?.tellings.length, 2);
});

test('a bare age ("a 15-year-old is in custody") joins the one person the story describes with it ("the 15-year-old suspect")', () => {
  const groups = story([
    ['Paper One', '2016-12-24', 'A 14-year-old boy was shot on Friday. A 15-year-old is in custody in the case.'],
    ['Paper Two', '2016-12-26', 'The 15-year-old suspect is being held at the detention center.'],
  ]);
  const fifteen = groups.filter((g) => g.frame.measure === 'age' && withValue([g], 15).length > 0);
  assert.equal(fifteen.length, 1, fifteen.map((g) => g.statement).join('\n'));
  assert.equal(fifteen[0]?.tellings.length, 2);
});

test('the age of a suspect told unnamed never joins the named victim of that age', () => {
  const groups = story([
    ['Paper One', '2017-02-27', 'When they arrived they found 17-year-old Jay Munro dead and another man wounded. Police say they identified a 17-year-old suspect and are trying to locate him.'],
    ['Paper Three', '2017-02-28', 'The suspect in the shooting has been identified by police as a 17-year-old boy.'],
    ['Paper Two', '2017-02-28', 'Jay Munro, 17, died at the scene, police said.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age' && g.tellings.some((t) => t.value === 17));
  const victim = ages.find((g) => /Munro/.test(g.statement));
  assert.ok(victim, ages.map((g) => g.statement).join('\n'));
  assert.ok(victim.tellings.every((t) => !/suspect/.test(t.sentence)), victim.tellings.map((t) => t.sentence).join('\n'));
  // An unnamed 17-year-old told dead is the named one.
  const one = story([
    ['Paper One', '2017-02-27', 'Jay Munro, 17, died at the scene, police said.'],
    ['Paper Two', '2017-02-28', 'The 17-year-old was found dead in a car, police said.'],
    ['Paper Three', '2017-03-01', 'Police have arrested a suspect in connection with the shooting death of a 17-year-old boy.'],
  ]).filter((g) => g.frame.measure === 'age');
  assert.equal(one.length, 1, one.map((g) => g.statement).join('\n'));
});

test('"troopers" in a story that names one state’s troopers is that body: one origin, not two', () => {
  const groups = story([
    ['Paper One', '2016-01-22', 'A 16-year-old boy was taken to the hospital after he was shot Thursday night in Wasilla, Alaska State Troopers say. After investigating, troopers found that a 17-year-old had been holding the gun when it fired, striking the 16-year-old.'],
  ]);
  const age = groups.find((g) => g.frame.measure === 'age' && g.tellings.some((t) => t.value === 16));
  assert.ok(age, groups.map((g) => g.statement).join('\n'));
  assert.equal(age.independentOrigins, 1, age.explanation);
  assert.equal(age.verdict, 'single-origin');
});

test('others told after a count of others are the same others: "one man dead and three others injured ... three other men were also wounded" is 3 hurt', () => {
  const groups = story([
    ['Paper One', '2015-02-18', 'New details are emerging from Tuesday night\'s shooting that left one man dead and three others injured.\n\nPolice named the dead man on Wednesday. Three other men were also wounded.'],
    ['Paper Two', '2015-02-17', 'A shooting at a motel left one person dead and three injured, police said.'],
  ]);
  const hurt = groups.find((g) => g.frame.measure === 'injured');
  assert.ok(hurt, groups.map((g) => g.statement).join('\n'));
  assert.deepEqual([...new Set(hurt.tellings.map((t) => t.value))], [3], hurt.statement);
});

test('ages told of one of a group ("Two brothers, ages 11 and 16") are one person\'s each, and join the person named with that age', () => {
  const groups = story([
    ['Paper One', '2016-12-24', 'Two brothers, ages 11 and 16, were shot on Friday night, police said.'],
    ['Paper Two', '2016-12-26', 'Police named the younger boy as Eddie Holmes, 11, who died on Sunday.'],
  ]);
  const eleven = groups.filter((g) => g.frame.measure === 'age' && withValue([g], 11).length > 0);
  assert.equal(eleven.length, 1, eleven.map((g) => g.statement).join('\n'));
  assert.equal(eleven[0]?.tellings.length, 2);
  assert.match(eleven[0]!.statement, /Eddie Holmes/);
  const sixteen = groups.filter((g) => g.frame.measure === 'age' && withValue([g], 16).length > 0);
  assert.equal(sixteen.length, 1);
  assert.match(sixteen[0]!.statement, /one of the brothers/);
});

test('one of a group a gunman opened fire on is the person named with that age who was shot', () => {
  const groups = story([
    ['Paper One', '2016-04-23', 'Police said a gunman opened fire on four men, ages 19, 30, 32 and 34, on a porch on Saturday.'],
    ['Paper Two', '2016-04-22', 'Vincent Ford, 32, was shot on the porch of his home, his mother said.'],
  ]);
  const age = groups.filter((g) => g.frame.measure === 'age' && withValue([g], 32).length > 0);
  assert.equal(age.length, 1, age.map((g) => g.statement).join('\n'));
  assert.match(age[0]!.statement, /Vincent Ford/);
});

test('a figure of none is dated and credited in its statement, as any value is', () => {
  const groups = story([
    ['Daily A', '2016-03-01', 'Shots were fired at a home on Elm Street on Sunday night, police said. No one was injured, police said.'],
    ['Daily B', '2016-03-01', 'Several shots were fired into a home on Elm Street on Sunday night. Nobody was hurt, officers said.'],
  ]);
  const none = groups.find((g) => g.frame.measure === 'injured');
  assert.ok(none, groups.map((g) => g.statement).join('\n'));
  assert.match(none.statement, /: 0 \(Mar 1, (?:police, officers|officers, police)\)/);
});

test('an age told of a cousin or a friend is the relation\'s, and its heading says whose', () => {
  const groups = story([['Paper One', '2017-03-26', 'Tanya Bell said she was at the park with her 1-year-old cousin when she heard the shots.']]);
  const age = groups.find((g) => g.frame.measure === 'age');
  assert.ok(age, groups.map((g) => g.statement).join('\n'));
  assert.match(age.statement, /^Age of the cousin: 1\b/);
});

test('"two teens" and "two teenagers" told by two outlets are one count of the same people', () => {
  const groups = story([
    ['Paper One', '2024-05-10', 'A man was shot on Elm Street on Thursday. Police are looking for two teens who fled on bikes.'],
    ['Paper Two', '2024-05-10', 'A man was shot on Elm Street on Thursday. Officers said they were searching for two teenagers.'],
  ]).filter((g) => g.tellings.some((t) => t.value === 2));
  assert.equal(groups.length, 1, groups.map((g) => g.statement).join('; '));
  assert.equal(groups[0]!.verdict, 'corroborated');
});

test('times two doers did an act are two figures, never rivals; one doer told by two outlets is one', () => {
  const groups = story([
    ['Paper One', '2008-12-13', 'Billy Crystal did it eight times, and the academy loved him.'],
    ['Paper Two', '2008-12-13', 'Johnny Carson is considered the epitome of the host. He hosted the ceremony five times.'],
    ['Paper Three', '2008-12-14', 'Billy Crystal has done it eight times already.'],
  ]);
  const times = groups.filter((g) => g.tellings.some((t) => t.unit === 'times'));
  assert.equal(times.length, 2, times.map((g) => g.statement).join('; '));
  assert.ok(times.every((g) => g.verdict !== 'contested'), times.map((g) => `${g.verdict} ${g.statement}`).join('; '));
  assert.ok(times.some((g) => g.tellings.length === 2 && g.tellings.every((t) => t.value === 8)), times.map((g) => g.statement).join('; '));
});

test('an age told as the age then ("in 1996 at the age of 23") stays apart from the person\'s age now, never its rival', () => {
  const groups = story([
    ['Paper One', '2015-06-18', 'Tom Hale, 41, was killed on Wednesday night. Hale was elected to the House in 1996 at the age of 23.'],
    ['Paper Two', '2015-06-18', 'Senator Tom Hale, 41, was among the dead.'],
  ]);
  const ages = groups.filter((g) => g.frame.measure === 'age');
  const now = ages.find((g) => g.tellings.some((t) => t.value === 41));
  assert.ok(now && now.tellings.every((t) => t.value === 41), ages.map((g) => g.statement).join('; '));
  assert.equal(ages.find((g) => g.tellings.some((t) => t.value === 23))?.frame.scope, 'background', ages.map((g) => g.statement).join('; '));
});

test('a game\'s statistic is headed by its owner and noun alone: a team named by its city is no place of it', () => {
  const groups = story([['Paper One', '2012-03-19', 'Chicago shot 48 percent from the field and outrebounded Miami 50-38.']]);
  const pct = groups.find((g) => g.tellings.some((t) => t.value === 48));
  assert.equal(pct?.statement.split(':')[0], "Chicago's field-goal percentage", pct?.statement);
});

test('a father and his son of one name are two people; a name told without its generation is the one told with it where the ages agree', () => {
  const family = story([['Paper One', '2010-06-15', 'Vincent Rizzo, the reputed boss of the crime family, died Tuesday in a prison hospital. He was 74. His son, Vincent Rizzo Jr., 45, is serving a 20-year sentence.']]);
  const ages = family.filter((g) => g.frame.measure === 'age');
  assert.equal(ages.length, 2, ages.map((g) => g.statement).join('; '));
  const one = story([
    ['Paper One', '2014-03-01', 'Antonio Rucker Jr., 27, died from multiple gunshots in the chest.'],
    ['Paper Two', '2014-03-01', 'Antonio Rucker, 27, was shot on Sunday.'],
  ]).filter((g) => g.frame.measure === 'age');
  assert.equal(one.length, 1, one.map((g) => g.statement).join('; '));
  assert.equal(one[0]!.tellings.length, 2);
});

test('the ordinal of a kind of event in a period is that tally so far, set in the story\'s background, never a rival of another kind\'s', () => {
  const groups = story([
    ['Paper One', '2016-08-10', 'A man was shot dead on Main Street on Tuesday. It was the city\'s 21st homicide this year.'],
    ['Paper Two', '2016-08-10', 'A man was shot dead on Main Street on Tuesday. It was the second shooting this week in the area.'],
  ]);
  const tallies = groups.filter((g) => g.tellings.some((t) => t.rules.subject === 'subject/tally-so-far'));
  assert.equal(tallies.length, 2, tallies.map((g) => g.statement).join('; '));
  assert.ok(tallies.every((g) => g.frame.scope === 'background' && g.verdict !== 'contested'), tallies.map((g) => `${g.verdict} ${g.statement}`).join('; '));
  assert.ok(tallies.some((g) => g.tellings.some((t) => t.value === 21)), tallies.map((g) => g.statement).join('; '));
});

test('the terms of two people sentenced are two figures; a term told without the one sentenced joins the one named term of its value', () => {
  const groups = story([
    ['Paper One', '2014-06-12', 'Andrew Lopez was sentenced to 25 years to life in prison on Thursday. His co-defendant, Jeffrey Ramos, was sentenced to 30 years.'],
    ['Paper Two', '2014-06-12', 'The 25-year sentence was handed down on Thursday.'],
  ]);
  const terms = groups.filter((g) => g.frame.measure === 'other:prison-term');
  assert.equal(terms.length, 2, terms.map((g) => g.statement).join('; '));
  assert.ok(terms.every((g) => g.verdict !== 'contested'), terms.map((g) => `${g.verdict} ${g.statement}`).join('; '));
  assert.equal(terms.find((g) => g.tellings.some((t) => t.value === 25))?.tellings.length, 2, terms.map((g) => g.statement).join('; '));
  // No weekday is the one sentenced.
  const day = story([['Paper One', '2016-06-01', 'Zackary Alvarado, age 20, was sentenced Wednesday to 55 years in prison.']]).find((g) => g.frame.measure === 'other:prison-term');
  assert.ok(!/Wednesday/.test(day?.statement ?? ''), day?.statement);
});

test('a round-up\'s figures told after other games\' scores are of those games, background to the story\'s game and no rival of its figures', () => {
  const groups = story([
    ['Paper One', '2009-01-08', 'North Carolina beat Evansville 91-73 on Wednesday. Tyler Ames scored 20 points for the Tar Heels.'],
    ['Paper Two', '2009-01-08', 'Tyler Ames had 20 points as North Carolina beat Evansville 91-73.'],
    ['Wire Round-up', '2009-01-12', 'Duke beat Davidson 79-67 on Sunday. Jon Scheyer had 22 points for Duke. North Carolina routed Charleston 108-70. Tyler Ames had 24 points in the win.'],
  ]);
  const ames = groups.filter((g) => g.tellings.some((t) => t.value === 20 || t.value === 24) && /Ames/.test(g.statement));
  assert.ok(!ames.some((g) => g.verdict === 'contested'), ames.map((g) => `${g.verdict} ${g.statement}`).join('; '));
  assert.equal(ames.find((g) => g.tellings.some((t) => t.value === 24))?.frame.scope, 'background');
  assert.equal(ames.find((g) => g.tellings.some((t) => t.value === 20))?.frame.scope, 'event');
});

test('tallies of two kinds of tries are two figures; shots made are field goals made however they are told', () => {
  const groups = story([
    ['Paper One', '2013-03-09', 'Marcus Reed scored 31 points. Reed made 12 of 18 shots from the field. Reed made 6 of 7 free throws.'],
    ['Paper Two', '2013-03-09', 'Marcus Reed scored 31 points. Reed finished 12-for-18 from the field.'],
  ]);
  const made = withValue(groups, 12);
  assert.equal(made.length, 1, made.map((g) => g.statement).join('; '));
  assert.equal(made[0]!.verdict, 'corroborated');
  assert.ok(!made[0]!.tellings.some((t) => t.value === 6), made[0]!.statement);
});

test('parts of the victims told of different things are different figures; one thing told again is one figure', () => {
  const groups = story([
    ['Paper One', '2024-08-20', 'Five people were shot at an apartment complex on Wednesday night. Two of the victims are in critical condition.'],
    ['Paper Two', '2024-08-21', 'Five people were shot at the complex on Wednesday. Four of the five victims have been released from the hospital, but one remains in critical condition.'],
    ['Paper Three', '2024-08-21', 'Police said two of the victims were in critical condition on Thursday.'],
  ]);
  const critical = withValue(groups, 2).filter((g) => g.tellings.some((t) => t.sentence.includes('critical')));
  const released = withValue(groups, 4);
  assert.equal(critical.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.equal(released.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.notEqual(critical[0], released[0], `${critical[0]?.statement} | ${released[0]?.statement}`);
  assert.equal(critical[0]!.tellings.length, 2);
  assert.notEqual(released[0]!.verdict, 'updated');
  assert.match(critical[0]!.statement, /critical condition/i);
});

test('victims counted by their condition are that part of the hurt, never a rival of all the victims; the whole of a part keeps its count', () => {
  const groups = story([
    ['Paper One', '2024-09-02', 'Five people were shot outside a banquet hall on Sunday. "There are three victims who are in serious condition, and two that are in critical condition," a police spokesman said.'],
    ['Paper Two', '2024-09-03', 'Five victims were shot outside the hall on Sunday. Three victims are in serious condition.'],
    ['Paper Three', '2024-09-03', 'Police said five victims were shot. Two of the other three victims were last reported to be in serious condition.'],
  ]);
  const serious = withValue(groups, 3).filter((g) => g.tellings.some((t) => /three victims (?:who )?are in serious/.test(t.sentence)));
  assert.equal(serious.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.equal(serious[0]!.verdict, 'corroborated', serious[0]!.statement);
  assert.match(serious[0]!.statement, /serious condition/i);
  assert.ok(!serious[0]!.tellings.some((t) => t.value === 5 || t.sentence.includes('other three')), serious[0]!.statement);
  const all = withValue(groups, 5);
  assert.ok(all.every((g) => !g.tellings.some((t) => t.value === 3)), all.map((g) => g.statement).join('\n'));
});

test('the age of one held or charged, told by no name, is never the age of a victim told the same way; the same words join it', () => {
  const groups = story([
    ['Paper One', '2016-01-16', 'A 17-year-old was found dead on the front porch of a home after a shooting Saturday afternoon, police said.'],
    ['Paper Two', '2016-01-17', 'A 17-year-old was arrested Saturday night in connection with the shooting death, police said.'],
    ['Paper Three', '2016-01-17', 'Detectives said the 17-year-old was charged with negligent homicide on Sunday.'],
  ]);
  const ages = withValue(groups, 17).filter((g) => g.frame.measure === 'age');
  const dead = ages.filter((g) => g.tellings.some((t) => t.sentence.includes('found dead')));
  const held = ages.filter((g) => g.tellings.some((t) => t.sentence.includes('arrested')));
  assert.equal(dead.length, 1, ages.map((g) => g.statement).join('\n'));
  assert.equal(held.length, 1, ages.map((g) => g.statement).join('\n'));
  assert.notEqual(dead[0], held[0], dead[0]!.statement);
  assert.ok(held[0]!.tellings.some((t) => t.sentence.includes('charged')), held[0]!.statement);
  assert.match(held[0]!.statement, /^Age of the accused: 17/);
});

test('the times one person underwent an act, told in the passive by one outlet and the active by another, are one figure', () => {
  const groups = story([
    ['Wire One', '2024-12-16', 'Justin Fields threw for 241 yards and a touchdown but was sacked five times.'],
    ['Paper Two', '2024-12-16', 'The Seattle defense sacked Justin Fields five times on Sunday.'],
  ]);
  const sacked = withValue(groups, 5);
  assert.equal(sacked.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.equal(sacked[0]!.verdict, 'corroborated', sacked[0]!.statement);
  assert.match(sacked[0]!.statement, /Fields was sacked/);
});

test('an age still to come is a figure of its own beside the age now, joined by an unnamed telling of it', () => {
  const groups = story([
    ['Paper One', '2008-12-15', 'Mark Teixeira is a free agent. Teixeira will be 29 in April.'],
    ['Paper Two', '2008-12-16', 'The free-agent first baseman will be 29 on April 11, coinciding with the opening week.'],
    ['Paper Three', '2008-12-16', 'The club offered Teixeira, 28, an eight-year deal. Teixeira, who turns 29 on April 11, signed.'],
  ]);
  const now = withValue(groups, 28).filter((g) => g.frame.measure === 'age');
  const toCome = withValue(groups, 29).filter((g) => g.frame.measure === 'age');
  assert.equal(now.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.equal(toCome.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.notEqual(now[0], toCome[0]);
  assert.equal(toCome[0]!.tellings.length, 3);
  assert.equal(now[0]!.verdict, 'single-origin');
  assert.match(toCome[0]!.statement, /^Age Teixeira turns: 29/);
});

test('a coach\'s record with a team, told by its place in one article and by the team in another, is one figure', () => {
  const groups = story([
    ['Wire One', '2016-12-18', 'The Denver Peaks fired coach Gary Loftus on Sunday.\n\nLoftus, 54, was in his third season with the Peaks. He went 98-111-27 in Colorado.'],
    ['Paper Two', '2016-12-18', 'The Denver Peaks have fired head coach Gary Loftus.\n\nLoftus had a career record of 98-111-27 with Colorado.'],
  ]);
  const wins = withValue(groups, 98);
  assert.equal(wins.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.equal(wins[0]!.verdict, 'corroborated');
});

test('the games two sides won or lost of their last few are figures of each side, never rivals; "our last 18" is read too', () => {
  const groups = story([
    ['Paper One', '2016-12-18', 'The Kings have lost seven of their last eight games. The Hawks have won seven of their last 10 games.'],
    ['Paper Two', '2016-12-18', 'The Hawks have lost three of their last eight games. "We have lost 14 of our last 18 games," the coach said.'],
  ]);
  assert.ok(groups.every((g) => g.verdict !== 'contested'), groups.map((g) => `${g.verdict} ${g.statement}`).join('\n'));
  assert.equal(withValue(groups, 7).filter((g) => /last 8/.test(g.statement)).length, 1, groups.map((g) => g.statement).join('\n'));
  assert.ok(groups.some((g) => /lost of last 18: 14/.test(g.statement)), groups.map((g) => g.statement).join('\n'));
});

test('a nickname of two words is a team\'s, told again by its last word and by the last word of its place', () => {
  const teams = teamNames(['No. 1 North Carolina Tar Heels beat Evansville. The Tar Heels improved to 10-0; the Heels have won seven straight.']);
  assert.equal(teams.get('North Carolina'), 'Tar Heels');
  assert.equal(teams.get('Heels'), 'Tar Heels');
  assert.equal(teams.get('Carolina'), 'Tar Heels');
  // "the Tar Heels" is a nickname whole, no place "Tar" with a team "Heels".
  assert.equal(teams.get('Tar Heels'), undefined);
  const groups = story([
    ['Wire One', '2008-12-31', 'North Carolina Tar Heels guard Ty Lane scored 20 points. Carolina improved to 10-0 with the win.'],
    ['Paper Two', '2008-12-31', 'The Tar Heels beat Evansville on Tuesday. The Heels improved to 10-0.'],
  ]);
  const wins = withValue(groups, 10).filter((g) => g.frame.measure === 'other:wins');
  assert.equal(wins.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.equal(wins[0]!.verdict, 'corroborated');
});

test('an age told with no sex joins the one male or female told with that age; "another 5-year-old" is another person', () => {
  const groups = story([
    ['Paper One', '2015-03-30', 'An 8-year-old boy accidentally shot his friend with a rifle on Sunday, deputies said.'],
    ['Paper Two', '2015-03-30', 'When the door opened, the 8-year-old fired the rifle, deputies said.'],
  ]);
  const eight = withValue(groups, 8).filter((g) => g.frame.measure === 'age');
  assert.equal(eight.length, 1, groups.map((g) => g.statement).join('\n'));
  const two = story([
    ['Paper One', '2014-07-30', 'Police are calling the shooting death of a 5-year-old girl an accident.'],
    ['Paper Two', '2014-07-30', 'Police said she was visiting friends when she was shot by another 5-year-old on Wednesday.'],
  ]);
  assert.equal(withValue(two, 5).filter((g) => g.frame.measure === 'age').length, 2, two.map((g) => g.statement).join('\n'));
});

test('two rates or two changes told in percent are two figures, each headed by its own words with no verb repeated', () => {
  const groups = story([
    ['Wire One', '2024-05-10T08:00', 'The city has an overall conviction rate of 81 percent. The clearance rate was 45 percent. Robberies saw a 10 percent increase in robberies.'],
  ]);
  const [conviction] = withValue(groups, 81);
  const [clearance] = withValue(groups, 45);
  assert.ok(conviction && clearance && conviction !== clearance, groups.map((g) => g.statement).join('\n'));
  assert.match(conviction.statement, /^Conviction rate: 81 percent/);
  assert.match(withValue(groups, 10)[0]!.statement, /^Increase in robberies: 10 percent/);
});

test('a role told with a pronoun and the name in it is the named origin; a name the text puts before a role elsewhere is not', () => {
  const groups = story([
    ['Paper One', '2025-03-14', 'Dorvan Kell, the founder of Quillmark, has died. He was 88, according to his former chief of staff, Tessa Brulin.'],
    ['Paper Two', '2025-03-14', 'Dorvan Kell owned his own firm, Plovet Works, his niece said. The firm had 40 workers, his niece said.'],
  ]);
  const age = groups.find((g) => g.frame.measure === 'age');
  assert.deepEqual(age?.tellings.map((t) => [t.origin, t.rules.origin]), [['Tessa Brulin', 'origin/attribution-speaker']], groups.map((g) => g.statement).join('\n'));
  const workers = withValue(groups, 40)[0];
  assert.ok(workers && workers.tellings.every((t) => t.origin !== 'Plovet Works'), workers?.tellings.map((t) => t.origin).join(', '));
});
