// Tests how a follow-up weeks later joins its event: the dates a text states, the pair features that read a recalled
// day or year, and a court report a month and a half on joining the first reports, not another shooting in the city.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backgroundIdf } from './background.js';
import { StoryIndex, type ClusterInput } from './cluster.js';
import { eventProfile, statedDays } from './event-profile.js';
import { PAIR_FEATURES, pairFeatures, weightProfile, type WeightedProfile } from './pair-model.js';

const DAY = 86_400_000;
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY;

test('stated days: every explicit month-and-day date, resolved against publication, in order, once each', () => {
  const published = day(2014, 5, 16);
  const text = 'No charges will be filed, prosecutors said Friday. The shooting occurred Feb. 6 at a home. ' +
    'A hearing was set for December 12, 2013, and moved. On Feb. 6 the boy was arrested. Police may 3 times ask again.';
  assert.deepEqual(statedDays(text, published), [day(2014, 2, 6), day(2013, 12, 12)]);
  // A date after publication without a year is last year's.
  assert.deepEqual(statedDays('The shooting on Dec. 30 was the last of the year.', day(2015, 1, 3)), [day(2014, 12, 30)]);
  // Without a publication day only dates with a year can be placed.
  assert.deepEqual(statedDays('It happened on March 4, 2009, and again on April 2.', null), [day(2009, 3, 4)]);
  assert.deepEqual(statedDays('Nothing dated here; the may verb and "Mayor 5" are no dates.', published), []);
});

function profile(title: string, text: string, published: string): WeightedProfile {
  return weightProfile(eventProfile(title, text, Date.parse(published), null), backgroundIdf());
}

const feature = (x: number[], name: (typeof PAIR_FEATURES)[number]): number => x[PAIR_FEATURES.indexOf(name)]!;

const FIRST: ClusterInput = {
  id: 'first',
  outlet: 'wicsnews',
  published: '2016-03-05T10:00:00Z',
  title: 'Man shot outside Springfield bar',
  text: 'SPRINGFIELD, Ill. — A 24-year-old man was shot outside a bar on South Grand Avenue early Saturday, Springfield police said. The victim, Marcus Dale, was taken to Memorial Medical Center with wounds that are not life-threatening. Police are looking for a man in a gray hoodie.',
};
const SECOND: ClusterInput = {
  id: 'second',
  outlet: 'sj-r',
  published: '2016-03-06T09:00:00Z',
  title: 'Police seek gunman in South Grand bar shooting',
  text: 'Springfield police on Sunday asked for help finding the gunman who shot Marcus Dale, 24, outside a South Grand Avenue bar early Saturday. Dale was treated at Memorial Medical Center. Witnesses said an argument inside the bar spilled onto the street before one shot was fired.',
};
const COURT: ClusterInput = {
  id: 'court',
  outlet: 'herald',
  published: '2016-04-19T16:00:00Z',
  title: 'Judge sets trial date for Devon Price',
  text: 'A Sangamon County judge on Tuesday set an August trial for Devon Price, 27, who is accused of shooting Marcus Dale outside a South Grand Avenue bar on March 5. Witnesses told Springfield police an argument inside the bar spilled onto the street before the shot was fired. Price, who pleaded not guilty, remains jailed on $250,000 bond.',
};
const OTHER: ClusterInput = {
  id: 'other',
  outlet: 'wicsnews',
  published: '2016-04-09T11:00:00Z',
  title: 'Man shot in Springfield, police investigating',
  text: 'SPRINGFIELD, Ill. — A 31-year-old man was shot on North Ninth Street on Friday night, Springfield police said. Terrell Hughes was taken to St. John\'s Hospital in serious condition. Police said two men fled in a dark sedan.',
};

test('a follow-up stating the first reports\' day recalls it; another shooting in the city does not', () => {
  const first = profile(FIRST.title!, FIRST.text, FIRST.published!);
  const court = profile(COURT.title!, COURT.text, COURT.published!);
  const other = profile(OTHER.title!, OTHER.text, OTHER.published!);
  assert.equal(feature(pairFeatures(court, first, backgroundIdf()), 'dayRecalled'), 1);
  assert.equal(feature(pairFeatures(first, court, backgroundIdf()), 'dayRecalled'), 1, 'symmetric');
  assert.equal(feature(pairFeatures(court, other, backgroundIdf()), 'dayRecalled'), 0);
  assert.equal(feature(pairFeatures(other, first, backgroundIdf()), 'dayRecalled'), 0);
  // Days near each other: the near-day features speak, not this one.
  const second = profile(SECOND.title!, SECOND.text, SECOND.published!);
  assert.equal(feature(pairFeatures(second, first, backgroundIdf()), 'dayRecalled'), 0);
});

test('a report a year or more on naming the earlier year recalls it; its own year does not', () => {
  const early = profile('4 shot on Columbus Street, 2 die', 'Four people were shot at a house party on Columbus Street on Saturday night; two died.', '2013-05-26T10:00:00Z');
  const later = profile('Man in court for 2013 double homicide', 'A man appeared in court Monday in the 2013 double homicide at a Columbus Street house party.', '2015-06-30T10:00:00Z');
  const ownYear = profile('Man in court in 2015 over Columbus Street homicide', 'A man appeared in court in 2015 in a double homicide at a Columbus Street house party.', '2015-06-30T10:00:00Z');
  assert.equal(feature(pairFeatures(later, early, backgroundIdf()), 'yearRecalled'), 1);
  assert.equal(feature(pairFeatures(early, later, backgroundIdf()), 'yearRecalled'), 1, 'symmetric');
  assert.equal(feature(pairFeatures(ownYear, early, backgroundIdf()), 'yearRecalled'), 0);
});

test('a court report six weeks on joins the first reports of its shooting, and another shooting in the city stays apart', () => {
  for (const order of [[FIRST, SECOND, OTHER, COURT], [COURT, OTHER, SECOND, FIRST]]) {
    const index = new StoryIndex();
    const d = new Map(order.map((a) => [a.id, index.add(a)]));
    const story = (id: string): string => index.storyOf(id)!;
    assert.equal(story('second'), story('first'));
    assert.equal(story('court'), story('first'), `court: ${d.get('court')!.score.toFixed(2)} ${d.get('court')!.features.join(', ')}`);
    assert.notEqual(story('other'), story('first'), `other: ${d.get('other')!.score.toFixed(2)} ${d.get('other')!.features.join(', ')}`);
    assert.equal(index.storyCount, 2);
  }
});
