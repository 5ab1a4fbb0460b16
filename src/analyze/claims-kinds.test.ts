// Pins figures that stories of a kind always carry: a court's prison term, a public body's toll.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyOf, valuedClaimsOf } from './claim-fixtures.js';

const termsOf = (text: string, published = '2026-06-30') => valuedClaimsOf(text, published).filter((c) => c.measure.value === 'other:prison-term');

test('a prison term is a figure; the term given, its minimum, the terms sought by each side and the term faced are different things', () => {
  const given = termsOf('Harlow was sentenced on Monday to 25 years in prison.');
  assert.deepEqual(given.map((c) => [c.value, c.subject.value]), [[25, 'prison term']]);
  const minimum = termsOf('He was given life with a minimum term of 28 years.');
  assert.deepEqual(minimum.map((c) => [c.value, c.subject.value]), [[28, 'minimum prison term']]);
  const sought = termsOf('Prosecutors had asked for 30 years.');
  assert.deepEqual(sought.map((c) => [c.value, c.subject.value]), [[30, 'prison term sought by prosecutors']]);
  // The term each side seeks is its own figure; a request with no party named is the term sought.
  assert.deepEqual(termsOf('The defense had asked for a four-year sentence.').map((c) => [c.value, c.subject.value]), [[4, 'prison term sought by the defense']]);
  assert.deepEqual(termsOf('U.S. Attorney Dana Cole sought 12 years.').map((c) => [c.value, c.subject.value]), [[12, 'prison term sought by prosecutors']]);
  assert.deepEqual(termsOf('A sentence of 30 years was sought.').map((c) => [c.value, c.subject.value]), [[30, 'prison term sought']]);
  assert.deepEqual(termsOf('A term of 30 years in prison was sought by the defense.').map((c) => [c.value, c.subject.value]), [[30, 'prison term sought by the defense']]);
  const faced = termsOf('She faces up to 20 years in prison if convicted.');
  assert.deepEqual(faced.map((c) => [c.value, c.subject.value]), [[20, 'prison term faced']]);
  const perCharge = termsOf('The judge also gave him 7 years for arson, to run concurrently.');
  assert.deepEqual(perCharge.map((c) => [c.value, c.subject.value]), [[7, 'prison term for arson']]);
});

test('a duration that is no prison term stays context', () => {
  assert.deepEqual(valuedClaimsOf('Cole had lived in Brookfield for 30 years. The jury deliberated for 9 hours.').filter((c) => c.unit === 'year' || c.unit === 'hour').map((c) => c.value), []);
});

test('a prison term for a crime of an earlier year is the story\'s figure, told at publication', () => {
  const [c] = termsOf('Harlow was sentenced on Monday to life with a minimum term of 28 years for the murder of Margaret Cole in 2021.');
  assert.ok(c, 'a prison term');
  assert.equal(c.scope.value, 'event');
  assert.equal(c.time.value, '2026-06-30');
  // A term given in an earlier year is background.
  const [old] = termsOf('In 2019 he was jailed for 4 years for burglary.');
  assert.equal(old?.scope.value, 'background');
});

test('the term given and the term prosecutors sought never contest each other', () => {
  const groups = storyOf([
    ['Metro News', '2026-06-30', 'Harlow was sentenced to 28 years in prison on Monday. Prosecutors had asked for 30 years.'],
    ['City Record', '2026-06-30', 'A judge jailed Harlow for 28 years on Monday.'],
  ]);
  const terms = groups.filter((g) => g.frame.measure === 'other:prison-term');
  const given = terms.find((g) => g.tellings.some((t) => t.value === 28));
  assert.ok(given, terms.map((g) => g.statement).join('\n'));
  assert.ok(!given.tellings.some((t) => t.value === 30), 'the term sought joins the term given');
  assert.notEqual(given.verdict, 'contested');
  assert.equal(given.tellings.length, 2);
});

test('"jailed for 28 years on Monday" is told on Monday, not 28 years on', () => {
  const [c] = termsOf('A judge jailed Harlow for 28 years on Monday.');
  assert.equal(c?.value, 28);
  assert.ok(c.time.value !== null && c.time.value <= '2026-06-30', String(c.time.value));
});

test('a prison term already served, or of a case told before, is background to the story\'s own case', () => {
  const [served] = termsOf('Gomes served 9 months of a three-year sentence.');
  const [then] = termsOf('He was sentenced to 2 1/2 years, with 9 months to serve in that case.');
  assert.equal(served?.scope.value, 'background');
  assert.equal(then?.scope.value, 'background');
  const [now] = termsOf('He was sentenced to 6 years on Monday.');
  assert.equal(now?.scope.value, 'event');
});

test('a toll in the clause of the earlier event a strike is measured against is that event\'s, never the story\'s', () => {
  const claims = valuedClaimsOf('The strike was the deadliest since the January attack on the Qasra market, which killed 9 people and injured 30.', '2026-03-04');
  const killed = claims.find((c) => c.value === 9);
  assert.equal(killed?.scope.value, 'background');
  assert.equal(claims.find((c) => c.value === 30)?.scope.value, 'background');
  const flood = valuedClaimsOf('It was the worst flooding since the 2019 storm, when 14 people died.', '2026-09-16').find((c) => c.value === 14);
  assert.equal(flood?.scope.value, 'background');
  // A clause of the story's own event is the event's.
  const own = valuedClaimsOf('Since the strike on Sunday, which killed 24 people, thousands have fled the camp.', '2026-03-04').find((c) => c.value === 24);
  assert.equal(own?.scope.value, 'event');
});

test('the fighters a group says made an attack are its attackers, no troops deployed; troops that take part in an offensive stay troops', () => {
  const told = (text: string) => valuedClaimsOf(text, '2025-05-02').map((c) => `${c.measure.value} ${c.subject.value} ${c.value}`);
  assert.deepEqual(told('The Lorth Front claimed responsibility, saying five of its fighters carried out the attack.'), ['other:attackers attackers 5']);
  assert.deepEqual(told('A spokesman for the group said six of its fighters took part in the assault.'), ['other:attackers attackers 6']);
  assert.deepEqual(told('Four militants carried out the raid on the checkpoint.'), ['other:attackers attackers 4']);
  assert.ok(told('About 2,000 troops took part in the offensive.').every((c) => c.startsWith('troops ')));
  // The group's count and the government's are one figure told by two sides: a contest, not a deployment.
  const groups = storyOf([
    ['Daily Test', '2025-05-02', 'The Lorth Front said five of its fighters carried out the attack.'],
    ['Evening Post', '2025-05-03', 'Officials said seven militants carried out the attack.'],
  ]);
  assert.ok(groups.every((g) => g.frame.measure !== 'troops'), groups.map((g) => g.statement).join('\n'));
  const attackers = groups.filter((g) => g.frame.measure === 'other:attackers');
  assert.equal(attackers.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.equal(attackers[0]!.tellings.length, 2);
});

test('soldiers "martyred" are soldiers killed', () => {
  const told = valuedClaimsOf('Twelve soldiers were martyred when militants attacked a post on Thursday, the army said.', '2025-05-02');
  assert.deepEqual(told.map((c) => `${c.measure.value} ${c.value}`), ['killed 12']);
});

test('a storm\'s winds, its rain and the customers it left without power are figures of their own', () => {
  const claims = valuedClaimsOf('Lena came ashore with winds of 130 mph. Up to 20 inches of rain could fall. About 650,000 customers remained in the dark.', '2025-09-02');
  assert.deepEqual(claims.map((c) => `${c.measure.value}:${c.subject.value}:${c.value}`), ['other:speed:wind speed:130', 'other:precipitation:rainfall:20', 'other:outage:customers without power:650000']);
});

test('the two sides of a race won get their own votes and shares of the vote', () => {
  const shares = (text: string) => valuedClaimsOf(text, '2025-11-06').map((c) => `${c.subject.value}=${c.value}`);
  assert.deepEqual(shares('Democrat Ana Moreno won the race on Tuesday, defeating Republican Greg Hale with 53 percent of the vote to his 45 percent.'), ["Moreno's share of the vote=53", "Hale's share of the vote=45"]);
  assert.deepEqual(shares('Ana Moreno will be the next governor after beating Greg Hale 54% to 44%.'), ["Moreno's share of the vote=54", "Hale's share of the vote=44"]);
  assert.deepEqual(shares('Ana Moreno beat Greg Hale. Moreno had 1,412,000 votes to Greg Hale\'s 1,201,000. Hale received about 1.22 million.'), ["Moreno's votes=1412000", "Hale's votes=1201000", "Hale's votes=1220000"]);
});

test('an election\'s shares and turnout told a day apart are a count going on, never a dispute; a storm\'s toll moved from its earlier value is an update', () => {
  const race = storyOf([
    ['Wire', '2025-11-05', 'Democrat Ana Moreno won the race on Tuesday, defeating Republican Greg Hale with 53 percent of the vote to his 45 percent. Turnout was about 62 percent, state officials said.'],
    ['Daily', '2025-11-06', 'Ana Moreno will be the next governor after beating Greg Hale 54% to 44%, with nearly all ballots counted Wednesday. Turnout was 63 percent, the secretary of state said.'],
  ]);
  const verdict = (re: RegExp) => race.find((g) => re.test(g.statement))?.verdict;
  assert.equal(verdict(/^Moreno's share of the vote/), 'updated');
  assert.equal(verdict(/^Hale's share of the vote/), 'updated');
  assert.notEqual(verdict(/^Turnout/), 'contested');
  const storm = storyOf([
    ['Gulf', '2025-09-02', 'Hurricane Lena came ashore on Monday, knocking out power to more than 800,000 customers and killing at least two people, officials said. The governor said one man died when a tree fell on his home.'],
    ['Bayou', '2025-09-03', 'At least four people have died because of Hurricane Lena, state health officials said Tuesday, up from two on Monday.'],
  ]);
  const killed = storm.find((g) => g.frame.measure === 'killed' && g.frame.scope === 'event');
  assert.equal(killed?.verdict, 'updated', storm.map((g) => g.statement).join(' | '));
  assert.equal(killed?.latestValue, 4);
});

test('a crowd is one figure whoever counts it, and police against organisers is a dispute; a mass is of the stuff it weighs', () => {
  const march = storyOf([
    ['Wire', '2025-10-12', 'Tens of thousands marched in Madrid on Saturday. Police estimated the crowd at 22,000, while organisers said 150,000 people took part.'],
    ['Diario', '2025-10-12', "Some 150,000 people took to the streets of Madrid on Saturday, according to the tenants' unions that called the protest. The government delegation put the figure at 22,000."],
  ]);
  const crowd = march.filter((g) => g.frame.measure === 'other:crowd');
  assert.equal(crowd.length, 1, march.map((g) => g.statement).join(' | '));
  assert.equal(crowd[0]!.verdict, 'contested');
  // Who counted: the police, the organisers, the unions described by their clause, the body that put the figure.
  assert.deepEqual([...new Set(crowd[0]!.tellings.map((t) => t.origin.toLowerCase()))].sort(), ['organisers', 'police', "tenants' unions", 'the government delegation']);
  const seized = valuedClaimsOf('Agents seized more than 2 tons of cocaine. They found about 4,400 pounds of cocaine.', '2025-05-20');
  assert.deepEqual(seized.map((c) => `${c.subject.value}:${c.value}:${c.unit}`), ['cocaine:2:ton', 'cocaine:4400:pound-mass']);
});

test('people abducted or held by kidnappers are kidnapped; hostages freed are rescued; kidnappers arrested are arrested', () => {
  const told = (text: string) => valuedClaimsOf(text, '2025-07-09').map((c) => `${c.measure.value}:${c.value}`);
  assert.deepEqual(told('Gunmen abducted at least 30 students from a school. Forty-two students remain in the hands of kidnappers.'), ['kidnapped:30', 'kidnapped:42']);
  assert.deepEqual(told('Police arrested two kidnappers. Four hostages were freed.'), ['arrested:2', 'rescued:4']);
});

test('a company\'s results: profit and the amount it fell from, revenue told as sales, a comparison a year earlier only of its own figure', () => {
  const claims = valuedClaimsOf('Net income fell to $1.9 billion in the fourth quarter from $2.8 billion a year earlier. Sales were $24.1 billion.', '2025-02-04');
  assert.deepEqual(claims.map((c) => `${c.subject.value}:${c.value}:${c.scope.value}`), ['profit:1900000000:event', 'profit:2800000000:background', 'sales:24100000000:event']);
  const story = storyOf([
    ['Wire', '2025-02-04', 'Northwind said it would cut about 6,000 jobs. Revenue rose 3% to $24.1 billion.'],
    ['Ledger', '2025-02-05', 'Northwind will lay off roughly 6,000 employees, the company said. Sales were $24.1 billion.'],
  ]);
  assert.equal(story.filter((g) => g.frame.measure === 'money' && g.tellings.some((t) => t.value === 24_100_000_000)).length, 1, story.map((g) => g.statement).join(' | '));
});

test('the figure a court, deal, protest or layoffs story turns on leads its key figures when two outlets tell it', async () => {
  const { keyFigures } = await import('../link/key-figures.js');
  const lead = (docs: [string, string, string][]) => keyFigures(storyOf(docs)).map((f) => f.statement.replace(/\s*\(.*$/, ''));
  assert.deepEqual(lead([
    ['Courier', '2025-04-18', 'A former treasurer was sentenced Thursday to eight years in prison for stealing more than $1.2 million. Prosecutors had asked for 10 years.'],
    ['Journal', '2025-04-18', 'Former treasurer Linda Hargrove will spend eight years in federal prison for embezzling about $1.2 million, a judge ruled Thursday.'],
  ]), ['Prison term: 8 years', 'Amount stolen: about $1.2 million']);
  assert.deepEqual(lead([
    ['Wire', '2025-02-04', 'Northwind said on Tuesday it would cut about 6,000 jobs.'],
    ['Ledger', '2025-02-05', 'Northwind will lay off roughly 6,000 employees, the company said Tuesday.'],
  ]), ['Job cuts: about 6,000']);
});

test('an outbreak\'s cases are a running count: the number the count of a noun reached is of that noun, and its earlier value updates', () => {
  assert.deepEqual(valuedClaimsOf('The number of measles cases in West Texas rose to 146 on Friday.', '2025-04-12').map((c) => `${c.subject.value}:${c.value}`), ['cases:146']);
  const outbreak = storyOf([
    ['Wire', '2025-04-10', 'A measles outbreak in West Texas has grown to 124 cases, state health officials said Tuesday, up from 90 last week.'],
    ['Tribune', '2025-04-12', 'The number of measles cases in West Texas rose to 146 on Friday, the state health department said.'],
  ]);
  const cases = outbreak.find((g) => /^Cases/.test(g.statement));
  assert.equal(cases?.verdict, 'updated', outbreak.map((g) => g.statement).join(' | '));
  assert.equal(cases?.latestValue, 146);
});
