import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttributions } from './index.js';
import { isAdjectiveCue, isStatementCue, isListTitleCue, isNamingCue } from './cue-kind.js';

test('reporting and belief cues stay statements, in every voice and tense', () => {
  for (const [cue, after] of [
    ['said', ' the victim was 25'], ['according to', ' police'], ['is saying', ' that'], ['is calling for', ' calm'],
    ['believe', ' the shooting was random'], ['is said', ' to be doing fine'], ['responded', ' to critics on Monday'],
    ['called', ' the shooting an accident'], ['observed', ' that the car was stolen'], ['appeared', ' to suggest a deal'],
    ['asked', ' whether the gun was loaded'], ['told', ' reporters the boy was 12'], ['accused', ' the mayor of lying'],
    ['found', ' that the officer acted lawfully'], ['wrote', ' about the shooting on Facebook'], ['found', ' Clinton leading by five points'],
    ['found', ' the gun was stolen'],
  ]) assert.equal(isStatementCue(cue!, after), true, `${cue}${after}`);
});

test('cues of legal procedure, of moving people and of appeals to the public are no statements', () => {
  for (const [cue, after] of [
    ['has been charged', ' with neglect of a dependent'], ['was charged', ' with murder'], ['pleaded guilty', ' to manslaughter'],
    ['responded', ' to the 5200 block of Alameda Road'], ['responded', ' to a report of shots fired'], ['responded', ' to an accidental shooting in Boyle County'], ['called', ' police to check'],
    ['were called', ' to the scene'], ['is asked', ' to contact the police department'], ['is urged', ' to call 911'],
    ['was identified', ' as James McCoy'], ['were reported', ' in stable condition'], ['is described', ' as a black male'],
    ['accused', ' of shooting a 15-year-old at a sandwich shop'], ['responded to', ' a report of an accidental shooting'],
    ['observed', ' a vehicle in the area'], ['appeared', ' in court Monday'], ['was sentenced', ' to 15 years'], ['have responded', ' to two shootings at two different locations'],
    ['found', ' the other victim on Sedgwick Street'], ['found', ' it'], ['found', ' one on Brighton Road and took him to a hospital'],
    ['found', ' him dead'], ['writes', ' about everything from crime to transit problems'],
  ]) assert.equal(isStatementCue(cue!, after), false, `${cue}${after}`);
});

test('acts of the body or of force are no statements; the same verbs reporting words are', () => {
  for (const [cue, after] of [
    ['lifted', ' his shirt to show her a handgun'], ['detained', ' one person following the shootings'], ['celebrated', ' her birthday'],
    ['broke out', ' about 12:30 a.m.'], ['opened fire on', ' his fellow soldiers'], ['touched', ' off a shootout'], ['blocked', ' traffic on Kostner Avenue'],
    ['blocked', ' off the neighborhood'], ['fired', ' his gun twice out of the window'], ['answered', ' the door of his home'],
    ['answered', ' concerned phone calls'], ['ran', ' inside for cover'], ['used', ' his handgun to strike one of the victims'],
    ['pushed', ' her against a wall'], ['aimed', ' the gun at the sleeping child'], ['backed', ' away'], ['signed', ' a waiver'],
    ['watched', ' the little boy being carried on a stretcher'], ['spotted', ' the vehicle again'], ['witnessed', ' the shooting'],
    ['showing', ' his friends a 9 mm, semi-automatic handgun'], ['showed', ' it to the girls before leaving the room'], ['showing', ' it off to his friends'], ['questioned', ' witnesses for hours'],
    ['questioning', ' the people who were inside the home'], ['are continuing', ' to investigate the shooting'],
    ['is continuing', ' their investigation'], ['found', ' dead at the apartments'], ['arguing', '. It was moments later that the shooting began'],
    ['arguing', ' in the parking lot of the bar'], ['found', ' the victim, a male, in a car'],
  ]) assert.equal(isStatementCue(cue!, after), false, `${cue}${after}`);
  for (const [cue, after] of [
    ['fired', ' back at his critics'], ['answered', ' that the plan was sound'], ['ran', ' a story saying the mayor knew'],
    ['used', ' the word "terrorism"'], ['pushed', ' for a vote on the bill'], ['signed', ' a statement saying the club was closed'],
    ['blocked', ' a New Jersey company from abandoning its plants'], ['opened', ' up about the shooting'],
    ['witnesses said', ' the car sped away'], ['shows', ' the man running from the store'], ['questioned', ' whether the plan would work'],
    ['continued', ', "We will not stop until he is found"'], ['argued', '. "They simply had no case"'], ['argued', ' in a filing that the search was unlawful'],
  ]) assert.equal(isStatementCue(cue!, after), true, `${cue}${after}`);
});

test('a participle set before a noun ("another alleged gunman", "the accused shooter") is an adjective, no cue', () => {
  for (const text of ['Another alleged gunman, 19-year-old Roderick Rogers, was arrested Sept. 16.', 'The accused gunman was not injured, and was taken into custody.']) {
    assert.deepEqual(findAttributions(text).filter((a) => /^(?:alleged|accused)$/.test(a.cue.text)), [], text);
  }
  assert.equal(isAdjectiveCue('Prosecutors alleged that the man fired first.', [12, 19]), false);
  // A number or "of" opens the noun's phrase too; a name may follow ("one of 99 alleged Sicilian Mafia members").
  assert.equal(isAdjectiveCue('Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, hanged himself.', [21, 28]), true);
  assert.equal(isAdjectiveCue('Police alleged Smith shot the man.', [7, 14]), false);
  assert.equal(isAdjectiveCue('Police received a call that reported multiple people shot in a car.', [28, 36]), false);
});

test('choosing someone for a post or a bout is an act, not a statement: "the challenger nominated by the league" names no source', () => {
  for (const [cue, after] of [['nominated', ' by the league, dropped to 20-4'], ['was appointed', ' by the board'], ['elected', ' by the members'], ['hired', ' by the club last year']]) {
    assert.equal(isStatementCue(cue!, after), false, `${cue}${after}`);
  }
  // A statement by the same bodies stays one.
  assert.equal(isStatementCue('announced', ' that the bout is off'), true);
});

test('who said what leaves out a charge and keeps the statement beside it', () => {
  const text = 'Kanisha Shelton has been charged with neglect of a dependent resulting in death. '
    + 'Police said the boy found the gun in her purse.';
  const found = findAttributions(text);
  assert.ok(found.some((a) => /said/.test(a.cue.text)), 'the statement is found');
  assert.ok(!found.some((a) => /charged/.test(a.cue.text)), 'the charge is not an attribution');
});

test('a denial of a thing asked is a refusal, no statement: "denied the motion", "was denied bail"; a denial of what was told is one', () => {
  assert.equal(isStatementCue('denied', ' the motion to reduce his bond'), false);
  assert.equal(isStatementCue('denied', ' his request for a new trial'), false);
  assert.equal(isStatementCue('was denied', ' bail on Monday'), false);
  assert.equal(isStatementCue('denied', ' sending troops to the border'), true);
  assert.equal(isStatementCue('denied', ' that the officer fired first'), true);
});

test("a capitalised cue after a count that opens a list article's title is no statement; a headline's reporting verb is", () => {
  const span = (t: string, part: string): [number, number] => [t.indexOf(part), t.indexOf(part) + part.length];
  const t = 'Five Essential Planning Tips For Your European Vacation';
  assert.ok(isListTitleCue(t, span(t, 'Planning'), span(t, 'Five Essential')));
  const u = 'Chris Christie Calls Clinton A Disgrace';
  assert.ok(!isListTitleCue(u, span(u, 'Calls'), span(u, 'Chris Christie')));
  const v = 'Two witnesses said the car sped away.';
  assert.ok(!isListTitleCue(v, span(v, 'said'), span(v, 'Two witnesses')));
});

test('an order or a request told in the passive with its giver after "by" is an act, no statement', () => {
  assert.ok(!isStatementCue('ordered', 'by a juvenile court judge to remain in custody'));
  assert.ok(!isStatementCue('asked', 'by police to stay away'));
  // The giver's own words stay a statement; so does a report "by" someone.
  assert.ok(isStatementCue('ordered', 'that the two remain in custody'));
  assert.ok(isStatementCue('reported', 'by the Times'));
});

test('a count "added" is an act (a statistic, a thing put in); what was added in words is a statement', () => {
  for (const after of [' 22 points and 13 rebounds for the Hawks.', ' two goals in the second half.', ' a career-high 30 points.', ' 20 officers to the patrol.']) assert.equal(isStatementCue('added', after), false, after);
  for (const after of [' that the city would help.', ' 12 people had died.', ' two more were hurt.', ' "We will rebuild."']) assert.equal(isStatementCue('added', after), true, after);
});

test('a person dismissed is let go, no statement; a claim dismissed is one', () => {
  for (const after of [' coach Dave Miller on Monday.', ' him after the loss.', ' Tom Hale on Friday.', ' its head coach.']) assert.equal(isStatementCue('dismissed', after), false, after);
  for (const after of [' the report as rumour.', ' the claims.', " Smith's claim as nonsense."]) assert.equal(isStatementCue('dismissed', after), true, after);
});

test('a confirmation by a chamber or a board is a vote, no statement; one by a person is a statement', () => {
  assert.equal(isStatementCue('confirmed', ' by the Senate, Moreno would oversee the agency'), false);
  assert.equal(isStatementCue('was confirmed', ' by his daughter'), true);
});

test('to pass someone is to overtake, no statement; passing along word is one', () => {
  assert.equal(isStatementCue('passing', ' Kareem Abdul-Jabbar with a fadeaway jumper'), false);
  assert.equal(isStatementCue('passed', ' Smith on the career list'), false);
  assert.equal(isStatementCue('passed', ' along word that the mayor would resign'), true);
});

test('a naming inside a clause of "what" is no statement; the same verb reporting one is', () => {
  const text = 'The 20-year-old victim of what police called an accidental shooting remained in critical condition.';
  const at = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
  assert.equal(isNamingCue(text, at('called'), at('police')), true);
  const calling = 'It was what authorities are calling a targeted attack.';
  assert.equal(isNamingCue(calling, [calling.indexOf('are calling'), calling.indexOf('are calling') + 11], [calling.indexOf('authorities'), calling.indexOf('authorities') + 11]), true);
  const said = 'Police called the shooting an accident on Friday.';
  assert.equal(isNamingCue(said, [7, 13], [0, 6]), false);
  assert.ok(!findAttributions(text).some((a) => a.cue.text === 'called'));
});

test('hearsay ("is said to be") names no speaker; its subject is who it tells of', () => {
  const [hearsay] = findAttributions('Ariyanna Smith is said to be in stable condition at the hospital.');
  assert.ok(!hearsay || hearsay.speaker === null, JSON.stringify(hearsay?.speaker));
  const said = findAttributions('Ariyanna Smith said the girl was in stable condition.');
  assert.equal(said[0]?.speaker?.text, 'Ariyanna Smith');
  // "are both reported to be", "is believed to be": hearsay however its verb and its subject are told.
  for (const text of ['Smith and Jones are both reported to be in stable condition.', 'The boy is believed to be 12 years old.']) {
    assert.ok(!findAttributions(text).some((a) => a.speaker !== null), JSON.stringify(findAttributions(text)));
  }
  // Nor does a participle of belief set off by a comma: "A man and another woman, also believed to be injured, ...".
  // Nor one of belief right after its noun: "Two people believed to be accomplices were arraigned".
  for (const text of ['A man and another woman, also believed to be injured in the shooting, are being treated at a hospital.', 'Five people, believed to be related, were inside the home.', 'Two people believed to be accomplices were arraigned Monday with robbery charges.']) {
    assert.ok(!findAttributions(text).some((a) => a.speaker !== null && /believed/.test(a.cue.text)), JSON.stringify(findAttributions(text)));
  }
});

test('an appeal to the public and a status told with "now" are no statements; asking a question of someone is one', () => {
  assert.equal(isStatementCue('ask', ' anyone with information to contact Crime Stoppers'), false);
  assert.equal(isStatementCue('urged', ' residents to stay indoors'), false);
  assert.equal(isStatementCue('is now wanted', ' on charges of murder'), false);
  assert.equal(isStatementCue('asked', ' whether the gun was loaded'), true);
  assert.equal(isStatementCue('is now saying', ' the gun was loaded'), true);
});

test('posting a bond or bail is an act; posting words is a statement', () => {
  assert.equal(isStatementCue('posted', 'a $25,000 bond and was released'), false);
  assert.equal(isStatementCue('posted', 'bail Friday'), false);
  assert.equal(isStatementCue('posted', 'his $5,000 cash bond'), false);
  assert.equal(isStatementCue('posted', 'on Facebook that she was safe'), true);
  // A statistic a player puts up is no post of words.
  assert.equal(isStatementCue('posted', 'a game-high 29 points to go with eight rebounds'), false);
  assert.equal(isStatementCue('recorded', '12 rebounds and four blocks'), false);
});

test('a wish to question or speak with someone states nothing', () => {
  assert.equal(isStatementCue('would like to question', 'him about a shooting on Apollo Street'), false);
  assert.equal(isStatementCue('want', 'to speak with anyone who saw the crash'), false);
  assert.equal(isStatementCue('said', 'they would like to question him'), true);
});

test('a quarrel and an aim are acts: "arguing over a man", "pointing it at the wall"; "argued that", "pointed out that" say something', () => {
  assert.equal(isStatementCue('arguing', ' over a man about 1:30 a.m.'), false);
  assert.equal(isStatementCue('pointing', ' it at the wall so their cat could chase it'), false);
  assert.equal(isStatementCue('argued', ' that the law was unfair'), true);
  assert.equal(isStatementCue('pointed', ' out that the gun was loaded'), true);
  assert.equal(isStatementCue('argued', ' with prosecutors that the sentence was too long'), true);
});

test('"showed up" is an arrival, no statement; "a poll showed" reports one', () => {
  assert.equal(isStatementCue('showed', ' up and saw numerous people running'), false);
  assert.equal(isStatementCue('showed', ' that most voters back the plan'), true);
});

test('a copula alone is no cue: "police aren\'t sure if ..." says nothing; "are confident that ..." does', () => {
  for (const cue of ['aren’t', "aren't", 'is', 'were', 'was']) assert.equal(isStatementCue(cue, ' sure if the shooting took place inside'), false, cue);
  assert.equal(isStatementCue('are confident', ' that the gun was stolen'), true);
  assert.equal(isStatementCue('is saying', ' that'), true);
});

test('to think of or about a thing is to consider it: "thought of joining the Army" is no statement; "thought the car was stolen" is', () => {
  assert.equal(isStatementCue('thought', ' of joining the Army'), false);
  assert.equal(isStatementCue('is thinking', ' about moving'), false);
  assert.equal(isStatementCue('thought', ' the car was stolen'), true);
});
