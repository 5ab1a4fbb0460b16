// Pins the counting of victims told one by one, and of "no one was hurt", on small hand-written articles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../model/analysis.js';
import { analyzeArticle, loadAttributionModel } from './index.js';
import { hurtOneDiedAfter, sameName, victimsOfSentence } from './victims.js';

const model = loadAttributionModel();
function counts(text: string): Record<string, number | undefined> {
  const claims: Claim[] = analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  const out: Record<string, number | undefined> = {};
  for (const c of claims) if ((c.measure.value === 'killed' || c.measure.value === 'injured') && typeof c.value === 'number') out[c.measure.value] = c.value;
  return out;
}

test('"a 16-year-old was killed" and "his mother is in serious condition" make 1 killed and 1 injured', () => {
  const c = counts('A 16-year-old was killed in a shooting on Elm Street on Sunday night.\n\nHis mother is in serious condition at a local hospital, police said.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, 1);
});

test('"found shot to death" after another clause is one killed', () => {
  const c = counts('Police want answers after a 16-year-old boy was found shot to death Tuesday morning in Bordeaux.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, undefined);
});

test('a victim who was shot and later died is one killed, not also one injured', () => {
  const c = counts('A man was shot on Friday evening outside a bar.\n\nHe was taken to a hospital, where he died hours later.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, undefined);
});

test('the one named after "by" did the shooting: the one shot before the participle or the relative clause is the victim', () => {
  const title = 'Woman shot in back by 3-year-old nephew dies';
  const c = counts(`${title}\n\nThe state's investigators confirmed that a woman who was shot in the back by her 3-year-old nephew has died.`);
  assert.deepEqual(c, { killed: 1 });
  const sentences = analyzeArticle({ id: 'a', text: title, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model });
  const victims = victimsOfSentence(sentences.sentences[0]!, 0, sentences.entities, sentences.entities.map((_, i) => i), '2016-03-01');
  assert.deepEqual(victims.map((v) => `${v.status}:${v.words}`), ['killed:Woman']);
});

test('one hurt "in critical condition until she died" is one killed, named by a surname the entities missed', () => {
  const c = counts('A woman was shot Sunday in a car parked in front of her home.\n\nMarlow was flown to a hospital where she was listed in critical condition until she died.');
  assert.deepEqual(c, { killed: 1 });
});

test('the person a sentence opens with, before a participle\'s clause, is the one its verb tells harmed', () => {
  const c = counts('A child riding in the backseat of a vehicle died Monday morning after getting caught in a gun battle between two other cars, police said.');
  assert.equal(c.killed, 1);
  assert.equal(counts('A woman walking to her car was shot on Sunday night, police said.').injured, 1);
  // Not a doer the sentence opens with: "A gunman firing from a car killed a teenager" tells one dead, the teenager.
  const d = counts('A gunman firing from a car killed a teenager on Elm Street.');
  assert.equal(d.killed, 1);
  assert.equal(d.injured, undefined);
});

test('a person "found dead", told with no auxiliary after the noun, is one killed', () => {
  const c = counts('Thomas Carlson, the 50-year-old man found dead in his hunting gear on Monday, accidentally shot himself with his own rifle, police said.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, undefined);
});

test('one someone "pronounced dead" in the active voice is one killed', () => {
  for (const text of ['A 4-year-old boy riding in the back seat was caught in a gun battle on Monday. Hospital staff pronounced the boy dead.', 'A man was shot on Elm Street on Sunday. Paramedics pronounced him dead at the scene.']) {
    const c = counts(text);
    assert.equal(c.killed, 1, text);
    assert.equal(c.injured, undefined, text);
  }
});

test('one named hurt and then told dead by a pronoun is one killed beside another told dead before in the sentence', () => {
  const c = counts('Kia Johnson, 21, and Glenn Thomas, 22, were shot outside a club on Saturday.\n\nJohnson died at the scene, and Thomas was transported to Baptist Medical Center South, where he later was pronounced dead.');
  assert.equal(c.killed, 2);
  assert.equal(c.injured, undefined);
});

test('one struck or shot "who died" in a relative clause is one killed, not one hurt; one "who survived" is no death', () => {
  for (const text of [
    'Two friends were playing with a shotgun on a porch. The gun went off, striking Devin Carter, who died at the scene.',
    'Police said Smith shot his friend, who later died at a hospital.',
  ]) {
    const c = counts(text);
    assert.equal(c.killed, 1, text);
    assert.equal(c.injured, undefined, text);
  }
  assert.equal(counts('Police said Smith shot the man, who survived.').killed, undefined);
});

test('one "later pronounced dead" after a wound is one killed, also after an opening credit or a wound "suffered"', () => {
  for (const text of [
    'Officers were called to Elm Street on Friday.\n\nA 23-year-old man was shot in the head and was later pronounced dead at a hospital.',
    'John Charles McLean, 53, was found in a parked car on Friday.\n\nAccording to police Sergeant Manny Hernandez, McLean sustained a gunshot wound to the head, was transported to an area hospital with life threatening injuries, and was later pronounced deceased.',
    'Officers were called to Elm Street on Friday.\n\nThe man suffered a gunshot wound and later died at the hospital.',
  ]) {
    const c = counts(text);
    assert.equal(c.killed, 1, text);
    assert.equal(c.injured, undefined, text);
  }
});

test('one hurt whose wound the sentence tells caused their death ("resulting in her death") is one killed', () => {
  for (const text of [
    'Deputies were called to a home on Elm Street on Friday.\n\nBilly Williams fired one shot which struck his wife in the neck resulting in her death.',
    'Officers were called to Elm Street on Friday.\n\nThe bullet struck the boy in the chest, causing his death.',
  ]) {
    const c = counts(text);
    assert.equal(c.killed, 1, text);
    assert.equal(c.injured, undefined, text);
  }
  // Another's death is no death of the one hurt.
  assert.equal(counts('Officers were called to Elm Street on Friday.\n\nThe bullet struck the boy in the chest, causing her death.').injured, 1);
});

test('two named victims are two killed', () => {
  const c = counts('The gunman opened fire, killing Juan Garcia and Alvaro Becerra before fleeing in a truck.');
  assert.equal(c.killed, 2);
});

test('"no one was injured" states a count of 0; a stated number wins over victims told one by one', () => {
  assert.equal(counts('Fire crews fought the blaze for hours. No-one was injured, a spokesman said.').injured, 0);
  const c = counts('Three people were wounded in the shooting. One victim was taken to hospital in critical condition.');
  assert.equal(c.injured, 3);
});

function countsAt(text: string, published: string): Record<string, number | undefined> {
  const claims: Claim[] = analyzeArticle({ id: 'a', text, published, outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  const out: Record<string, number | undefined> = {};
  for (const c of claims) if ((c.measure.value === 'killed' || c.measure.value === 'injured') && typeof c.value === 'number') out[c.measure.value] = c.value;
  return out;
}

test('"shot his 6-year-old brother to death" is one killed; "committed suicide" is a death', () => {
  assert.equal(counts('A 13-year-old boy shot his 6-year-old brother to death on Wednesday evening, the sheriff said.').killed, 1);
  assert.equal(counts('The man committed suicide at the home on Wednesday evening, the sheriff said.').killed, 1);
});

test('"shot him in the foot" is one injured', () => {
  const c = counts('His 3-year-old brother accidentally shot him in the foot on Tuesday, police said.');
  assert.equal(c.injured, 1);
  assert.equal(c.killed, undefined);
});

test('a victim told alive ("is in stable condition") is not one of the killed', () => {
  const text = 'A teenager was killed in a shooting on Elm Street on Sunday night.\n\nAnother victim is in stable condition at a local hospital, police said.';
  const claims = analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  const injured = claims.find((c) => c.measure.value === 'injured');
  assert.equal(injured?.value, 1);
  assert.equal(injured?.measure.rule, 'measure/victim-described-survivor');
  assert.equal(claims.find((c) => c.measure.value === 'killed')?.value, 1);
});

test('"a 16-year-old" keeps its age: the hyphen inside a word is no clause boundary', () => {
  const c = counts('Police said the 16-year-old was wounded in the leg.\n\nThe 11-year-old was shot and killed.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, 1);
});

test('a victim of a previous shooting is not counted', () => {
  const c = counts('Witnesses said the crowd was mourning a teen who was killed in a previous shooting at the same location.');
  assert.equal(c.killed, undefined);
});

test('a victim told in a sentence dated months before the article\'s own shooting is of an earlier one', () => {
  const c = countsAt('A man was shot and killed on Feb. 27 on Elm Street, police said.\n\nIn November, a woman was shot to death on Oak Street a block away.', '2016-03-01');
  assert.equal(c.killed, 1);
});

test('deaths that did not happen count no victim: "could have killed her", "attempted murder-suicide", "They killed me!"', () => {
  assert.equal(counts('Doctors say the bullet could have hit her in the heart and killed her.').killed, undefined);
  assert.equal(counts('Police say an attempted murder-suicide took place at the home on Tuesday.').killed, undefined);
  assert.equal(counts('“She said, \'They killed me!\'” her mother recalled.').killed, undefined);
  // A death told as a condition has not happened; one told in a relative clause inside the condition has.
  assert.equal(counts('Hill faces charges, and police say if the boy dies as a result of his injuries more charges will be filed.').killed, undefined);
  assert.equal(counts('Should the victim die, the suspect faces a murder charge.').killed, undefined);
  assert.equal(counts('It is unclear if the man who was killed knew the shooter.').killed, 1);
  // "to determine if ...": a question asked of a death told as fact.
  assert.equal(counts('Police are waiting on autopsy results to determine if the shooting death of a 17-year-old was an accident.').killed, 1);
});

test('a round-up sentence about another shooting ("Meanwhile, ...", "A month earlier, ...") counts no victim', () => {
  assert.equal(counts('Meanwhile, an adult male was fatally shot shortly before 11 p.m., also in Roxbury, police said.').killed, undefined);
  assert.equal(counts('A month earlier, a 32-year-old man was shot to death less than a block away.').killed, undefined);
});

test('a murder-suicide told in one sentence is two dead; a shooter who only killed himself is one', () => {
  assert.equal(counts('A 59-year-old man killed his 4-year-old son and then himself on Sunday night, the sheriff said.').killed, 2);
  assert.equal(counts('A teen accidentally shot and killed himself on Monday night.\n\nThe teen was pronounced dead at the scene, deputies said.').killed, 1);
});

/** Every killed and injured value the article's claims state, in order. */
function allValues(text: string): { killed: unknown[]; injured: unknown[]; shot: unknown[] } {
  const claims: Claim[] = analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  const of = (m: string) => claims.filter((c) => c.measure.value === m && c.value !== undefined).map((c) => c.value);
  return { killed: of('killed'), injured: of('injured'), shot: of('shot') };
}

test('people told together by "and" are one toll: "two women and a baby" is 3, "two adults and three children" is 5', () => {
  assert.deepEqual(allValues('Police said two women and a baby are dead after a shooting on Sunday night.').killed, [3]);
  assert.deepEqual(allValues('Two adults and three children were found dead in a home near Rice on Sunday.').killed, [5]);
  assert.deepEqual(allValues('An infant and two women died after a Sunday shooting near the apartments.').killed, [3]);
  assert.deepEqual(allValues('A man and 3 women were shot outside the club after an argument.').shot, [4]);
  assert.deepEqual(allValues('Two young boys are dead along with their father in an apparent murder-suicide.').killed, [3]);
});

test('parts with a measure each stay apart: "one person dead and four others hurt"', () => {
  const v = allValues('A shooting left one person dead and four others hurt early Sunday.');
  assert.deepEqual(v.killed, [1]);
  assert.deepEqual(v.injured, [4]);
  assert.deepEqual(allValues('There they found five people dead and two others with gunshot wounds to the head.').killed, [5]);
});

test('the shooter who killed himself after the count is one more dead: "killed four classmates and himself" is 5', () => {
  assert.deepEqual(allValues('The father of a student who killed four classmates and himself was arrested on Tuesday.').killed, [5]);
  assert.deepEqual(allValues('Police say a man killed three people before turning the gun on himself.').killed, [4]);
  assert.deepEqual(allValues('Four children killed by their father in a murder-suicide were remembered on Saturday.').killed, [4]);
  // A suicide told beside a toll of the victims' own state, with its own subject: one more dead.
  assert.deepEqual(allValues('Officials said two persons died as a result of homicidal violence and one person committed suicide.').killed, [3]);
  assert.deepEqual(allValues('Three people are dead in an apparent murder-suicide, and the gunman killed himself.').killed, [3]);
});

test('numbers that name something count nobody: a station, a 911 call, a year, a gun\'s bore', () => {
  assert.deepEqual(allValues('(LEX 18) - The Lexington teen killed after being shot in the head Friday evening has been identified.').killed.filter((v) => v === 18), []);
  assert.deepEqual(allValues('WBBJ 7 Eyewitness News reported two people were shot.').shot, [2]);
  assert.deepEqual(allValues('Officers responding to a 911 call found the mother dead at her front door.').killed, [1]);
  assert.deepEqual(allValues('Related Articles January 9, 2017 Man dead after shootout with guards outside a strip club').killed.filter((v) => v === 2017), []);
  assert.deepEqual(allValues('An 8-year-old shot the toddler once in the head with a 20-gauge shotgun.').shot, []);
});

test('"those two children were not injured" counts no injured', () => {
  assert.deepEqual(allValues('Those two children were not injured, police said.').injured, []);
});

test('victims told together are two people: "a young girl and a man are dead", "fatally shot a woman and girl then killed himself"', () => {
  assert.equal(counts('A young girl and a man are dead after a shooting Thursday night in Waldorf.').killed, 2);
  assert.equal(counts('A man fatally shot a woman and girl then killed himself, police said.').killed, 3);
  assert.equal(counts('Police arrived at his home and found both the man and the boy dead.').killed, 2);
  // Not another person: "killing an 11-year-old boy and leaving his brother in critical condition".
  assert.equal(counts('A gunman opened fire, killing an 11-year-old boy and leaving his brother in critical condition.').killed, 1);
});

test('a casualty verb next to a number of other things counts nobody: "killed three blocks from", "fired three shots", "shot by two other teens"', () => {
  assert.deepEqual(allValues('Jones was killed three blocks from where he lived.').killed.filter((v) => v === 3), []);
  assert.deepEqual(allValues('Police say the officer who shot and killed Hayes fired three shots.').killed.filter((v) => v === 3), []);
  assert.deepEqual(allValues('Police said a 16-year-old boy was shot by two other teens.').shot, []);
});

test('"found shot to death" counts the dead', () => {
  const v = allValues('The three victims were found shot to death in front of an apartment building.');
  assert.deepEqual(v.killed, [3]);
  assert.deepEqual(v.shot, []);
});

test('"Deputies say a man was killed": the speaker is not the victim', () => {
  assert.equal(counts('Deputies say a man was killed in a Christmas Day shooting.\n\nJulius Gray, 23, died at the scene.').killed, 1);
});

test('a phrase before a cue names the person at its end: "she was stunned to hear Stockard had been killed" is Stockard', () => {
  assert.equal(counts('The coroner said Stockard died of a gunshot wound to the chest.\n\nHis sister said she was stunned to hear Stockard had been killed.').killed, 1);
});

test('after an active cue only a noun phrase is a victim: "will name both people killed once their families have been notified"', () => {
  const a = analyzeArticle({ id: 'a', text: 'The coroner will name the people killed once their families have been notified.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model });
  assert.deepEqual(a.sentences.flatMap((s, si) => victimsOfSentence(s, si, a.entities, a.entities.map((_, i) => i))).map((v) => v.words), []);
  assert.equal(counts('Someone inside pulls a gun and shoots, killing Teryus and his friend.').killed, 2);
});

test('a victim sentence opened by another month is another shooting: "In March Michael DiMattia was shot to death"', () => {
  const c = countsAt('Kelvin Watford was pronounced dead at the scene on Thursday.\n\nIn March Michael DiMattia was shot to death inside his apartment.', '2016-11-18');
  assert.equal(c.killed, 1);
});

test('a round-up\'s totals are background: "seven people dead and 14 others injured in 17 shootings across the city"', () => {
  const claims: Claim[] = analyzeArticle({ id: 'a', text: 'A bloody weekend in Detroit left seven people dead and 14 others injured in 17 shootings across the city, police said.', published: '2016-05-09', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  const tolls = claims.filter((c) => (c.measure.value === 'killed' || c.measure.value === 'injured') && typeof c.value === 'number' && c.value > 1);
  assert.ok(tolls.length > 0);
  assert.deepEqual(tolls.map((c) => c.scope.value), tolls.map(() => 'background'));
});

test('a statistic of many such shootings over years is background, not this story\'s toll', () => {
  const tolls = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-11-13', outlet: 'Test Gazette' }, { attributionModel: model }).claims
    .filter((c) => (c.measure.value === 'killed' || c.measure.value === 'injured') && typeof c.value === 'number' && c.value > 1);
  const stats = tolls('In three years there were 40 such shootings in the state, with 25 children wounded and nine killed.');
  assert.ok(stats.length > 0);
  assert.deepEqual(stats.map((c) => c.scope.value), stats.map(() => 'background'));
  const overYears = tolls('Over the past five years, 12 people were killed at the crossing.');
  assert.ok(overYears.length > 0);
  assert.deepEqual(overYears.map((c) => c.scope.value), overYears.map(() => 'background'));
  // The story's own toll stays this event's.
  const own = tolls('Two people were killed and three wounded in a shooting on Elm Street on Sunday, police said.');
  assert.deepEqual(own.map((c) => c.scope.value), own.map(() => 'event'));
});

test('counts listed after a tally of many events are parts of that tally, not this story\'s toll', () => {
  const claims = analyzeArticle({ id: 'a', text: 'A study found there have been 21 accidental shooting deaths this year, with 15 more wounding themselves, 9 wounding others and 3 killing others.', published: '2015-11-06', outlet: 'Test Gazette' }, { attributionModel: model }).claims
    .filter((c) => c.measure.value === 'killed' || c.measure.value === 'injured');
  assert.ok(claims.some((c) => c.value === 3), claims.map((c) => `${c.value} ${c.scope.rule}`).join(', '));
  assert.deepEqual(claims.map((c) => c.scope.value), claims.map(() => 'background'));
  // The story's own toll, told apart from the tally, stays this event's.
  const own = analyzeArticle({ id: 'a', text: 'There have been 40 shootings in the city this year. Two people were killed on Sunday, police said.', published: '2015-11-06', outlet: 'Test Gazette' }, { attributionModel: model }).claims
    .filter((c) => c.measure.value === 'killed');
  assert.deepEqual(own.map((c) => c.scope.value), ['event']);
});

test('nouns of people told together with one adjective or none: "his mom and younger brother were dead", "an 11-month-old baby and an adult male"', () => {
  assert.equal(counts('Jacob Remaley called 911, saying his mom and younger brother were dead.').killed, 2);
  assert.equal(counts('An 11-month-old baby and an adult male were shot and killed in the backseat of a car.').killed, 2);
});

test('a person and a count of theirs joined by "and" are one toll: "Lee and her three children", "killed his wife and three children"', () => {
  assert.equal(counts('Dana and her three children were shot dead by her companion.').killed, 4);
  assert.equal(counts('Police said the man had killed his wife and three children.').killed, 4);
  assert.equal(counts('A man and his two sons were killed in the crash.').killed, 3);
  assert.equal(counts('A mother fatally shot her husband and three sons before killing herself, police said.').killed, 5);
  // Names joined to names, and a count of things, add no one.
  assert.equal(counts('Smith and Jones said three people were killed.').killed, 3);
});

test('"both" is two people: "Both died at the scene", "wounding both"', () => {
  assert.equal(counts('Police said a man opened fire on Elm Street on Sunday. Both died at the scene.').killed, 2);
  assert.equal(counts('A man shot his girlfriend and her son, wounding both early Friday.').injured, 2);
});

/** The values of an article's killed claims of its own event, with the rule that set each measure. */
function killedClaims(text: string, published = '2016-03-01'): { value: unknown; rule: string }[] {
  return analyzeArticle({ id: 'a', text, published, outlet: 'Test Gazette' }, { attributionModel: model }).claims
    .filter((c) => c.measure.value === 'killed' && c.scope.value === 'event' && c.value !== undefined)
    .map((c) => ({ value: c.value, rule: c.measure.rule }));
}

test('"passed away" and "succumbed" tell a death', () => {
  assert.equal(counts('The man was taken to a medical center after the shooting.\n\nHe later passed away at the hospital.').killed, 1);
  assert.equal(counts('A teenager was shot on Elm Street on Friday. The boy succumbed to his injuries on Monday.').killed, 1);
});

test('a number word after a group or a toll counts people: "a family of five who died", "bringing the death toll to three"', () => {
  assert.ok(killedClaims('Police said a family of five died in a murder-suicide on Wednesday.').some((c) => c.value === 5));
  assert.ok(killedClaims('A woman who was wounded on Sunday night has died, bringing the death toll in the shooting to three.').some((c) => c.value === 3));
  assert.ok(killedClaims('A second man has died, bringing the number of fatalities to four.').some((c) => c.value === 4));
});

test('the ordinal of a victim who died counts the dead: "A fourth victim ... has died"', () => {
  assert.deepEqual(killedClaims('A fourth victim in a deadly shooting on Robinson Road, that killed three others, has died.').filter((c) => c.rule === 'measure/ordinal-victim-died').map((c) => c.value), [4]);
  assert.deepEqual(killedClaims('Two of the victims died at the scene, while the third died at a hospital.').filter((c) => c.rule === 'measure/ordinal-victim-died').map((c) => c.value), [3]);
  // "the fourth victim" of a set whose others are told hurt is the one who died, no fourth death.
  assert.deepEqual(killedClaims('Three of the victims sustained minor injuries; the fourth victim, Jones, was pronounced dead on Monday.').filter((c) => c.rule === 'measure/ordinal-victim-died'), []);
  // A second man charged is no death.
  assert.deepEqual(killedClaims('Bond was set for the second man charged in the shooting that left one man dead.').filter((c) => c.rule === 'measure/ordinal-victim-died'), []);
});

test('"all four ... have now died" counts four dead', () => {
  assert.deepEqual(killedClaims('The coroner says all four people involved in a shooting early Saturday morning have now died.').filter((c) => c.rule === 'measure/all-victims-died').map((c) => c.value), [4]);
  assert.deepEqual(killedClaims('All three were shot, and one of them died.').filter((c) => c.rule === 'measure/all-victims-died'), []);
});

test('"four of the five victims were shot to death" is four killed, not five', () => {
  const values = killedClaims('Police say four of the five victims were shot to death inside the home.').map((c) => c.value);
  assert.ok(values.includes(4));
  assert.ok(!values.includes(5));
});

test('a shooter killed by police counts with a toll told as the shooters\' doing, not with one that may hold him', () => {
  const tolls = killedClaims('At least 14 people were killed and 21 others injured by assailants who opened fire on Wednesday.\n\nTwo suspects were killed in the exchange with police, a man and a woman.');
  assert.ok(tolls.some((c) => c.value === 16 && c.rule.endsWith('+shooter-killed')));
  assert.ok(killedClaims('Police killed the gunman, who killed three officers and wounded three more.').some((c) => c.value === 4));
  // The suspect is the one killed in an officer-involved shooting: no one more.
  assert.ok(!killedClaims('One person was killed in an officer-involved shooting on Thursday.\n\nThe suspect was shot and killed by a police officer.').some((c) => c.value === 2));
  assert.ok(!killedClaims('Three people died, including the gunman. Police said the gunman was killed by officers.').some((c) => c.value === 4));
});

test('places counted next to a death count no people: "died ... at two locations"', () => {
  const values = killedClaims('Police say there were earlier reports involving a family of five who died Wednesday in a murder-suicide at two locations in the city.').map((c) => c.value);
  assert.ok(values.includes(5));
  assert.ok(!values.includes(2));
});

test('"and" inside a body\'s name joins no second victim: "killed Texas Parks and Wildlife Department game warden Jim Smith"', () => {
  assert.equal(counts('The gunman shot and killed Texas Parks and Wildlife Department game warden Jim Smith on Sunday.').killed, 1);
  assert.equal(counts('The gunman opened fire, killing Juan Garcia and Alvaro Becerra before fleeing.').killed, 2);
});

test('a span of clock times counts nobody: "Visitation is from 2-6 p.m. for the victim who was killed"', () => {
  assert.ok(!killedClaims('Visitation is from 2-6 p.m. Friday for the victim who was killed.').some((c) => c.value === 2));
});

test('counts over many shootings are background: "in South Side shootings", "deaths this year", "shot since Wednesday"', () => {
  const scopes = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims
    .filter((c) => (c.measure.value === 'killed' || c.measure.value === 'injured' || c.measure.value === 'shot') && typeof c.value === 'number' && c.value > 1).map((c) => c.scope.value);
  for (const text of [
    'Three people were killed and at least five others were wounded in South Side shootings Wednesday afternoon and evening.',
    'The report said there have been 13 toddler shooting deaths this year, with 18 more injuring themselves.',
    'The attacks brought to at least 74 the number of people shot since Wednesday afternoon, with 12 of those victims killed.',
  ]) {
    const s = scopes(text);
    assert.ok(s.length > 0, text);
    assert.deepEqual(s, s.map(() => 'background'), text);
  }
});

test('a report taken back counts no one: "an initial report that a second victim had died was incorrect"', () => {
  const c = counts('One person died in the shooting early Sunday, police said.\n\nThe mayor\'s office says an initial report that a second victim had died was incorrect.');
  assert.equal(c.killed, 1);
  assert.equal(counts('The mayor\'s office says a second victim had died at the hospital.').killed, 2);
});

test('"found 3 victims with gunshot wounds" counts the people shot, the dead among them, not the injured', () => {
  const text = 'Deputies responded and found 3 victims with gunshot wounds. A 6-year-old boy was pronounced dead at the scene.';
  const claims = analyzeArticle({ id: 'a', text, published: '2015-01-02', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.equal(claims.find((c) => c.value === 3)?.measure.value, 'shot');
  assert.notEqual(counts(text).injured, 3);
});

test('"although no one was hurt" describes no victim: the count is 0', () => {
  const c = counts('A craft group was in the building when the fire broke out, although no one was hurt.');
  assert.equal(c.injured, 0);
});

test('"``No one was hurt,\'\' he said" describes no victim behind its quotation marks', () => {
  const c = counts("The chief spoke after the fire. ``No one was hurt,'' he said.");
  assert.notEqual(c.injured, 1);
});

test('a victim told in a sentence set before the story\'s days counts no one: "Last year, ...", "a July 2014 shooting", "statewide"', () => {
  assert.equal(counts('Last year, musician John Smith was killed by a stray bullet near the club.').killed, undefined);
  assert.equal(counts('The shooting happened down the street from a July 2014 shooting that left a 12-year-old girl dead.').killed, undefined);
  assert.equal(counts('A year and a half ago a 12-year-old girl was killed in the crossfire of a shootout.').killed, undefined);
  const statewide = analyzeArticle({ id: 'a', text: 'So far, 12 people have been killed and 29 injured in shootings statewide this year, police said.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.deepEqual(statewide.filter((c) => (c.measure.value === 'killed' || c.measure.value === 'injured') && c.scope.value === 'event').map((c) => c.value), []);
  // A day of the story's week keeps it the story's own; a year of birth sets no event.
  assert.equal(counts('Last year he moved to the city, and on Friday he was shot and killed outside his home.').killed, 1);
  assert.equal(countsAt('In 2016, a man was shot and killed near the club, police said.', '2016-03-01').killed, 1);
});

test('"There are no reported fatalities" and "no one was killed" state 0 killed', () => {
  assert.equal(counts('Police said shots were fired into the crowd. There are no reported fatalities.').killed, 0);
  assert.equal(counts('Several shots hit the house, but no one was killed.').killed, 0);
  assert.equal(counts('Two cars were damaged. There were no reported injuries.').injured, 0);
});

test('a person struck by gunfire is one injured; windows and houses struck are not', () => {
  assert.equal(counts('Shots were fired outside the bar and a 22-year-old man was struck, police said.').injured, 1);
  assert.equal(counts('A suspect fired at pursuing officers, striking a police officer and the police car.').injured, 1);
  assert.equal(counts('The gunman fired into the crowd, hitting a 14-year-old girl in the leg.').injured, 1);
  assert.equal(counts('Several windows were struck by gunfire during the shooting on Sunday.').injured, undefined);
  assert.equal(counts('Bullets flew during the shooting, hitting the wall of a house.').injured, undefined);
});

test('hurt victims told by treatment or a wound: "treated for", "found with a gunshot wound", "suffered a minor hand injury"', () => {
  assert.equal(counts('His sister was treated at a hospital for superficial wounds to her arm, according to police.').injured, 1);
  assert.equal(counts('Officers found the teenager with a gunshot wound to his leg after the shooting.').injured, 1);
  assert.equal(counts('Velazquez suffered a minor hand injury in the shooting.').injured, 1);
  assert.equal(counts('A 12-year-old is recovering after suffering from a gunshot wound on Thursday night.').injured, 1);
  // "suffered no injuries" is a count of 0, no victim.
  assert.equal(counts('The man suffered no injuries in the shooting.').injured, 0);
});

test('"another man" and "the second victim" beside a death are someone else than the dead', () => {
  const claims = analyzeArticle({ id: 'a', text: 'One of the victims was taken to Regions Hospital after the shooting. The other victim was pronounced dead at the scene.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.equal(claims.find((c) => c.measure.value === 'killed')?.value, 1);
  const injured = claims.find((c) => c.measure.value === 'injured');
  assert.equal(injured?.value, 1);
  assert.equal(injured?.measure.rule, 'measure/victim-described-survivor');
});

test('"Three are dead in a murder-suicide" is three dead, the shooter among them', () => {
  assert.equal(counts('Three are dead in what police are ruling a murder-suicide, and the identity of the shooter is shocking to many.').killed, 3);
  assert.equal(counts('Two were killed in the shooting on Sunday night.').killed, 2);
});

test('counts that are no people: "ages 17 to 28", "between the ages of 24 and 30", "three gunshot wounds"', () => {
  assert.deepEqual(allValues('All four of the injured were men between the ages of 24 and 30.').injured, [4]);
  const claims = analyzeArticle({ id: 'a', text: 'Police arrested six men, ages 17 to 28, on Friday. The victim suffered three gunshot wounds.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.ok(!claims.some((c) => c.measure.value === 'arrested' && Array.isArray(c.value)), JSON.stringify(claims.map((c) => [c.measure.value, c.value])));
  assert.ok(!claims.some((c) => c.measure.value === 'injured' && c.value === 3));
});

test('people hurt together with a pronoun or by one’s own shot: "He and the infant were taken to the hospital", "shot himself and his two daughters"', () => {
  assert.equal(counts('He and the infant were taken to the hospital with non-life threatening injuries, police said.').injured, 2);
  assert.equal(counts('A father who was clearing his gun accidentally shot himself and his two daughters, the sheriff said.').injured, 3);
  assert.equal(counts('The teen accidentally shot himself in the leg on Tuesday, deputies said.').injured, 1);
});

test('the dead of a shot that hit its shooter and others are among the others: hurt are the rest', () => {
  const shot = 'A father who was clearing his gun accidentally shot himself and his two daughters, the sheriff said.';
  assert.deepEqual(counts(`${shot} The incident seriously injured one of his daughters and killed the other.`), { killed: 1, injured: 2 });
  assert.deepEqual(counts(`${shot} Efforts to save the life of 2-year-old Heaven Miller failed at a local hospital where she later died.`), { killed: 1, injured: 2 });
  assert.equal(counts(shot).injured, 3);
});

test('a named victim shot and who "later died" in one sentence is one killed', () => {
  assert.deepEqual(counts('Winston Brown was shot in the face and later died at a hospital, police said.'), { killed: 1 });
});

test('the victim is the phrase before a relative clause of "who": "A victim who escaped from the home was also injured"', () => {
  assert.deepEqual(counts('A victim who escaped from the home was also injured in the attack, deputies said.'), { injured: 1 });
  // "that" opens no person's clause here.
  assert.deepEqual(counts('"It is a miracle that not one kid is shot," the chief said.'), {});
});

test('a person of another shooting named again in an undated sentence is not a victim of this one', () => {
  const c = counts('Police said Dominique Alexander, 14, was shot about 7:10 p.m. Thursday at a home on Seaman Road. Dominique was pronounced dead at the medical center.\n\nJourni Johnson, 2, was shot and killed in December and Ty-Ryne Hoskins, 3, was killed in late October in what authorities described as preventable shootings. Journi died of a single gunshot wound to the head.');
  assert.equal(c.killed, 1);
});

test('victims told as "the other two" are people besides the first part: one found deceased and the other two dead make 3', () => {
  assert.equal(counts('Deputies found one child deceased inside the trailer on Tuesday morning.\n\nThe other two died later that night at a hospital in the county seat, a spokesman said.').killed, 3);
  // "deceased" alone tells a death.
  assert.equal(counts('A woman was found deceased in her apartment on Monday after neighbors heard gunfire.').killed, 1);
  // The rest of the hurt: one dead, the other three alive.
  assert.equal(counts('Officers found four men shot outside a store on Saturday night. One man died at the scene.\n\nThe other three victims are in stable condition at a local hospital.').injured, 3);
  // The same rest told again in a later sentence is the same people, not three more.
  const again = counts('One teen died at the scene on Friday, and the other three were taken to a hospital.\n\nA nurse said the other three are in stable condition and expected to recover.');
  assert.equal(again.injured, 3);
  assert.equal(again.killed, 1);
  // Without "other", a number after "the" opens no rest.
  assert.equal(counts('A man was shot and killed on Elm Street on Sunday. The two brothers who lived next door were questioned by police.').killed, 1);
});

test('the ordinal of a body found counts the dead found so far: "Second body found"', () => {
  assert.deepEqual(killedClaims('Second body found at burned farmhouse\n\nDeputies found a man dead in the burned farmhouse on Monday. Investigators went back on Tuesday.').filter((c) => c.rule === 'measure/ordinal-victim-died').map((c) => c.value), [2]);
  assert.deepEqual(killedClaims('A woman was found dead in the home on Monday. A third body was recovered from a shed on the property Tuesday, deputies said.').filter((c) => c.rule === 'measure/ordinal-victim-died').map((c) => c.value), [3]);
  // A body searched for is none found.
  assert.deepEqual(killedClaims('A man was found dead in the river on Monday. Divers are searching for a second body, deputies said.').filter((c) => c.rule === 'measure/ordinal-victim-died'), []);
});

test('people told together without a count read: "two young Elm County boys are dead along with their father", "both boys"', () => {
  assert.equal(counts('Two young Elm County boys are dead along with their father in an apparent murder-suicide at a park. Both boys were dead when deputies reached the car.').killed, 3);
  assert.equal(counts('Deputies found two men in a car on Sunday. Both men were dead when medics arrived.').killed, 2);
  assert.equal(counts('A retired teacher was killed along with her neighbor when a gunman opened fire on Maple Street.').killed, 2);
  // "along with" a thing names no victim.
  assert.equal(counts('A retired teacher was found dead along with a handgun in her car on Sunday.').killed, 1);
});

test('a shooter told dead by name or as "the man who ... killed five" counts with a toll told as his doing', () => {
  assert.ok(killedClaims('A gunman shot and killed five people at a home on East Street on Wednesday.\n\nOfficers later located Rick Odell Smith, who they believed to be the shooter. A shootout took place and Smith was later pronounced dead.').some((c) => c.value === 6 && c.rule.endsWith('+shooter-killed')));
  assert.ok(killedClaims('The man who police believe shot and killed five people and wounded a girl in Elm County is dead.').some((c) => c.value === 6 && c.rule.endsWith('+shooter-killed')));
  // A shooter named and arrested is no one more dead.
  assert.ok(!killedClaims('A man shot and killed two people at a bar on Friday. Police identified the suspect as John Baker. Baker was arrested later that night.').some((c) => c.value === 3));
  // Nor a victim named dead: only the one named as the shooter counts.
  assert.ok(!killedClaims('A gunman shot and killed two people at a bar on Friday. Police identified the suspect as John Baker. Victim Tom Reed was pronounced dead at the scene.').some((c) => c.value === 3));
});

test('"the death investigation of a 17-year-old man" tells one dead', () => {
  assert.equal(counts('Deputies said the man is no longer a person of interest in the death investigation of a 17-year-old man on Wednesday.').killed, 1);
  // An investigation of a thing names no victim.
  assert.equal(counts('Deputies are leading the death investigation of the house fire on Apollo Street.').killed, undefined);
});

test('a count in words right after a full stop with no space (a lost paragraph break) is still a count; digits after a point are a decimal', () => {
  assert.equal(counts('They fled in a getaway vehicle.Four men and a woman were wounded in the shooting.').injured, 5);
  const claims = analyzeArticle({ id: 'a', text: 'He fired a .40 caliber handgun twice on Friday, police said.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.equal(claims.some((c) => c.value === 40 && c.measure.value !== 'other:calibre'), false);
});

test('a count of jurors is never a toll, whatever death or killing their sentence tells', () => {
  assert.equal(counts('Eleven jurors voted for death and one juror held out, leaving the jury deadlocked in the killing.').killed, undefined);
  assert.equal(counts('A jury of seven women and five men convicted him of killing two people.').killed, 2);
});

test('people counted in parts joined by "and" are one toll: the first part takes the whole\'s measure, a person with an age joins, a count read with its casualty word counts people', () => {
  assert.equal(counts('Two men and two women were found fatally shot in the 100 block of West 105th Street, police said.').killed, 4);
  assert.equal(counts('Police are investigating a shooting that injured two men and a 10-year-old girl.').injured, 3);
  assert.equal(counts('A shooting on Thursday afternoon left a 10-year-old girl and two men wounded, police said.').injured, 3);
  assert.equal(counts('Two men and two women were arrested after the fight, police said.').killed, undefined);
});

test('a count an authority\'s "but ... not" takes back in its own sentence is no count; the zero it tells stands', () => {
  const c = counts('Witnesses said a man was hurt, but authorities say no one was injured in the shooting.');
  assert.equal(c.injured, 0);
  assert.equal(counts('One person was reported injured, but police said that person was not hit by gunfire.').injured, undefined);
  assert.equal(counts('A man was shot in the leg, but police said he is expected to survive.').injured, 1);
});

test('"a quadruple shooting" tells four people shot; one of an earlier time tells nothing of the story', () => {
  const shot = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims.find((c) => c.measure.value === 'shot')?.value;
  assert.equal(shot('Police are investigating a quadruple shooting on the Eastside on Christmas night.'), 4);
  assert.equal(shot('The corner was the scene of a triple shooting last year, neighbors said.'), undefined);
});

test('a count of 0 is the word of the one the sentence says told it, else the outlet\'s', () => {
  const zeroOrigin = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model })
    .claims.filter((c) => c.measure.value === 'injured' && c.value === 0).map((c) => c.origin.value);
  assert.deepEqual(zeroOrigin('A man fired several shots into a house on Main Street on Sunday, but authorities say no one was hurt.'), ['authorities']);
  assert.deepEqual(zeroOrigin('Shots were fired on Main Street on Sunday. No one was hurt in the shooting, Sgt. John Smith said.'), ['John Smith']);
  // Said by no one: the outlet's own word.
  assert.deepEqual(zeroOrigin('Shots were fired on Main Street on Sunday. No one was hurt.'), ['Test Gazette']);
});

test('a number of things or of events near a casualty word counts no casualties', () => {
  const measured = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model })
    .claims.filter((c) => (c.measure.value === 'killed' || c.measure.value === 'injured') && c.quantity !== undefined).map((c) => `${c.measure.value} ${c.value}`);
  assert.deepEqual(measured('A woman was found dead in a house three doors away.'), []);
  assert.deepEqual(measured('Police said the boy\'s injuries were from one gunshot.'), []);
  assert.deepEqual(measured('The death follows two separate slayings at apartment buildings this month.'), []);
  // Still counts of people.
  assert.deepEqual(measured('Three people were found dead in the house.'), ['killed 3']);
});

test('people wanted for a killing are not the killed', () => {
  const measured = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model })
    .claims.filter((c) => c.measure.value === 'killed' && c.quantity !== undefined).map((c) => c.value);
  assert.deepEqual(measured('Two men wanted in connection with the shooting death of a 5-year-old are now in custody, police said.'), []);
  assert.deepEqual(measured('Three men sought in the killing of a store clerk surrendered Monday.'), []);
  assert.deepEqual(measured('Two men were killed in the shooting, police said.'), [2]);
});

test('entries of a dated list of other shootings at the end of a page are background; a timeline of the story\'s own people is not', () => {
  const eventCounts = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model })
    .claims.filter((c) => (c.measure.value === 'killed' || c.measure.value === 'injured') && c.scope.value === 'event' && typeof c.value === 'number')
    .map((c) => `${c.measure.value} ${c.value}`).sort();
  const list = 'Earlier shootings by deputies this year:\n\nFeb. 26: Two men were wounded by a deputy in Pine Grove after a chase.\n\nFeb. 20: Jose Ruiz, 31, was shot and killed by deputies in Clay County.\n\nFeb. 3 - A woman was hurt when a deputy fired at a car in Oak Park.';
  assert.deepEqual(eventCounts(`A man was shot and killed by deputies Sunday night in Elm County, the sheriff said.\n\nThe man had a knife, deputies said.\n\n${list}`), ['killed 1']);
  // Without the list the body's lines still count, and a single dated line is no list.
  assert.deepEqual(eventCounts('Feb. 28: Two men were wounded in a shooting on Elm Street, police said.\n\nBoth are expected to recover.'), ['injured 2']);
  // A timeline of the story names the people the body is about: its entries tell the story's own events.
  assert.deepEqual(eventCounts('Bob Carter appeared in court on Monday. He is charged with murder.\n\nFeb. 20: Bob Carter buys a handgun.\n\nFeb. 27: Bob Carter shoots his wife, Ann, in their car near the park. She was pronounced dead at the hospital.'), ['killed 1']);
});

test('a hurt count of whom some later died holds them: the hurt alive are the rest', () => {
  const injured = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model })
    .claims.filter((c) => c.measure.value === 'injured' && c.scope.value === 'event' && c.quantity !== undefined).map((c) => c.value);
  assert.deepEqual(injured('Three people were hospitalized after a shooting on Elm Street on Sunday, one of whom later died, police said.'), [2]);
  assert.deepEqual(injured('Three people were hospitalized after the shooting on Sunday, police said. One of them later died at the hospital.'), [2]);
  assert.deepEqual(injured('Three people were hospitalized after the shooting on Sunday, police said.\n\nOne of them later died at the hospital.'), [2]);
  // "them" after a sentence that also tells dead is theirs, unless the next sentence opens on the hurt again.
  assert.deepEqual(injured('Police found five people dead and two others with gunshot wounds. Both were flown to the hospital, where one of them died.'), [1]);
  assert.deepEqual(injured('Two people were killed and three others were wounded on Sunday. One of them died at the scene.'), [3]);
  assert.deepEqual(injured('Three people were hospitalized after the shooting on Sunday, police said. They are expected to recover.'), [3]);
});

test('another story\'s headline at the end of a page sets no toll, with a label or without', () => {
  const eventCounts = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model })
    .claims.filter((c) => (c.measure.value === 'killed' || c.measure.value === 'injured') && c.scope.value === 'event' && typeof c.value === 'number')
    .map((c) => `${c.measure.value} ${c.value}`).sort();
  const body = 'Man shot on Elm Street\n\nA man was shot on Elm Street on Sunday night, police said.\n\nHe was taken to a hospital and is expected to recover.\n\nNo arrests have been made.\n\nAnyone with information is asked to call police.';
  assert.deepEqual(eventCounts(body), ['injured 1']);
  assert.deepEqual(eventCounts(`${body}\n\n4 injured in drive-by shooting in South Park`), ['injured 1']);
  assert.deepEqual(eventCounts(`${body}\n\n1 dead, 2 hurt in Smoketown shooting\n\nCity council approves budget`), ['injured 1']);
  assert.deepEqual(eventCounts(`${body}\n\n• Related: 2 suspects killed in shootout with police`), ['injured 1']);
  assert.deepEqual(eventCounts(`${body}\n\nSTORY: 1 dead in triple shooting at a nightclub`), ['injured 1']);
  // The story's own headline at the top still counts, and a sentence of the body is no headline.
  assert.deepEqual(eventCounts('Four wounded in Elm Street shooting\n\nPolice are looking for a gunman.'), ['injured 4']);
  assert.deepEqual(eventCounts(`${body}\n\nTwo other men were wounded in the shooting, police said.`), ['injured 2']);
});

test('victims told one by one in a round-up of several shootings are not summed into one toll', () => {
  const eventCounts = analyzeArticle({ id: 'a', text: 'One teenager was killed and four other teens were wounded in two separate shootings on Monday night, police said.\n\nA 19-year-old died hours after being shot in the head on Elm Street.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model })
    .claims.filter((x) => (x.measure.value === 'killed' || x.measure.value === 'injured') && x.scope.value === 'event' && typeof x.value === 'number');
  assert.deepEqual(eventCounts.map((x) => x.measure.rule), []);
  // Outside a round-up the same victim counts.
  assert.equal(counts('A 19-year-old died hours after being shot in the head on Elm Street on Monday night.').killed, 1);
});

test('counts told by their numbers side by side, "two are dead and two are in critical condition", are 2 killed and 2 injured', () => {
  const c = counts('Two are dead and two are in critical condition after a shooting on Maple Street on Saturday night.');
  assert.equal(c.killed, 2);
  assert.equal(c.injured, 2);
  assert.equal(counts('Two are dead after a shooting on Maple Street on Saturday night.').injured, undefined);
});

test('"all four were taken to a hospital" is four hurt; a count ending a longer phrase is no one victim', () => {
  assert.equal(counts('Police say all four were taken to a regional hospital on Sunday morning.').injured, 4);
  // "All four ..., where two died": "all" holds the dead; it is not four hurt nor four dead.
  const c = counts('All four were taken to the hospital on Sunday, where two died.');
  assert.equal(c.killed, 2);
  assert.equal(c.injured, undefined);
  // "Police determined four young people had been hit by gunfire": four people shot, not "at least 1" victim.
  const claims: Claim[] = analyzeArticle({ id: 'a', text: 'Police determined four young people had been hit by gunfire on Sunday.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.equal(claims.find((x) => x.measure.value === 'shot')?.value, 4);
  assert.equal(claims.some((x) => x.measure.value === 'injured'), false);
});

test('the rest told beside a later death are the hurt who remain: one dead, then one of the other three died, leaves 2 injured', () => {
  const c = counts('One man was pronounced dead at the scene, while the other three were taken to a hospital.\n\nOne victim died upon arrival at the hospital, while the other two remain in critical condition.');
  assert.equal(c.injured, 2);
  // Without a death beside it, the rest told again is the same rest.
  assert.equal(counts('One teen died at the scene on Friday, and the other three were taken to a hospital.\n\nA nurse said the other three remain in critical condition.').injured, 3);
});

test('"three people were injured, including a woman who succumbed" counts 2 hurt alive', () => {
  const c = counts('Three people were injured, including a 17-year-old woman who succumbed to her injuries.');
  assert.equal(c.injured, 2);
  assert.equal(counts('Three people were injured, including a 17-year-old woman who was hit in the leg.').injured, 3);
});

test('a shooter\'s suicide told in the next sentence after a toll of the shooter\'s doing is one more of the dead', () => {
  assert.equal(counts('Police said John Smith shot and killed his wife and two daughters at their home on Sunday.\n\nHe then turned the gun on himself, police said.').killed, 4);
  // The weapon named: "turned the shotgun on himself".
  assert.equal(counts('Authorities believe John Smith fatally shot his wife and four children on Thursday and then turned the shotgun on himself.').killed, 6);
  // A suicide the article calls attempted leaves the shooter alive.
  const tried = counts('Police say a man shot his girlfriend before turning the shotgun on himself.\n\nNeighbors heard the attempted murder-suicide.');
  assert.deepEqual([tried.killed, tried.injured], [undefined, 1]);
  // Not a suicide only tried, nor a toll that may hold the shooter already.
  assert.equal(counts('Police said John Smith killed three people at the home on Sunday.\n\nHe tried to shoot himself, but the gun jammed.').killed, 3);
  assert.equal(counts('Three people were killed in a murder-suicide on Sunday.\n\nPolice said the man then shot himself.').killed, 3);
});

test('the victims of a clause about an earlier year\'s shooting are not the story\'s, though the sentence names its day', () => {
  const c = counts('A 7-year-old boy was wounded Monday night, just down the street from a July 2014 shooting that left a 12-year-old girl dead.');
  assert.equal(c.injured, 1);
  assert.equal(c.killed, undefined);
  // A shooting of the publication's year is the story's own.
  assert.equal(counts('Police made an arrest Monday in the 2016 shooting that left a 12-year-old girl dead.').killed, 1);
});

test('"two others were shot and wounded" is a count of the hurt, beside "two men were shot and killed"', () => {
  const c = counts('Two men were shot and killed and two others were shot and wounded outside a bar on Sunday.');
  assert.equal(c.killed, 2);
  assert.equal(c.injured, 2);
  assert.equal(counts('Two others were shot and injured in the attack, but survived.').injured, 2);
});

test('"found one man dead and another wounded" tells one hurt alive besides the dead', () => {
  const c = counts('When officers arrived on the scene they found one man dead and another wounded.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, 1);
  assert.equal(counts('When officers arrived on the scene they found one man dead.').injured, undefined);
});

test('one hurt in the shooting who died since makes the toll told inside the sentence one more', () => {
  const text = 'A man injured in October at a dice game where two teenagers were fatally shot at the scene, died Monday night, police said.';
  const at = (t: string, w: string): [number, number] => [t.indexOf(w), t.indexOf(w) + w.length];
  assert.equal(hurtOneDiedAfter(text, at(text, 'two')), true);
  const wounded = 'The woman wounded in the shooting that killed three people on Elm Street has died.';
  assert.equal(hurtOneDiedAfter(wounded, at(wounded, 'three')), true);
  // A toll told outside the words about the one who died, or a hurt one who lives, is not raised.
  const apart = 'Two teenagers were fatally shot, and a man injured in the shooting remains in critical condition.';
  assert.equal(hurtOneDiedAfter(apart, at(apart, 'Two')), false);
  const alive = 'A man injured at the party where two people were killed was released from the hospital.';
  assert.equal(hurtOneDiedAfter(alive, at(alive, 'two')), false);
  const c = analyzeArticle({ id: 'a', text, published: '2016-12-20', outlet: 'Daily Test' }, { attributionModel: model }).claims.find((x) => x.measure.value === 'killed');
  assert.equal(c?.value, 3);
  assert.equal(c?.scope.value, 'event');
});

test('a killing this one is told as retaliation for is another event: its victim is of another time', async () => {
  const { peopleOfAnotherTime } = await import('./victims.js');
  const { analyzeArticle, loadAttributionModel } = await import('./index.js');
  const text = 'Detectives say the shooting was most likely part of a gang war, possibly in retaliation for the murder of John Williams in downtown Seattle.';
  const a = analyzeArticle({ id: 'a', text, published: '2015-08-25', outlet: 'Daily Test' }, { attributionModel: loadAttributionModel() });
  assert.deepEqual(peopleOfAnotherTime(a.sentences[0], a.entities, a.entities.map((_, i) => i), '2015-08-25', false), ['john williams']);
});

test('the shooters killed are counted by their number: "four attackers were killed" raises the toll by four', () => {
  const tolls = killedClaims('Militants stormed a border post on Wednesday, killing nine guards, officials said.\n\nFour attackers were killed in the exchange of fire.');
  assert.ok(tolls.some((c) => c.value === 13 && c.rule.endsWith('+shooter-killed')), JSON.stringify(tolls));
  assert.ok(!tolls.some((c) => c.value === 11));
});

test('a killing told as not done ("if the officer hadn\'t killed the gunman") counts no one', () => {
  assert.equal(killedClaims('The sheriff said that if the officer hadn\'t killed the gunman at the scene, more people would have died.').length, 0);
  assert.equal(killedClaims('The sheriff said the officer killed the gunman at the scene.').length, 1);
});

test('"no one was seriously hurt" is no count of 0 hurt; "no one was hurt" is', () => {
  const zeroHurt = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-08-03', outlet: 'Test Gazette' }, { attributionModel: model }).claims
    .filter((c) => c.measure.value === 'injured' && c.value === 0).length;
  assert.equal(zeroHurt('Four people were shot on Monday. No one was seriously hurt, according to police.'), 0);
  assert.equal(zeroHurt('Shots were fired at a house on Monday. No one was hurt, according to police.'), 1);
});

test('named people listed with commas before "and" are each a victim; "both" and a person joined to them are three', () => {
  const c = counts('Police identified the men as Marcus Allen, Tony Daniels and Eric Williams.\n\nAllen, Daniels and Williams were injured.');
  assert.equal(c.injured, 3);
  const d = counts('Smith opened fire in the driveway on Saturday, injuring both young men and a woman.');
  assert.equal(d.injured, 3);
});

test('victims told one by one, fewer than the people the article says were shot, are a floor of the count', () => {
  const hurt = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims.find((c) => c.measure.value === 'injured');
  const some = hurt('Four people were shot outside the club early Friday.\n\nPolice identified the men as Marcus Allen, Tony Daniels and Eric Williams.\n\nAllen, Daniels and Williams were injured.');
  assert.equal(some?.value, 3);
  assert.equal(some?.approx, 'at-least');
  // All the people shot are told one by one: the count is theirs, no floor.
  const all = hurt('Three people were shot outside the club early Friday.\n\nPolice identified the men as Marcus Allen, Tony Daniels and Eric Williams.\n\nAllen, Daniels and Williams were injured.');
  assert.equal(all?.value, 3);
  assert.equal(all?.approx, null);
});

test('an article that tells one person harmed and no word of any other tells that one alone; words of others keep it a plain floor', () => {
  const hurt = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims.find((c) => c.measure.value === 'injured');
  const alone = hurt('A man was shot on Elm Street on Friday night.\n\nHe is in stable condition at a local hospital, police said.');
  assert.equal(alone?.value, 1);
  assert.equal(alone?.subject.rule, 'subject/victims-described-alone');
  const more = hurt('A man was shot on Elm Street on Friday night.\n\nPolice said other people may have been hurt in the shooting.');
  assert.equal(more?.value, 1);
  assert.equal(more?.subject.rule, 'subject/victims-described');
  // People who only heard or looked, and harm that might be, are no others harmed.
  for (const words of ['Other people in the area heard something that was likely gunfire.', 'A friend called several people to go check on him and they found him with a gunshot wound.', 'If kids find those weapons, they could still get them and hurt somebody.']) {
    assert.equal(hurt(`A man was shot on Elm Street on Friday night.\n\n${words}\n\nHe is in stable condition at a local hospital, police said.`)?.subject.rule, 'subject/victims-described-alone', words);
  }
});

test('a hospital named for children tells no other victim: the one told alone stays alone', () => {
  const killed = analyzeArticle({ id: 'a', text: 'A 9-year-old girl was shot in her home on Saturday.\n\nThe girl was flown to Children\'s Hospital where she later died.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims.find((c) => c.measure.value === 'killed');
  assert.equal(killed?.value, 1);
  assert.equal(killed?.subject.rule, 'subject/victims-described-alone');
});

test('a relation with the name after it is a person joined by "and": "Tom Baker and his cousin Sam were killed" is two', () => {
  assert.equal(counts('Tom Baker and his cousin Sam were killed on Elm Street on Friday.').killed, 2);
});

test('a count of juveniles, males or youths is a count, never one more victim told by description', () => {
  assert.deepEqual(counts('Two juveniles were shot Saturday night in the park. Both are expected to survive.'), {});
  assert.equal(counts('Two juveniles were wounded in the shooting on Elm Street.').injured, 2);
  assert.equal(counts('Three males were wounded in the shooting on Elm Street.').injured, 3);
});

test('people told together are as many as told, each taken for at most one victim told before', () => {
  assert.equal(counts('An adult male was shot and killed in a parked car on Sunday.\n\nAn eight-month-old baby boy and a man were shot and killed near the park on Sunday afternoon.').killed, 2);
  assert.equal(counts('He was charged with murder for the killing of 8-month-old Jayden Reed and 20-year-old Gus Carlson on Oct. 9.').killed, 2);
});

test('"the fatal shooting of a 16-year-old boy" is one killed', () => {
  assert.equal(counts('A gun passed around by a group of teens led to the fatal shooting of a 16-year-old boy in north Fort Worth, police say.').killed, 1);
});

test('"A woman and 3-year-old child are dead" is two killed: a person noun after an age without an article is a person', () => {
  assert.equal(counts('A woman and 3-year-old child are dead and another man was hospitalized after a triple shooting on Thursday morning.').killed, 2);
});

test('a couple is two people, alone or told with others', () => {
  assert.equal(counts('A young couple and their 8-week-old baby were killed inside a hotel room on Friday.').killed, 3);
  assert.equal(counts('A couple was shot and killed in their home on Friday.').killed, 2);
  assert.equal(counts('A man was killed on Friday. Police said a couple of witnesses saw him fall.').killed, 1);
});

test('people told as more than one without their number are at least two', () => {
  const claims = analyzeArticle({ id: 'a', text: 'Authorities say multiple people were found dead after shots were reported fired.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  const killed = claims.find((c) => c.measure.value === 'killed');
  assert.deepEqual([killed?.value, killed?.approx], [2, 'at-least']);
  assert.equal(counts('Several people were wounded in the shooting on Friday.').injured, 2);
});

test('a son told hurt beside his father, in an article that tells a baby boy died, is that baby', () => {
  const c = counts('A 9-month-old baby died Thursday after he was shot in the head by accident.\n\nFather and son were transported to a nearby hospital. The father was treated and released.');
  assert.deepEqual([c.killed, c.injured], [1, 1]);
  // A daughter hurt is not a baby boy who died.
  const d = counts('A 9-month-old baby boy died Thursday after he was shot in the head.\n\nHis daughter was also wounded and taken to a hospital.');
  assert.deepEqual([d.killed, d.injured], [1, 1]);
  // "The child" told shot after a 2-year-old boy's death is that boy; a man is not.
  const e = counts('A man was arrested in the shooting death of a 2-year-old boy.\n\nThe investigator said the room where the child was shot was full of trash.');
  assert.deepEqual([e.killed, e.injured], [1, undefined]);
  const f = counts('A 2-year-old boy died after he was shot on Sunday.\n\nA man was also shot and taken to a hospital.');
  assert.deepEqual([f.killed, f.injured], [1, 1]);
});

test('"the surviving children" are the dead boy\'s siblings, none of them hurt; "he was shot" again is the boy', () => {
  const c = counts('A boy was killed on Friday.\n\nWhen deputies interviewed the surviving children, they said they did not know how he was shot.');
  assert.deepEqual([c.killed, c.injured], [1, undefined]);
  assert.equal(counts('A man was shot on Friday and survived, police said.').injured, 1);
});

test('people counted by a number of any size ("show 165 people were murdered") are no victim told one by one', () => {
  const claims = analyzeArticle({ id: 'a', text: 'Crime figures for the year show 165 people were murdered in the city.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.ok(!claims.some((c) => c.measure.rule.startsWith('measure/victim-described')), JSON.stringify(claims.map((c) => c.measure)));
});

test('a victim told as the life a shooting claimed, by an age before a name, or in an apposition before the verb is one killed', () => {
  assert.equal(counts('Police are investigating a shooting on Tuesday that claimed the life of a 19-year-old man.').killed, 1);
  assert.equal(counts('The bullet killed 51-year-old Anton Weller, police said.').killed, 1);
  assert.equal(counts('Police said one of the victims, a woman, has been pronounced dead.').killed, 1);
  // A count after the verb stays a count, never a victim told one by one.
  assert.equal(counts('The gunman killed 3 people, police said.').killed, 3);
});

test('the one "who was shot" and then died is the phrase before the relative clause: one killed, not one hurt', () => {
  const c = counts('A 17-year-old accidentally shot his friend while hunting. The 16-year-old boy who was shot was pronounced dead at the scene.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, undefined);
});

test('the one a person "accidentally shot" is hurt where the sentence tells no death', () => {
  assert.equal(counts('A 15-year-old accidentally shot his 9-year-old cousin while hunting on Saturday.').injured, 1);
  assert.equal(counts('A 15-year-old accidentally shot and killed his 9-year-old cousin on Saturday.').injured, undefined);
});

test('people listed by nouns with commas before "and" are each a victim: "A man, woman and 6-year-old boy were shot"', () => {
  assert.equal(counts('A man, woman and 6-year-old boy were shot by a masked man on Saturday morning.').injured, 3);
  assert.equal(counts('A man, a woman and a 6-year-old boy were shot on Saturday.').injured, 3);
});

test('"was shot and died at the scene" is one killed, not one injured', () => {
  const c = counts('According to a sheriff\'s spokesman, a 16-year-old boy was shot and died at the scene.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, undefined);
});

test('a bystander named beside "the victim", or near "the shooting" as the event\'s name, is no other person harmed', () => {
  const claims = analyzeArticle({ id: 'a', text: 'A 16-year-old was found shot at a home on Friday night and was pronounced dead at the scene.\n\nThe victim and another teen were home alone when the shooting happened.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  const killed = claims.find((c) => c.measure.value === 'killed');
  assert.equal(killed?.subject.rule, 'subject/victims-described-alone');
  // Another person told harmed keeps the count a floor.
  const more = analyzeArticle({ id: 'a', text: 'A 16-year-old was found shot at a home on Friday night and was pronounced dead at the scene.\n\nAnother teen was wounded in the shooting.', published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.notEqual(more.find((c) => c.measure.value === 'killed')?.subject.rule, 'subject/victims-described-alone');
});

test('a death of illness or age is no one killed; a death of wounds is', () => {
  assert.equal(counts('Pike died Tuesday at home after a long illness, his family said. Smith died of a heart attack in 2019.').killed, undefined);
  assert.equal(counts('Jones died of his wounds on Tuesday after a long struggle in the hospital.').killed, 1);
});

test('hurt people told one by one with different ages or sexes are so many people; one told twice is one', () => {
  const c = counts('Police responded to a shooting on Sunday. A 37-year-old woman was shot in the torso; a 22-year-old man was shot in the leg; and a 15-year-old girl was shot in the arm, police said.');
  assert.equal(c.injured, 3);
  const again = counts('A 37-year-old woman was shot in the torso on Sunday. The woman was taken to a hospital, where she was in stable condition.');
  assert.equal(again.injured, 1);
});

test('a bare number after a casualty verb counts people before "before", "in" or a weekday; not a number of each of several events', () => {
  const c = counts('Tyler went on a shooting rampage Sunday that injured three before he fled.');
  assert.equal(c.injured, 3);
  const each = counts('There have been 13 shootings this year, including two shootings that wounded at least four people each.');
  assert.equal(each.injured, undefined);
});

test('people a shooter\'s bullets hit are shot; people a car hit are not', () => {
  const shot = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims.filter((c) => c.measure.value === 'shot').map((c) => c.value);
  assert.deepEqual(shot('The gunman opened fire on the porch, striking three people.'), [3]);
  assert.deepEqual(shot('A car hit two pedestrians on Main Street.'), []);
});

test('people recovering, and people hit by buckshot or pellets, are hurt; crews recovering bodies count the dead', () => {
  const told = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims.filter((c) => typeof c.value === 'number').map((c) => `${c.measure.value} ${c.value}`);
  assert.ok(told('Three juveniles are recovering after an accidental discharge with a shotgun.').includes('injured 3'));
  assert.ok(told('Two boys were hit by pellets on Sunday.').includes('shot 2'));
  assert.ok(!told('Crews are recovering the bodies of 12 miners.').includes('injured 12'));
});

test('the dead told beside hurt people of whom one died since are one more; without such a death they stay as told', () => {
  const c = counts('There they found five people dead and two others with gunshot wounds to the head. Both were taken by helicopter to the hospital, where one of them died.');
  assert.equal(c.killed, 6);
  assert.equal(c.injured, 1);
  const plain = counts('Police found two people dead and three others wounded. All three were taken to hospitals.');
  assert.equal(plain.killed, 2);
  assert.equal(plain.injured, 3);
});

test('a count that ends a verb\'s list of objects is of its victims', () => {
  const told = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims.filter((c) => typeof c.value === 'number').map((c) => `${c.measure.value} ${c.value}`);
  assert.ok(told('Police said he shot his girlfriend and her three teenage daughters at an apartment complex.').some((s) => /^shot [34]$/.test(s)));
  assert.ok(told('He killed his wife and their two children before fleeing.').includes('killed 3'));
  assert.ok(!told('He visited his wife and their two children on Sunday.').some((s) => /^(?:killed|shot|injured) /.test(s)));
});

test('one who shot someone told with "another" is of another shooting; "another man was shot" is one more victim', () => {
  assert.equal(counts('A 10-year-old boy fatally shot himself at his home in February. Another child fatally shot his mother that week with a gun found in her car.').killed, 1);
  assert.equal(counts('Another man was shot in the leg on Elm Street, police said.').injured, 1);
});

test('a round-up of several shootings over a span names no victim of this one', () => {
  const text = 'Investigators were burdened with six shootings, one fatal, over the course of a 25-day period in January and February. It was followed on Feb. 14 by the homicide of William Grahek, a college student who was fatally shot inside his residence.';
  const claims = analyzeArticle({ id: 'a', text, published: '2017-03-23', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.equal(claims.find((c) => c.value === 1 && c.measure.value === 'killed')?.scope.rule, 'scope/round-up');
  assert.ok(!claims.some((c) => c.measure.rule.startsWith('measure/victim-described')), JSON.stringify(claims.map((c) => c.measure.rule)));
  // "A spate of three shootings ... resulted in two deaths and at least six injured": a round-up's totals.
  const spate = analyzeArticle({ id: 'a', text: 'A spate of three shootings over three hours Friday night resulted in two deaths and at least six injured, police said.', published: '2016-05-06', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.deepEqual(spate.filter((c) => c.measure.value === 'killed' || c.measure.value === 'injured').map((c) => c.scope.rule), ['scope/round-up', 'scope/round-up']);
  // A city's night told as a whole: "in what they call family disputes", "among more than a dozen people shot".
  for (const t of ['Police now say 18 people were shot Monday night in what they call family disputes.', 'They were among more than a dozen people shot during a violent Monday night in the city.']) {
    const c = analyzeArticle({ id: 'a', text: t, published: '2013-06-12', outlet: 'Test Gazette' }, { attributionModel: model }).claims.filter((x) => typeof x.value === 'number' && x.value >= 12);
    assert.deepEqual(c.map((x) => x.scope.rule), ['scope/round-up'], t);
  }
});

test('no one hurt at one place of a shooting is no zero of its hurt', () => {
  const claims = analyzeArticle({ id: 'a', text: 'A second house also was struck by gunfire, but no one at that address was injured.', published: '2017-03-23', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.ok(!claims.some((c) => c.measure.value === 'injured' && c.value === 0), JSON.stringify(claims.map((c) => [c.measure.value, c.value])));
  for (const text of ['Bullets also struck a second house nearby. Nobody from the second house was injured, the report said.', 'No one in the other car was hurt.']) {
    const part = analyzeArticle({ id: 'a', text, published: '2017-03-23', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
    assert.ok(!part.some((c) => c.measure.value === 'injured' && c.value === 0), text);
  }
  const none = analyzeArticle({ id: 'a', text: 'Shots were fired into a house on Elm Street, but no one was injured.', published: '2017-03-23', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.ok(none.some((c) => c.measure.value === 'injured' && c.value === 0));
});

test('"reported the death of a third victim" counts three dead so far', () => {
  assert.equal(counts('Two people were killed in the shooting on Saturday. Officials reported the death of a third victim on Monday.').killed, 3);
  assert.equal(counts('Officials reported the death of a man on Monday.').killed, 1);
});

test('hurt people a sentence tells died since ("rushed to a hospital where they later died") are dead, not hurt', () => {
  assert.deepEqual(counts('The man and the girl were rushed to an area hospital where they later died.'), { killed: 2 });
  // Told alive, they stay hurt.
  assert.equal(counts('The man and the girl were rushed to an area hospital where they are in stable condition.').injured, 2);
});

test('a victim told on a day before the article\'s own shooting is of another shooting, named again or not', () => {
  const c = counts('A little girl is recovering in the hospital after she was shot Sunday night.\n\nOn Friday night, one-year-old Antonio Rucker Jr. was accidentally shot and killed while picking up a pizza. Antonio was pronounced dead at a hospital.');
  assert.equal(c.killed, undefined);
  assert.equal(c.injured, 1);
  // A follow-up that tells its own shooting's day first keeps a victim told on that day.
  assert.equal(counts('A man was charged Monday in the Saturday shooting that killed Joe Smith. On Saturday, Smith was shot outside his home.').killed, 1);
});

test('in an article that tells no violence, disaster or accident, a named person\'s death is no one killed; a death in an incident still is', () => {
  assert.equal(counts('Bettie Page, the 1950s pinup model, died Thursday in Los Angeles. She was 85.').killed, undefined);
  assert.equal(counts('Mark Felt died Thursday at his home in Santa Rosa, his family said.').killed, undefined);
  assert.equal(counts('Mark Felt died Thursday, a day after he was shot outside his home in Santa Rosa.').killed, 1);
  assert.equal(counts('Deputies found one child deceased inside the trailer on Tuesday morning.\n\nThe other two died later that night at a hospital.').killed, 3);
  // A death told by a pronoun or a description is no one killed either; nor is a dismissal ("to fire Felt") or a world war
  // harm of the article's own.
  assert.equal(counts('W. Mark Felt, the FBI official known as Deep Throat, has died. Nixon ordered the director to fire Felt five times. He served in World War II. He died at 12:45 p.m. on Thursday at his home.').killed, undefined);
  // A death of illness told in the article, with no violence, makes its other words of harm its life story's.
  assert.equal(counts('The former FBI official who became Deep Throat has died. He died after suffering from congestive heart failure. The Watergate break-in struck the capital in 1972.').killed, undefined);
});

test('a person told still in hospital, or in a condition at a hospital, is hurt; a visitor there is not', () => {
  assert.equal(counts('Police said a 7-year-old boy remains in the hospital Monday after an accidental shooting on Sunday.').injured, 1);
  assert.equal(counts('A man was shot on Elm Street on Friday. He remains at a hospital in stable condition, police said.').injured, 1);
  assert.equal(counts('Police said the mother was in the hospital with her son, who was not hurt, when officers arrived on Friday.').injured, undefined);
});

test('a player\'s injury of a body part, told with no act of violence or accident, is no one hurt; one told with a shooting or a crash is', () => {
  assert.equal(counts('The Missouri native suffered through a shin injury earlier in the season that forced him to miss four games.').injured, undefined);
  assert.equal(counts('Povetkin suffered an ankle injury in training and could not face Klitschko.').injured, undefined);
  assert.equal(counts('The man suffered a leg injury when he was shot in the parking lot on Friday.').injured, 1);
  assert.equal(counts('The driver suffered a head injury in the crash on Friday.').injured, 1);
});

test('people in general told hurt in the present ("a crime where people are killed") are no one\'s victims', () => {
  assert.equal(counts('We are talking about a crime where people are killed or injured, and it is preventable.').killed, undefined);
  assert.equal(counts('Whenever children are shot in this city, the mayor speaks.').injured, undefined);
  assert.equal(counts('A man was shot on Elm Street on Friday, police said.').injured, 1);
});

test('a title shot is no act of harm beside a player\'s injury', () => {
  assert.equal(counts('Rahman got the title shot five weeks ago when Povetkin suffered an ankle injury in training.').injured, undefined);
});

test('a person set off by a name or a participle\'s aside before the verb, or who came to a hospital with a gunshot wound, is hurt', () => {
  assert.equal(counts('Shots rang out on Elm Street on Friday. Police say the mother, Tia Powell, was taken to the hospital.').injured, 1);
  assert.equal(counts('Shots rang out on Elm Street on Friday. A 9-year-old, identified by family members as Eli Ward, was shot multiple times.').injured, 1);
  assert.equal(counts('A 24-year-old man walked into the emergency room with a gunshot wound early Sunday.').injured, 1);
  assert.equal(counts('A man showed up at a local hospital on Friday with a gunshot wound to the leg.').injured, 1);
});

test('others opening a sentence are the rest of the count before only when told of the same month', () => {
  const shotOf = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-11-05', outlet: 'Test Gazette' }, { attributionModel: model }).claims.filter((c) => c.measure.value === 'shot' || c.measure.value === 'injured').map((c) => c.value);
  assert.deepEqual(shotOf('Three people were shot at the club last March.\n\nTwo others were shot at the bar in December 2014.'), [3, 2]);
  assert.deepEqual(shotOf('Two men were wounded on Saturday. Two others were wounded.'), [2, 4]);
});

test('one family\'s members shot are told apart by their given names; a name told alone or familiarly stays one person', () => {
  const family = counts('A woman was shot and killed early Thursday. The violence killed Theresa Brown. Stephanie Brown was shot as she escaped out the door. Her husband, Robert Brown, also was shot in the arm.');
  assert.equal(family.killed, 1);
  assert.equal(family.injured, 2);
  assert.ok(sameName('brown', 'theresa brown'));
  assert.ok(sameName('mike scott', 'michael scott'));
  assert.ok(sameName('t. brown', 'theresa brown'));
  assert.ok(!sameName('stephanie brown', 'theresa brown'));
  assert.ok(sameName('troyvante hurt', 'troyvonte hurt'), 'a misspelt given name');
  assert.ok(!sameName('dana hurt', 'dina hurt'), 'short given names one letter apart may be two people');
  assert.ok(sameName('sanchez', 'edgar sanchez rios'), 'either of two surnames');
  assert.ok(sameName('edgar sanchez', 'edgar sanchez rios'), 'a second surname left out');
  assert.ok(!sameName('sanchez', 'edgar rios'));
  assert.ok(!sameName('edgar sanchez', 'maria sanchez rios'));
});

test('a family name told alone is not made the whole name of the relative told last: the son "Guzman" is the son', () => {
  const c = counts('Police found 15-year-old Joshua Guzman dead on the street. The boy’s father, Raul Guzman, said he learned that Joshua had been fatally shot overnight. Guzman was shot and killed as he walked home.');
  assert.equal(c.killed, 1);
  assert.ok(sameName('joshua', 'joshua guzman'));
  assert.ok(!sameName('joshua', 'raul guzman'));
});

test('"left her daughter, Brown’s sister and her husband with gunshot wounds" tells three hurt; "left arm" lists no one', () => {
  const c = counts('A woman was shot and killed on Thursday. The violence also left her 6-year-old daughter, Brown’s sister and her husband with gunshot wounds, though all were expected to survive.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, 3);
  const arm = counts('A man was shot and killed on Thursday. The gunman shot him in the left arm, a neighbor with gunshot wounds said.');
  assert.notEqual(arm.injured, 2);
});

test('"arrived at the hospital, also shot" and "is said to be in stable condition" tell the hurt', () => {
  const c = counts('A little girl was shot Sunday night. Police said the child\'s father arrived at the hospital, also shot. He is said to be in stable condition, while his daughter is in critical condition.');
  assert.equal(c.injured, 2);
});

test('"fatally shot his girlfriend in the head" tells one killed, not one hurt besides', () => {
  const c = counts('Police said the man fatally shot his girlfriend in the head at their apartment on Sunday.');
  assert.deepEqual([c.killed, c.injured], [1, undefined]);
});

test('one hurt in the sentence of a suicide\'s shooter is not that shooter', () => {
  const c = counts('A 7-year-old boy is on the road to recovery, two days after he was injured in a shooting by a man who, police said, then turned the gun on himself.');
  assert.equal(c.injured, 1);
});

test('"a fourth victim remains hospitalized with a gunshot wound" is one hurt', () => {
  const c = counts('Three people have died in Capulin, the coroner said. A fourth victim remains hospitalized with a gunshot wound to the shoulder.');
  assert.deepEqual([c.killed, c.injured], [3, 1]);
});

test('"found the gun and shot his friend" tells one hurt where no death is told', () => {
  const c = counts('Investigators say a child found the gun at the apartment complex and shot his friend on Sunday.');
  assert.deepEqual([c.killed, c.injured], [undefined, 1]);
});

test('one named hurt whose sentence tells "he later died" is that dead one, not one hurt besides', () => {
  const found = counts('Police say a 17-year-old boy accidentally shot and killed another teen while handling a rifle. Officers discovered 19-year-old Carl Nolan, of Dayton, in the back seat suffering from a gunshot wound. Nolan was taken to a hospital where he later died.');
  assert.deepEqual([found.killed, found.injured], [1, undefined]);
});

test('"found Mark Dean lying on the ground and suffering from gunshot wounds" tells one hurt; a place before the harm is no one', () => {
  assert.equal(counts('Officers found Mark Dean lying on the ground and suffering from multiple gunshot wounds, police said.').injured, 1);
  const v = victimsOfSentence(analyzeArticle({ id: 'a', text: 'Officers found Dominic Smith, of Lawrenceville, in the back seat suffering from a gunshot wound.', published: '2016-03-01', outlet: 'T' }, { attributionModel: model }).sentences[0]!, 0, [], [], '2016-03-01');
  assert.deepEqual(v.map((x) => x.words), ['Dominic Smith']);
});

test('"wounded a police officer" tells the officer whole: "police" before a rank is the person\'s word', () => {
  const v = victimsOfSentence(analyzeArticle({ id: 'a', text: 'The gunman wounded a police officer who returned fire.', published: '2016-03-01', outlet: 'T' }, { attributionModel: model }).sentences[0]!, 0, [], [], '2016-03-01');
  assert.deepEqual(v.map((x) => x.words), ['a police officer']);
});

test('sentences that go on about another event opened by "Meanwhile" tell its victims, not the story\'s', () => {
  const text = 'A 9-year-old girl was injured in a shooting in Roxbury, police say.\n\nMeanwhile, an adult male was fatally shot shortly before 11 p.m. last night, also in Roxbury, police said.\n\nThe shooting occurred on Columbus Avenue, but the victim was found on Cleaves Court. He was taken to an area hospital, where he was pronounced dead.';
  assert.deepEqual([counts(text).killed, counts(text).injured], [undefined, 1]);
  const own = counts('A 9-year-old girl was injured in a shooting in Roxbury, police say.\n\nAn adult male was also shot in the same attack, police said.\n\nHe was taken to an area hospital, where he was pronounced dead.');
  assert.equal(own.killed, 1);
});

test('one found with a gunshot wound to the upper body is hurt; "found the body of a man" is no one hurt', () => {
  assert.equal(counts('Officers found a man with a gunshot wound to the upper body, police said.').injured, 1);
  assert.notEqual(counts('Officers found the body of a man with gunshot wounds near the river on Friday.').injured, 1);
});

test('a victim named by an aside ("the female victim, later identified as Ivy Torres, had succumbed") is a person of her own beside a suicide\'s shooter', () => {
  const c = counts('A 7-year-old boy is recovering, two days after he was injured in a shooting by a man who, police said, then turned the gun on himself. Investigators said the female victim, later identified as 36-year-old Ivy Abigail Torres, had succumbed to her injuries by the time police arrived.');
  assert.deepEqual([c.killed, c.injured], [2, 1]);
});

test('a death in a crash is no one killed by gunfire', () => {
  const c = counts('A 7-year-old boy was fatally shot in Cocke County early Thursday morning.\n\nThe child’s grandfather was killed in a car crash shortly after the shooting, according to deputies.');
  assert.equal(c.killed, 1);
  assert.equal(counts('The teen was killed in the shooting on Elm Street, police said.').killed, 1);
  // A crash told by the vehicle: lost control of, or struck; not a car struck by gunfire.
  assert.equal(counts('The sheriff said Russell was killed after losing control of his vehicle on Highway 340.').killed ?? 0, 0);
  assert.equal(counts('On Sept. 12, Deja Farrior was killed when her vehicle was struck by a car fleeing police.').killed ?? 0, 0);
  assert.equal(counts('Tim Lee was killed when his car was struck by gunfire on Main Street.').killed, 1);
});

test('a verb\'s "-ing" form opening the words before a harm is no victim; the person it is told of is', () => {
  const words = (text: string) => {
    const a = analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'T' }, { attributionModel: model });
    return a.sentences.flatMap((s, si) => victimsOfSentence(s, si, a.entities, a.entities.map((_, i) => i))).map((v) => v.words);
  };
  // "turning the gun on himself" names no one beside the girl and the shooter.
  assert.deepEqual(words('The 15-year-old boy suspected of killing a teenage girl before turning the gun on himself has died, police said.').filter((w) => /gun/.test(w)), []);
  assert.deepEqual(words('Jackson heard a bang before realizing Tom Waters had been shot in the chest.'), ['Tom Waters']);
});

test('one "fighting for her life" or "clinging to life" is hurt, beside the dead counted', () => {
  const c = counts('Four people are dead and another is fighting for her life this morning at a hospital after an overnight shooting.');
  assert.deepEqual([c.killed, c.injured], [4, 1]);
  assert.equal(counts('A teen is clinging to life after a shooting on Elm Street, police said.').injured, 1);
});

test('victims all told in one attributed sentence are the count of whoever the sentence cites; told over several, the outlet’s', () => {
  const originOf = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-12-19', outlet: 'Test Gazette' }, { attributionModel: model }).claims
    .find((c) => c.measure.value === 'killed' && c.value !== undefined)?.origin;
  const one = originOf('A 16-year-old girl died early Saturday after accidentally shooting herself, according to the Wichita Police Dept.');
  assert.equal(one?.rule, 'origin/attribution-speaker');
  assert.match(one?.value ?? '', /Wichita Police/);
  const two = originOf('John Smith was killed in the shooting on Elm Street, according to the Wichita Police Dept.\n\nMary Jones also died in the shooting.');
  assert.equal(two?.rule, 'origin/outlet-unattributed');
});

test('victims told before a round-up of the night are the article’s own; those after it may be of other shootings', () => {
  const text = 'A 7-year-old boy was shot and killed Saturday night while watching fireworks with his father.\n\nThe woman standing with him was also shot in the chest and is hospitalized in stable condition.\n\nHe was one of three people killed and 27 wounded over an eight-hour stretch that night.\n\nEarlier, a man was shot in the leg on Elm Street.';
  const c = counts(text);
  assert.equal(c.killed, 1);
  assert.equal(c.injured, 1);
});

test('the verb after a long relative clause is of the person the clause opens after, not of its last noun', () => {
  const c = counts('A man who was walking his dog near the park on Sunday night was shot and killed, police said.\n\nA woman who had been sitting in a car parked nearby with her two children was wounded.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, 1);
  // A verb of saying ends the clause: the son is the one shot.
  const said = counts('A neighbor who lives nearby said his son was shot on Sunday.');
  assert.equal(said.injured, 1);
});

test('one who died of a self-inflicted wound is the shooter the article tells of, counted once', () => {
  assert.equal(counts('Tom Reed shot and killed Ann Lowe and then himself, police said.\n\nReed died at the Shock and Trauma Center from a self-inflicted gunshot wound.').killed, 2);
  // One who shot themselves by accident is the one dead, not a shooter besides.
  assert.equal(counts('A 66-year-old man died early Tuesday of an apparently accidental self-inflicted gunshot wound, deputies said.').killed, 1);
  // The cause of another's death in the next clause is not theirs.
  const family = counts('The coroner determined Adam and Ethan Lane died of gunshot wounds and their mother, Jane Lane, died of a self-inflicted gunshot wound.').killed ?? 0;
  assert.ok(family >= 2, String(family));
});

test('people told by their trade are victims: "killed a police officer and a state bomb disposal technician" is two dead', () => {
  assert.equal(counts('A bomb explosion at a bank killed a police officer and a state bomb disposal technician, officials said Saturday.').killed, 2);
  assert.equal(counts('An Army soldier and his 11-year-old daughter were found dead outside their home.').killed, 2);
});

test('the dead listed together under a murder-suicide hold the shooter; a shooter told killing himself apart is one more', () => {
  assert.equal(counts('A man and his daughter were found dead in what police called an apparent murder-suicide.').killed, 2);
  assert.equal(counts('Police say a man fatally shot a woman and girl then killed himself in a murder-suicide.').killed, 3);
});

test('a boy killed after shooting himself and "his son had shot himself" told to his father are one victim', () => {
  const c = counts('A 15-year-old boy was killed after accidentally shooting himself at a home on Saturday. A friend went outside to tell the victim\'s father that his son had shot himself. The victim was taken to a hospital, where he later died.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, undefined);
  // A grown man who shot himself beside a dead child is hurt, someone else.
  assert.equal(counts('A 4-year-old boy was killed on Saturday. His father had accidentally shot himself in the hand, police said.').injured, 1);
});

test('"Earlier this month, a 2-year-old boy shot himself in Benton": another case recalled, no victim of the story', () => {
  assert.equal(counts('A 15-year-old boy was killed in an accidental shooting on Saturday. Earlier this month, a 2-year-old boy shot himself in Benton and a 6-year-old boy was shot in Little Rock.').injured, undefined);
  assert.equal(counts('A man wounded in a shooting earlier this month has died.').killed, 1);
});

test('a victim named with an age set off by commas is counted: "Jayden Norton, 7, died", "Robert Brown, 45, also was shot"', () => {
  const dead = counts('Deputies are investigating a shooting on Elm Street.\n\nJayden Norton, 7, died after the shooting on Thursday, the sheriff said.\n\nNorton was shot at around 12:48 a.m.');
  assert.equal(dead.killed, 1);
  assert.equal(dead.injured, undefined);
  const hurt = counts('Police are investigating a shooting on Elm Street.\n\nHer husband, Robert Brown, 45, also was shot, police said.');
  assert.equal(hurt.injured, 1);
});

test('people told shot before a sentence that tells all of them dead are of the dead: "pronounced all three dead"', () => {
  const c = counts('A home invasion on Elm Street turned deadly on Monday.\n\nAmy Stone and Jim Kerr were shot when a man broke into the apartment, police said.\n\nParamedics pronounced all three dead at the scene, investigators said.');
  assert.equal(c.killed, 3);
  assert.equal(c.injured, undefined);
  // Not where more people were told shot than "all" counts.
  const more = counts('Police were called to Elm Street on Monday.\n\nAmy Stone, Jim Kerr and Ann Lee were shot, police said.\n\nAll two were pronounced dead at the scene.');
  assert.equal(more.injured, 3);
});

test('a follow-up that tells only victims of an earlier month counts them; beside victims of its own they are another shooting', () => {
  const follow = counts('The father of a school shooter was arrested on Tuesday on a gun charge.\n\nJay Fry, 15, shot and fatally wounded four friends and seriously wounded another in October in the cafeteria.');
  assert.equal(follow.injured, 1);
  const beside = counts('Police said Dana Ross, 14, was shot about 7:10 p.m. Thursday at a home on Seaman Road.\n\nLee Hart, 2, was wounded in December in what authorities described as another preventable shooting.');
  assert.equal(beside.injured, 1);
});

test('"his wife" killed and "his wife" shot in the back are one person: one has one wife', () => {
  const c = counts('A lawyer accidentally shot and killed his wife as they rode in their SUV, police said.\n\nMcIver shot his wife in the back as the couple rode near the park late at night.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, undefined);
  // A son may be one of several: "his son" killed and "his son" hurt stay as told.
  const sons = counts('A man shot and killed his son on Friday, police said.\n\nHe also shot his son in the leg, officers said.');
  assert.equal(sons.injured, 1);
});

test('"In that case, ..." after a sentence that tells a similar shooting is of that shooting: its dead and its ages are no one of the story', () => {
  const text = 'A 17-year-old boy was killed Friday at a home on Raritan Street, police said.\n\nRelatives questioned why a man is being charged in a similar shooting in Denver. In that case, a 15-year-old was killed and a 14-year-old injured.';
  const c = counts(text);
  assert.equal(c.killed, 1);
  assert.equal(c.injured, undefined);
  const claims = analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  assert.equal(claims.find((x) => x.measure.value === 'age' && x.value === 15)?.scope.value, 'background');
  // After a sentence of the story's own shooting, "in that case" is the story's.
  assert.equal(counts('Police are investigating a shooting on Elm Street on Friday. In that case, a 15-year-old was killed.').killed, 1);
});

test('a month after a verb of harm is a date, never the victim: "Chavez was killed Sept. 1"', () => {
  const [s] = analyzeArticle({ id: 'a', text: 'Alfred Chavez of Denver was killed Sept. 1 at a home on Raritan Street.', published: '2016-10-13', outlet: 'T' }, { attributionModel: model }).sentences;
  const words = victimsOfSentence(s!, 0, [], [], '2016-10-13').map((v) => v.words);
  assert.ok(!words.some((w) => /Sept/.test(w)), JSON.stringify(words));
});

test('one who recovers "after shooting himself" is one hurt, named before "after", never by a name told after it', () => {
  assert.equal(counts('Investigators say a 7-year-old boy should recover after shooting himself in the head with a revolver he found.').injured, 1);
  const page = counts('A 4-year-old boy is in stable condition after shooting himself with a handgun, according to a Go Fund Me page.\n\nMicah Zahringer found a gun and shot himself on Thursday.\n\nZahringer was airlifted to a hospital.');
  assert.equal(page.injured, 1);
  // A shooter's death is no one hurt: "died after accidentally shooting himself".
  const dead = counts('A 21-year-old man died early Friday after accidentally shooting himself at a motel, police say.');
  assert.equal(dead.killed, 1);
  assert.equal(dead.injured, undefined);
});

test('the ordinal of a victim hurt counts the people shot so far, never a guess, an age\'s ordinal or a year\'s tally', () => {
  const shot = (text: string) => analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims
    .filter((c) => c.measure.rule === 'measure/ordinal-victim-hurt').map((c) => `${c.measure.value} ${c.approx} ${c.value}`);
  assert.deepEqual(shot('Officers found four victims who had been struck by gunfire on Elm Street. A fifth victim who was struck by gunfire was found later at a hospital.'), ['shot at-least 5']);
  assert.deepEqual(shot('Three people were shot on Elm Street, and a fourth person may have been wounded, too, police said.'), []);
  assert.deepEqual(shot('Two boys were shot on Elm Street. A second 17-year-old boy who was shot was treated and released.'), []);
  assert.deepEqual(shot('A boy was shot on Elm Street. He is at least the seventh child who has been shot in the city so far this year.'), []);
});

test('one named hurt before "where he died" is the one who died: two such sentences tell two dead', () => {
  const c = counts('Dale Ortiz, 22, was shot in the chest and taken to Mercy Hospital, where he died at 11:37 a.m., police said. Tim Weller, 23, was shot in the head and taken to County Hospital, where he died at 2:07 p.m., police said.');
  assert.deepEqual([c.killed, c.injured], [2, undefined]);
});

test('one taken to a hospital for observation is no one hurt; one taken to a hospital for wounds is', () => {
  const c = counts('An armed man was fatally shot by police after exchanging gunfire with officers on Thursday, police said.\n\nOne officer was taken to Jamaica Hospital for observation, police said.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, undefined);
  assert.equal(counts('A man was shot on Elm Street on Thursday.\n\nHe was taken to Jamaica Hospital, police said.').injured, 1);
});

test('a death in an article whose only harm is told of earlier years is no one killed: a life story\'s killings are not the article\'s', () => {
  const obituary = 'Carmine Persico, the longtime boss of a crime family, has died. He was 85.\n\nPersico died Thursday at a hospital, a Bureau of Prisons spokesman said.\n\nBorn in Brooklyn in 1933, Persico was first arrested at 17 in connection with a killing. His son is serving a life sentence for ordering the 1999 killing of an underboss.';
  assert.equal(counts(obituary).killed, undefined);
  // The article's own harm still counts a death told plainly.
  assert.equal(counts('A man was shot on Elm Street on Thursday.\n\nHe died at a hospital, police said.').killed, 1);
});

test('people wounded with some of them mortally, set off by dashes, are the people shot and the dead among them', () => {
  const c = counts('A shootout erupted outside the service on Monday, leaving six people wounded -- two mortally, authorities said.');
  assert.equal(c.killed, 2);
  assert.notEqual(c.injured, 6);
});

test('people counted before a verb in the plural inside a relative clause are its subject; "the victims all" told again are no new victim', () => {
  const text = 'A victim who escaped from a mobile home where three people were killed early Monday also was injured in the attack, but is expected to recover, the sheriff\'s office said.\n\nThe victims all died of gunshot wounds, according to autopsies.';
  assert.deepEqual(counts(text), { killed: 3, injured: 1 });
  // Told "expected to recover", the hurt one is alive: the others' deaths are told in the clause of where they died.
  const hurt = analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims.find((c) => c.measure.value === 'injured');
  assert.equal(hurt?.measure.rule, 'measure/victim-described-survivor');
});

test('one who shot themself, where the article tells one who killed themself, is that one, dead: "the teen had shot himself"', () => {
  const c = counts('A teen accidentally shot and killed himself on Monday while putting a gun into his waistband.\n\nOfficials said evidence showed the teen had accidentally shot himself in the abdomen.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, undefined);
  // One who only shot himself, with no one told dead by their own hand, is hurt.
  assert.equal(counts('Officials said evidence showed the teen had accidentally shot himself in the abdomen on Monday.').injured, 1);
});

test('a harm told only as what someone was about to do ("to possibly shoot Martinez") sets no one apart as of another time', () => {
  const c = counts('Firefighters found John Martinez inside the burning home on Thursday.\n\nMeanwhile, a deputy pulled out his gun to possibly shoot Martinez, Lt. Corina said.\n\nThe gunshot struck Martinez in the buttocks, he said.');
  assert.equal(c.injured, 1);
});

test('"all of the victims were shot", told of victims counted before, is no one hurt', () => {
  const text = 'Six people, including two children, were found shot to death Tuesday night in an apparent murder-suicide, authorities said.\n\nThe sheriff said all of the victims were shot.';
  assert.deepEqual(counts(text), { killed: 6 });
  assert.deepEqual(counts('Preliminary indications are that all of the victims suffered gunshot wounds.'), {});
});

test('a death in an obituary is no one killed, whatever crimes of a record or idioms of a boost it names', () => {
  const boss = 'Vincent Moretti, the reputed crime boss who was serving a life sentence for racketeering and murder, has died in a federal prison medical center.\n\nHe was 81.\n\nMoretti was convicted in 1993 of ordering 11 murders.\n\nHis lawyer said he had suffered from heart disease for years.';
  assert.equal(counts(boss).killed, undefined);
  const official = 'W. Mark Felt, the former FBI official, died on Thursday. He was 95.\n\n"This is going to be the biggest shot in the arm for the intelligence community," he said after the pardon.';
  assert.equal(counts(official).killed, undefined);
  // A killing told in its own words still counts.
  assert.equal(counts('A man convicted of murder in 1993 was shot and killed Thursday outside his home.').killed, 1);
});
