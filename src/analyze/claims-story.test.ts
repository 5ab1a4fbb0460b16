// Pins claim frames read across a small story's articles: what an amount of money is of ("a $35,000 reward",
// "bail was set at $200,000"), a player's statistics by player and period, the leading value of a group, and
// generic police words resolved to the one force a story names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupClaims, type LinkArticle } from '../link/claim-groups.js';
import { resolveEntities } from '../link/entities.js';
import type { ClaimGroup } from '../model/dossier.js';
import { analyzeArticle, loadAttributionModel } from './index.js';

const model = loadAttributionModel();
const subjects = (text: string) => analyzeArticle({ id: 'a', text, published: '2024-05-10', outlet: 'Daily Test' }, { attributionModel: model })
  .claims.filter((c) => c.measure.value === 'money').map((c) => `${c.subject.value} ${c.value}`);
function story(docs: [outlet: string, text: string][]): ClaimGroup[] {
  const articles: LinkArticle[] = docs.map(([outlet, text], i) => ({
    id: `a${i + 1}`, outlet, published: '2024-05-10', syndicatedFrom: null,
    analysis: analyzeArticle({ id: `a${i + 1}`, text, published: '2024-05-10', outlet }, { attributionModel: model }),
  }));
  return groupClaims(articles, resolveEntities(articles.map((a) => a.analysis)));
}

test('an amount takes the noun its sentence names it by, after it or before it', () => {
  assert.deepEqual(subjects('Investigators announced a $25,000 reward on Tuesday.'), ['reward 25000']);
  assert.deepEqual(subjects('Bail was set at $150,000 for the driver.'), ['bail 150000']);
  assert.deepEqual(subjects('Damage was estimated at about $3 million.'), ['damage 3000000']);
  assert.deepEqual(subjects('The storm left $8 million in damage across the county.'), ['damage 8000000']);
  assert.deepEqual(subjects('Ministers approved a 40 billion euro rescue package.'), ['bailout 40000000000']);
  // A currency alone names nothing: the subject stays the unit.
  assert.deepEqual(subjects('The painting sold for $4 million.'), ['USD 4000000']);
  // The verb of a theft or a fine names the amount; a restitution is named by its noun, before or after it.
  assert.deepEqual(subjects('She was sentenced for stealing more than $1.2 million from the county.'), ['amount stolen 1200000']);
  assert.deepEqual(subjects('The judge ordered her to pay $1.25 million in restitution and fined her $50,000.'), ['restitution 1250000', 'fine 50000']);
  assert.deepEqual(subjects('He ordered restitution of $1.25 million.'), ['restitution 1250000']);
});

test('a sentence handed down reads as one prison term whatever its tense; the terms sought by each side and the amount stolen are figures of their own', () => {
  const groups = story([
    ['State Courier', 'A former county treasurer was sentenced Thursday to eight years in prison for stealing more than $1.2 million from the county. Prosecutors had asked for 10 years. Her attorney, Mark Stein, had sought a sentence of four years.'],
    ['Springfield Journal', 'Former treasurer Linda Hargrove will spend eight years in federal prison for embezzling about $1.2 million in county funds, a judge ruled Thursday. The defense had asked for a four-year sentence. Prosecutors sought 10 years.'],
  ]);
  const terms = groups.filter((g) => g.frame.measure === 'other:prison-term');
  // Each reads by what it is, without the clause's verb ("Prison term: 8", not "Prison term: spend (planned)").
  assert.deepEqual(terms.map((g) => `${/^[^:(]+:\s*\d+/.exec(g.statement)?.[0]}:${g.verdict}`).sort(), ['Prison term sought by prosecutors: 10:corroborated', 'Prison term sought by the defense: 4:corroborated', 'Prison term: 8:corroborated']);
  const stolen = groups.filter((g) => g.frame.measure === 'money' && /stolen/.test(g.statement));
  assert.equal(stolen.length, 1, groups.map((g) => g.statement).join(' | '));
  assert.equal(new Set(stolen[0]!.tellings.map((t) => t.articleId)).size, 2);
});

test('an amount told without its noun joins the one named amount of its size; named amounts stay apart', () => {
  const groups = story([
    ['Daily Test', 'Police offered a $25,000 reward. The driver was held on $150,000 bail.'],
    ['Evening Post', 'Investigators said they would pay $25,000 for information about the driver.'],
  ]).filter((g) => g.frame.measure === 'money');
  const reward = groups.find((g) => g.frame.subject === 'reward');
  assert.ok(reward, groups.map((g) => g.statement).join('\n'));
  assert.equal(reward.tellings.length, 2, groups.map((g) => g.statement).join('\n'));
  assert.ok(/\breward\b/i.test(reward.statement), reward.statement);
  const bail = groups.find((g) => g.frame.subject === 'bail');
  assert.ok(bail && bail !== reward && bail.tellings.every((t) => t.value === 150_000), groups.map((g) => g.statement).join('\n'));
});

test('a generic word for a number is no thing an amount is of', () => {
  const groups = story([
    ['Daily Test', 'Damage was estimated at $2 million.'],
    ['Evening Post', 'Officials put the figure at $2 million.'],
    ['Morning Star', 'The fire caused about $2 million, officials said.'],
  ]).filter((g) => g.frame.measure === 'money');
  assert.equal(groups.length, 1, groups.map((g) => g.statement).join('\n'));
  assert.equal(groups[0]!.frame.subject, 'damage');
});

test('a player\'s statistic is of that player and period; two players\' figures never contest, one player\'s join those told without a name', () => {
  const groups = story([
    ['Daily Test', 'Marcus Ivory has rushed for 716 yards this season, while Dan Thomas had 269 yards. Thomas also caught two touchdowns.'],
    ['Evening Post', 'Ivory, who has rushed for 716 yards, will start. The rookie has two touchdowns.'],
    ['Morning Star', 'Thomas ran for 793 yards and six touchdowns last season.'],
  ]).filter((g) => g.frame.measure.startsWith('other:'));
  const say = groups.map((g) => `${g.statement} [${g.verdict}]`).join('\n');
  const yards716 = groups.find((g) => g.tellings.some((t) => t.value === 716));
  const yards269 = groups.find((g) => g.tellings.some((t) => t.value === 269));
  assert.ok(yards716 && yards269 && yards716 !== yards269, say);
  assert.ok(groups.every((g) => g.verdict !== 'contested'), say);
  assert.equal(yards716.tellings.length, 2, say);
  // Last season's figures are not this season's.
  const six = groups.find((g) => g.tellings.some((t) => t.value === 6));
  const two = groups.find((g) => g.tellings.some((t) => t.value === 2));
  assert.ok(six && two && six !== two, say);
  assert.equal(two.tellings.length, 2, say);
});

test('a group\'s leading value is the value its heading leads with, not a part told later', () => {
  const groups = story([
    ['Daily Test', 'Three people were killed and 12 others were wounded in the shooting.'],
    ['Evening Post', 'The 12 wounded were taken to hospitals. Police said 12 people were injured.'],
    ['Morning Star', 'Of the 12 injured, nine males and six females were hospitalized.'],
  ]);
  const injured = groups.find((g) => g.frame.measure === 'injured');
  assert.ok(injured, groups.map((g) => g.statement).join('\n'));
  assert.equal(injured.latestValue, 12, injured.statement);
  assert.match(injured.statement, /: 12\b/);
});

test('"police" and "officers" in a story that names one police force are that force: one origin, not three', () => {
  const groups = story([
    ['Daily Test', 'Three people were killed, the Riverton Police Department said.'],
    ['Evening Post', 'Three people were killed, police said.'],
    ['Morning Star', 'Three people were killed, Riverton police said. Officers said three people were killed.'],
  ]);
  const killed = groups.find((g) => g.frame.measure === 'killed');
  assert.ok(killed, groups.map((g) => g.statement).join('\n'));
  assert.equal(killed.independentOrigins, 1, `${killed.statement}: ${killed.origins.join('; ')}`);
  assert.equal(killed.verdict, 'single-origin');
});

test('a photo caption with no credit makes no claim and no timeline entry; the report beside it does', async () => {
  const { buildTimeline } = await import('../link/timeline.js');
  const text = 'Two people were killed in a shooting at a bar on Friday night, police said.\n\nFirefighters carry a stretcher outside the bar on Friday night.\n\nA woman lays flowers near the bar on Saturday.';
  const analysis = analyzeArticle({ id: 'a1', text, published: '2024-05-12', outlet: 'Daily Test' }, { attributionModel: model });
  const articles = [{ id: 'a1', outlet: 'Daily Test', published: '2024-05-12', syndicatedFrom: null, analysis }];
  const groups = groupClaims(articles, resolveEntities([analysis]));
  assert.deepEqual(groups.filter((g) => g.tellings.some((t) => /carry|lays/.test(t.sentence))).map((g) => g.statement), []);
  assert.ok(groups.some((g) => g.frame.measure === 'killed'));
  const timeline = buildTimeline(articles);
  assert.deepEqual(timeline.filter((e) => /carry|lays/.test(e.event)).map((e) => e.event), []);
  assert.ok(timeline.some((e) => /killed/.test(e.event)), timeline.map((e) => e.event).join('\n'));
});

test('a bare "police" in a story that names one force by its place, however written, is that force; two places keep it apart', () => {
  const one = story([
    ['Daily Test', 'Two people were killed in the shooting, Lorton police said.'],
    ['Evening Post', 'Police said two people were killed.'],
    ['Morning Star', 'Police in Lorton say two people were killed.'],
  ]).find((g) => g.frame.measure === 'killed');
  assert.ok(one);
  assert.equal(one.independentOrigins, 1, `${one.statement}: ${one.origins.join('; ')}`);
  // A story that names two forces by their places: the bare word is neither.
  const two = story([
    ['Daily Test', 'Two people were killed in the shooting, Lorton police said. Fairview police joined the search.'],
    ['Evening Post', 'Police said two people were killed.'],
  ]).find((g) => g.frame.measure === 'killed');
  assert.ok(two);
  assert.equal(two.independentOrigins, 2, `${two.statement}: ${two.origins.join('; ')}`);
});

test('the age of someone hurt in another shooting is not the age of the story\'s victim of that age', () => {
  const groups = story([
    ['Daily Test', 'Dequan Lorton, 18, was killed at a party on Saturday. Three hours earlier, an 18-year-old man was seriously wounded in another shooting a block away.'],
    ['Evening Post', 'Three hours earlier, another 18-year-old man had been seriously wounded in another shooting nearby. Lorton, 18, died at the scene.'],
  ]).filter((g) => g.frame.measure === 'age');
  const say = groups.map((g) => `${g.statement} [${g.frame.scope}] ${g.tellings.map((t) => t.sentence).join(' | ')}`).join('\n');
  const victim = groups.find((g) => g.frame.scope === 'event' && g.tellings.some((t) => /Lorton/.test(t.sentence)));
  assert.ok(victim, say);
  assert.ok(victim.tellings.every((t) => !/another shooting/.test(t.sentence)), say);
  assert.ok(groups.some((g) => g.frame.scope === 'background' && g.tellings.some((t) => /another shooting/.test(t.sentence))), say);
});

test('a sentence a later copy repeats dates the event once, by its earliest telling; a headline line without a full stop is no event', async () => {
  const { buildTimeline } = await import('../link/timeline.js');
  const text = 'Two men were arrested in Houston on Friday after more than a month on the run.\n\nRELATED: Man arrested on Friday in shooting at car wash';
  const articles = ['2015-02-23', '2015-08-15'].map((published, i) => ({ id: `a${i}`, outlet: 'Daily Test', published, syndicatedFrom: null, analysis: analyzeArticle({ id: `a${i}`, text, published, outlet: 'Daily Test' }, { attributionModel: model }) }));
  const timeline = buildTimeline(articles);
  const arrests = timeline.filter((e) => /arrested in Houston/.test(e.event));
  assert.deepEqual(arrests.map((e) => [e.date, e.articleIds]), [['2015-02-20', ['a0', 'a1']]]);
  assert.deepEqual(timeline.filter((e) => /RELATED/.test(e.event)).map((e) => e.event), []);
});

test('a newsroom\'s promise of updates, dated or not, makes no claim group', () => {
  const promise = 'We will continue to follow this developing story and our reporter will have more information at Noon on Tuesday.';
  const groups = story([['Daily Test', `A girl was shot at a school on Tuesday.\n\n${promise}`], ['Evening Post', `A girl was shot at a school on Tuesday, police said.\n\n${promise}`]]);
  assert.deepEqual(groups.filter((g) => g.tellings.some((t) => /continue to follow/.test(t.sentence))).map((g) => g.statement), []);
});

test('a page\'s label with a date ("UPDATE (05/10/24 at 4 p.m.):") tells no dated event', () => {
  const text = 'UPDATE (05/10/24 at 4 p.m.):\n\nA boy was shot at a home on Friday morning, deputies said.';
  const groups = story([['Daily Test', text], ['Evening Post', text]]);
  assert.deepEqual(groups.filter((g) => g.tellings.some((t) => /UPDATE/.test(t.sentence))).map((g) => g.statement), []);
});

test('a question asks and tells no dated event; a statement of the same day does', () => {
  const events = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-06-20', outlet: 'Daily Test' }, { attributionModel: model })
    .claims.filter((c) => c.measure.value === 'event').map((c) => c.time.value);
  assert.deepEqual(events('"Where are the people that were lined up last Sunday about what happened in Florida?" he asked.'), []);
  assert.deepEqual(events('Where were the neighbours on Sunday?'), []);
  assert.deepEqual(events('Neighbours lined up on Sunday to place a cross at the corner.'), ['2016-06-19']);
});
