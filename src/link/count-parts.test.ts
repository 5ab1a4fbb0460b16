// Pins which numbers a sentence tells as parts of a whole (shares, condition splits, listed kinds) and which as the whole itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimFrame, Telling } from '../model/dossier.js';
import { isPartTelling, partsBelowWhole, numberAt } from './count-parts.js';

function telling(value: number, sentence: string, approx: Telling['approx'] = null): Telling {
  return {
    articleId: 'a', outlet: 'Paper', published: '2016-03-01', origin: 'police', originEntityId: null, value, unit: null, approx, asOf: '2016-03-01',
    modality: 'asserted', negated: false, sentence, span: [0, sentence.length], syndicatedFrom: null,
    rules: { measure: 'measure/cue-after-number', subject: 's', scope: 'scope/default-event', asOf: 'time/published', origin: 'origin/attribution-speaker', modality: 'modality/default' },
  };
}

test('a share, a group of a split by condition and one kind of a listed whole are parts', () => {
  assert.ok(isPartTelling(telling(2, 'Police said five people were shot, two of them at the bar.')));
  assert.ok(isPartTelling(telling(3, 'Two are listed in critical but stable condition and the other three received non-life threatening injuries.')));
  assert.ok(isPartTelling(telling(1, 'One man is in critical condition and three others are injured after the shooting.')));
  assert.ok(isPartTelling(telling(3, 'One man is in critical condition and three others are injured after the shooting.')));
  assert.ok(isPartTelling(telling(2, 'The shooting injured two men and a 10-year-old girl.')));
  assert.ok(isPartTelling(telling(2, 'The shooting left a 10-year-old girl and two men wounded, police said.')));
  assert.ok(isPartTelling(telling(2, 'Police said a man shot his wife and stepdaughter before turning the gun on himself.')));
  // The first of people told one after another: "one woman ... and a second woman".
  assert.ok(isPartTelling(telling(1, 'Police said one woman was dead in the car and a second woman, a man and a baby were taken to a hospital.')));
  assert.ok(!isPartTelling(telling(1, 'Police said one woman was dead in the car, and the shooter fled on foot.')));
  // Kinds told by nationality: each number counts one kind of the dead.
  const kinds = 'One Canadian and one Irish hiker fell to their deaths on the ridge this weekend.';
  assert.ok(isPartTelling(telling(1, kinds)));
  assert.ok(isPartTelling(telling(2, 'Rescuers said two Norwegians and a Dane were missing.')));
  // The people shot, split by what the shots did in the clause after them.
  const split = 'The man shot two deputies, Ann Cole and Joe Dunn, killing one and injuring one, the sheriff said.';
  assert.ok(isPartTelling(telling(1, split)));
  assert.ok(isPartTelling(telling(1, 'The gunman shot three officers, killing one.')));
  assert.ok(!isPartTelling(telling(3, 'The gunman shot at a patrol car, killing three.')));
  // What befell one of the people counted.
  assert.ok(isPartTelling(telling(1, "One victim's injuries are considered life-threatening.")));
  // People besides those told before.
  assert.ok(isPartTelling(telling(3, 'A short time later, three additional victims showed up at a hospital with gunshot wounds.')));
  assert.ok(isPartTelling(telling(2, 'Two more people were wounded later that night.')));
  // The rest of a set told before.
  assert.ok(isPartTelling(telling(3, 'According to police, the three others who were shot suffered minor injuries.')));
  assert.ok(isPartTelling(telling(2, 'The other two were taken to a hospital.')));
  assert.ok(!isPartTelling(telling(3, 'Three others were taken to a hospital.')));
  // The first of people told one by one, each with what befell them, is one of them.
  assert.ok(isPartTelling(telling(1, 'Police said one woman was shot in the arm, a man was shot in the hip, and another man was grazed.')));
  assert.ok(!isPartTelling(telling(1, 'Police said one woman was shot on Elm Street, and a man saw it.')));
  // A set told with "the" after a larger whole: some of the people shot, not a rival count.
  assert.ok(isPartTelling(telling(2, 'The two people shot were taken to a hospital, one of them in serious condition.')));
  assert.ok(isPartTelling(telling(2, 'The two victims were taken to Mercy Hospital.')));
  assert.ok(!isPartTelling(telling(2, 'Two people shot were taken to a hospital.')));
  // A day is no kind of person: "two Monday and three Tuesday" are counts of two days.
  assert.ok(!isPartTelling(telling(2, 'The storms killed two Monday and three Tuesday in the valley.')));
});

test('a whole told with words of condition, or the others beside the dead, is no part', () => {
  assert.ok(!isPartTelling(telling(5, 'Five men were wounded early today in a shooting, leaving two in critical condition.')));
  assert.ok(!isPartTelling(telling(4, 'A man died and four others were hurt in a shooting, officials said.')));
  assert.ok(!isPartTelling(telling(3, 'A man died and three others were hospitalized in critical condition.')));
  assert.ok(!isPartTelling(telling(4, 'All four of the injured were men between the ages of 24 and 30.')));
  assert.ok(!isPartTelling(telling(3, 'A 10-year-old child was among three people wounded in a shooting.')));
  assert.ok(!isPartTelling(telling(4, 'Four people were wounded, one critically, in a shooting on Sunday night.')));
});

const injured: ClaimFrame = { measure: 'injured', subject: 'people', scope: 'event', stance: 'actual', when: null };
const killed: ClaimFrame = { ...injured, measure: 'killed' };

test('a part gives way only to a larger firm whole: without one it is all the count there is', () => {
  const part = telling(2, 'Police said five people were shot, two of them at the bar.');
  assert.deepEqual([...partsBelowWhole([part, telling(5, 'Five people were wounded on Sunday.')], injured)], [part]);
  assert.deepEqual([...partsBelowWhole([part], injured)], []);
  assert.deepEqual([...partsBelowWhole([part, telling(5, 'At least five people were wounded.', 'at-least')], injured)], []);
});

test('only a count of people has parts: an age told in a list of people is no part of another age', () => {
  const s = 'Reeves, 30, shot and killed Jamie Salazar, 34, and 2-year-old Jordan Reeves inside their apartment.';
  const child = telling(2, s);
  // The sentence alone reads the 2 as a part (a number written nowhere as a count of people listed one by one).
  assert.ok(isPartTelling(child));
  const age: ClaimFrame = { measure: 'age', subject: 'person:reeves', scope: 'event', stance: 'actual', when: null };
  assert.deepEqual([...partsBelowWhole([telling(30, s), child], age)], []);
  assert.deepEqual([...partsBelowWhole([telling(30, s), child], undefined)], []);
  assert.deepEqual([...partsBelowWhole([telling(3, 'Three people were killed.'), child], killed)], [child]);
});

test('a number is found where a global search of its pattern finds it', () => {
  const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
  // The rule as written: every match of one global pattern over the sentence.
  const reference = (sentence: string, n: number) => {
    const forms = [String(n)];
    if (Number.isInteger(n) && n >= 0 && n < SMALL.length) forms.push(SMALL[n]);
    const re = new RegExp(String.raw`(?<![\p{L}\d,.-])(?:${forms.join('|')})(?![\p{L}\d]|,\d|\.\d|-year|\s*-?\s*years?[\s-]*old)`, 'giu');
    return [...sentence.matchAll(re)].map((m) => m.index ?? 0);
  };
  const sentences = [
    'Six people were shot; six of them died and SIX others, six-year-old twins among them, were hurt.',
    'Two men and a 16-year-old girl, two 16 year old boys and 16 others: 16,000 in all, 16.5 miles away, 160 and 16.',
    'Seven, seventeen and \u017Feven: a long s stands for an s.',
    'Two in critical condition, the other three with minor injuries; one died, 1 more hurt, 11 not.',
    'Shots at 2:16, 16- year-old, 16 -years old and 16 years.',
    'No number at all here.',
    '',
  ];
  let found = 0;
  for (const s of sentences) {
    for (const n of [1, 2, 3, 6, 7, 11, 16, 17, 160, 1.5, 16.5, 16000]) {
      const expected = reference(s, n);
      found += expected.length;
      assert.deepEqual(numberAt(s, n), expected, `${n} in ${JSON.stringify(s)}`);
    }
  }
  assert.ok(found > 10);
});

test('the others that close a list of people named one by one are its last part', () => {
  assert.ok(isPartTelling(telling(2, 'The shooting left 45-year-old Ronaldo Pizarro, his wife 37-year-old Melody Amill, his 22-year-old son, and two other relatives injured.')));
  assert.ok(!isPartTelling(telling(2, 'The gunman killed one man and injured two others, police said.')));
});

const told = (value: number, sentence: string): Telling => ({
  articleId: 'a', outlet: 'A', published: null, origin: 'A', originEntityId: null, value, unit: null, approx: null, asOf: null,
  modality: 'asserted', negated: false, sentence, span: [0, 1], syndicatedFrom: null,
  rules: { measure: 'measure/cue-after-number', subject: 'subject/counted-noun', scope: 'scope/default-event', asOf: 'time/as-of', origin: 'origin/outlet-unattributed', modality: 'modality/default' },
});

test('"three others" beside another group of the hurt is a part of the hurt; beside the dead alone it is the whole hurt', () => {
  assert.equal(isPartTelling(told(3, 'The gunman opened fire, leaving one person dead, two police officers wounded and three others injured.')), true);
  assert.equal(isPartTelling(told(3, 'The gunman opened fire, killing one person and injuring three others.')), false);
  assert.equal(isPartTelling(told(6, 'In total, two people were killed and six others were injured.')), false);
});

test('"killed two more people" counts the doer\'s further victims, a part; "two more people died" is no such part', () => {
  assert.ok(isPartTelling(telling(2, 'He killed two more people during carjackings, injured at least three more with random shooting.')));
  assert.ok(isPartTelling(telling(3, 'The gunman shot three more before police arrived.')));
  assert.equal(isPartTelling(telling(2, 'Two more people died in hospital on Sunday.')), false);
});

test('people added to others told before ("three other people were also shot") are a part; "four other people were injured" beside the dead is a whole', async () => {
  const { isAddedOthers } = await import('./count-parts.js');
  assert.ok(isPartTelling(telling(3, 'Three other people were also shot, police said.')));
  assert.ok(isAddedOthers(telling(3, 'Three other people were also shot, police said.')));
  assert.ok(isAddedOthers(telling(1, 'Another man was also shot in the leg.')));
  assert.ok(!isAddedOthers(telling(4, 'One man died and four other people were injured, police said.')));
  assert.ok(!isPartTelling(telling(4, 'One man died and four other people were injured, police said.')));
  assert.ok(!isAddedOthers(telling(3, 'Three people were shot, police said.')));
});

test('a count the sentence sums from its parts is the whole, though no one number writes it', () => {
  const sum = (value: number, sentence: string, rule: string): Telling => ({ ...telling(value, sentence), rules: { ...telling(value, sentence).rules, measure: rule } });
  const s = 'Police said seven officers and two civilians were hurt in the attack.';
  assert.ok(!isPartTelling(sum(9, s, 'measure/predicate-family+conjoined-count')));
  assert.ok(!isPartTelling(sum(4, 'One man is in critical condition and three others are injured.', 'measure/cue-after-number+others-after-condition')));
  // The same number read without a sum is people listed one by one: a part.
  assert.ok(isPartTelling(telling(9, s)));
});

test('one kind of people of a whole told as a sum of kinds, told again with its own number, is that kind\'s part', () => {
  const sum = (value: number, sentence: string): Telling => ({ ...telling(value, sentence), rules: { ...telling(value, sentence).rules, measure: 'measure/cue-before-number+conjoined-count' } });
  const whole = sum(6, 'Shots were fired into the crowd, injuring four men and two women.');
  const men = telling(4, 'Four men were injured by bullets, two of them taken to Ben Taub Hospital.');
  assert.deepEqual([...partsBelowWhole([whole, men], injured)], [men]);
  const four = sum(4, 'Two boys and two girls were shot in Opa-locka on Monday night.');
  const girls = telling(2, 'Police said two teenage girls were also hurt.');
  assert.deepEqual([...partsBelowWhole([four, girls], injured)], [girls]);
  // A kind the sum does not hold is no part of it.
  const boys = telling(2, 'Two boys were also hurt.');
  assert.deepEqual([...partsBelowWhole([whole, boys], injured)], []);
  // Nor is the kind's count without the sum.
  assert.deepEqual([...partsBelowWhole([men, telling(6, 'Six people were hurt.')], injured)], []);
});

test('one person told by a wound ("one person was shot in the neck") is one of the people shot', () => {
  assert.ok(isPartTelling(telling(1, 'Authorities say one person was shot in the neck and is in critical condition.')));
  assert.ok(!isPartTelling(telling(1, 'Authorities say one person was shot on Elm Street.')));
  // Told by the wound suffered: "One person suffered a graze wound from a bullet".
  assert.ok(isPartTelling(telling(1, 'One person suffered a graze wound from a bullet.')));
  assert.ok(isPartTelling(telling(1, 'One man sustained a gunshot wound to the leg, police said.')));
  assert.ok(!isPartTelling(telling(1, 'One person suffered injuries in the crash.')));
});

test('people shot "other" than one told before, in a sentence that tells no death, are a part of the people shot', () => {
  const shot: ClaimFrame = { ...injured, measure: 'shot' };
  const whole = telling(5, 'Police are searching for men who shot five people in Raleigh.');
  const others = telling(4, 'Four other men were hit.');
  assert.deepEqual([...partsBelowWhole([whole, others], shot)], [others]);
  // Of the hurt, the others beside a dead man told before are the whole hurt, not a part of an earlier count.
  assert.deepEqual([...partsBelowWhole([telling(8, 'Eight people were injured.'), telling(6, 'Six other people were wounded in the shooting.')], injured)], []);
  // Beside the dead in the sentence they are no part of the people shot either.
  assert.deepEqual([...partsBelowWhole([whole, telling(4, 'One man was killed and four other men were hit.')], shot)], []);
});

test('others shot, counted after one person told with what befell them, are the rest of the people shot, a part', () => {
  assert.ok(isPartTelling(telling(2, 'One man died at the scene and two others who were shot were taken to a hospital.')));
  assert.ok(isPartTelling(telling(3, 'A woman was killed and three others shot were taken to hospitals, police said.')));
  // The others hurt after one killed are all the hurt.
  assert.ok(!isPartTelling(telling(3, 'A woman was killed and three others were hurt, police said.')));
  // Not a count told alone, nor others a named person opens with no fate of his own.
  assert.ok(!isPartTelling(telling(4, 'Police said four people were shot early Sunday.')));
});

test('a sum spelt out beside the written part of a set is that part; the first item of a list of the hurt is a part', () => {
  const sum = telling(3, 'Three of the victims, two males and a critically injured female, were taken to a hospital.');
  sum.rules = { ...sum.rules, measure: 'measure/predicate-family+conjoined-count' };
  assert.equal(isPartTelling(sum), true);
  const whole = telling(3, 'Two males and a female were taken to a hospital.');
  whole.rules = { ...whole.rules, measure: 'measure/cue-after-number+conjoined-count' };
  assert.equal(isPartTelling(whole), false);
  assert.equal(isPartTelling(telling(3, 'Also injured were three 14-year-old boys, each shot in the leg; a 15-year-old boy shot in the ankle; and two men.')), true);
  assert.equal(isPartTelling(telling(3, 'Also injured were three boys.')), false);
});

test('those hurt among the people fired at are some of them', () => {
  assert.equal(isPartTelling(telling(1, 'When officers arrived on the scene, investigators say he fired at three of them, injuring one.')), true);
  assert.equal(isPartTelling(telling(2, 'The gunman shot at four officers, wounding two.')), true);
  assert.equal(isPartTelling(telling(2, 'The gunman opened fire, wounding two.')), false);
});

test('people pointed back to ("those two men were killed") are of a set told before, a part below its whole', () => {
  assert.ok(isPartTelling(telling(2, 'Detectives strongly suspect those two men were killed in the incident, a news release said.')));
  assert.ok(!isPartTelling(telling(2, 'Two men were killed in the incident, a news release said.')));
});

test('others held or charged besides the accused a story names are a part of those charged', () => {
  assert.ok(isPartTelling(telling(14, 'Fourteen other people are charged in the case.')));
  assert.ok(isPartTelling(telling(3, 'Three others were arrested Tuesday.')));
  // Others of a harm told with nothing besides them stay the count.
  assert.ok(!isPartTelling(telling(15, 'Fifteen people have now been charged after the raids.')));
});
