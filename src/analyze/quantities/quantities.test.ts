// Unit tests for findQuantities: values, units, approximations, ranges, number words and change direction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from './index.js';

function one(text: string) {
  const qs = findQuantities(text);
  assert.equal(qs.length, 1, `expected one quantity in "${text}", got ${JSON.stringify(qs.map((q) => q.text))}`);
  return qs[0];
}

test('money with currency marks, codes and words', () => {
  assert.deepEqual([one('The deal is worth $5.5 billion.').value, one('The deal is worth $5.5 billion.').unit], [5.5e9, 'USD']);
  const gbp = one('The outage cost £100m last year.');
  assert.equal(gbp.value, 1e8);
  assert.equal(gbp.unit, 'GBP');
  assert.equal(one('Sales reached €3bn.').unit, 'EUR');
  const won = one('The budget is 5 trillion won.');
  assert.equal(won.value, 5e12);
  assert.equal(won.unit, 'KRW');
  assert.equal(one('It was valued at 9 billion yuan.').unit, 'CNY');
  assert.equal(one('Revenue was HK$3.7 billion.').unit, 'HKD');
  assert.equal(one('The stake sold for 1.5bn dollars.').value, 1.5e9);
  assert.equal(one('He paid RM23.50 a share.').unit, 'MYR per share');
});

test('a capitalised number word inside running text begins a name, not a count', () => {
  assert.deepEqual(findQuantities("A shooting in Albuquerque's Four Hills neighborhood left a woman hurt.").map((q) => q.text), []);
  assert.deepEqual(findQuantities('Police closed the Five Points station.').map((q) => q.text), []);
  assert.equal(one('Police Say Four Men Were Shot').value, 4);
  assert.equal(one('Man Charged with Two Counts of Murder').value, 2);
  assert.equal(one('Gunman Kills Two Officers in Ambush').value, 2);
  assert.equal(one('Police said Four people were hurt.').value, 4);
});

test('percent forms', () => {
  assert.equal(one('Turnout was 74.2 percent.').unit, 'percent');
  assert.equal(one('Inflation hit 30% in May.').value, 30);
  assert.equal(one('Support fell to 12 per cent.').unitClass, 'percent');
});

test('persons, munitions and counted nouns', () => {
  const t = one('Officials said 1,500 soldiers crossed the border.');
  assert.equal(t.unit, 'soldiers');
  assert.equal(t.unitClass, 'persons');
  assert.equal(one('Russia fired 40 cruise missiles overnight.').unitClass, 'munitions');
  assert.equal(one('The club sold 300 season tickets.').unitClass, 'count');
  assert.equal(one('A dozen police officers arrived.').value, 12);
});

test('measures: length, mass, area, volume, time, temperature, speed, age', () => {
  assert.equal(one('The wall is 72.7 metres long.').unitClass, 'length');
  assert.equal(one('It weighs 70kg.').unit, 'kilogram');
  assert.equal(one('The fire burned 311 square miles.').unitClass, 'area');
  assert.equal(one('The tank holds 500 litres.').unitClass, 'volume');
  assert.equal(one('The siege lasted 18 months.').unitClass, 'time');
  assert.equal(one('It reached 40 degrees Celsius.').unitClass, 'temperature');
  assert.equal(one('Winds hit 155mph.').unit, 'mile per hour');
  const age = one('The 68-year-old general resigned.');
  assert.equal(age.unitClass, 'age');
  assert.equal(age.value, 68);
});

test('approximation cues', () => {
  const cases: Array<[string, string]> = [
    ['about 300 people', 'about'], ['around 300 people', 'about'], ['approximately 300 people', 'about'],
    ['some 300 people', 'about'], ['roughly 300 people', 'about'], ['as many as 300 people', 'up-to'],
    ['up to 300 people', 'up-to'], ['over 300 people', 'more-than'], ['more than 300 people', 'more-than'],
    ['at least 300 people', 'at-least'], ['nearly 300 people', 'nearly'], ['almost 300 people', 'nearly'],
    ['less than 300 people', 'less-than'], ['under 300 people', 'less-than'], ['an estimated 300 people', 'estimated'],
    ['300 people or more', 'at-least'],
  ];
  for (const [text, approx] of cases) assert.equal(one(`They counted ${text} there.`).approx, approx, text);
});

test('"about" after a word of telling or asking is a preposition, no approximation', () => {
  assert.equal(one('The station ran a story about two young men from the town.').approx, null);
  assert.equal(one('Reporters asked about three officers on leave.').approx, null);
  assert.equal(one('Neighbours heard about six shots.').approx, 'about');
});

test('ranges', () => {
  assert.deepEqual(one('Between 3,000 and 5,000 troops were sent.').value, [3000, 5000]);
  assert.deepEqual(one('They sent 3,000-5,000 troops.').value, [3000, 5000]);
  assert.deepEqual(one('The trip takes 10 to 12 hours.').value, [10, 12]);
  const scaled = one('Costs ranged from $10 to $15 billion.');
  assert.deepEqual(scaled.value, [1e10, 1.5e10]);
  assert.equal(scaled.change, null);
  assert.deepEqual(one('Prices will rise between 5% and 6%.').value, [5, 6]);
  assert.deepEqual(one('There are four thousand to five thousand people.').value, [4000, 5000]);
});

test('number words, fractions and vague plurals', () => {
  assert.equal(one('They fired eight million shells.').value, 8e6);
  assert.equal(one('Six officers died.').value, 6);
  assert.deepEqual(one('Tens of thousands of people marched.').value, [1e4, 1e5]);
  assert.equal(one('Nearly three-quarters of voters agree.').value, 0.75);
  assert.equal(one('Only one-fifth of voters agree.').value, 0.2);
  assert.equal(one('Half a million people fled.').value, 5e5);
  assert.equal(one('The firm is worth 1.5bn.').value, 1.5e9);
  assert.equal(one('The video had 12k views.').value, 12000);
  assert.equal(one('Twenty-five ships docked.').value, 25);
  assert.ok(Math.abs((one('One out of three Germans rent.').value as number) - 1 / 3) < 1e-9);
});

test('change direction', () => {
  assert.equal(one('Exports rose to $5 billion.').change, 'up');
  assert.equal(one('The firm cut its forecast by 10%.').change, 'down');
  assert.equal(one('Costs increased by 4.5%.').change, 'up');
  assert.equal(one('The index fell 190 points.').change, 'down');
  assert.equal(one('Shares were up 5% on Monday.').change, 'up');
  assert.equal(one('The plant will cut 5,000 jobs.').change, null);
  const from = findQuantities('Profit was $84 billion, down from $89 billion.');
  assert.equal(from[0].change, 'down');
  assert.equal(from[1].change, null);
});

test('negative and scientific values', () => {
  assert.equal(one('The offense gained -5 yards.').value, -5);
  assert.equal(one('It was minus 30 degrees Celsius.').value, -30);
});

test('deterministic, with spans and rules', () => {
  const text = 'Around 12,000 troops and $5.5 billion in aid, up 5% from 2023.';
  const a = findQuantities(text);
  const b = findQuantities(text);
  assert.deepEqual(a, b);
  for (const q of a) {
    assert.equal(text.slice(q.span[0], q.span[1]), q.text);
    assert.match(q.rule, /\S/);
  }
});

test('a number word after a group or a toll counts people; a range after a group stays a range', () => {
  const family = one('They were a family of five.');
  assert.equal(family.value, 5);
  assert.equal(family.unitClass, 'persons');
  assert.equal(one('It brought the death toll to three.').value, 3);
  // The toll's noun phrase may be long; a conjunction or another clause between them ends it.
  assert.equal(one("The death toll from Tuesday's earthquake in the western hills has risen to five.").value, 5);
  assert.equal(findQuantities('The toll rose sharply and officials said the river rose to four.').length, 0);
  assert.deepEqual(one('That was until a group of six or seven children found it.').value, [6, 7]);
  assert.equal(findQuantities('The two were friends.').length, 0);
});

test('a span of clock times is no quantity: "from 2-6 PM", "from 2 to 6 p.m."', () => {
  assert.equal(findQuantities('The party ran from 2-6 PM on Saturday.').length, 0);
  assert.equal(findQuantities('Visitation is from 2 to 6 p.m. Friday.').length, 0);
});

test('a bare number after a word of place names a road: "near 635 and Plano Rd" counts nothing', () => {
  assert.deepEqual(findQuantities('A man entered the motel near 635 and Plano Rd before opening fire.').map((q) => q.value), []);
  assert.equal(one('Near 300 people gathered at the vigil.').value, 300);
});

test('a two-word unit hyphened to its number: "480-nautical-mile", "2,000-square-foot"', () => {
  const nm = one('The warship patrols a 480-nautical-mile corridor.');
  assert.deepEqual([nm.value, nm.unit, nm.unitClass], [480, 'nautical mile', 'length']);
  assert.equal(one('They live in a 2,000-square-foot home.').unit, 'square foot');
});

test('two apostrophes after a number close a quotation, they are no feet', () => {
  const qs = findQuantities("The navy sank the trawler ``Ekawat Nava 5'' last week.");
  assert.ok(qs.every((q) => q.unit !== 'foot'), JSON.stringify(qs));
});

test('"euro22 billion", the plain-text copy of "€22 billion", is euros; a word ending in "euro" before a number is not', () => {
  const eur = one('Parliament must pass the share of euro22 billion by Friday.');
  assert.deepEqual([eur.value, eur.unit], [22e9, 'EUR']);
  assert.equal(one('He gets euro345 a month from his pension.').unit?.startsWith('EUR'), true);
  assert.ok(!findQuantities('The Neuro5 device shipped.').some((q) => q.unit?.startsWith('EUR')));
});

test('a count before a model named with a number counts the model\'s things: "six AK-47 rifles", "3 Boeing 747 jets"', () => {
  const rifles = one('Sailors seized six AK-47 rifles from the skiff.');
  assert.deepEqual([rifles.value, rifles.unit], [6, 'AK-47 rifles']);
  const jets = one('The carrier ordered 3 Boeing 747 jets.');
  assert.deepEqual([jets.value, jets.unit], [3, 'Boeing 747 jets']);
  assert.equal(findQuantities('He carried an AK-47 rifle.').length, 0);
});

test('the age someone died at is an age, not a count; a clock time after "died at" is not', () => {
  for (const text of ['The actress died Thursday at 91.', 'Swimming star dies at 91', 'He died at the age of 95, sources said.', 'She died at age 80 in her home.']) {
    const q = one(text);
    assert.equal(q.unitClass, 'age', text);
  }
  assert.notEqual(findQuantities('Felt died at 12:45 p.m. at his home.').find((q) => q.value === 12)?.unitClass, 'age');
  assert.notEqual(findQuantities('Two hikers died at 5 a.m. on the ridge.').find((q) => q.value === 5)?.unitClass, 'age');
  assert.equal(findQuantities('The plane arrived at 91 knots.').some((q) => q.unitClass === 'age'), false);
});

test('a word size before a noun, a decade in words and an all-capital name are no figures', () => {
  assert.deepEqual(findQuantities('Both 32- and 64-bit versions of the system are affected.').map((q) => q.text), []);
  assert.deepEqual(findQuantities('It runs only on 64-bit Windows.').map((q) => q.text), []);
  assert.equal(one('The key is 256 bits long.').value, 256);
  assert.deepEqual(findQuantities('He was the source in the early nineteen seventies.').map((q) => q.text), []);
  assert.deepEqual(findQuantities('His brother spoke to ONE News about the climb.').map((q) => q.text), []);
  assert.equal(one('Police said TWO people died.').value, 2);
});

test('a range of amounts with one currency mark and one scale word is one range: "$2-3 billion", "$140- $150 million"', () => {
  assert.deepEqual([one('The deal is worth $2-3 billion.').value, one('The deal is worth $2-3 billion.').unit], [[2e9, 3e9], 'USD']);
  assert.deepEqual(one('The Orioles offered $140- $150 million for him.').value, [140e6, 150e6]);
  assert.deepEqual(one('The Orioles offered $140-$150 million for him.').value, [140e6, 150e6]);
});

test('a sentence opening "A $..." is the article before a dollar amount; "A$" glued is the Australian dollar', () => {
  assert.equal(findQuantities('A $103.1 million sum went to the pitcher.')[0]?.unit, 'USD');
  assert.equal(one('The deal is worth A$5 million.').unit, 'AUD');
});

test('a clock time with a space after its colon is no count: "at about 9: 25 in the morning"', () => {
  assert.deepEqual(findQuantities('At about 9: 25 in the morning she detected five boats.').map((q) => q.value), [5]);
  assert.deepEqual(findQuantities('It was extinguished by 6: 40 a. m.').map((q) => q.value), []);
});

test('an adverb before a participle stays inside the counted noun: "13 fully loaded magazines", "two critically injured victims"', () => {
  assert.equal(findQuantities('Police seized two rifles and 13 fully loaded magazines.').find((q) => q.value === 13)?.unit, 'fully loaded magazines');
  assert.equal(one('Two critically injured victims were taken to hospital.').unitClass, 'persons');
});

test('"nearby" before a noun stays inside the counted noun; after it, it ends the phrase', () => {
  assert.equal(findQuantities('Gunmen fired shots, injuring three other nearby students.').find((q) => q.value === 3)?.unit, 'other nearby students');
  assert.equal(findQuantities('The fire spread to two nearby homes.')[0]?.unit, 'nearby homes');
  assert.equal(findQuantities('Police found 12 nearby.')[0]?.unit ?? null, null);
});

test('a counted noun never starts with "and": "killing one and injuring one"', () => {
  const qs = findQuantities('Long shot two officers, killing one and injuring one, Edmonson said.');
  assert.ok(qs.every((q) => !/^and\b/i.test(q.unit ?? '')));
  assert.equal(findQuantities('He bought 300 Kia and Hyundai vehicles.')[0]?.unit, 'Kia and Hyundai vehicles');
});

test('a number word right after a verb of killing or hurting counts people, also before "and" and the next verb of hurting', () => {
  const killed = one('A woman opened fire at the campus, killing three and injuring several others.');
  assert.deepEqual([killed.value, killed.unitClass], [3, 'persons']);
  const both = findQuantities('The gunman opened fire, killing four and wounding two.');
  assert.deepEqual(both.map((q) => [q.value, q.unitClass]), [[4, 'persons'], [2, 'persons']]);
  // A number word that goes on to a range, or has words of its own after it, is left as it was.
  assert.equal(findQuantities('The blast killed two or three, officials said.').filter((q) => q.unitClass === 'persons' && q.value === 2).length, 0);
});

test('a number told as the subject of a verb of a crowd ("where 10,000 gathered") counts people', () => {
  const crowd = one('Riot police guarded the square, where 10,000 gathered for a demonstration.');
  assert.deepEqual([crowd.value, crowd.unitClass], [10000, 'persons']);
  // After a preposition it is no crowd's subject.
  assert.notEqual(findQuantities('The union said membership rose to 10,000 gathered from three cities.')[0]?.unitClass, 'persons');
});

test('"grandchildren" and "stepchildren" are plural nouns a number counts', () => {
  assert.deepEqual([one('She leaves behind two grandchildren.').value, one('She leaves behind two grandchildren.').unit], [2, 'grandchildren']);
});

test('a counted noun ends before an "and" no plural follows and before the state of the people counted', () => {
  const [male, female] = findQuantities('They found one male and two female victims inside the bar.');
  assert.equal(male?.unit, 'male');
  assert.equal(female?.unit, 'female victims');
  const [, women] = findQuantities('The shooting left three men and three women injured on Sunday.');
  assert.equal(women?.unit, 'women');
  // "the injured" as a noun of its own still heads a count.
  assert.equal(one('Doctors treated 40 injured at the scene.').unit, 'injured');
});

test('"younger than 18", "older than 65" are age bounds, not counts', () => {
  assert.equal(findQuantities('The two wounded victims are younger than 18.').find((q) => q.value === 18)?.unitClass, 'age');
  assert.equal(findQuantities('Residents older than 65 were moved first.').find((q) => q.value === 65)?.unitClass, 'age');
  assert.notEqual(findQuantities('More than 18 people were hurt.').find((q) => q.value === 18)?.unitClass, 'age');
});

test('"four of them were shot" counts people of a set told before; "three of them went home" counts nothing', () => {
  const four = findQuantities('There were nearly 200 teens at the party and four of them were shot after fights broke out.').find((q) => q.value === 4);
  assert.equal(four?.unitClass, 'persons');
  assert.equal(findQuantities('Three of them went home.').find((q) => q.value === 3), undefined);
});

test('teens, juveniles, bystanders and suspects are counted as people', () => {
  for (const noun of ['teens', 'juveniles', 'bystanders', 'suspects', 'boys']) assert.equal(findQuantities(`Four ${noun} were at the scene.`)[0]?.unitClass, 'persons', noun);
});

test('an age whose hyphen lost a space ("16- year-old", "17 -year-old") is still an age', () => {
  assert.equal(findQuantities('The coroner said 16- year-old Shakur Franklin also died.')[0]?.unitClass, 'age');
  assert.equal(findQuantities('A 17 -year-old boy was hurt.')[0]?.unitClass, 'age');
});

test('numbers told after "in age from" are ages: "ranged in age from 46 to 73"', () => {
  assert.equal(findQuantities('Those killed ranged in age from 46 to 73, police said.')[0]?.unitClass, 'age');
  assert.notEqual(findQuantities('Police said 73 people were hurt.')[0]?.unitClass, 'age');
});

test('a number word after "number" is a rank, not a count', () => {
  assert.deepEqual(findQuantities("We know they were killed by gunfire, that's our number one priority.").map((q) => q.text), []);
  assert.deepEqual(findQuantities('He was the number two official in the department.').map((q) => q.text), []);
  assert.equal(one('Police said two teenagers were killed.').value, 2);
});

test('the number a person turned is an age; one still to come is not', () => {
  assert.equal(one('He just turned 40 in April.').unitClass, 'age');
  assert.equal(one('Long, a former Marine from Kansas City, turned 29 on Sunday.').unitClass, 'age');
  assert.deepEqual(findQuantities('The index turned 3 lower.').filter((q) => q.unitClass === 'age'), []);
  assert.deepEqual(findQuantities('The boy would have turned 18 next month.').filter((q) => q.unitClass === 'age'), []);
});

test('a number and a fraction glyph are one value; dates written with dashes and "1-am" are no quantities', () => {
  assert.equal(one('The suspect was caught about 6½ hours later.').value, 6.5);
  assert.equal(one('A bullet flew 2¾ blocks north.').value, 2.75);
  assert.deepEqual(findQuantities('Three men were arrested on 1-9-14 and taken to Madison.').map((q) => q.value), [3]);
  assert.deepEqual(findQuantities('He was arrested around 1-am at a home.').map((q) => q.text), []);
  assert.deepEqual(findQuantities('The team went 3-1-2 in the group.').map((q) => q.text).length > 0, true);
});

test('the number of a road told before its kind ("the 805 freeway") is a name, not a count', () => {
  assert.deepEqual(findQuantities('He crashed on the 805 freeway where he was arrested.').map((q) => q.text), []);
  assert.equal(one('He drove 805 miles on the freeway.').value, 805);
});

test('two next numbers joined by "or" are one uncertain count, in digits as in words; not far-apart numbers', () => {
  const shots = one('A witness heard 10 or 11 shots.');
  assert.deepEqual(shots.value, [10, 11]);
  assert.equal(shots.unit, 'shots');
  assert.deepEqual(one('He fired 5 or 6 times.').value, [5, 6]);
  assert.equal(findQuantities('Call 911 or 311 with tips.').filter((q) => Array.isArray(q.value)).length, 0);
});

test('a bare number after "at" and a turn of a life is an age; a count or a clock time after the same verb is not', () => {
  const age = one('Persico was first arrested at 17 in connection with a killing.');
  assert.equal(age.unitClass, 'age');
  assert.equal(one('Police arrested at least 17 people on Sunday.').unitClass, 'persons');
  assert.equal(findQuantities('Two men were arrested at 3 a.m. on Sunday.').some((q) => q.unitClass === 'age'), false);
  // The year of the turn may come between ("before retiring in 1962 at 29"); a verb in "-ing" turns a life too.
  assert.equal(findQuantities('She made a dozen films before retiring in 1962 at 29.').find((q) => q.value === 29)?.unitClass, 'age');
  assert.equal(findQuantities('The toll stood in 2020 at 29.').find((q) => q.value === 29)?.unitClass === 'age', false);
});

test('a second number told with a currency mark the first lacks is no "or" range', () => {
  assert.equal(findQuantities('It costs about 8 or $9.').filter((q) => Array.isArray(q.value)).length, 0);
});

test('"one age 21 and the other 28": the other\'s number is an age too', () => {
  const qs = findQuantities('Police arrested two men, one age 21 and the other 28, on Friday.');
  assert.equal(qs.find((q) => q.value === 28)?.unitClass, 'age');
});
