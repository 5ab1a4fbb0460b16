// Pins how a disaster's running toll and its measurements are read across a story: a toll told as a long subject
// ("the death toll from Tuesday's earthquake in ... has risen to five"), the time a count holds for (when it was said,
// not when the event it counts happened), a lower-case body as an origin ("the interior ministry said"), a body that
// measures a figure ("the institute put the magnitude at 6.4"), and two named bodies' values told side by side in one
// article, which is a disagreement, not one article disputing itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyOf, valuedClaimsOf } from './claim-fixtures.js';

test('a toll named as the clause subject gives the measure of the number its verb reaches, however long the subject', () => {
  const [five] = valuedClaimsOf("The death toll from Tuesday's storm in the northern valleys has risen to five, officials said.");
  assert.equal(five?.measure.value, 'killed');
  assert.equal(five?.value, 5);
  const [injured] = valuedClaimsOf('The number of injured in the collapse of the old market hall climbed to 45.');
  assert.equal(injured?.measure.value, 'injured');
  // A toll road is no toll: the clause's verb does not give it a level.
  assert.ok(valuedClaimsOf('The toll road that leads to the hills was closed to 40 trucks.').every((c) => c.measure.value !== 'killed'));
});

test('a count holds when its teller said it; a date of the event it counts is not its time', () => {
  const [said] = valuedClaimsOf('At least 24 people were killed by the storm that struck the coast on Monday, the health ministry said on Wednesday.', '2025-09-11');
  assert.equal(said?.time.value, '2025-09-10');
  assert.equal(said?.time.rule, 'time/statement-date');
  const [possessive] = valuedClaimsOf("Eleven people died in Monday's storm, officials said.", '2025-09-11');
  assert.equal(possessive?.time.value, '2025-09-11');
  assert.equal(possessive?.time.rule, 'time/event-date-not-count');
  // A date marked as the count's own stands.
  const [asOf] = valuedClaimsOf('As of Monday night, 11 people had died in the storm, officials said on Wednesday.', '2025-09-11');
  assert.equal(asOf?.time.value, '2025-09-08');
});

test('a toll that rises from day to day, each told by the ministry, is an update, not a disagreement', () => {
  const groups = storyOf([
    ['Wire One', '2025-09-08', 'A storm struck the coast on Monday, killing at least two people, officials said.'],
    ['Coast News', '2025-09-09', "The death toll from Monday's storm has risen to five, the interior ministry said on Tuesday."],
    ['Daily Herald', '2025-09-10', 'At least 11 people were killed by the storm that struck the coast on Monday, the interior ministry said on Wednesday.'],
  ]);
  const killed = groups.find((g) => g.frame.measure === 'killed');
  assert.ok(killed, groups.map((g) => g.statement).join('\n'));
  assert.equal(killed.verdict, 'updated', killed.statement);
  assert.ok(killed.origins.some((o) => /interior ministry/i.test(o)), killed.origins.join(', '));
});

test('a body that measures a figure is its origin, and two named bodies giving two values in one article disagree', () => {
  const [institute] = valuedClaimsOf("The country's seismology institute put the magnitude at 6.4.");
  assert.equal(institute?.origin.value, "country's seismology institute");
  assert.equal(institute?.origin.rule, 'origin/measured-by');
  const [which] = valuedClaimsOf('The quake, which the national institute measured at 6.4, was felt in the capital.');
  assert.equal(which?.measure.value, 'magnitude');
  assert.equal(which?.origin.value, 'national institute');
  const groups = storyOf([
    ['Wire One', '2025-09-08', 'The U.S. Geological Survey said the quake had a magnitude of 6.1. The national seismology institute put the magnitude at 6.4.'],
    ['Coast News', '2025-09-08', 'The quake, which the national seismology institute measured at 6.4, was felt in the capital.'],
  ]);
  const magnitude = groups.find((g) => g.frame.measure === 'magnitude');
  assert.ok(magnitude, groups.map((g) => g.statement).join('\n'));
  assert.equal(magnitude.verdict, 'contested', magnitude.statement);
  assert.ok(magnitude.origins.includes('U.S. Geological Survey'), magnitude.origins.join(', '));
});

test('one article giving two values with no named origins for them still does not dispute itself', () => {
  const groups = storyOf([
    ['Wire One', '2025-09-08', 'Two fishing boats sank near the harbour. Three boats were damaged.'],
    ['Coast News', '2025-09-08', 'Three boats were damaged in the storm.'],
  ]);
  assert.ok(groups.every((g) => g.verdict !== 'contested'), groups.map((g) => `${g.verdict} ${g.statement}`).join('\n'));
});

test('a figure in a clause joined by ", and" takes its own clause verb, not the casualty verb of the clause before', () => {
  const claims = valuedClaimsOf('More than 40 people were injured, and about 2,000 people spent the night in tents, a spokeswoman said.');
  const tents = claims.find((c) => c.value === 2000);
  assert.ok(tents, claims.map((c) => `${c.measure.value} ${c.value}`).join(', '));
  assert.notEqual(tents.measure.value, 'injured');
  assert.equal(tents.predicate.value, 'spend');
  assert.equal(claims.find((c) => c.value === 40)?.measure.value, 'injured');
});

test('a relative clause set off by commas keeps its verb to its noun: the figure takes the main verb', () => {
  const [aid] = valuedClaimsOf('The minister, who visited the valley on Wednesday, pledged $40 million for rebuilding.');
  assert.ok(aid);
  assert.notEqual(aid.predicate.value, 'visit');
  const [plain] = valuedClaimsOf('The minister visited the valley and said 12 houses were destroyed.');
  assert.equal(plain?.value, 12);
});

test('a count told as added to the toll is its increase, not a value of the toll', () => {
  const claims = valuedClaimsOf('Rescuers recovered 12 more bodies on Thursday, bringing the death toll to 31, the coast guard said.');
  assert.deepEqual(claims.filter((c) => c.measure.value === 'killed').map((c) => c.value), [31]);
  // The increase makes no figure of its own.
  assert.equal(claims.find((c) => c.value === 12), undefined);
  // Others told beside the dead are a count of their own, not an increase.
  const others = valuedClaimsOf('Two people were killed on Friday and three more people were wounded.');
  assert.equal(others.find((c) => c.measure.value === 'injured')?.value, 3);
  // Without "more", the count is the toll.
  assert.deepEqual(valuedClaimsOf('Rescuers recovered 12 bodies on Thursday.').map((c) => c.measure.value), ['killed']);
});

test('a fire\'s acres, containment and homes destroyed run over days as a toll does', () => {
  const groups = storyOf([
    ['Valley News', '2025-08-11', 'A wildfire burned about 4,000 acres in the hills on Monday, fire officials said. The fire was 5 percent contained by Monday evening. Twelve homes were destroyed, officials said.'],
    ['State Wire', '2025-08-12', 'The fire grew to 9,500 acres on Tuesday and has destroyed at least 40 homes, the fire agency said. Containment rose to 15 percent.'],
    ['Hill Gazette', '2025-08-13', 'The fire has burned 11,200 acres and was 30 percent contained on Wednesday morning, the fire agency said.'],
  ]);
  const acres = groups.find((g) => g.frame.measure === 'other:area');
  assert.equal(acres?.verdict, 'updated');
  assert.deepEqual(acres?.tellings.map((t) => t.value), [4000, 9500, 11200]);
  const containment = groups.find((g) => g.frame.subject === 'containment');
  assert.equal(containment?.verdict, 'updated');
  assert.deepEqual(containment?.tellings.map((t) => t.value), [5, 15, 30]);
  assert.match(containment?.statement ?? '', /^Containment: /);
  // Homes are one series however far apart the counts, not a rival count nor two groups.
  const homes = groups.filter((g) => g.frame.subject === 'home');
  assert.equal(homes.length, 1);
  assert.equal(homes[0]?.verdict, 'updated');
  assert.match(homes[0]?.statement ?? '', /^Homes destroyed: /);
});

test('differing counts of other things told on later days are not made a series', () => {
  const groups = storyOf([
    ['Valley News', '2025-08-11', 'Three boats were seized by the navy, officials said.'],
    ['State Wire', '2025-08-12', 'Two boats were seized by the navy, a spokesman said.'],
  ]);
  assert.notEqual(groups.find((g) => g.frame.subject === 'boat')?.verdict, 'updated');
});

test('a vessel\'s capacity and the people aboard it are figures of their own', () => {
  const groups = storyOf([
    ['Coast News', '2025-06-03', 'A ferry carrying 212 people capsized off the island on Tuesday, the coast guard said.'],
    ['World Wire', '2025-06-04', 'The transport ministry said the vessel was licensed to carry 150 passengers.'],
    ['TV News', '2025-06-05', 'The regional governor said 180 passengers had been on board.'],
  ]);
  const aboard = groups.find((g) => g.frame.subject === 'aboard');
  assert.deepEqual(aboard?.tellings.map((t) => t.value).sort(), [180, 212]);
  assert.equal(aboard?.verdict, 'contested');
  const capacity = groups.find((g) => g.frame.subject === 'capacity');
  assert.deepEqual(capacity?.tellings.map((t) => t.value), [150]);
  // A count named by its own noun stays that count.
  assert.ok(valuedClaimsOf('The ship had 18 Indian sailors on board.').every((c) => c.subject.rule !== 'subject/aboard'));
  // Passengers told beside the crew are a part of the people aboard, not all of them.
  const split = valuedClaimsOf('The airline said the jet was carrying 82 passengers and six crew members on a flight to Halm.');
  assert.ok(split.find((c) => c.value === 82) && split.every((c) => c.subject.rule !== 'subject/aboard'));
  assert.equal(valuedClaimsOf('The airline said the jet was carrying 88 passengers.').find((c) => c.value === 88)?.subject.rule, 'subject/aboard');
});

test('people rescued are a count of their own; rescue workers count no one saved', () => {
  const [rescued] = valuedClaimsOf('Forty-one people were rescued and dozens remain missing, the coast guard said.');
  assert.equal(rescued?.measure.value, 'rescued');
  assert.equal(rescued?.value, 41);
  assert.ok(valuedClaimsOf('About 200 rescue workers searched the rubble on Friday.').every((c) => c.measure.value !== 'rescued'));
});

test('"the other two victims" are the rest of the victims told before, a part of their count, never its rival', () => {
  const groups = storyOf([
    ['Channel One', '2016-09-10', 'Officials encountered four victims just feet away from the club, police said.'],
    ['Channel Two', '2016-09-10', 'The other two victims, a man and a woman, were transported in stable condition.'],
  ]);
  const four = groups.find((g) => g.tellings.some((t) => t.value === 4));
  assert.ok(four, groups.map((g) => g.statement).join('\n'));
  assert.notEqual(four.verdict, 'contested', four.statement);
  assert.match(four.statement, /^Victims: 4\b/);
});

test("a place told as someone's home, or in another clause, does not place a count", () => {
  const place = (text: string) => valuedClaimsOf(text).find((c) => c.measure.value === 'killed')?.place;
  // Where the count happened.
  assert.equal(place('A gunman killed three officers in Riverton on Sunday.')?.value, 'Riverton');
  // The gunman's home: "from", an apposed "of", "lived in".
  assert.equal(place('Three officers were killed in an ambush by a gunman from Lakeport on Sunday.')?.value ?? null, null);
  assert.equal(place('All three of the slain officers lived in Denham Falls, police said.')?.value ?? null, null);
  // A place after a break in the sentence belongs to another clause.
  const other = place('The former soldier killed three officers last month; he never served in Norland.');
  assert.equal(other?.value ?? null, null);
  assert.equal(other?.rule, 'place/other-clause');
});

test('a part of the hurt or the dead named by their own word is a subset of the count; a figure that would have been is none', () => {
  const [part] = valuedClaimsOf('The identities of the slain officers and two of those wounded are known.');
  assert.equal(part?.measure.value, 'injured');
  assert.equal(part?.measure.rule, 'measure/partitive-subset');
  const [whole] = valuedClaimsOf('Two of the officers were wounded.');
  assert.notEqual(whole?.measure.rule, 'measure/partitive-subset');
  assert.ok(valuedClaimsOf('The sheriff said that without the officer "we would have had two other slain deputies."').every((c) => c.value !== 2));
  assert.equal(valuedClaimsOf('The sheriff said "we had two slain deputies."').filter((c) => c.value === 2).length, 1);
});

test('people in a condition and the others hurt beside them are one count of the hurt', () => {
  const injured = (text: string) => valuedClaimsOf(text).filter((c) => c.measure.value === 'injured').map((c) => c.value);
  assert.ok(injured('One woman is in serious condition and two others are injured after a shooting at a bar.').includes(3));
  assert.ok(injured('Three were listed in critical but stable condition and the other two received minor injuries.').includes(5));
  // No condition told before the others: the others stay their own count.
  assert.deepEqual(injured('One man died and two others were injured in the shooting.'), [2]);
});

test('people listed with commas before the last person and a count joined by "and" are each one more of the toll', () => {
  const killed = (text: string) => valuedClaimsOf(text).filter((c) => c.measure.value === 'killed').map((c) => c.value);
  assert.ok(killed('Valerie Smith, her husband and six children were shot and killed inside the home on Saturday.').includes(8));
  assert.ok(killed('A woman, her mother and two children were killed in the shooting.').includes(4));
  const shot = valuedClaimsOf('He and two other men were shot outside the bar on Sunday.').filter((c) => c.measure.value === 'shot').map((c) => c.value);
  assert.ok(shot.includes(3));
  // A day told before the list is no person of it.
  assert.ok(killed('On Sunday, a man and two children were killed in the shooting.').includes(3));
  assert.ok(!killed('On Sunday, a man and two children were killed in the shooting.').includes(4));
});

test('a count told as changed from one value to another states the value it came to', () => {
  const [down] = valuedClaimsOf('The number of injured was revised on Saturday from eight to six, officials said.').filter((c) => c.measure.value === 'injured');
  assert.equal(down?.value, 6);
  const [up] = valuedClaimsOf('The death toll rose on Saturday from three to five, officials said.').filter((c) => c.measure.value === 'killed');
  assert.equal(up?.value, 5);
});

test('a word of attribution between the condition and the others keeps them one count of the hurt', () => {
  const injured = valuedClaimsOf('The shooting left a male student in critical condition, and, according to the district, two other students also suffered injuries.').filter((c) => c.measure.value === 'injured').map((c) => c.value);
  assert.ok(injured.includes(3), JSON.stringify(injured));
  // The one in a condition may be told with a few words and a participle: "left a 4-year-old Westside boy abandoned in critical condition".
  const left = valuedClaimsOf('Gunfire left a 4-year-old Westside boy abandoned in critical condition, while two others, including a teen, were also wounded.').filter((c) => c.measure.value === 'injured').map((c) => c.value);
  assert.deepEqual(left, [3]);
  // Fighting for one's life is a condition too.
  const fighting = valuedClaimsOf('A 19-year-old man is fighting for his life, as three others he was with were hospitalized, police said.').filter((c) => c.measure.value === 'injured').map((c) => c.value);
  assert.deepEqual(fighting, [4]);
  // "winged": grazed by a bullet.
  const winged = valuedClaimsOf('The shooting left one person hospitalized in critical condition and two others winged.').filter((c) => c.measure.value === 'injured').map((c) => c.value);
  assert.ok(winged.includes(3), JSON.stringify(winged));
  // The one in a condition told as the subject of a shooting "that also injured" the others.
  const also = valuedClaimsOf('A 10-year-old girl remained in critical condition Friday after a shooting that also injured two other people.').filter((c) => c.measure.value === 'injured').map((c) => c.value);
  assert.deepEqual(also, [3]);
});

test('people counted in parts joined by "and" are one toll, whichever part carries the state word', () => {
  const hurt = (text: string) => valuedClaimsOf(text).filter((c) => c.measure.value === 'injured').map((c) => c.value);
  assert.deepEqual(hurt('The shooting left three men and three women injured early Sunday, police said.'), [6]);
  assert.deepEqual(hurt('When they arrived they found one male and two female victims with gunshot wounds inside the bar.'), [3]);
  // Ages told between the parts leave them one toll: "Two boys, ages 7 and 10, and two adults were found slain".
  assert.deepEqual(valuedClaimsOf('Two boys, ages 7 and 10, and two adults were found slain inside the home.').filter((c) => c.measure.value === 'killed').map((c) => c.value), [4]);
  // The parts together are people, not the first part's noun ("3 male").
  assert.equal(valuedClaimsOf('When they arrived they found one male and two female victims with gunshot wounds inside the bar.').find((c) => c.measure.value === 'injured')?.unit, 'people');
  // A part told in its own state is a count of its own: the dead man is none of the hurt.
  assert.deepEqual(hurt('Officers found one deceased male and one female victim who sustained injuries from gunshot wounds.'), [1]);
});

test('a count of people with its parts told between commas or dashes takes the measure after them; the parts make no count of their own', () => {
  const harmed = (text: string) => valuedClaimsOf(text).filter((c) => ['injured', 'killed', 'shot'].includes(c.measure.value)).map((c) => `${c.measure.value} ${c.value}`);
  assert.deepEqual(harmed('Police said six people, three men and three women, were shot by a gunman on Lorenz Boulevard.'), ['shot 6']);
  assert.deepEqual(harmed('Officers found four adults — two men and two women — suffering from gunshot wounds.'), ['injured 4']);
  // Parts told by their ages: each "a N-year-old" is one person, and the ages stay claims of their own.
  assert.deepEqual(harmed('Two teens, a 15-year-old and a 17-year-old, were wounded Monday night.'), ['injured 2']);
  assert.deepEqual(harmed('Two people, a 25-year-old man and a 31-year-old woman, were wounded.'), ['injured 2']);
  assert.deepEqual(valuedClaimsOf('Two people, a 25-year-old man and a 31-year-old woman, were wounded.').filter((c) => c.measure.value === 'age').map((c) => c.value), [25, 31]);
  // Parts that do not add up to the count, or a count of one kind of person, are a list, not its parts.
  assert.ok(!harmed('In the car were two women, a man and an infant, who were all shot.').includes('shot 2'));
});

test('a count with an "including" aside before its verb takes the verb after the aside: "Seven people, including the shooter, were killed"', () => {
  const harmed = (text: string) => valuedClaimsOf(text).filter((c) => ['injured', 'killed', 'shot'].includes(c.measure.value)).map((c) => `${c.measure.value} ${c.value}`);
  assert.deepEqual(harmed('Seven people, including the shooter, were killed in the incident.'), ['killed 7']);
  assert.deepEqual(harmed('Four people, including an 11-year-old boy, were wounded in a shooting Friday night.'), ['injured 4']);
  // "found shot to death" past the aside is a death, not only a shooting.
  assert.deepEqual(harmed('Six people, including two children, were found shot to death on Tuesday night.'), ['killed 6']);
  // An aside with no verb after it is no part of the count's clause.
  assert.deepEqual(harmed('Police spoke to five people, including two children, and left.'), []);
  // "others" counts people; the aside may come with no commas.
  assert.deepEqual(harmed('One man died and three others, including a deputy, were hurt in the crash.'), ['killed 1', 'injured 3']);
  assert.deepEqual(harmed('One man died and four others including a deputy were injured.'), ['killed 1', 'injured 4']);
  assert.deepEqual(harmed('Police spoke to four others including a deputy and left.'), []);
});

test('the dead among people shot told with no noun of their own ("four were shot, one fatally") are a count of the killed', () => {
  const harmed = (text: string) => valuedClaimsOf(text).filter((c) => ['injured', 'killed', 'shot'].includes(c.measure.value)).map((c) => `${c.measure.value} ${c.value}`);
  assert.deepEqual(harmed('Police say four teenagers were shot, one fatally, on Tuesday.'), ['shot 4', 'killed 1']);
  assert.deepEqual(harmed('Three men were shot late Sunday, two of them fatally.'), ['shot 3', 'killed 2']);
  // Not more of the dead than the shot, nor a count that names its own measure.
  assert.deepEqual(harmed('One man was shot, one fatally.').filter((x) => x.startsWith('killed')), []);
});

test('what the story\'s event follows ("follows a shooting last week that left ...") is another event: its toll is background', () => {
  const claims = valuedClaimsOf('Five people were shot at a block party on Sunday. The incident follows a shooting last week that left a gunman dead and 11 other people wounded.');
  assert.equal(claims.find((c) => c.value === 11)?.scope.value, 'background');
  assert.equal(claims.find((c) => c.value === 5)?.scope.value, 'event');
  // Nobody of that other shooting is among the story's dead.
  assert.deepEqual(claims.filter((c) => c.measure.value === 'killed' && c.scope.value === 'event').map((c) => c.value), []);
  // "... began after Sterling Day was shot dead": what gunfire began after is another event, its victim none of the story's.
  const began = valuedClaimsOf('Four people were wounded in a shooting on Thursday. Residents said the string of gunfire began after Sterling Day was shot dead a block away.');
  assert.deepEqual(began.filter((c) => c.measure.value === 'killed' && c.scope.value === 'event').map((c) => c.value), []);
  assert.equal(began.find((c) => c.value === 4)?.scope.value, 'event');
});

test('a count of people told of each of several events ("wounded at least four people each") is no toll of this one', () => {
  const claims = valuedClaimsOf('There have been 13 shootings this year with several victims, including two shootings that wounded at least four people each.');
  assert.equal(claims.find((c) => c.value === 4)?.scope.value, 'background');
});

test('people told "not hospitalized" are no count of the hurt', () => {
  assert.deepEqual(valuedClaimsOf('Four people were shot on Friday. One victim was not hospitalized.').filter((c) => c.measure.value === 'injured').map((c) => c.value), []);
});

test('"not one kid is shot" counts no one', () => {
  assert.deepEqual(valuedClaimsOf('"It is a miracle that not one kid is shot," the chief said.').filter((c) => ['injured', 'shot', 'killed'].includes(c.measure.value)).map((c) => c.value), []);
});

test('numbers told right after a count of people and a comma are their ages: "two males, 30 and 42"', () => {
  const claims = valuedClaimsOf('Three females, ages 21, 32, and 49, and two males, 30 and 42 were injured in the shooting.');
  assert.ok(!claims.some((c) => ['injured', 'killed', 'shot'].includes(c.measure.value) && (c.value === 42 || c.value === 30)), JSON.stringify(claims.map((c) => [c.measure.value, c.value])));
  assert.deepEqual(claims.filter((c) => c.measure.value === 'age').map((c) => c.value), [21, 32, 49, 30, 42]);
});

test('people held counted in parts joined by "and" are one count: "Four adults and two juveniles were arrested"', () => {
  assert.deepEqual(valuedClaimsOf('Four adults and two juveniles were arrested in connection with the shooting.').filter((c) => c.measure.value === 'arrested').map((c) => c.value), [6]);
  // A person named after "and" is not joined to the count: it may be told of another act.
  assert.deepEqual(valuedClaimsOf('Police arrested two men and a woman on Friday.').filter((c) => c.measure.value === 'arrested').map((c) => c.value), [2]);
});

test('what the event "comes after" told as someone harmed, and the sentences that go on telling that event, are background', () => {
  const claims = valuedClaimsOf('Four people were shot at a bar on Friday. This comes after a man was killed outside the same bar in May of 2012. Two people were shot in that incident. One of them died at a hospital.', '2013-02-22');
  assert.deepEqual(claims.filter((c) => c.scope.value === 'event').map((c) => `${c.measure.value} ${c.value}`), ['shot 4']);
  // "that incident" with no other event told before it is the story's own.
  const own = valuedClaimsOf('Police were called to a bar on Friday night. Two people were shot in that incident.', '2013-02-22');
  assert.deepEqual(own.filter((c) => c.scope.value === 'event').map((c) => `${c.measure.value} ${c.value}`), ['shot 2']);
});

test('tolls of many shootings over weeks or across a city are round-ups, and a listicle\'s count is no toll', () => {
  const weeks = valuedClaimsOf('In the past six weeks alone, four children have died from unintentional gunshot wounds in the county.');
  assert.equal(weeks.find((c) => c.value === 4)?.scope.value, 'background');
  const city = valuedClaimsOf('Four men were killed and at least 20 other people were wounded in shootings across Chicago over the weekend.');
  assert.ok(city.filter((c) => c.measure.value === 'killed' || c.measure.value === 'injured').every((c) => c.scope.value === 'background'));
  const sides = valuedClaimsOf('Seven men were wounded by gunfire on the South and West sides Monday, police said.');
  assert.equal(sides.find((c) => c.value === 7)?.scope.value, 'background');
  assert.deepEqual(valuedClaimsOf('3 takeaways from the fatal police shooting').filter((c) => c.measure.value === 'killed'), []);
});

test('a road named by a number of miles ("the Seven Mile and Greenfield area", "8 Mile Road") is no distance', () => {
  assert.deepEqual(valuedClaimsOf('The shooting happened in the Seven Mile and Greenfield area near 8 Mile Road.').filter((c) => c.measure.value === 'distance'), []);
  assert.equal(valuedClaimsOf('The town lies seven miles north of the city.').filter((c) => c.measure.value === 'distance').length, 1);
});

test('a name before "and seven others", and a pronoun opening a list of the dead, are one more of the toll', () => {
  const named = valuedClaimsOf('Nathaniel Conley and seven others were killed Sunday.');
  assert.deepEqual(named.filter((c) => c.measure.value === 'killed').map((c) => c.value), [8]);
  const listed = valuedClaimsOf('Police say he fatally shot her, six children and her husband.');
  assert.deepEqual(listed.filter((c) => c.measure.value === 'killed' && c.value !== 1).map((c) => c.value), [8]);
  // A name and "and" before a count that is no count of people ("Smith and two other teams") joins nothing.
  assert.deepEqual(valuedClaimsOf('The Bears and two other teams were eliminated.').filter((c) => c.value === 3), []);
});

test('counts listed among a toll are parts of it, each of its own people; a value the toll moved from is an earlier value of it', () => {
  const parts = valuedClaimsOf('Among the dead were 5 Indians, 4 Russians and 2 South Koreans.', '2025-03-12');
  assert.deepEqual(parts.map((c) => `${c.measure.value}:${c.measure.rule}:${c.value}`), ['killed:measure/part-among-toll:5', 'killed:measure/part-among-toll:4', 'killed:measure/part-among-toll:2']);
  const moved = valuedClaimsOf('At least four people have died, state health officials said Tuesday, up from two on Monday.', '2025-09-03');
  assert.deepEqual(moved.map((c) => `${c.measure.value}:${c.value}`), ['killed:4', 'killed:2']);
  assert.equal(moved[1]!.time.value, '2025-09-01');
  // A verb with a count of its own is that count's, not the count before it.
  const storm = valuedClaimsOf('The storm knocked out power to more than 800,000 customers, killing at least two people.', '2025-09-02');
  assert.deepEqual(storm.map((c) => `${c.measure.value}:${c.value}`), ['other:outage:800000', 'killed:2']);
});

test('"no one remains missing" is a count of none missing; "no one else is missing" is none', () => {
  const none = valuedClaimsOf('Rescuers ended their search on Saturday. No one remains missing, firefighters said.');
  const zero = none.find((c) => c.measure.value === 'missing');
  assert.equal(zero?.value, 0);
  assert.equal(zero?.measure.rule, 'measure/no-one-missing');
  assert.ok(!valuedClaimsOf('Seven people remain missing. No one else is missing.').some((c) => c.measure.value === 'missing' && c.value === 0));
  // An article that counts its missing keeps its own count.
  assert.ok(!valuedClaimsOf('Seven people remain missing, though no one remains missing from the first bus.').some((c) => c.value === 0));
});

test('"a total of" opens a count: no verb of it and no back reference', () => {
  const [total] = valuedClaimsOf('According to police, a total of seven people had to be treated for non-life threatening wounds after the shooting.');
  assert.equal(total?.measure.value, 'injured');
  assert.equal(total?.value, 7);
  assert.notEqual(total?.predicate.value, 'total');
  // "the three victims" told again stays no figure of its own.
  assert.ok(!valuedClaimsOf('Police found the three victims inside the home.').some((c) => c.measure.value.startsWith('other:') && c.value === 3));
});

test('people taken to hospital with injuries or wounds are the hurt, however far the words of their hurt stand', () => {
  // "The woman and her three children": she and they.
  const family = valuedClaimsOf('The woman and her three children were taken to an area hospital with minor injuries.').find((c) => c.measure.value === 'injured');
  assert.equal(family?.value, 4);
  for (const text of ['Four people were taken to area hospitals with gunshot wounds.', 'Four people were transported to the hospital with non-life-threatening injuries.']) {
    const four = valuedClaimsOf(text).find((c) => c.value === 4);
    assert.equal(four?.measure.value, 'injured', text);
    assert.equal(four?.measure.rule, 'measure/taken-to-hospital-hurt', text);
  }
  // Others besides some told before may be a rest or the whole; taken to hospital for anything but a hurt, no count of the hurt.
  assert.ok(!valuedClaimsOf('Four other people were taken to the hospital for non-life threatening injuries.').some((c) => c.value === 4 && c.measure.rule === 'measure/taken-to-hospital-hurt'));
  assert.ok(!valuedClaimsOf('Two suspects were taken to the hospital for evaluation.').some((c) => c.value === 2 && c.measure.value === 'injured'));
});

test('a count of the shot followed by as many others harmed or more is some of them; one that holds its others is the whole', () => {
  const text = 'Police say they found two men suffering from gunshot wounds; one was pronounced dead at the scene. The other is in critical condition. Four other people were taken to the hospital for non-life threatening injuries.';
  const found = valuedClaimsOf(text).find((c) => c.value === 2 && c.measure.value === 'shot');
  assert.equal(found?.subject.rule, 'subject/some-before-others');
  const whole = valuedClaimsOf('Five people were shot Saturday. One man died. Four other people were taken to the hospital with injuries.').find((c) => c.value === 5);
  assert.equal(whole?.measure.value, 'shot');
  assert.notEqual(whole?.subject.rule, 'subject/some-before-others');
  // Others of other events told after it leave it whole.
  const city = valuedClaimsOf('A pair of gunmen shot six people at a party early Saturday. Eight other people were wounded across the city overnight.').find((c) => c.value === 6);
  assert.notEqual(city?.subject.rule, 'subject/some-before-others');
});

test('a bound of an age ("a child under the age of 10") counts no one and measures no one\'s age', () => {
  const claims = valuedClaimsOf('A child under the age of 10 was killed in a drive-by shooting on Thursday night.');
  assert.ok(!claims.some((c) => c.value === 10), JSON.stringify(claims.map((c) => [c.measure.value, c.value])));
  assert.equal(claims.find((c) => c.measure.value === 'killed')?.value, 1);
  assert.ok(!valuedClaimsOf('Under Texas law, children under the age of 10 cannot be charged with a crime.').some((c) => c.value === 10));
  assert.ok(!valuedClaimsOf('The victims are a man and three girls under the age of 18.').some((c) => c.value === 18));
  // An age told as an age stays one.
  assert.equal(valuedClaimsOf('A 10-year-old child was killed in a drive-by shooting.').find((c) => c.measure.value === 'age')?.value, 10);
});

test('a magnitude told after a distance takes no unit or noun of it', () => {
  const claims = valuedClaimsOf('The quake hit at a depth of 10 kilometres, about 40 km north of the city of Karsk, the institute said. The U.S. Geological Survey put the magnitude at 6.0.');
  const magnitude = claims.find((c) => c.measure.value === 'magnitude');
  assert.equal(magnitude?.value, 6);
  assert.equal(magnitude?.unit, null);
  assert.notEqual(magnitude?.subject.value, 'kilometre');
});

test('others listed right after a count of the same harm in one sentence are hurt besides them: "two police officers wounded and three others injured" is 5 hurt', () => {
  const c = valuedClaimsOf('The gunman opened fire on Sunday morning, leaving one person dead, two police officers wounded and three others injured.');
  assert.ok(c.some((x) => x.measure.value === 'injured' && x.value === 5), c.map((x) => `${x.measure.value} ${x.value}`).join('; '));
  assert.ok(c.some((x) => x.measure.value === 'killed' && x.value === 1));
  // Others of another harm add nothing: "two people were killed and three others were injured" is 2 dead and 3 hurt.
  const d = valuedClaimsOf('Two people were killed and three others were injured.');
  assert.ok(d.some((x) => x.measure.value === 'injured' && x.value === 3));
  assert.ok(!d.some((x) => x.measure.value === 'injured' && x.value === 5));
});
