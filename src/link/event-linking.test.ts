// Tests event-centric linking on small fixtures: a small set of reports of one event forms one story on its own,
// two events of one kind in one city a month apart stay apart, a bridging article merges stories, chrome is left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STORY_OPTIONS, StoryIndex, chooseStories, type ClusterInput } from './cluster.js';
import { ChromeFilter } from './chrome.js';
import { eventDay, places } from './event-profile.js';
import { PAIR_FEATURES, type PairModel } from './pair-model.js';

const AIRPORT: ClusterInput[] = [
  ['wire', '2017-01-06T20:00:00Z', 'Gunman kills 5 at Fort Lauderdale airport baggage claim', 'FORT LAUDERDALE, Fla. — A gunman opened fire in the baggage claim area of Fort Lauderdale-Hollywood International Airport on Friday, killing five people and wounding six before he was taken into custody, the Broward County sheriff said. The suspect, Esteban Santiago, 26, had flown in from Anchorage.'],
  ['local7', '2017-01-06T21:00:00Z', 'Five dead, six hurt in shooting at Fort Lauderdale airport', 'Five people were killed and six wounded Friday afternoon when a man started shooting at passengers in Terminal 2 of the Fort Lauderdale-Hollywood International Airport, Broward Sheriff Scott Israel said. Deputies arrested Esteban Santiago at the scene without firing a shot.'],
  ['daily', '2017-01-07T08:00:00Z', 'Airport shooting suspect was Army veteran', 'Esteban Santiago, the man accused of killing five people at the Fort Lauderdale airport on Friday, served in the Army National Guard in Iraq, officials said. Santiago retrieved a handgun from his checked bag, loaded it in a restroom and opened fire in the baggage claim, Broward County Sheriff Scott Israel said.'],
  ['news4', '2017-01-06T22:30:00Z', 'Terror at Fort Lauderdale-Hollywood airport', 'Travelers ran onto the tarmac as shots rang out in the baggage claim of Terminal 2 at Fort Lauderdale-Hollywood International Airport on Friday. Five people died and six were wounded. Sheriff Scott Israel said the lone gunman, Esteban Santiago, surrendered to a Broward deputy.'],
  ['herald', '2017-01-07T12:00:00Z', 'Victims of Fort Lauderdale airport shooting identified', 'The five people killed in Friday\'s shooting at Fort Lauderdale-Hollywood International Airport were travellers waiting for their luggage, Broward County officials said Saturday. Esteban Santiago, 26, faces federal charges. Six others were wounded in Terminal 2.'],
  ['tv12', '2017-01-07T15:00:00Z', 'FBI: no sign yet of terrorism in airport attack', 'The FBI said Saturday it had not ruled out terrorism in the shooting at the Fort Lauderdale airport that left five dead and six wounded. Agent George Piro said Esteban Santiago had visited the FBI office in Anchorage in November. Broward Sheriff Scott Israel said the baggage claim reopened.'],
  ['post', '2017-01-08T09:00:00Z', 'Santiago to appear in federal court over airport shooting', 'Esteban Santiago, charged in the Fort Lauderdale airport shooting that killed five people on Friday, will appear before a federal judge in Fort Lauderdale on Monday. Prosecutors said he could face the death penalty. Broward County Sheriff Scott Israel praised deputies who arrested him in Terminal 2.'],
  ['radio', '2017-01-06T23:00:00Z', 'Passengers describe chaos at Fort Lauderdale airport', 'Passengers at Fort Lauderdale-Hollywood International Airport described hiding behind luggage carts as a gunman fired in the Terminal 2 baggage claim on Friday. Five were killed and six hurt. Broward deputies took Esteban Santiago into custody, Sheriff Scott Israel said.'],
  ['times', '2017-01-07T18:00:00Z', 'Airport gunman flew with a gun in checked luggage', 'Esteban Santiago checked a handgun in his luggage on a flight from Anchorage to Fort Lauderdale, retrieved it at the baggage claim and killed five people on Friday, federal officials said. The Fort Lauderdale-Hollywood International Airport reopened Saturday. Six wounded remain in Broward hospitals.'],
  ['gazette', '2017-01-09T10:00:00Z', 'Santiago heard voices, brother says', 'The brother of Esteban Santiago, the suspect in Friday\'s Fort Lauderdale airport shooting that killed five, said Santiago had been hearing voices after returning from Iraq. Broward Sheriff Scott Israel said investigators were still piecing together the attack in Terminal 2 of Fort Lauderdale-Hollywood International Airport.'],
].map(([outlet, published, title, text], i) => ({ id: `airport-${i}`, outlet: outlet!, published: published!, title: title!, text: text! }));

test('ten reports of one airport shooting form one story on their own', () => {
  const index = new StoryIndex();
  const decisions = AIRPORT.map((a) => index.add(a));
  assert.equal(index.storyCount, 1, JSON.stringify(decisions.map((d) => [d.rule, d.score.toFixed(2), d.features])));
});

test('the airport reports form one story in reverse order too', () => {
  const index = new StoryIndex();
  for (const a of [...AIRPORT].reverse()) index.add(a);
  assert.equal(index.storyCount, 1);
});

const MARCH: ClusterInput[] = [
  { id: 'march-1', outlet: 'wicsnews', published: '2016-03-05T10:00:00Z', title: 'Man shot outside Springfield bar', text: 'SPRINGFIELD, Ill. — A 24-year-old man was shot outside a bar on South Grand Avenue early Saturday, Springfield police said. The victim, Marcus Dale, was taken to Memorial Medical Center with wounds that are not life-threatening. Police are looking for a man in a gray hoodie.' },
  { id: 'march-2', outlet: 'sj-r', published: '2016-03-06T09:00:00Z', title: 'Police seek gunman in South Grand bar shooting', text: 'Springfield police on Sunday asked for help finding the gunman who shot Marcus Dale, 24, outside a South Grand Avenue bar early Saturday. Dale was treated at Memorial Medical Center. Witnesses said an argument inside the bar spilled onto the street before one shot was fired.' },
];
const APRIL: ClusterInput[] = [
  { id: 'april-1', outlet: 'wicsnews', published: '2016-04-09T11:00:00Z', title: 'Man shot in Springfield, police investigating', text: 'SPRINGFIELD, Ill. — A 31-year-old man was shot on North Ninth Street on Friday night, Springfield police said. Terrell Hughes was taken to St. John\'s Hospital in serious condition. Police said two men fled in a dark sedan.' },
  { id: 'april-2', outlet: 'sj-r', published: '2016-04-10T08:00:00Z', title: 'Victim of North Ninth Street shooting in serious condition', text: 'Terrell Hughes, 31, remained in serious condition Saturday at St. John\'s Hospital after he was shot on North Ninth Street in Springfield on Friday night. Springfield police said two men in a dark sedan were seen leaving the scene.' },
];

test('two shootings in one city a month apart stay two stories', () => {
  const index = new StoryIndex();
  const d = [...MARCH, ...APRIL].map((a) => index.add(a));
  assert.equal(d[1]!.storyId, d[0]!.storyId);
  assert.equal(d[3]!.storyId, d[2]!.storyId);
  assert.notEqual(d[2]!.storyId, d[0]!.storyId, `april joined march: ${d[2]!.score.toFixed(2)} ${d[2]!.features.join(', ')}`);
  assert.equal(index.storyCount, 2);
});

test('every decision names its nearest article and the features that decided it', () => {
  const index = new StoryIndex();
  index.add(MARCH[0]!);
  const d = index.add(MARCH[1]!);
  assert.equal(d.nearest, 'march-1');
  assert.ok(d.features.length > 0);
  assert.match(d.features[0]!, /^[a-zA-Z]+ [+-]\d+\.\d\d$/u);
});

// A model that links on a shared rare name only, so the bridge itself is what is tested.
const NAMES_ONLY: PairModel = {
  features: [...PAIR_FEATURES],
  weights: PAIR_FEATURES.map((f) => (f === 'rareName' ? 20 : 0)),
  bias: -10,
  threshold: 0.5,
  trainedOn: 'test fixture',
};
const BRIDGE: ClusterInput[] = [
  { id: 'b1', outlet: 'a', published: '2016-05-02T10:00:00Z', title: 'Officer wounded in Dayton', text: 'Officer Lena Brandt was shot in the arm on Monday during a traffic stop, police said.' },
  { id: 'b2', outlet: 'b', published: '2016-05-02T12:00:00Z', title: 'Suspect arrested after gunfire', text: 'Curtis Vane, 29, was arrested after a chase on Monday; he is accused of firing at police.' },
  { id: 'b3', outlet: 'c', published: '2016-05-03T09:00:00Z', title: 'Man charged with shooting officer', text: 'Curtis Vane was charged Tuesday with shooting officer Lena Brandt during a traffic stop on Monday.' },
];

test('a bridging article merges the two stories it matches and says which, with the features', () => {
  const index = new StoryIndex({}, NAMES_ONLY);
  index.add(BRIDGE[0]!);
  index.add(BRIDGE[1]!);
  assert.equal(index.storyCount, 2);
  const d = index.add(BRIDGE[2]!);
  assert.equal(index.storyCount, 1);
  assert.equal(d.storyId, 'b1');
  assert.deepEqual(d.merged.map((m) => [m.storyId, m.articles, m.via]), [['b2', ['b2'], 'b2']]);
  assert.ok(d.merged[0]!.features.some((f) => f.startsWith('rareName')));
  assert.equal(index.storyOf('b2'), 'b1');
  assert.deepEqual(index.allStories(), [{ id: 'b1', articles: ['b1', 'b2', 'b3'] }]);
});

test('with bridging off the article joins one story and nothing merges', () => {
  const index = new StoryIndex({ bridge: false }, NAMES_ONLY);
  for (const a of BRIDGE.slice(0, 2)) index.add(a);
  const d = index.add(BRIDGE[2]!);
  assert.equal(d.merged.length, 0);
  assert.equal(index.storyCount, 2);
});

test('join decision: the best story at the threshold is joined; with supportShare a larger story needs agreement with more of its members', () => {
  const o = { ...DEFAULT_STORY_OPTIONS, support: 3, supportShare: 0, bridgeShare: 0 };
  // Story 0: ten members, two retrieved and close; story 1: one member, close.
  const evidence = () => [{ story: 0, ps: [0.95, 0.9], size: 10 }, { story: 1, ps: [0.7], size: 1 }];
  const plain = chooseStories(evidence(), 0.85, o);
  assert.deepEqual(plain.targets, [0]);
  assert.ok(Math.abs(plain.scores.find((c) => c.story === 0)!.join - 0.925) < 1e-9, 'the mean of the retrieved best pairs');
  // Half of ten members must count: (0.95 + 0.9 + 0 + 0 + 0) / 5.
  const shared = chooseStories(evidence(), 0.85, { ...o, supportShare: 0.5 });
  assert.deepEqual(shared.targets, []);
  assert.ok(Math.abs(shared.scores.find((c) => c.story === 0)!.join - 0.37) < 1e-9, 'scored below the one-member story now');
  assert.deepEqual(chooseStories([{ story: 3, ps: [0.9], size: 1 }], 0.85, { ...o, supportShare: 0.5 }).targets, [3], 'a one-member story needs its one pair');
});

test('bridge decision: with bridgeShare a second story is merged only when the article matches that share of its members', () => {
  const o = { ...DEFAULT_STORY_OPTIONS, support: 3, supportShare: 0, bridgeShare: 0 };
  const evidence = () => [{ story: 0, ps: [0.99, 0.98, 0.97], size: 3 }, { story: 5, ps: [0.95], size: 4 }];
  assert.deepEqual(chooseStories(evidence(), 0.85, o).targets, [0, 5], 'one close pair reaches the other story: merged');
  const strict = chooseStories(evidence(), 0.85, { ...o, bridgeShare: 0.5 });
  assert.deepEqual(strict.targets, [0], 'one of four members is not half of them: joined, not merged');
  assert.ok(Math.abs(strict.scores.find((c) => c.story === 5)!.bridge - 0.475) < 1e-9);
  assert.deepEqual(chooseStories([{ story: 0, ps: [0.99], size: 1 }, { story: 5, ps: [0.95, 0.9], size: 4 }], 0.85, { ...o, bridgeShare: 0.5 }).targets, [0, 5]);
  assert.deepEqual(chooseStories(evidence(), 0.85, { ...o, bridge: false }).targets, [0]);
});

test('the story-level settings come from the model unless the options set them', () => {
  const model: PairModel = { ...NAMES_ONLY, decision: { supportShare: 0.5, bridgeShare: 1 } };
  assert.deepEqual(new StoryIndex({}, model).decision, { support: 3, bridge: true, supportShare: 0.5, bridgeShare: 1 });
  assert.deepEqual(new StoryIndex({ bridgeShare: 0 }, model).decision, { support: 3, bridge: true, supportShare: 0.5, bridgeShare: 0 });
  assert.deepEqual(new StoryIndex({}, NAMES_ONLY).decision, { support: 3, bridge: true, supportShare: 0, bridgeShare: 0 }, 'a model without them: the plain rule');
});

test('a merged index survives a JSON round trip', () => {
  const index = new StoryIndex({}, NAMES_ONLY);
  for (const a of BRIDGE) index.add(a);
  const back = StoryIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())), NAMES_ONLY);
  assert.deepEqual(back.allStories(), index.allStories());
  assert.equal(back.storyCount, 1);
});

test('chrome lines are removed with their rules: boilerplate at once, repeated lines once an outlet has used them twice', () => {
  const f = new ChromeFilter();
  const sidebar = 'Trending now: Ukraine war enters its third winter as talks stall';
  const texts = ['First story about a fire on Elm Street.', 'Second story about a council vote on parking.', 'Third story about a school board race.'];
  const out = texts.map((t) => f.clean(`${t}\n${sidebar}\n© 2016 CBS Radio Inc. All Rights Reserved.`, 'cbs.example'));
  assert.deepEqual(out[0]!.removed.map((r) => r.rule), ['chrome/boilerplate']);
  assert.deepEqual(out[2]!.removed.map((r) => r.rule).sort(), ['chrome/boilerplate', 'chrome/repeated-in-outlet']);
  assert.ok(!out[2]!.text.includes('Trending'));
  // Another outlet has not used the line: it stays.
  assert.ok(f.clean(`Other outlet text.\n${sidebar}`, 'other.example').text.includes('Trending'));
});

test('the event day is read from the text against the publication day', () => {
  const friday = Date.UTC(2017, 0, 6) / 86_400_000;
  assert.equal(eventDay('Shots were fired on Friday in Terminal 2.', friday + 2), friday);
  assert.equal(eventDay('The shooting occurred Feb. 6 at a home.', Date.UTC(2014, 4, 16) / 86_400_000), Date.UTC(2014, 1, 6) / 86_400_000);
  assert.equal(eventDay('No date here.', friday), null);
});

test('places are read with their state, from datelines and "City, State"', () => {
  const p = places('PUYALLUP, Wash. — A boy was shot. Police in Tacoma, Washington said more.');
  assert.ok(p.cities.includes('puyallup'));
  assert.ok(p.cities.includes('tacoma'));
  assert.ok(p.regions.includes('washington'));
});
