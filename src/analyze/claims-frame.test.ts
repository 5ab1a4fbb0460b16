// Pins the frame rules of the claims pass on small hand-written articles: measure, scope, earlier values, no claims from markers, years or captions, denials.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../model/analysis.js';
import { nameNextToAge } from './claims.js';
import { analyzeArticle, loadAttributionModel } from './index.js';

const model = loadAttributionModel();
function claimsOf(text: string, published = '2024-05-10'): Claim[] {
  return analyzeArticle({ id: 'a', text, published, outlet: 'Daily Test' }, { attributionModel: model }).claims;
}
const byValue = (claims: readonly Claim[], v: number) => claims.find((c) => c.value === v);
/** The measure of the claim of a value in a text. */
const measureOf = (text: string, v: number) => byValue(claimsOf(text), v)?.measure.value;

test('casualty counts take the measure of the cue in their clause, small numbers in words included', () => {
  const claims = claimsOf('Five people were killed and two others were injured in the blast on Tuesday, police said.');
  assert.equal(byValue(claims, 5)?.measure.value, 'killed');
  assert.equal(byValue(claims, 2)?.measure.value, 'injured');
});

test('a casualty word after an "including" aside is the count\'s own: troops left dead are killed, not deployed', () => {
  const claims = claimsOf('A shooting rampage left four troops including the gunman dead and 16 others injured, the commander said on Thursday.');
  assert.equal(byValue(claims, 4)?.measure.value, 'killed');
  assert.equal(byValue(claims, 16)?.measure.value, 'injured');
  const commas = claimsOf('The attack left three people, including the shooter, dead on Friday, police said.');
  assert.equal(byValue(commas, 3)?.measure.value, 'killed');
  const struck = claimsOf('As people were dispersing, four people were struck, including the boy killed, police said on Friday.');
  assert.notEqual(byValue(struck, 4)?.measure.value, 'killed');
  const named = claimsOf('Officials sent 1,500 troops, including special forces units, to the border on Friday.');
  assert.equal(byValue(named, 1500)?.measure.value, 'troops');
});

test('people found shot at a place are the shot; people who shot at a home, or found to have shot a clerk, are doers', () => {
  assert.equal(byValue(claimsOf('Officers found two men shot at a home on Sunday.'), 2)?.measure.value, 'shot');
  assert.equal(byValue(claimsOf('Police said two men shot at a home on Sunday, hitting a woman.'), 2)?.measure.value, 'other:persons');
  assert.equal(byValue(claimsOf('Police found two gunmen shot a clerk.'), 2)?.measure.value, 'other:persons');
});

test('"joined forces" is working together, no troops', () => {
  const claims = claimsOf('CBS 3CBS 3 joined forces with the most trusted local CBS RADIO stations in Philadelphia to give you the best Philly has to offer.');
  assert.deepEqual(claims.filter((c) => c.measure.value === 'troops').map((c) => c.value), []);
});

test('a quake\'s magnitude, depth and distance are three measures, not one "Kilometre" group', () => {
  const claims = claimsOf('A magnitude 6.2 earthquake struck at a depth of 10 km, about 55 km south of Bireun, officials said.');
  assert.equal(byValue(claims, 6.2)?.measure.value, 'magnitude');
  assert.equal(byValue(claims, 10)?.measure.value, 'depth');
  assert.equal(byValue(claims, 55)?.measure.value, 'distance');
});

test('an earlier event named by its year is background, today\'s toll is the event', () => {
  const claims = claimsOf('The quake killed 24 people on Friday. The 2004 tsunami killed 170,000 people in the same province.');
  assert.equal(byValue(claims, 24)?.scope.value, 'event');
  assert.equal(byValue(claims, 170000)?.scope.value, 'background');
  // A street number is no year: "in the 1900 block of Main Street", "in front of 1861 Corning Avenue".
  assert.equal(byValue(claimsOf('Officers found two men shot in the 1900 block of Main Street on Sunday.'), 2)?.scope.value, 'event');
  assert.equal(byValue(claimsOf('Officers found three men shot in front of 1861 Corning Avenue on Sunday.'), 3)?.scope.value, 'event');
  assert.equal(byValue(claimsOf('Authorities said nine people were shot outside a club in the 2000 block of Main Street.'), 9)?.scope.value, 'event');
});

test('"previously there had been talk of 1,500" is an earlier value, not a value as of publication', () => {
  const claims = claimsOf('The agency now says about 3,000 soldiers were deployed; previously there had been talk of 1,500 soldiers.');
  const earlier = byValue(claims, 1500);
  assert.equal(earlier?.time.rule, 'time/earlier-value');
  assert.equal(earlier?.time.value, null);
  assert.equal(byValue(claims, 3000)?.time.rule, 'time/published');
});

test('footnote markers, years read as numbers, street blocks and telephone numbers yield no claims', () => {
  const claims = claimsOf('He has been a member of the force since 2014.[27] The shooting happened in the 400 block of Main Street. Call 0845 125 2222 with information.');
  assert.deepEqual(claims.filter((c) => c.value !== undefined).map((c) => c.value), []);
});

test('a negated predicate attributed to a speaker is a denial', () => {
  const claims = claimsOf('"We are not considering sending troops at all," defence minister Kim Yong-hyun said on Thursday.');
  const denial = claims.find((c) => c.modality.value === 'denied');
  assert.ok(denial, JSON.stringify(claims.map((c) => [c.predicate.value, c.modality])));
  assert.equal(denial.modality.rule, 'modality/negated-predicate');
});

test('what has not happened, or not been done, is told, not denied: only a party negating its own act denies', () => {
  for (const text of [
    'Police had not yet arrested a suspect, Sgt. Mark Doyle said on Sunday.',
    '"He would not hurt his child," Thompson said on Friday.',
    '"We\'re not numbers," said Sgt. Jason Hayes on Friday.',
    '"I\'m not afraid to die," he told the officer on Friday, police said.',
    'Both men were denied bond Thursday during a hearing, prosecutors said.',
    'Earlier in the week, the city council rejected a citywide, four-day curfew, officials said.',
    'She said her son received a letter on Monday denying his request for treatment.',
    // A judge who denies a motion refuses it: the judge named as the sentence's subject denies no claim.
    'Judge Mary Poe denied the motion to reduce his bond on Friday.',
  ]) {
    for (const c of claimsOf(text)) assert.notEqual(c.modality.value, 'denied', `${text} ${c.modality.rule}`);
  }
  for (const text of [
    '"We did not fire on the crowd," the army said on Friday.',
    'On Friday the suspect denied shooting anyone, according to charging papers.',
    'The report of a second gunman was denied by the sheriff on Friday.',
  ]) {
    assert.ok(claimsOf(text).some((c) => c.modality.value === 'denied'), text);
  }
});

test('a count told by a definite or possessive word, or a person\'s age, is not denied by a negation of something else said of it', () => {
  for (const [text, v] of [
    ['Police said they do not plan to release the names of the three injured people.', 3],
    ['The three other victims did not suffer life-threatening wounds, Hecht said.', 3],
    ['A 19-year-old was not injured, police said.', 19],
    ['Detectives say a 46-year-old man, who has not been identified, killed a 47-year-old woman.', 47],
    ['The office will not seek the death penalty against a group of men charged in the fatal shootings of two teens.', 2],
  ] as const) {
    const c = byValue(claimsOf(text), v);
    assert.ok(c, text);
    assert.notEqual(c.modality.value, 'denied', text);
  }
  assert.equal(byValue(claimsOf('Officials said the navy did not arrest 23 pirates.'), 23)?.modality.value, 'denied');
});

test('the toll of another event a follow-up sets the story against is background, not the story\'s count', () => {
  const days = claimsOf('The mayor condemned the attack, which came just 10 days after a gunman killed five police officers in Dallas.');
  assert.equal(byValue(days, 5)?.scope.value, 'background');
  assert.equal(byValue(days, 5)?.scope.rule, 'scope/days-after-earlier-event');
  const another = claimsOf('Long visited the barbershop last week, just days after five officers were shot and killed by another man.');
  assert.equal(byValue(another, 5)?.scope.value, 'background');
  const separate = claimsOf('In a separate shooting on Friday, two men were wounded on Oak Street, police said.');
  assert.equal(byValue(separate, 2)?.scope.value, 'background');
  // The story's own timeline told in days stays the story's: "died three days after ... were shot".
  const own = claimsOf('A woman died on Friday, three days after she and two other people were shot outside a bar, police said.');
  // ("she and two other people": three shot.)
  assert.equal(byValue(own, 3)?.scope.value, 'event');
  const driven = claimsOf('Swift and two boys were in the backseat of a Jeep being driven by another man when they were shot on Friday.');
  assert.equal(byValue(driven, 2)?.scope.value, 'event');
  const plain = claimsOf('Three officers were killed and three others were wounded in the ambush on Sunday, police said.');
  assert.equal(byValue(plain, 3)?.scope.value, 'event');
});

test('every frame field carries the rule that set it', () => {
  const [c] = claimsOf('Three people were injured, the sheriff said.');
  for (const field of [c.measure, c.scope, c.subject, c.time, c.origin, c.modality]) assert.match(field.rule, /^[a-z]+\/[a-z-]/);
});

test('a figure told as holding already is the story\'s, though its sentence names an earlier month far from it', () => {
  const text = 'If, as the intelligence service says, around 1,500 soldiers are already in the port city, it is clear that the defence pact signed by the two leaders in June was much more than words.';
  const claims = analyzeArticle({ id: 'a', text, published: '2024-10-23', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  assert.equal(byValue(claims, 1500)?.scope.value, 'event');
  const before = analyzeArticle({ id: 'a', text: text.replace('are already in', 'were in'), published: '2024-10-23', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  assert.equal(byValue(before, 1500)?.scope.value, 'background');
});

test('a month named alone near a figure sets it in the background, with or without a publication date', () => {
  for (const published of ['', '2024-11-28']) {
    const claims = analyzeArticle({ id: 'a', text: 'The quake killed 10 people on Sunday. A magnitude 6.1 quake struck the same area in September, killing at least seven people.', published: published || null, outlet: 'Daily Test' }, { attributionModel: model }).claims;
    assert.equal(byValue(claims, 10)?.scope.value, 'event');
    assert.equal(byValue(claims, 7)?.scope.value, 'background', published);
    assert.equal(byValue(claims, 7)?.scope.rule, 'scope/month-named-alone');
  }
});

test('the month of publication named alone is the story\'s own time', () => {
  const claims = claimsOf('In May, 12 people were evacuated from the valley, officials said.', '2024-05-20');
  assert.equal(byValue(claims, 12)?.scope.value, 'event');
});

test('"That temblor killed at least six" goes back to the earlier event just named', () => {
  const claims = claimsOf('The island was hit by a strong quake years before. That temblor killed at least six people.');
  assert.equal(byValue(claims, 6)?.scope.value, 'background');
  assert.equal(byValue(claims, 6)?.scope.rule, 'scope/that-earlier-event');
});

test('people counted by a casualty verb out of the cue window take its measure', () => {
  const claims = claimsOf('Another news agency said the strong earthquake in the south of the country had injured at least five people.');
  const c = byValue(claims, 5);
  assert.equal(c?.measure.value, 'injured', JSON.stringify(c?.measure));
});

test('an age takes the name told next to it when the entity pass finds none; the age of a case is no claim', () => {
  assert.equal(nameNextToAge('Sixty-one-year-old Sharron Diane Crawford Smith is accused.', [0, 10]), null);
  const text = 'Police said 61-year-old Sharron Diane Crawford Smith was arrested.';
  const at = text.indexOf('61');
  assert.equal(nameNextToAge(text, [at, at + 2]), 'Sharron Diane Crawford Smith');
  const text2 = 'They charged Sharron Diane Crawford Smith, age 61, with murder.';
  const at2 = text2.indexOf('61');
  assert.equal(nameNextToAge(text2, [at2, at2 + 2]), 'Sharron Diane Crawford Smith');
  const claims = claimsOf('Police announced an arrest in a 41-year-old double murder case on Friday.');
  assert.equal(claims.filter((c) => c.measure.value === 'age').length, 0, JSON.stringify(claims.map((c) => c.measure)));
  // A word that stands for someone told before ("Another, 25,") is no name.
  const text3 = 'One victim, 23, was pronounced dead on the scene. Another, 25, was transported to Regional One where he died.';
  const at3 = text3.indexOf('25');
  assert.equal(nameNextToAge(text3, [at3, at3 + 2], text3.indexOf('Another')), null);
});

test('an arrest counts people only next to an arrest verb: not hostages taken, not the victims of the crime', () => {
  const claims = claimsOf('Police arrested two men on Friday. Officials said he took two transport officers hostage. Police arrested Jane Doe in the 1967 slayings of two women at a shop.');
  const arrested = claims.filter((c) => c.measure.value === 'arrested');
  assert.deepEqual(arrested.map((c) => c.value), [2], JSON.stringify(claims.map((c) => [c.value, c.measure.value])));
});

test('"6-feet tall" is a height, not a distance', () => {
  const claims = claimsOf('He is described as 6-feet tall and weighing about 200 pounds.');
  const c = claims.find((x) => x.unitClass === 'length');
  assert.equal(c?.measure.value, 'other:height');
});

test('"a 6-foot, 200-pound man" is a height; "the 1967 slayings of two women" counts the killed', () => {
  const h = claimsOf('Police described him as a 6-foot, 200-pound man.').find((c) => c.value === 6);
  assert.equal(h?.measure.value, 'other:height');
  const k = claimsOf('Police reopened the case of the 1967 slayings of two women at an ice cream shop.').find((c) => c.value === 2);
  assert.equal(k?.measure.value, 'killed');
});

test('an age is the named person\'s only when told with the name: not a relative\'s age, not across a common noun', () => {
  const ages = (text: string) => claimsOf(text).filter((c) => c.measure.value === 'age').map((c) => [c.value, c.subject.value, c.subject.rule]);
  const own = ages('Javon Wilson, 15, died at the scene on Friday.');
  assert.deepEqual(own.map((a) => a.slice(0, 2)), [[15, 'Javon Wilson']]);
  const relative = ages("A boy traded shoes with Javon Wilson's 14-year-old brother last week.");
  assert.equal(relative.length, 1);
  assert.notEqual(relative[0]![1], 'Javon Wilson');
  const across = ages('Police said a 17-year-old girl and a 15-year-old boy forced their way in and shot Javon Wilson in the head.');
  assert.equal(across.length, 2);
  for (const a of across) assert.notEqual(a[2], 'subject/person-of-age', `age ${String(a[0])} taken as ${String(a[1])}'s`);
  const titled = ages('Police said 51-year-old Senior Trooper William Hakim was killed.');
  assert.equal(titled.length, 1);
  assert.match(String(titled[0]![1]), /William Hakim$/);
  assert.equal(titled[0]![2], 'subject/person-of-age');
  const listed = ages('Police found the bodies of 33-year-old Megan Short, 40-year-old Mark Short and their three children.');
  assert.deepEqual(listed.map((a) => a.slice(0, 2)), [[33, 'Megan Short'], [40, 'Mark Short']]);
  // A given name alone, after the full name, is that person's ("Kevin was 13" after "12-year-old Kevin Pimentel"); a
  // surname alone keeps its word, a family sharing it.
  const given = ages('The boys were identified as 12-year-old Kevin Pimentel and 6-year-old Brady Pimentel.\n\nEarlier, the sheriff said Kevin was 13 years old.');
  assert.deepEqual(given.map((a) => a.slice(0, 2)), [[12, 'Kevin Pimentel'], [6, 'Brady Pimentel'], [13, 'Kevin Pimentel']]);
  // A namesake's age set beside the given name is the namesake's: "her husband Dwayne Jackson, 50; and their children Dwayne, 10".
  const namesake = ages('Those killed were identified as her husband Dwayne Jackson, 50; and their children Dwayne, 10; and Honesty, 11.');
  assert.deepEqual(namesake.map((a) => a.slice(0, 2)), [[50, 'Dwayne Jackson'], [10, 'Dwayne'], [11, 'Honesty']]);
});

test('a count over many shootings (a city\'s toll, "so far this year") is background, not this event\'s toll', () => {
  const c = claimsOf('More than 3,290 people have been injured in those shootings, and that does not include the 629 who died.');
  assert.equal(byValue(c, 3290)?.scope.value, 'background');
  assert.equal(byValue(c, 3290)?.scope.rule, 'scope/aggregate-count');
  const own = claimsOf('Two people were killed and three were injured in the shooting on Friday, police said.');
  // ("she and two other people": three shot.)
  assert.equal(byValue(own, 3)?.scope.value, 'event');
});

test('a new year rung in is the night of the story, no earlier time; a year\'s tally told "in 2016" stays background', () => {
  const party = claimsOf('Shortly after guests at a party in Elm Grove rang in 2013, a man opened fire, killing one person and injuring three others, police said.', '2013-01-01');
  assert.equal(byValue(party, 1)?.scope.value, 'event');
  assert.equal(byValue(party, 3)?.scope.value, 'event');
  assert.equal(byValue(claimsOf('Chicago has seen 500 homicides in 2016, police said.', '2016-09-01'), 500)?.scope.value, 'background');
});

test('a number told with an age ("68 and 48-years-old") is an age, not a count of the dead', () => {
  const claims = claimsOf('Police found the bodies of two women -- 68 and 48-years-old -- inside an apartment.');
  assert.equal(byValue(claims, 68)?.measure.value, 'age');
  assert.equal(byValue(claims, 68)?.measure.rule, 'measure/age-coordinated');
  assert.equal(byValue(claims, 2)?.measure.value, 'killed');
});

test('"X and Y, both 51" gives each of the two people the age', () => {
  const ages = claimsOf('Police Capt. Tom Tennant and state Senior Trooper William Hakim, both 51, died at the scene.').filter((c) => c.measure.value === 'age');
  assert.deepEqual(ages.map((c) => [c.value, c.subject.value]), [[51, 'Tom Tennant'], [51, 'William Hakim']]);
  assert.equal(ages[0]?.subject.rule, 'subject/person-of-age-both');
});

test('a given name right after a relation noun is the person an age is of, with or without a comma', () => {
  const ages = (text: string) => claimsOf(text).filter((c) => c.measure.value === 'age').map((c) => [c.value, c.subject.value, c.subject.rule]);
  assert.deepEqual(ages('The couple also have a 3-year-old daughter Maisie.'), [[3, 'Maisie', 'subject/person-of-age']]);
  assert.deepEqual(ages('She leaves a 7-year-old son, Tobin, and her parents.')[0]?.slice(0, 2), [7, 'Tobin']);
  // A capitalised word that names no one leaves the relation's age as it was.
  assert.equal(ages('Her 4-year-old son Monday was taken to hospital.')[0]?.[2], 'subject/relation-of-age');
  // A name the sentence ends on as its speaker is no apposition: "his 4-year-old son, Myers said".
  assert.deepEqual(ages('He posted that he would harm his 4-year-old son, Myers said.')[0], [4, 'son', 'subject/relation-of-age']);
  assert.deepEqual(ages('He posted that he would harm his 4-year-old son Myers said.')[0], [4, 'son', 'subject/relation-of-age']);
  // Initials and a double surname are a name too.
  assert.deepEqual(ages('His 16-year-old brother, C.J. Mikula-Conrad, was critically injured.')[0], [16, 'C.J. Mikula-Conrad', 'subject/person-of-age']);
});

test('a surname told after a quoted nickname keeps its given name: two people of one surname keep two ages', () => {
  const ages = claimsOf('The mother of Lavelle “Bo” Carrow, 12, left him at the home of his father, Dean “Big Dean” Carrow, 41.').filter((c) => c.measure.value === 'age');
  assert.deepEqual(ages.map((c) => [c.value, c.subject.value]), [[12, 'Lavelle Carrow'], [41, 'Dean Carrow']]);
  // A name told whole keeps what it was.
  assert.deepEqual(claimsOf('Dean Carrow, 41, was found at the home.').filter((c) => c.measure.value === 'age').map((c) => c.subject.value), ['Dean Carrow']);
});

test('capitalised words before "man" are a place, not the name an age belongs to', () => {
  const [age] = claimsOf('Authorities say a 35-year-old New Bedford man stabbed two women.').filter((c) => c.measure.value === 'age');
  assert.equal(age?.value, 35);
  assert.notEqual(age?.subject.rule, 'subject/person-of-age');
});

test('an age told after "another man," is that man\'s, as after "a man,"', () => {
  const age = claimsOf('Police said three people were shot. Another man, 21, also suffered a gunshot wound to the arm.').find((c) => c.measure.value === 'age');
  assert.equal(age?.value, 21);
  assert.equal(age?.subject.value, 'man');
  assert.equal(age?.subject.rule, 'subject/described-of-age');
});

test('an age told before "sibling" is the sibling\'s', () => {
  const age = claimsOf('Police say a 2-year-old shot a 1-year-old sibling in the face on Sunday.').find((c) => c.measure.value === 'age' && c.value === 1);
  assert.equal(age?.subject.value, 'sibling');
  assert.equal(age?.subject.rule, 'subject/relation-of-age');
});

test('a count of people is a whole number: a quake\'s 6.7 is no toll', () => {
  const claims = claimsOf('A 6.7-strength quake killed more than 26,000 people in the city of Bam in December 2003.');
  assert.equal(claims.filter((c) => c.measure.value === 'killed' && c.value === 6.7).length, 0);
  assert.equal(byValue(claims, 26000)?.measure.value, 'killed');
});

test('members of a gang are no troops; members of a force are', () => {
  const gang = claimsOf('Investigators isolated two members of the Avenues gang, police said.');
  assert.notEqual(byValue(gang, 2)?.measure.value, 'troops');
  const force = claimsOf('The ministry said 300 members of the special forces were deployed to the border.');
  assert.equal(byValue(force, 300)?.measure.value, 'troops');
});

test('members and units count troops only where the sentence speaks of armed forces', () => {
  const council = claimsOf('The old assembly had 2,507 members who were approved by the president.');
  assert.notEqual(byValue(council, 2507)?.measure.value, 'troops');
  const fire = claimsOf('Crews from across the valley were called to help, more than 24 units in all.');
  assert.notEqual(byValue(fire, 24)?.measure.value, 'troops');
  const army = claimsOf('The army deployed 400 members to the flooded district on Monday, officials said.');
  assert.equal(byValue(army, 400)?.measure.value, 'troops');
});

test('"30 of the 80 wounded remained in hospital" is a subset of the injured, not their count', () => {
  const claims = claimsOf('He said 30 of the 80 wounded remained in hospital after the tremor.');
  assert.equal(byValue(claims, 30)?.measure.rule, 'measure/partitive-subset');
  assert.equal(byValue(claims, 80)?.measure.value, 'injured');
  const part = claimsOf('Two of the wounded died in hospital on Friday.');
  assert.notEqual(part.find((c) => c.value === 2)?.measure.rule, 'measure/partitive-subset');
});

test('"It killed 612" after a sentence about an earlier quake is background too', () => {
  const claims = claimsOf('The last major quake in the south was in February, when a magnitude 6.4 quake rocked Zarand, a town of 15,000 people. It killed 612 people and injured more than 1,400.');
  assert.equal(byValue(claims, 612)?.scope.value, 'background');
  assert.equal(byValue(claims, 612)?.scope.rule, 'scope/it-continues-background');
  const own = claimsOf('A quake struck the island on Sunday. It killed 10 people.');
  assert.equal(byValue(own, 10)?.scope.value, 'event');
});

test('counts of a charge are charges, each of its charge; a plea of not guilty denies no figure', () => {
  const claims = claimsOf('Gary Gomes pleaded not guilty to two counts of murder and one count of kidnapping. He faces two murder charges.');
  const charged = claims.filter((c) => c.measure.value === 'charged').map((c) => [c.value, c.subject.value, c.modality.value]);
  assert.deepEqual(charged, [[2, 'counts of murder', 'asserted'], [1, 'counts of kidnapping', 'asserted'], [2, 'counts of murder', 'asserted']]);
});

test('"added another $20,000" is a second amount, not a new value of the first', () => {
  const claims = claimsOf('The city had offered a $75,000 reward, and the county added another $20,000 to that pot.');
  assert.equal(byValue(claims, 20000)?.subject.rule, 'subject/additional-amount');
  assert.notEqual(byValue(claims, 75000)?.subject.rule, 'subject/additional-amount');
});

test('a vague plural ("dozens", "tens of thousands") states no figure; a number does', () => {
  const claims = claimsOf('Tens of thousands of people marched, dozens of people were hurt and 12 people were arrested.');
  assert.equal(claims.filter((c) => Array.isArray(c.value)).length, 0);
  assert.equal(byValue(claims, 12)?.measure.value, 'arrested');
});

test('"a 12-gauge pump-action shotgun" is a gauge, not a count of anything', () => {
  const claims = claimsOf('Officers found a 12-gauge pump-action shotgun and three live shells in the car.');
  assert.equal(byValue(claims, 12)?.measure.value, 'other:calibre');
  assert.equal(byValue(claims, 12)?.subject.value, 'gauge');
});

test('counts of a charge named by its complement keep the complement: "intent to murder", "possession of a firearm"', () => {
  const claims = claimsOf('He is charged with two counts of intent to murder and three counts of possession of a firearm in the commission of a felony.');
  assert.match(byValue(claims, 2)?.subject.value ?? '', /intent to murder$/);
  assert.match(byValue(claims, 3)?.subject.value ?? '', /possession of a firearm$/);
});

test('a charge qualified by several words is counted by its own noun: "criminal vehicular homicide", "attempted willful, deliberate murder"', () => {
  const claims = claimsOf('Hale was charged with three counts of criminal vehicular homicide and one count of attempted willful, deliberate, premeditated murder.');
  assert.equal(byValue(claims, 3)?.subject.value, 'counts of homicide against Hale');
  assert.equal(byValue(claims, 1)?.subject.value, 'counts of attempted murder against Hale');
  const felonious = claimsOf('Perry is charged with two counts of felonious assault and four counts of kidnapping.');
  assert.equal(byValue(felonious, 2)?.subject.value, 'counts of assault against Perry');
});

test('a charge named by two words keeps both: "terroristic threats", "child endangerment"; bare charges count charges', () => {
  const claims = claimsOf('Elmi was charged with one count of terroristic threats. The attorney added two counts of child endangerment. Kennedy was arraigned on seven charges.');
  assert.equal(byValue(claims, 1)?.subject.value, 'counts of terroristic threats against Elmi');
  assert.equal(byValue(claims, 2)?.subject.value, 'counts of child endangerment');
  assert.equal(byValue(claims, 7)?.measure.value, 'charged');
  assert.equal(byValue(claims, 7)?.subject.value, 'charges');
});

test('"In Eastfield, 46 were arrested" counts arrests, not an age; "four nights" of protest is a duration, no count', () => {
  const claims = claimsOf('As fights erupted in Eastfield, 46 were arrested on Wednesday night. Over 50 arrests have been made over four nights of protest. Dan Hale, 46, was arrested.');
  const arrested = claims.filter((c) => c.measure.value === 'arrested').map((c) => c.value);
  assert.deepEqual(arrested, [46, 50]);
  assert.equal(claims.filter((c) => c.value === 4).length, 0);
  assert.equal(claims.find((c) => c.measure.value === 'age')?.subject.value, 'Dan Hale');
});

test('"fired two or three times" counts shots fired; "was shot five times" is no count of shots', () => {
  const claims = claimsOf('The constable said he fired two or three times in the air. The youth was shot five times.');
  assert.equal(claims.find((c) => Array.isArray(c.value))?.measure.value, 'shots-fired');
  assert.notEqual(byValue(claims, 5)?.measure.value, 'shots-fired');
  assert.notEqual(byValue(claimsOf('The mayor fired Hale three times in ten years.'), 3)?.measure.value, 'shots-fired');
});

test('a quake\'s strength told before its noun ("a 6.7-strength quake", "a 5.8 degree quake", "a 6.1 earthquake") is its magnitude; "two quakes" is a count', () => {
  const claims = claimsOf('A 6.7-strength quake hit the coast. A 5.8 degree quake followed. Officials said a 6.1 earthquake struck at noon. Two quakes hit in a week.');
  assert.deepEqual(claims.filter((c) => c.measure.value === 'magnitude').map((c) => c.value), [6.7, 5.8, 6.1]);
  assert.notEqual(byValue(claims, 2)?.measure.value, 'magnitude');
});

test('people "ushered to safety" are evacuated', () => {
  const claims = claimsOf('Three people died in the blaze. Around 20 more people had to be ushered to safety.');
  assert.equal(byValue(claims, 20)?.measure.value, 'evacuated');
});

test('"one count each of first- and second-degree manslaughter" is a count of manslaughter', () => {
  const c = claimsOf("He's charged with two counts of second-degree murder, one count each of first- and second-degree manslaughter, and criminal possession of a weapon.").find((x) => x.value === 1);
  assert.equal(c?.subject.value, 'counts of manslaughter');
});

test('counts "in the shootings of" named victims are this story\'s, not a round-up of many shootings', () => {
  const claims = claimsOf('He faces two counts of attempted murder in the shootings of Riva and Steinberg.');
  assert.equal(byValue(claims, 2)?.scope.value, 'event');
  assert.equal(claimsOf('Police said 14 people were injured in shootings across the county.').find((c) => c.value === 14)?.scope.value, 'background');
});

test('"a 5 foot, 8 inch man" is one height of 5.67 feet; "193km / h" is a speed, not a distance', () => {
  const claims = claimsOf('Police described him as a 5 foot, 8 inch man weighing 180 pounds.');
  const h = claims.filter((c) => c.unitClass === 'length');
  assert.equal(h.length, 1, JSON.stringify(h.map((c) => c.value)));
  assert.equal(h[0].measure.value, 'other:height');
  assert.equal(h[0].value, 5.67);
  // "6'2 and weighing": bare inches after the feet, with no mark, are the same height.
  const bare = claimsOf('He is described as a man standing at 6\'2 and weighing 350 pounds.').filter((c) => c.unitClass === 'length');
  assert.deepEqual(bare.map((c) => c.value), [6.17]);
  const s = claimsOf('Deputies chased him at speeds of up to 193km / h, the sheriff said.').find((c) => c.value === 193);
  assert.equal(s?.measure.value, 'other:speed');
});

test('a length travelled ("chased him for 30 miles", "a 30-mile pursuit") is the route, not a distance to the place named after it', () => {
  const a = claimsOf('Officers chased him for about 30 miles before arresting him near Bay City.').find((c) => c.value === 30);
  const b = claimsOf('The motorist set off a 30-mile pursuit, officials said.').find((c) => c.value === 30);
  assert.equal(a?.subject.rule, 'subject/distance-travelled');
  assert.equal(b?.subject.rule, 'subject/distance-travelled');
  assert.notEqual(claimsOf('The building is about 15 miles north of Detroit.').find((c) => c.value === 15)?.subject.rule, 'subject/distance-travelled');
});

test('"three of the five victims died": the whole takes no measure from the part\'s verb, unless the verb is its own relative clause', () => {
  const claims = claimsOf('Local news reported that three of the five victims died.');
  assert.ok(byValue(claims, 5));
  assert.notEqual(byValue(claims, 5)?.measure.value, 'killed');
  assert.equal(byValue(claimsOf('Four of the five people who died in the murder-suicide were identified Thursday.'), 5)?.measure.value, 'killed');
});

test('"nine pellets in each shot" counts no one shot; "suspected of shooting three people" counts the people shot', () => {
  assert.notEqual(byValue(claimsOf('Police said the shotgun held buckshot with nine pellets in each shot.'), 9)?.measure.value, 'shot');
  assert.equal(byValue(claimsOf('A man suspected of shooting three people was arrested after a chase.'), 3)?.measure.value, 'shot');
});

test('"a bank shot over two defenders" counts no one shot; "a gunman shot two people" does', () => {
  assert.notEqual(byValue(claimsOf('He set the record with a bank shot over two defenders late in the first half.'), 2)?.measure.value, 'shot');
  assert.notEqual(byValue(claimsOf('His jump shot over two defenders won the game.'), 2)?.measure.value, 'shot');
  assert.equal(byValue(claimsOf('A gunman shot two people outside a bar on Friday.'), 2)?.measure.value, 'shot');
  assert.notEqual(byValue(claimsOf('He shot 7-for-14 from the field on Thursday.'), 7)?.measure.value, 'shot');
  assert.equal(byValue(claimsOf('Police said the gunman shot 3 of the 5 people in the room.'), 3)?.measure.value, 'shot');
});

test('the accused, a parent\'s children, animals and a count of killed and injured together are no toll', () => {
  assert.notEqual(byValue(claimsOf('The trial of two men accused of killing a mother began on Wednesday.'), 2)?.measure.value, 'killed');
  assert.notEqual(byValue(claimsOf('A Brooklyn mother of 12 was killed in a gang shootout.'), 12)?.measure.value, 'killed');
  assert.equal(claimsOf('She had been upset by the death of one of her four cats.').some((c) => c.value === 4 && c.measure.value === 'killed'), false);
  assert.notEqual(byValue(claimsOf('Horton and the two other victims were killed and injured in the crossfire.'), 2)?.measure.value, 'killed');
});

test('"Days later" goes on from the earlier event told just before', () => {
  const claims = claimsOf('In May, thieves stole jewels worth $2 million from a hotel in Cannes. Days later, a $2.5 million necklace was taken at a party.', '2013-09-10');
  assert.equal(byValue(claims, 2500000)?.scope.value, 'background');
});

test('a quake\'s strength told without "magnitude" ("aftershocks of around 4", "measuring 3.8") is a magnitude, the aftershocks\' own; "magnitude-5.2" is read', () => {
  const a = claimsOf('There have been at least four aftershocks of around 4, officials said.').find((c) => c.value === 4 && c.measure.value === 'magnitude');
  assert.equal(a?.subject.value, 'aftershocks');
  const r = claimsOf('The quake has been followed by frequent aftershocks varying from 2.8 to 3.8.').find((c) => Array.isArray(c.value));
  assert.equal(r?.measure.value, 'magnitude');
  assert.equal(claimsOf("Iran's state television says a magnitude-5.2 quake has injured three people.").find((c) => c.value === 5.2)?.measure.value, 'magnitude');
});

test('"five attempted murder charges" counts charges of attempted murder, not people charged', () => {
  const c = byValue(claimsOf('The man could face murder and five attempted murder charges, police said.'), 5);
  assert.equal(c?.measure.value, 'charged');
  assert.equal(c?.subject.rule, 'subject/charge-of-counts');
  assert.match(c?.subject.value ?? '', /attempted murder$/);
});

test('a poll\'s margin of error, its sample and the gap between two shares are not shares of its answers', () => {
  const claims = claimsOf('A newspaper poll published Sunday put the party at 20.6 percent, 5.6 percent below the opposition. The survey of 1,000 people gave a 3.1 percent margin of error.');
  assert.equal(byValue(claims, 20.6)?.measure.value, 'poll-share');
  assert.equal(byValue(claims, 5.6)?.measure.value, 'other:poll-gap');
  assert.equal(byValue(claims, 3.1)?.measure.value, 'other:margin-of-error');
  assert.equal(byValue(claims, 1000)?.measure.value, 'other:poll-sample');
});

test('the shares told in the sentences after a poll are its shares; a poll named in another clause is not', () => {
  const claims = claimsOf('The county is 43 percent black, and numerous polls have found that turnout is low. Police made arrests on Sunday. According to another poll, voters blame the government. Asked whether the riots were an uprising, 60 percent said yes. Some 64 percent considered the police unprepared.');
  assert.equal(byValue(claims, 60)?.measure.value, 'poll-share');
  assert.equal(byValue(claims, 64)?.measure.value, 'poll-share');
  assert.equal(byValue(claims, 64)?.measure.rule, 'measure/poll-previous-sentence');
  assert.notEqual(byValue(claims, 43)?.measure.value, 'poll-share');
});

test('a gun\'s bore is a calibre or a gauge, never a distance nor a count of people', () => {
  const claims = claimsOf('Police said the gunman used a .45-caliber handgun and a 12-gauge shotgun. Officers seized a 5.56mm and a 7.62mm rifle. The house is 9 miles from the school.');
  assert.equal(byValue(claims, 45)?.measure.value, 'other:calibre');
  assert.equal(byValue(claims, 45)?.subject.value, 'calibre');
  assert.equal(byValue(claims, 12)?.measure.value, 'other:calibre');
  assert.equal(byValue(claims, 12)?.subject.value, 'gauge');
  assert.equal(byValue(claims, 5.56)?.measure.value, 'other:calibre');
  assert.equal(byValue(claims, 7.62)?.measure.value, 'other:calibre');
  assert.equal(byValue(claims, 9)?.measure.value, 'distance');
});

test('"bullets of two different calibers" counts calibres: neither a bore nor people shot', () => {
  const c = byValue(claimsOf('Burnette was shot three times with bullets of two different calibers, investigators said.'), 2);
  assert.ok(!c || (c.measure.value !== 'shot' && c.measure.value !== 'other:calibre'), JSON.stringify(c?.measure));
});

test('a length hyphened to a noun is the size of that thing, not a distance between places', () => {
  const claims = claimsOf('The warship patrols a 480-nautical-mile corridor and must answer calls within a 15-nautical-mile radius. It was 13 nautical miles from the ship.');
  assert.equal(byValue(claims, 480)?.subject.rule, 'subject/length-of-noun');
  assert.match(byValue(claims, 15)?.subject.value ?? '', /radius/);
  assert.notEqual(byValue(claims, 13)?.subject.rule, 'subject/length-of-noun');
});

test('a sentence opened by "This year," or "Last month," is background all through', () => {
  const claims = claimsOf('The navy captured 23 pirates on Saturday. This year, pirates have attacked nearly 100 vessels off the coast and hijacked nearly 40, the maritime bureau said.');
  assert.equal(byValue(claims, 23)?.scope.value, 'event');
  assert.equal(byValue(claims, 40)?.scope.value, 'background');
  assert.equal(byValue(claims, 40)?.scope.rule, 'scope/past-opening');
});

test('an event told as recent is an earlier one; a person "recently laid off" sets nothing in the past', () => {
  const claims = claimsOf('Pirates recently seized a supertanker loaded with $100 million of crude oil. At least 12 employees had been celebrating when the gunman, who had been recently laid off, entered the party.');
  assert.equal(byValue(claims, 100_000_000)?.scope.value, 'background');
  assert.equal(byValue(claims, 100_000_000)?.scope.rule, 'scope/recently');
  assert.equal(byValue(claims, 12)?.scope.value, 'event');
});

test('shots heard ("four loud pops", "three gunshots") are shots fired', () => {
  const claims = claimsOf('A neighbour said she heard four loud pops. Another heard three gunshots.');
  assert.equal(byValue(claims, 4)?.measure.value, 'shots-fired');
  assert.equal(byValue(claims, 3)?.measure.value, 'shots-fired');
});

test('a negation denies a count only in the count\'s own clause, and a failure to act denies nothing', () => {
  const denied = byValue(claimsOf('Officials said the navy did not arrest 23 pirates.'), 23);
  assert.equal(denied?.modality.value, 'denied');
  for (const [text, v] of [
    ['No one was injured, but two children were inside the church when the blaze started.', 2],
    ['The three holdouts told the other nine jurors that they would not impose death for any killings.', 3],
    ['Rescuers were not able to reach his three companions on Saturday, police said.', 3],
    ['The warship not only repulsed an attack but arrested 23 pirates.', 23],
  ] as const) {
    const c = byValue(claimsOf(text), v);
    assert.ok(c, text);
    assert.notEqual(c.modality.value, 'denied', text);
  }
});

test('"two" before a counted noun states a figure; a reference back, a rank or a restated list does not', () => {
  for (const [text, unit] of [
    ['Two engines were sent to the store after several calls, the fire service said.', 'engines'],
    ['Two pirate boats managed to get away, the navy said.', 'pirate boats'],
    ['Two other buildings besides the bank were set on fire.', 'other buildings'],
  ] as const) {
    const c = byValue(claimsOf(text), 2);
    assert.equal(c?.unit, unit, text);
  }
  for (const text of [
    'The two jurors kept their public comments limited at the news conference.',
    'He is head of GSEE, one of the two largest unions.',
    'After rallying in two separate demonstrations, unionists marched on parliament.',
    'The pirates were from Somalia and Yemen, two countries on the coast of the gulf.',
    'One factor could be race.',
  ]) assert.equal(claimsOf(text).filter((c) => c.value !== undefined && c.value !== null).length, 0, text);
});

test('a building\'s height in storeys is a figure, in words or digits', () => {
  assert.equal(byValue(claimsOf('Firefighters found flames at the back of the three-story structure.'), 3)?.unit, 'storey');
  assert.equal(byValue(claimsOf('The lights were still blazing at the two-storey office building.'), 2)?.unit, 'storey');
  assert.equal(byValue(claimsOf('Crews fought the fire in a 12-storey tower.'), 12)?.unit, 'storey');
});

test('people told again by a definite reference in words, or "one man" who speaks, are no count of their own', () => {
  for (const text of [
    'Hiller worked with the three victims in the mixing department.',
    'And so were the two women she is accused of gunning down.',
    '"She was bad," one man told reporters.',
  ]) assert.equal(claimsOf(text).filter((c) => c.value !== undefined && c.value !== null).length, 0, text);
  assert.equal(byValue(claimsOf('Three victims were taken to hospital, police said.'), 3)?.value, 3);
});

test('a past time opening the sentence sets it in the background, after "And" and without a comma too', () => {
  const claims = claimsOf('And last month thieves made off with jewellery from the luxury Grand Hotel after cracking two safes at a hotel near Nice.');
  assert.equal(byValue(claims, 2)?.scope.value, 'background');
  assert.equal(byValue(claims, 2)?.scope.rule, 'scope/past-opening');
});

test('a year of the sentence\'s own event before publication sets a far figure in the background, not one told with a day of the story', () => {
  const far = claimsOf('Evans was arrested in August 2014 after police said he and another man were believed to have shot and injured three men and three women in an alley near the park.', '2016-11-29');
  const counts = far.filter((c) => c.value === 3 || c.value === 6);
  assert.ok(counts.length > 0);
  assert.ok(counts.every((c) => c.scope.value === 'background'), counts.map((c) => `${c.value} ${c.scope.rule}`).join('; '));
  const own = claimsOf('Police said Friday that the man, who was arrested in 2014, had been out of prison for only a few weeks when he shot and injured three people in an alley near the park.', '2016-11-29');
  assert.equal(own.find((c) => c.value === 3)?.scope.value, 'event');
});

test('both ends of an age range are no people counted, nor anyone\'s age: the count is the men', () => {
  const claims = claimsOf('Three men between the ages of 18 and 23 were wounded, police said.');
  assert.equal(byValue(claims, 3)?.measure.value, 'injured');
  assert.equal(byValue(claims, 18), undefined);
  assert.equal(byValue(claims, 23), undefined);
});

test('the first of two ages sharing one "-year-olds" is an age, not a toll', () => {
  const claims = claimsOf('Police Seek Shooter in Slayings of 14- and 18-Year-Olds');
  assert.equal(byValue(claims, 14)?.measure.value, 'age');
});

test('a jail, a hospital or a court told after a figure is no place of the event', async () => {
  const { isHoldingPlace } = await import('./claims-context.js');
  const s = 'Police arrested two men, who were booked into the Montgomery County Jail on murder charges.';
  assert.ok(isHoldingPlace(s, s.indexOf('Montgomery'), 'Montgomery County Jail'));
  const h = 'Three people were killed and the wounded were taken to UF Health Jacksonville.';
  assert.ok(isHoldingPlace(h, h.indexOf('UF Health'), 'UF Health Jacksonville'));
  const t = 'Two men were shot and taken to a hospital in Tacoma.';
  assert.ok(isHoldingPlace(t, t.indexOf('Tacoma'), 'Tacoma'));
  const e = 'Two men were shot in Tacoma on Sunday night.';
  assert.ok(!isHoldingPlace(e, e.indexOf('Tacoma'), 'Tacoma'));
});

test('figures of an earlier event the story is told against ("came five years after ... wounded more than 30") are background', () => {
  const claims = claimsOf('A soldier opened fire at the base on Wednesday, killing three people and wounding 16 others.\n\nThe shooting came nearly five years after an Army psychiatrist killed 13 people and wounded more than 30 in a rampage at the same post.', '2014-04-03');
  assert.equal(byValue(claims, 16)?.scope.value, 'event');
  assert.equal(byValue(claims, 30)?.scope.value, 'background');
  assert.equal(byValue(claims, 30)?.scope.rule, 'scope/years-after-earlier-event');
  assert.equal(byValue(claims, 13)?.scope.value, 'background');
  // A term served is no time between two events.
  assert.equal(byValue(claimsOf('He was sentenced to 25 years after pleading guilty to killing two people, the judge said.', '2014-04-03'), 2)?.scope.value, 'event');
  // A sentence opened by the phrase is most often a later telling of the story's own event.
  assert.equal(byValue(claimsOf('Two years after three people were shot dead outside a sports bar, a man has been charged in the killings.', '2014-04-03'), 3)?.scope.value, 'event');
});

test('a block read with its number is an address, a bare bore is the gun the article names, and template leftovers are chrome', () => {
  const text = 'A man was shot in the 2300-block of East 71st Street. The owner was securing his 9mm handgun when it fired. '
    + 'Police will examine the 9 mm involved.\n\n(Published Sunday, ${__output} 8, 2015)\n\n( Sun Mar 08 20:35:45 PDT 2015 $__output )\n\nTwo people were hurt.';
  const claims = analyzeArticle({ id: 'a', text, published: '2015-03-08', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  assert.ok(!claims.some((c) => c.value === 2300), claims.map((c) => `${c.measure.value} ${c.value}`).join('; '));
  const nine = claims.filter((c) => c.value === 9);
  assert.ok(nine.length >= 2 && nine.every((c) => c.measure.value === 'other:calibre'), nine.map((c) => `${c.measure.value} ${c.value}`).join('; '));
  assert.ok(!claims.some((c) => c.value === undefined && /__output/.test(text.slice(c.sentence[0], c.sentence[1]))), 'no event from a template leftover');
  assert.equal(byValue(claims, 2)?.measure.value, 'injured');
  // A distance in millimetres where no gun is named stays a distance.
  const rain = analyzeArticle({ id: 'b', text: 'The storm left 9 mm of rain in the city.', published: '2015-03-08', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  assert.ok(!rain.some((c) => c.measure.value === 'other:calibre'));
  // A bore told as the gun's own name ("the man with the 9mm"), in a story of gunfire, where no gun of that bore is named.
  const named = analyzeArticle({ id: 'c', text: 'A girl was shot on Saturday.\n\nThe man with the 9mm appeared to be a family friend, according to neighbors.', published: '2016-04-17', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  assert.equal(byValue(named, 9)?.measure.value, 'other:calibre');
  const layer = analyzeArticle({ id: 'd', text: 'The rain left a 9 mm layer of water on the road.', published: '2016-04-17', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  assert.equal(byValue(layer, 9)?.measure.value, 'distance');
});

test('a figure takes the speaker whose cue stands in its own sentence before one whose quotation runs over it', () => {
  const text = 'At a meeting with union leaders, he asked, "What is going on in Riverton?""Last year in Riverton, 300 people were shot. '
    + 'Nearly 70 more have been shot since January. I ask, \'What is going on in Riverton?\' What is going on? There is no excuse for it," '
    + 'Smith said Tuesday.The two latest killings happened just after 11 p.m. Thursday. Someone in a black car shot a 27-year-old man and '
    + 'a woman inside a van on Main Street, police said."I heard three shots."';
  const claims = analyzeArticle({ id: 'a', text, published: '2017-03-30', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  const age = byValue(claims, 27);
  assert.ok(age, claims.map((c) => `${c.measure.value} ${c.value}`).join('; '));
  assert.equal(age.origin.value, 'police');
});

test('a body line written wholly in capitals states nothing; the same words in the body do', () => {
  const text = 'Sheriff says girl, 6, hurt\n\nThe sheriff spoke on Monday.\n\nWE NOW KNOW THE NAMES OF THOSE INVOLVED IN YESTERDAY\'S SHOOTING WHERE TWO PEOPLE WERE KILLED\n\nOn Monday the sheriff said three people were hurt.';
  const claims = analyzeArticle({ id: 'a', text, published: '2015-01-03', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  assert.ok(!claims.some((c) => /NAMES OF THOSE/.test(text.slice(c.sentence[0], c.sentence[1]))), claims.map((c) => text.slice(c.sentence[0], c.sentence[1])).join(' | '));
  assert.equal(byValue(claims, 3)?.measure.value, 'injured');
  // Nor does it date an event when it opens the text, where a headline's figures are still read.
  const opening = analyzeArticle({ id: 'b', text: "WE NOW KNOW THE NAMES OF THOSE INVOLVED IN YESTERDAY'S\n\nThe sheriff said three people were hurt.", published: '2015-01-03', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  assert.ok(!opening.some((c) => c.value === undefined && c.sentence[0] === 0), opening.map((c) => c.measure.rule).join('; '));
  // A transcript's capitals after a speaker's label, an ordinal's suffix in them, are shouted too.
  const labelled = 'A man was charged on Monday.\n\nWill: BRYSON IS DUE BACK IN COURT SEPTEMBER 22nd FOR THE WEAPONS CHARGE.\n\nCarmen: NEW DETAILS IN THE SHOOTING DEATH OF A 33-YEAR-OLD.';
  const shouted = analyzeArticle({ id: 'c', text: labelled, published: '2015-09-08', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  assert.ok(!shouted.some((c) => /BRYSON|DETAILS/.test(labelled.slice(c.sentence[0], c.sentence[1]))), shouted.map((c) => labelled.slice(c.sentence[0], c.sentence[1])).join(' | '));
});

test('".380" and ".38" are two bores, each as written', () => {
  const text = 'Police recovered a .380-caliber semi-automatic pistol and a .38 caliber revolver from the car.';
  const claims = analyzeArticle({ id: 'a', text, published: '2017-01-05', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  const bores = claims.filter((c) => c.measure.value === 'other:calibre').map((c) => c.value);
  assert.deepEqual(bores, [380, 38], claims.map((c) => `${c.measure.value} ${c.value}`).join('; '));
});

test('a bore in inches is one figure with or without its point; a number before a bore counts the rounds', () => {
  const text = 'Officers found a .38-caliber handgun, 46 9-mm bullets and 13 38-caliber bullets. He also had a 9mm pistol.';
  const claims = analyzeArticle({ id: 'a', text, published: '2017-01-05', outlet: 'Daily Test' }, { attributionModel: model }).claims;
  const say = claims.map((c) => `${c.measure.value} ${c.subject.value} ${c.value}`).join('; ');
  const bores = claims.filter((c) => c.measure.value === 'other:calibre').map((c) => c.value).sort();
  // The rounds' own bore ("9-mm") is told too.
  assert.deepEqual(bores, [38, 38, 9, 9], say);
  assert.equal(byValue(claims, 46)?.subject.value, 'bullets', say);
  assert.equal(byValue(claims, 13)?.subject.value, 'bullets', say);
});

test('the number a named person turned is the person\'s age; an age still to come is not told as now', () => {
  const claims = claimsOf('The crowd sang to trainer Emanuel Steward, who turned 68 on Saturday. The index turned 3 lower. Teixeira, who turns 29 in April, signed. Smith will be 40 on June 2.', '2008-12-15');
  const ages = claims.filter((c) => c.measure.value === 'age').map((c) => [c.subject.value, c.value, c.time.value]);
  // The age to come holds from the next such date after publication, never now.
  assert.deepEqual(ages, [['Emanuel Steward', 68, '2008-12-13'], ['Teixeira', 29, '2009-04'], ['Smith', 40, '2009-06-02']]);
  assert.equal(byValue(claims, 29)?.scope.rule, 'scope/age-to-come');
  // "The team will be 10 in the standings": "will be" and a number with no month after it tell no age.
  assert.deepEqual(claimsOf('The team will be 10 in the standings.').filter((c) => c.measure.value === 'age'), []);
});

test('"a crowd of 22,000" counts the crowd', () => {
  const got = claimsOf('After the fight, Klitschko led the crowd of 22,000 in singing. The attendance of 51,000 was a record.').map((c) => [c.subject.value, c.value]);
  assert.deepEqual(got, [['crowd', 22000], ['attendance', 51000]]);
});

test('a player\'s statistic of this year is the running total now; a draft year names the player, not the figure\'s time', () => {
  const c = claimsOf('Bush will miss the rest of the season. The 2006 second-overall pick played in just 10 games this year, rushing for 404 yards and two touchdowns.', '2008-12-17');
  assert.equal(byValue(c, 10)?.scope.value, 'event');
  assert.equal(byValue(c, 404)?.scope.value, 'event');
  assert.equal(byValue(c, 404)?.scope.rule, 'scope/statistic-this-season');
  // A year of its own near the figure still sets it in the past.
  const earlier = claimsOf('Bush will miss the rest of the season. In 2006 he played in just 10 games, rushing for 404 yards.', '2008-12-17');
  assert.equal(byValue(earlier, 404)?.scope.value, 'background');
  // A toll "so far this year" stays a round-up of many events.
  const toll = claimsOf('Police said 629 people have been killed in shootings so far this year.', '2008-12-17');
  assert.equal(byValue(toll, 629)?.scope.value, 'background');
});

test('a line of statistics with no period of its own, after a sentence naming an earlier season, is of that season', () => {
  const text = 'Thomas came into 2010 as the leading returning rusher from the Super Bowl season. He had 793 yards and six touchdowns on 147 carries. But he missed 10 games this season and had only 269 yards on 83 carries.';
  const c = claimsOf(text, '2011-01-05');
  assert.equal(byValue(c, 793)?.scope.value, 'background');
  assert.equal(byValue(c, 793)?.scope.rule, 'scope/statistic-of-season-before');
  assert.equal(byValue(c, 147)?.scope.value, 'background');
  assert.equal(byValue(c, 269)?.scope.value, 'event');
  // The year of publication is no earlier season.
  assert.equal(byValue(claimsOf(text, '2010-12-05'), 793)?.scope.value, 'event');
  // A line before goes on in its own period: "He also had 440 yards" is of the season the sentence before sets.
  const line = claimsOf('Through 14 games in the 2008 season, Bush had 404 yards on 106 carries. He also had 440 yards and four touchdowns receiving.', '2009-01-05');
  assert.notEqual(byValue(line, 440)?.scope.rule, 'scope/statistic-of-season-before');
});

test('in an undated article, a statistic of the latest year it names is of its own season; an earlier year stays past', () => {
  const undated = (text: string) => analyzeArticle({ id: 'a', text, published: null, outlet: 'Daily Test' }, { attributionModel: model }).claims;
  const own = undated('Jackson enjoyed the best of his four NFL seasons in 2008 with 59 catches for 1,098 yards and seven touchdowns. He was drafted in 2005.');
  assert.equal(byValue(own, 1098)?.scope.value, 'event');
  assert.equal(byValue(own, 1098)?.scope.rule, 'scope/statistic-of-latest-season');
  const earlier = undated('Jackson had 59 catches for 1,098 yards in 2008. He was arrested in 2009 on suspicion of drunk driving.');
  assert.equal(byValue(earlier, 1098)?.scope.value, 'background');
  // Not a statistic: a toll of a year named stays with the year rule.
  const toll = undated('The quake killed 40 people in 2008.');
  assert.equal(byValue(toll, 40)?.scope.value, 'background');
});

test('an unattributed figure takes the speaker of the same value only when the measure is the same too', () => {
  const claims = claimsOf('Two teenagers have been charged with the fatal shooting of the boy in Englewood Friday evening. His mother had left, leaving the boy with his two brothers and an uncle, Davis said. Three people were killed in the attack, police said. Three people were killed at the home.');
  const charged = claims.find((c) => c.measure.value === 'charged' && c.value === 2);
  assert.ok(charged, JSON.stringify(claims.map((c) => `${c.measure.value} ${c.value} ${c.origin.value}`)));
  assert.equal(charged.origin.rule, 'origin/outlet-unattributed');
  const killed = claims.filter((c) => c.measure.value === 'killed' && c.value === 3);
  assert.ok(killed.length >= 2, JSON.stringify(claims.map((c) => `${c.measure.value} ${c.value} ${c.origin.value}`)));
  assert.ok(killed.every((c) => /police/i.test(c.origin.value)), JSON.stringify(killed.map((c) => `${c.origin.value} ${c.origin.rule}`)));
});

test('"set" plans only as "set to": "set off explosives" leaves a toll asserted', () => {
  const off = claimsOf('Gunmen opened fire and set off explosives in a crowded market on Friday, killing at least 40 people, the ministry said.');
  assert.equal(byValue(off, 40)?.modality.value, 'asserted');
  const plan = claimsOf('The government is set to send 2,000 soldiers to the region next week, the minister said.');
  assert.equal(byValue(plan, 2000)?.modality.value, 'planned');
});

test('an adverb of time between a speaker and the cue is no part of the origin ("The airline earlier said")', () => {
  const claims = claimsOf('Relatives gathered at the airport.\n\nThe airline earlier said 88 people were on board.');
  const c = byValue(claims, 88);
  assert.equal(c?.origin.value, 'airline');
});

test('the possessor of a count is its origin, and "according to" is no part of the name', () => {
  const c = byValue(claimsOf('The attack killed 61 people, according to the health ministry\'s latest count.'), 61);
  assert.equal(c?.origin.value, 'health ministry');
});

test('a semicolon ends a speaker\'s name', async () => {
  const { speakerName } = await import('./claims-context.js');
  const text = 'Three of the victims are children, according to police; a three-year-old and two ten-year-olds.';
  const from = text.indexOf('police');
  const cue = text.indexOf('according to');
  const a = { speaker: { text: text.slice(from, text.length - 1), span: [from, text.length - 1] as [number, number] }, cue: { text: 'according to', span: [cue, cue + 12] as [number, number] }, content: { text: text.slice(0, cue - 2), span: [0, cue - 2] as [number, number] }, direct: false, rule: 'test' };
  assert.equal(speakerName(a, [], text), 'police');
});

test('an age told in a list of names counts years, not the noun of the list', () => {
  const claims = claimsOf('Adams identified the couple\'s three children: Liana, 8; Mark, 5; and Willow, 2.');
  const ages = claims.filter((c) => c.measure.value === 'age');
  assert.ok(ages.length >= 2, JSON.stringify(claims.map((c) => [c.value, c.measure.value, c.unit])));
  for (const c of ages) assert.equal(c.unit, 'year of age');
});

test('"the ministry" stands for the body of that head the article named before it', () => {
  const claims = claimsOf('Seventy-one people were killed, the transport ministry said on Saturday.\n\nThe ministry said 17 people survived the crash.');
  assert.equal(byValue(claims, 17)?.origin.value, 'transport ministry');
  // With no body of that head named before, the bare head stays as told.
  assert.equal(byValue(claimsOf('The ministry said 17 people survived the crash.'), 17)?.origin.value, 'ministry');
});

test('"missing" as the verb to lack counts no one missing', () => {
  assert.notEqual(byValue(claimsOf('This means they will be missing two of their best players on Sunday.'), 2)?.measure.value, 'missing');
  assert.notEqual(byValue(claimsOf('The team is missing three starters for the final.'), 3)?.measure.value, 'missing');
  assert.equal(byValue(claimsOf('Rescuers said 12 people are still missing after the flood.'), 12)?.measure.value, 'missing');
  assert.equal(byValue(claimsOf('Two hikers were missing after the storm, police said.'), 2)?.measure.value, 'missing');
});

test('a parent "to" children counts children, and "death penalty" is no death toll', () => {
  assert.notEqual(byValue(claimsOf('The 35-year-old newlywed and father to two boys died almost immediately.'), 2)?.measure.value, 'killed');
  assert.notEqual(byValue(claimsOf('Prosecutors alleged three special circumstances that would make him eligible for the death penalty.'), 3)?.measure.value, 'killed');
  assert.equal(byValue(claimsOf('The attack caused three deaths, police said.'), 3)?.measure.value, 'killed');
});

test('people who fled a scene are not displaced; those who fled their homes are', () => {
  assert.notEqual(byValue(claimsOf('In the office she and about 12 coworkers had just fled, the chief executive lay dead.'), 12)?.measure.value, 'displaced');
  assert.equal(byValue(claimsOf('About 5,000 people fled their homes after the flood, officials said.'), 5000)?.measure.value, 'displaced');
  assert.equal(byValue(claimsOf('Some 3,000 villagers fled to neighbouring Chad, the agency said.'), 3000)?.measure.value, 'displaced');
  // Any form of fleeing a scene names one; "to flee" alone is still to leave home.
  assert.notEqual(byValue(claimsOf('Witnesses described seeing four people flee the scene after the shooting.'), 4)?.measure.value, 'displaced');
  assert.equal(byValue(claimsOf('About 3,000 people were forced to flee.'), 3000)?.measure.value, 'displaced');
  // In a story of gunfire, a crowd seen fleeing the area scattered from the shots.
  assert.notEqual(byValue(claimsOf('An officer near the club heard gunfire and reported seeing around 300 people flee the area.'), 300)?.measure.value, 'displaced');
  assert.equal(byValue(claimsOf('The flood forced about 3,000 people to flee the area.'), 3000)?.measure.value, 'displaced');
});

test('witnesses detained for questioning are no one arrested', () => {
  assert.notEqual(byValue(claimsOf('Patrol deputies detained as many as nine potential witnesses to learn details of the shooting.'), 9)?.measure.value, 'arrested');
  assert.equal(byValue(claimsOf('Deputies detained nine suspects after the shooting, police said.'), 9)?.measure.value, 'arrested');
});

test('people counted before a casualty verb with an object did the deed; they are not its victims', () => {
  assert.notEqual(byValue(claimsOf('Protests grew after two plainclothes officers fatally shot 16-year-old Kimani Gray on Saturday.'), 2)?.measure.value, 'killed');
  assert.notEqual(byValue(claimsOf('Police said three men shot a store clerk on Monday.'), 3)?.measure.value, 'shot');
  assert.notEqual(byValue(claimsOf('Two officers shot and killed a 16-year-old on Saturday, police said.'), 2)?.measure.value, 'shot');
  assert.equal(byValue(claimsOf('Two people were fatally shot the night before, police said.'), 2)?.measure.value, 'killed');
  assert.equal(byValue(claimsOf('Five people were killed in the blast, police said.'), 5)?.measure.value, 'killed');
  // A person named after the verb is its object; a day after it is not.
  assert.notEqual(byValue(claimsOf('Prosecutors claim the four suspects killed Vergen and Sanchez in relation to gang activity.'), 4)?.measure.value, 'killed');
  assert.equal(byValue(claimsOf('Police said two men killed Sunday in a shooting were identified.'), 2)?.measure.value, 'killed');
});

test('"nabbed" and "apprehending" people are arrests', () => {
  assert.equal(byValue(claimsOf('The warship repulsed an attack and nabbed 23 Somali and Yemeni sea brigands on Saturday.'), 23)?.measure.value, 'arrested');
  assert.equal(byValue(claimsOf('The navy thwarted an attack, apprehending 26 Somali pirates and confiscating arms.'), 26)?.measure.value, 'arrested');
});

test('people met "with" after a casualty cue are not its victims; co-victims "along with" are', () => {
  assert.notEqual(byValue(claimsOf('Many contest police claims about the night he was shot during a confrontation with two plainclothes officers.'), 2)?.measure.value, 'shot');
  assert.equal(byValue(claimsOf('The driver was killed along with two others, police said.'), 2)?.measure.value, 'killed');
});

test('what the story\'s event "came weeks after" is an earlier event: background; a day after is the story\'s own', () => {
  const claims = claimsOf("Thursday's shooting came just weeks after a driver fatally shot eight people at a beer distributor.");
  assert.equal(byValue(claims, 8)?.scope.value, 'background');
  const raid = claimsOf('The raid comes little over a month after a masked bandit made off with $136 million worth of diamonds.');
  assert.equal(byValue(raid, 136_000_000)?.scope.value, 'background');
  assert.equal(byValue(claimsOf('Police said the gunman shot eight people on Thursday.'), 8)?.scope.value, 'event');
  // A day before is the story's own week: "his death came a day after another climber fell 200 feet".
  assert.equal(byValue(claimsOf('His death came a day after another climber fell about 200 feet from a ridge in the park.'), 200)?.scope.value, 'event');
});

test('a relative clause between commas sets no time of a figure outside it: its month or year is of the noun it follows', () => {
  const claims = claimsOf('Doyle, who was coming off a knockout of Reyes in January, landed 178 punches on Saturday night.', '2024-05-12');
  assert.equal(byValue(claims, 178)?.scope.value, 'event');
  // The same month in the figure's own clause still sets it in the past.
  const past = claimsOf('Doyle landed 178 punches in January against Reyes, who was unbeaten.', '2024-05-12');
  assert.equal(byValue(past, 178)?.scope.value, 'background');
});

test('a relative clause after a comma is the figure\'s own clause: a plan of the main clause plans nothing of it', () => {
  const claims = claimsOf('The coach will now rely on Mike Bell, who has had only six carries this season.');
  assert.equal(byValue(claims, 6)?.modality.value, 'asserted');
  // A plan in the figure's own clause still plans it.
  const planned = claimsOf('The coach will give Mike Bell six carries on Sunday.');
  assert.equal(byValue(planned, 6)?.modality.value, 'planned');
});

test('people "struck" or "hit" in a story of gunfire are people shot; struck by a car or with no gunfire they are not', () => {
  const shot = claimsOf('A gunman opened fire outside a diner on Friday, police said.\n\nTwo people were killed. Three other people were also struck and taken to a hospital.');
  assert.equal(byValue(shot, 3)?.measure.value, 'shot');
  assert.equal(byValue(shot, 3)?.measure.rule, 'measure/struck-in-gunfire');
  assert.equal(byValue(claimsOf('A gunman opened fire outside a diner on Friday. Four people were hit, police said.'), 4)?.measure.value, 'shot');
  // A vehicle strikes people in a story of gunfire too; no gunfire, no one shot.
  assert.notEqual(byValue(claimsOf('The gunman fled in a car. Two pedestrians were struck by a car on the way, police said.'), 2)?.measure.value, 'shot');
  assert.notEqual(byValue(claimsOf('A storm swept the county on Friday. Three hikers were struck as the tree fell.'), 3)?.measure.value, 'shot');
});

test('people a gunman\'s shots were "hitting" or "striking" in a story of gunfire are people shot; a driver hitting people shoots no one', () => {
  const shot = claimsOf('The shooting happened outside a bar. The suspect fired about 20 rounds from a rifle, hitting five people, police said.');
  assert.equal(byValue(shot, 5)?.measure.value, 'shot');
  assert.notEqual(byValue(claimsOf('The crash closed the avenue. The driver lost control, hitting three people on the sidewalk.'), 3)?.measure.value, 'shot');
});

test('a relative clause of being struck tells who a count is, not its verb: "Four men who were hit were taken to a hospital"', () => {
  assert.notEqual(byValue(claimsOf('A gunman opened fire outside a club, striking five people. Four men who were hit were taken to a hospital.'), 4)?.measure.value, 'shot');
});

test('people shot "in a five-hour span" are a round-up of a night\'s shootings; "in a span of seconds" is one shooting', () => {
  assert.equal(byValue(claimsOf('It was a violent night as eight people were shot in a five-hour span, including one fatal shooting.'), 8)?.scope.value, 'background');
  assert.equal(byValue(claimsOf('Eight people were shot in a span of seconds outside the club on Saturday.'), 8)?.scope.value, 'event');
});

test('a part told after a bound ("more than 200,000 of the letters") or with "of which" is a part, counted as its whole is', () => {
  const bound = claimsOf('Officials said that more than 200,000 of the letters opposed the plan.');
  assert.equal(byValue(bound, 200000)?.subject.rule, 'subject/partitive-part');
  const which = claimsOf('The agency received nearly 90,000 letters on the plan, at least 70,000 of which were form letters.');
  assert.equal(byValue(which, 70000)?.subject.rule, 'subject/partitive-part');
  assert.equal(byValue(which, 70000)?.measure.value, byValue(which, 90000)?.measure.value);
  assert.notEqual(byValue(which, 90000)?.subject.rule, 'subject/partitive-part');
});

test('an event named by another month ("the January incident") is an earlier event: its figures are background', () => {
  const c = claimsOf('The operator said the January incident brought down 70 percent of the network in the region.', '2024-12-20');
  assert.equal(byValue(c, 70)?.scope.value, 'background');
  // The story's own month names the story's event.
  const own = claimsOf('The operator said the December incident brought down 70 percent of the network in the region.', '2024-12-20');
  assert.equal(byValue(own, 70)?.scope.value, 'event');
});

test('people told as the ones who shot are no count of people shot; "aged between 20 and 37" is an age range', () => {
  const shooters = claimsOf('Police believe the two men who shot up a busy street are from out of town.').filter((c) => c.value === 2);
  assert.ok(shooters.every((c) => c.measure.value !== 'shot'), shooters.map((c) => c.measure.value).join());
  assert.equal(claimsOf('Three people who were shot were taken to hospital.').find((c) => c.value === 3)?.measure.value, 'shot');
  const range = claimsOf('Ten victims aged between 20 and 37 were shot on Sunday.').find((c) => Array.isArray(c.value));
  assert.equal(range?.measure.value, 'age');
});

test('a plan read as the speaker\'s cue, or told right after the counted noun, is planned', () => {
  const cue = claimsOf('Officials plan to deploy 500 troops to the border, the ministry said.');
  assert.equal(byValue(cue, 500)?.modality.value, 'planned');
  const arrest = claimsOf('Police plan to arrest the two suspects on Monday.');
  assert.equal(byValue(arrest, 2)?.modality.value, 'planned');
  const after = claimsOf('The minister said 500 troops will be sent to the region.');
  assert.equal(byValue(after, 500)?.modality.value, 'planned');
  const expected = claimsOf('About 2,000 more soldiers are expected to arrive next week.');
  assert.equal(byValue(expected, 2000)?.modality.value, 'planned');
  // What happened stays asserted, whatever is planned later in the sentence.
  const done = claimsOf('Police said they arrested 15 people over the weekend.');
  assert.equal(byValue(done, 15)?.modality.value, 'asserted');
  const said = claimsOf('Officials said 500 troops were sent to the border.');
  assert.equal(byValue(said, 500)?.modality.value, 'asserted');
});

test('a toll told "in another ... shooting", its place or kind named between, is of another event', () => {
  const named = claimsOf('Five people were shot at a bus stop on Tuesday. A pregnant woman was among three people wounded in another Chicago Lawn shooting about 12:45 p.m.');
  assert.equal(byValue(named, 3)?.scope.value, 'background');
  assert.equal(byValue(named, 5)?.scope.value, 'event');
  const kind = claimsOf('In a separate drive-by shooting, two men were wounded on the West Side.');
  assert.equal(byValue(kind, 2)?.scope.value, 'background');
  // Another shooting named only as the story's own ("the shooting") leaves the toll the event's.
  const own = claimsOf('Three people were wounded in the shooting near the park.');
  assert.equal(byValue(own, 3)?.scope.value, 'event');
});

test('"fatally shot six people", "mortally wounded two men": the word before the verb makes the count killed', () => {
  assert.equal(byValue(claimsOf('The gunman set fire to his apartment and fatally shot six people in and around his building.'), 6)?.measure.value, 'killed');
  assert.equal(byValue(claimsOf('The gunman mortally wounded two men outside the store.'), 2)?.measure.value, 'killed');
  assert.equal(byValue(claimsOf('The gunman shot six people in and around his building.'), 6)?.measure.value, 'shot');
});

test('arrests told as "N more" are added to those told before, never a count of all arrested', () => {
  const arrested = (text: string) => claimsOf(text).filter((c) => c.measure.value === 'arrested').map((c) => c.value);
  assert.deepEqual(arrested('Police say two more men were also arrested today on charges stemming from the shooting.'), []);
  assert.deepEqual(arrested('Police say two men were arrested today on charges stemming from the shooting.'), [2]);
});

test('a person\'s record counted ("two felonies on his arrest record", "three prior arrests") is no arrest of the story', () => {
  const arrested = (text: string) => claimsOf(text).filter((c) => c.measure.value === 'arrested').map((c) => c.value);
  assert.deepEqual(arrested('The suspect, a 20-year-old man, had two felonies on his arrest record, police said.'), []);
  assert.deepEqual(arrested('He had three prior arrests for robbery, police said.'), []);
  assert.deepEqual(arrested('Police arrested two men on Sunday.'), [2]);
});

test('a word of the event after a figure, with a determiner before it, is no verb of the figure: people present are not shot', () => {
  const [adults] = claimsOf('Four adults were also inside the home at the time of the shooting.').filter((c) => c.value === 4);
  assert.equal(adults?.measure.value.startsWith('other:'), true);
  assert.notEqual(adults?.predicate.value, 'shoot');
  assert.equal(claimsOf('Police found three people shot in the home.').find((c) => c.value === 3)?.measure.value, 'shot');
});

test('a verb after a subordinating conjunction ("before shots were fired") is its own clause\'s, no verb of the figure', () => {
  const [three] = claimsOf('Police say at least three of the four victims had been inside the hall before shots were fired.').filter((c) => c.value === 3);
  assert.notEqual(three?.predicate.value, 'fire');
  assert.equal(claimsOf('Police say three of the four victims were wounded before shots were fired again.').find((c) => c.value === 3)?.predicate.value, 'wound');
  // A participle after the conjunction goes on with the figure's subject.
  assert.equal(claimsOf('The governor said five people had received treatment after being injured by the quake.').find((c) => c.value === 5)?.measure.value, 'injured');
});

test('the size of a place or body ("a school of roughly 275", "a town of 5,000") counts no one harmed', () => {
  assert.equal(measureOf('Students at the high school of roughly 275 were told of the boy\'s death at an assembly.', 275)?.startsWith('other:'), true);
  assert.equal(measureOf('A town of 5,000 mourned the victims killed in the crash.', 5000)?.startsWith('other:'), true);
  assert.equal(measureOf('Greenwood lost 3 people killed in the blast.', 3), 'killed');
});

test('people found with gunshot wounds are counted shot, also when something else was found with them', () => {
  assert.equal(measureOf('Officers found a bullet-ridden car and four women suffering from gunshot wounds.', 4), 'shot');
  assert.equal(measureOf('Deputies found three victims with gunshot wounds.', 3), 'shot');
});

test('people found with wounds beside others found dead are the hurt, not all the shot', () => {
  assert.equal(measureOf('There they found five people dead and two others with gunshot wounds to the head.', 2), 'injured');
});

test('the victims whose identities or names were released are no count of the dead', () => {
  assert.notEqual(measureOf('The identities of three victims killed by the gunman were released on Saturday.', 3), 'killed');
  assert.equal(measureOf('Three victims were killed by the gunman on Friday.', 3), 'killed');
});

test('what the story\'s event came hours or days before is a later event: its toll is background', () => {
  const tolls = claimsOf('The shooting came hours before three police officers were shot dead in Baton Rouge.').filter((c) => c.measure.value === 'killed');
  assert.ok(tolls.length > 0 && tolls.every((c) => c.scope.value === 'background'), JSON.stringify(tolls.map((c) => [c.value, c.scope.value])));
  assert.equal(claimsOf('Three police officers were shot dead in Baton Rouge on Sunday.').find((c) => c.measure.value === 'killed')?.scope.value, 'event');
});

test('an age told before a friend or a cousin is the friend\'s or the cousin\'s', () => {
  const ageOf = (text: string, v: number) => claimsOf(text).find((c) => c.measure.value === 'age' && c.value === v)?.subject.value;
  assert.equal(ageOf('The victim told police he was with his 16-year-old friend at the time.', 16), 'friend');
  assert.equal(ageOf('His 12-year-old cousin, Jamal, was also hurt.', 12), 'Jamal');
});

test('another player\'s deal, named in passing in an article about one player\'s contract, is background', () => {
  const text = 'Mark Teixeira is weighing offers. Teixeira wants eight years. The Angels offered Teixeira $160 million over eight years.\n\nThe Phillies signed Raul Ibanez to a three-year, $31.5 million contract on Friday.';
  const claims = claimsOf(text);
  assert.equal(claims.find((c) => c.measure.value === 'money' && c.value === 31.5e6)?.scope.value, 'background');
  assert.equal(claims.find((c) => c.measure.value === 'money' && c.value === 160e6)?.scope.value, 'event');
});

test('a figure told only as a report that someone said was not true is denied', () => {
  const [arrested] = claimsOf('When reports circulated that three men had been arrested, police immediately said it was not true.').filter((c) => c.measure.value === 'arrested');
  assert.equal(arrested?.modality.value, 'denied');
  assert.equal(claimsOf('Police said three men had been arrested on Tuesday.').find((c) => c.measure.value === 'arrested')?.modality.value, 'asserted');
});

test('the times one victim was shot are that victim\'s: two victims\' wounds are never one group', () => {
  const subjectOf = (text: string) => claimsOf(text).find((c) => c.value !== undefined && c.unit === 'times')?.subject.value;
  assert.equal(subjectOf('His uncle said McNeal was shot four times.'), 'times McNeal was shot');
  assert.equal(subjectOf('Her sister said the teen was shot five times.'), 'times the teen was shot');
  assert.notEqual(subjectOf('His uncle said McNeal was shot four times.'), subjectOf('Her sister said the teen was shot five times.'));
});

test('a police department\'s or sheriff\'s office\'s initials are no place of a figure', () => {
  const shot = claimsOf('While initial reports indicated six men had been shot, CCSO officials were able to discover a seventh victim.').find((c) => c.value === 6);
  assert.equal(shot?.place.value, null);
});

test('a first or a best "since" a year, told after the figure, sets no earlier time; a tally of those years does', () => {
  const c = claimsOf('Young had 34 points and 11 assists as the Hawks clinched their first playoff spot since 2017.', '2025-03-02');
  assert.equal(byValue(c, 34)?.scope.value, 'event');
  assert.equal(byValue(c, 11)?.scope.value, 'event');
  assert.equal(byValue(claimsOf('The gang carried out 300 similar robberies across the world since 1999.', '2025-03-02'), 300)?.scope.value, 'background');
});

test('times of one act are keyed by the act and the one named who underwent it: "sued three times" and "arrested three times" never pool', () => {
  const c = claimsOf('In 2009 and 2010, Mourad was sued three times. Gray had been arrested three times since October.', '2012-10-20');
  assert.deepEqual(c.filter((x) => x.value === 3).map((x) => x.subject.value), ['times Mourad was sued', 'times Gray was arrested']);
  // With no one named, the act alone.
  assert.deepEqual(claimsOf('The store was robbed three times last year.', '2012-10-20').filter((x) => x.value === 3).map((x) => x.subject.value), ['times robbed']);
});

test('"He was 88." after a sentence naming a person is that person\'s age; "died Tuesday at 88" is an age too', () => {
  const c = claimsOf('Harold Pike, a former senator, died Tuesday at his home in Columbus. He was 88.', '2024-06-12');
  assert.equal(byValue(c, 88)?.measure.value, 'age');
  assert.equal(byValue(c, 88)?.subject.value, 'Harold Pike');
  // Titles before the name that opens the sentence are no part of the person.
  assert.equal(byValue(claimsOf('Former Senator Harold Pike died Tuesday at his home in Columbus. He was 88.', '2024-06-12'), 88)?.subject.value, 'Harold Pike');
  assert.equal(byValue(claimsOf('Ellen Ray died Tuesday at 91.', '2024-06-12'), 91)?.measure.value, 'age');
  // A height or a score told with "was" is no age.
  assert.notEqual(byValue(claimsOf('He was 12 points behind.', '2024-06-12'), 12)?.measure.value, 'age');
});

test('a bare figure a measured noun was is that noun\'s; a blood-alcohol reading is a percentage; no age is carried to it', () => {
  const c = claimsOf('Cole, 34, was arrested in March. Her blood alcohol level was 0.14, nearly twice the legal limit of 0.08. A second test gave 0.15 percent blood alcohol.', '2025-05-20');
  assert.equal(byValue(c, 0.14)?.subject.value, 'blood-alcohol level');
  assert.equal(byValue(c, 0.14)?.unit, 'percent');
  assert.ok(c.every((x) => x.value === 34 || x.unit !== 'year of age'), c.map((x) => `${x.subject.value} ${x.value} ${x.unit}`).join('; '));
  assert.equal(byValue(claimsOf('The turnout was 60 percent.', '2025-05-20'), 60)?.subject.value, 'turnout');
  // "The victim was 25." is the victim's age.
  assert.equal(byValue(claimsOf('Police found the car on Elm Street. The victim was 25.', '2025-05-20'), 25)?.measure.value, 'age');
});

test('a nickname in quote marks is no part of the name an age is told of', () => {
  const c = claimsOf('Vincent "The Hammer" Galli, the former head of the Brancato crime family, died Wednesday at a prison hospital, officials said. He was 86.', '2025-08-14');
  assert.equal(byValue(c, 86)?.subject.value, 'Vincent Galli');
});

test('a first "since" a season in the sentence before sets no earlier season on the statistics after it', () => {
  const c = claimsOf('The Broncos are headed to the postseason for the first time since the 2015 season. Bo Nix passed for 284 yards and three scores as Denver beat Las Vegas 27-20 on Sunday.', '2025-12-29');
  assert.equal(byValue(c, 284)?.scope.value, 'event');
});

test('"in franchise history" marks a record of the event, no background; a count of people harmed carries no unit of a figure before', () => {
  const c = claimsOf('Young became the youngest player in franchise history to reach 5,000 career points. It was the deadliest attack in years, killing 12.', '2025-03-02');
  assert.equal(byValue(c, 5000)?.scope.value, 'event');
  assert.equal(byValue(c, 12)?.measure.value, 'killed');
  assert.notEqual(byValue(c, 12)?.unit, 'career points');  // A noun of people told before is still what "73 of" counts.
  assert.equal(byValue(claimsOf('Since then there have been 130 shooters. Of the shooters, only three were female and 73 of died at the scene.', '2025-03-02'), 73)?.unit, 'shooters');
});

test('a body\'s founding year in an aside names it and sets no figure in the past', () => {
  assert.equal(byValue(claimsOf('DataPeak, founded in 2009, has about 1,200 employees in three countries.', '2025-06-10'), 1200)?.scope.value, 'event');
  // A year of the figure's own clause still does.
  assert.equal(byValue(claimsOf('DataPeak had about 900 employees in 2019.', '2025-06-10'), 900)?.scope.value, 'background');
});

test('the day of a value a count moved from is not carried to the sentences after it', () => {
  const claims = claimsOf('The fire has destroyed 60 homes, officials said, up from 40 homes reported Wednesday. About 4,500 residents remain under evacuation orders.', '2025-08-15');
  assert.equal(byValue(claims, 40)?.time.value, '2025-08-13');
  assert.equal(byValue(claims, 4500)?.time.value, '2025-08-15');
});

test('people forced to flee are displaced, and a wire dateline leaves its sentence\'s figures standing', () => {
  assert.equal(measureOf('A wildfire destroyed 40 homes and forced about 3,000 people to flee on Wednesday.', 3000), 'displaced');
  assert.equal(measureOf('SAN JOSE, Calif. (Reuters) - Orion said on Monday it would buy DataPeak for about $2.4 billion.', 2400000000), 'money');
});

test('a year in the possessive names its own figure only', () => {
  const claims = claimsOf("Turnout was 63 percent, the secretary of state said, slightly below 2018's 64 percent.", '2025-11-06');
  assert.equal(byValue(claims, 63)?.scope.value, 'event');
  assert.equal(byValue(claims, 64)?.scope.value, 'background');
});

test('the ages of a count\'s people told in an aside leave the count its verb; a count a verb of reckoning puts "at" a number is no age', () => {
  const children = claimsOf('Two children, 11 and 14, were wounded in the shooting, police said.');
  assert.equal(byValue(children, 2)?.measure.value, 'injured');
  assert.equal(byValue(children, 11)?.measure.value, 'age');
  assert.equal(byValue(children, 14)?.measure.value, 'age');
  const teens = claimsOf('Three teens, 15, 16 and 17, were arrested Monday.');
  assert.equal(byValue(teens, 3)?.measure.value, 'arrested');
  assert.equal(byValue(teens, 17)?.measure.value, 'age');
  const toll = claimsOf('The number of dead was initially put at 30, but officials later said 24 people died.');
  assert.equal(byValue(toll, 30)?.measure.value, 'killed');
  assert.equal(byValue(toll, 30)?.time.value, null, 'the first figure is an earlier value');
  assert.equal(byValue(claimsOf('Smith died Thursday at 91, his family said.'), 91)?.measure.value, 'age');
});

test('a first-person negation of a stance is no denial: "we are not taking any chances"', () => {
  for (const text of ['"We are not taking any chances," the fire chief said on Monday.', '"We\'re not taking sides," the mayor said Friday.']) {
    for (const c of claimsOf(text)) assert.notEqual(c.modality.value, 'denied', text);
  }
  assert.ok(claimsOf('"We are not sending troops," the minister said on Monday.').some((c) => c.modality.value === 'denied'));
});

test('a figure taken back later in its sentence is denied; one confirmed is not', () => {
  const back = byValue(claimsOf('Early reports said one person had died in the shooting, but that proved to be incorrect, Palm Beach County Fire Rescue said.'), 1);
  assert.equal(back?.modality.value, 'denied');
  assert.equal(back?.modality.rule, 'modality/taken-back');
  const kept = byValue(claimsOf('Early reports said one person had died in the shooting, and that proved to be true, the sheriff said.'), 1);
  assert.notEqual(kept?.modality.value, 'denied');
});

test('a sentence opened as another case tells its figures of that case', () => {
  const other = claimsOf('In a separate case filed in Rock County Circuit Court, a 16-year-old was charged with the theft of 17 firearms from a home.');
  assert.ok(other.length > 0 && other.every((c) => c.scope.value === 'background' && c.scope.rule === 'scope/another-event'));
  const own = claimsOf('In the case filed in Rock County Circuit Court, a 16-year-old was charged with the theft of 17 firearms from a home.');
  assert.ok(own.some((c) => c.value === 17 && c.scope.value === 'event'));
});

test('an age told as the age at death is of the person the sentence opens with', () => {
  const age = claimsOf('Esther Williams, who starred in 26 films, died in her sleep at 91.').find((c) => c.measure.value === 'age');
  assert.equal(age?.subject.value, 'Esther Williams');
  assert.equal(age?.value, 91);
  // A relation opening the sentence: the age is the relation's, not that of the person the figure before was of.
  const kin = claimsOf('Vince Galli, 74, died on Tuesday. His brother Joseph died in 1999 at age 62.').find((c) => c.value === 62);
  assert.equal(kin?.subject.value, 'Joseph');
});

test('an age told before a noun of a calling or a rank ("the 26-year-old actress") is of that person, not of "year of age"', () => {
  const age = claimsOf('The 26-year-old actress was ordered to serve 90 days in a locked facility.').find((c) => c.measure.value === 'age');
  assert.equal(age?.subject.value, 'actress');
});

test('people counted as still in hospital are hurt', () => {
  assert.equal(byValue(claimsOf('Three people remained in hospital on Sunday after the shooting.'), 3)?.measure.value, 'injured');
  assert.equal(byValue(claimsOf('Police said the two youngest victims remain in the hospital with minor wounds.'), 2)?.measure.value, 'injured');
});

test('a person\'s age told beside the name is the age now, whatever earlier time the sentence tells, not the age of one that earlier event harmed', () => {
  const scopeOf = (text: string, v: number) => byValue(claimsOf(text, '2008-12-13'), v)?.scope.value;
  assert.equal(scopeOf('Coach Dan Marsh, 52, was hired in 2005 to replace Lou Bell.', 52), 'event');
  assert.equal(scopeOf('Tom Reyes, 28, was traded to the Hawks in July.', 28), 'event');
  assert.equal(scopeOf('Alex Pavlos, 15, was killed by police in 1985.', 15), 'background');
  assert.equal(scopeOf('Police shot Tom Reid, 15, in the same district in 1985.', 15), 'background');
  assert.equal(scopeOf('Ray Kent, 23 at the time, was charged in 1999 with the robbery.', 23), 'background');
  // Harm told as done "to death", or by a dog or a hand: the age is of that earlier event.
  assert.equal(scopeOf('In May 2002, a 3-week-old girl was mauled by a dog at her home.', 3), 'background');
  assert.equal(scopeOf('In 1994, Ann Kell, 31, was beaten to death in her home.', 31), 'background');
});

test('the fraction of a mixed number is no part of the counted noun', () => {
  assert.equal(byValue(claimsOf('The fire burned 4 1/2 acres on Tuesday.'), 4.5)?.subject.value, 'acres');
});

test('pellets and slugs that hit someone are munitions, not people shot', () => {
  const claims = claimsOf('He accidentally shot the victim in the back with “more than one pellet.” Deputies found three slugs in the wall.');
  assert.deepEqual(claims.filter((c) => c.measure.value === 'shot').map((c) => `${c.value} ${c.unit}`), []);
  assert.equal(byValue(claims, 3)?.measure.value, 'other:munitions');
});

test('", two fatally" after a long place and time still tells the dead among those shot', () => {
  const claims = claimsOf('Three young children have been shot accidentally in the Houston area in the past four days, two fatally from self-inflicted gunshots.');
  assert.equal(byValue(claims, 2)?.measure.value, 'killed');
  assert.equal(byValue(claims, 3)?.measure.value, 'shot');
});

test('"shot himself and his two daughters will face charges": the count is of those shot, not of the charged', () => {
  const claims = claimsOf('A father who was clearing his gun and accidentally shot himself and his two daughters will face charges, according to the sheriff.');
  assert.equal(byValue(claims, 2)?.measure.value, 'shot');
  assert.equal(byValue(claims, 2)?.measure.rule, 'measure/verb-of-object-list');
});

test('"two men being sought in connection with a shooting that left a girl injured" counts no one hurt', () => {
  const claims = claimsOf('Police have identified two men being sought in connection with a shooting that left a 10-year-old girl injured in North Philadelphia.');
  assert.notEqual(byValue(claims, 2)?.measure.value, 'injured');
  assert.deepEqual(claims.filter((c) => c.measure.value === 'injured').map((c) => c.value), [1]);
});

test('"fired one shot and missed" counts no one shot; "one person was shot" does', () => {
  assert.notEqual(measureOf('Police said an officer fired one shot and missed, prompting Gaines to fire back.', 1), 'shot');
  assert.equal(measureOf('Two shots were fired into the home on Friday, police said.', 2), 'shots-fired');
  assert.notEqual(measureOf('Police said one shot hit the man in the leg on Friday.', 1), 'shot');
  assert.equal(measureOf('One person was shot in the leg on Friday, police said.', 1), 'shot');
});

test('a sentence that opens by saying something is not known tells no dated event', () => {
  const claims = claimsOf('It\'s not clear what her relationship with the baby is, or whether the infant was with her during the March traffic stop.', '2016-08-02');
  assert.equal(claims.filter((c) => c.measure.value === 'event').length, 0);
  const told = claimsOf('The infant was with her during the March traffic stop, police said.', '2016-08-02');
  assert.equal(told.filter((c) => c.measure.value === 'event').length, 1);
});

test('the ages of people harmed in an event the sentence dates in an earlier year are background, the first named too', () => {
  const text = 'Sandra Salgado, 14, and Felix Solano, 16, were shot to death in the park on May 3, 2011. Edgar Sanchez, 15, died in the shooting on Wednesday.';
  const ages = analyzeArticle({ id: 'a', text, published: '2013-03-14', outlet: 'T' }, { attributionModel: model }).claims.filter((c) => c.measure.value === 'age').map((c) => [c.value, c.scope.value]);
  assert.deepEqual(ages, [[14, 'background'], [16, 'background'], [15, 'event']]);
});

test('a casualty participle right after the whole of a part is the whole\'s own measure; a part\'s verb is not', () => {
  assert.equal(measureOf('One of the four people wounded by gunfire on Labor Day is speaking out.', 4), 'injured');
  assert.equal(measureOf('One of the two men shot and killed Friday was a teacher.', 2), 'killed');
  // "two of the three victims died": the part's verb says nothing of the whole; nor does a participle with an object.
  assert.equal(measureOf('Two of the three victims died at the hospital.', 3)?.startsWith('other:'), true);
  assert.equal(measureOf('Two of the three suspects shot at the officers.', 3)?.startsWith('other:'), true);
});

test('the size of a place told in apposition to it ("Platte, a community of around 1,200 residents") is that place\'s, not of a place told after it', () => {
  const [size] = claimsOf('The deaths have rocked Platte, a community of around 1,200 residents about 110 miles west of Sioux Falls.').filter((c) => c.value === 1200);
  assert.equal(size?.place.value, 'Platte');
  const [town] = claimsOf('The shooting shocked Riverton, a town of 5,000 people in Charles Mix County.').filter((c) => c.value === 5000);
  assert.equal(town?.place.value, 'Riverton');
  // No place before the apposition: none is made up.
  const [none] = claimsOf('The shooting shocked the town, a community of 1,200 people.').filter((c) => c.value === 1200);
  assert.equal(none?.place.value, null);
});

test('counts of a charge name whom they are against: the person before the charging verb, not a home town after the name nor a pronoun', () => {
  assert.equal(byValue(claimsOf('Anthony Phillip LaSalle of Bloomington was charged on Friday with three counts of criminal vehicular homicide.'), 3)?.subject.value, 'counts of homicide against LaSalle');
  assert.equal(byValue(claimsOf('The suspect, 20-year-old Hasmeek Coles, was charged with murder and three counts of attempted murder.'), 3)?.subject.value, 'counts of attempted murder against Coles');
  assert.equal(byValue(claimsOf('Nelven Salas, 18, of the 100 block of Rugby Street in Pemberton Township, was charged with two counts of aggravated manslaughter.'), 2)?.subject.value, 'counts of manslaughter against Salas');
  assert.equal(byValue(claimsOf("He's charged with two counts of second-degree murder."), 2)?.subject.value, 'counts of murder');
  // A street and its town after the name ("of Quill Drive in Dorvan") name no one charged.
  assert.equal(byValue(claimsOf('A spokesman said Tamsin Greel of Quill Drive in Dorvan is charged with two counts of attempted murder.'), 2)?.subject.value, 'counts of attempted murder against Greel');
});

test('a supposed person’s age is no claim, and gives its speaker to no one’s age told elsewhere', () => {
  const text = 'Late Tuesday night, 30-year-old Harrison Marsh was charged with homicide. “This is a tragedy. Even if it’s a 20-year-old, if it’s a 30-year-old, anytime there’s gun violence in the neighborhood, it affects us all,” said Ed Burton, of a violence prevention group.';
  const claims = claimsOf(text, '2015-09-01');
  const ages = claims.filter((c) => c.measure.value === 'age');
  assert.deepEqual(ages.map((c) => c.value), [30]);
  assert.equal(ages[0]!.origin.rule, 'origin/outlet-unattributed');
});

test('the age of anyone of that age is no one’s age: "any two-year-old", "every 16-year-old"', () => {
  const text = 'Maya Reed, who turned two years old on Sunday, died Tuesday. “She was smarter than any two-year-old should be,” said her grandmother, Ann Cole. Her cousin, a 15-year-old, wants what every 16-year-old wants.';
  const ages = claimsOf(text, '2016-10-26').filter((c) => c.measure.value === 'age');
  assert.deepEqual(ages.map((c) => c.value), [2, 15]);
});

test('the age told of a thing, the subject of its clause, is no one\'s: "His pickup truck was only about six years old"', () => {
  const ages = claimsOf('His pickup truck was only about six years old, Dunn said. The boy was only 4 years old. One of the three men charged in the case is 19-year-old Daniel Ross.', '2017-02-23').filter((c) => c.measure.value === 'age');
  assert.deepEqual(ages.map((c) => `${c.subject.value}=${c.value}`), ['boy=4', 'Daniel Ross=19']);
});

test('a place named as a part of a city reads with that word: "in the Portland neighborhood" is no city', () => {
  const shot = claimsOf('The boy is one of two people who were shot Friday afternoon in the Portland neighborhood, police said.', '2017-02-03').find((c) => c.value === 2);
  assert.equal(shot?.place.value, 'Portland neighborhood');
  assert.equal(claimsOf('Two people were shot in Louisville on Friday, police said.', '2017-02-03').find((c) => c.value === 2)?.place.value, 'Louisville');
});

test('an age told unattributed takes the speaker only of the same person’s age told elsewhere', () => {
  const text = 'Late Tuesday night, 30-year-old Harrison Marsh was charged with homicide. “We see it in every 30-year-old,” said Ed Burton, of a violence prevention group.';
  const age = claimsOf(text, '2015-09-01').find((c) => c.measure.value === 'age' && c.subject.value === 'Harrison Marsh');
  assert.equal(age?.origin.rule, 'origin/outlet-unattributed');
});

test('a span of a group’s ages is no one’s age and no count; ages listed with "and" are people’s ages', () => {
  const ages = (text: string) => claimsOf(text, '2016-10-23').filter((c) => c.value === 27 || c.value === 45 || c.value === 3 || c.value === 5);
  assert.deepEqual(ages('"I heard 15 to 20 shots," neighbor Kevin Lynn said. Officers found victims, all between the ages of 27 and 45, suffering from gunshot wounds.'), []);
  assert.deepEqual(ages('Police said the victims were men ages 27 to 45.'), []);
  const listed = ages('Two children, ages 3 and 5, were found dead with their mother.');
  assert.deepEqual(listed.map((c) => [c.measure.value, c.value]), [['age', 3], ['age', 5]]);
});

test('ages set after a noun of people with commas are ages; a number opening a shop’s name is no figure', () => {
  const claims = claimsOf('Two of the men, 25 and 17, were placing an order at the 20 Stars Deli on Madison Avenue when bullets tore into the store, police said. The victims, 31 and 45, were taken to a hospital.', '2015-06-24');
  for (const v of [25, 17, 31, 45]) assert.equal(byValue(claims, v)?.measure.value, 'age', `${v}: ${JSON.stringify(byValue(claims, v)?.measure)}`);
  assert.equal(byValue(claims, 20), undefined);
  // Not a count of people told after a name's capitals.
  assert.equal(byValue(claimsOf('Four Grand Rapids Police Department officers were hurt on Friday.'), 4)?.measure.value, 'injured');
});

test('the words after a closed quotation are the reporter’s; after reported speech, the speaker’s words go on', () => {
  const quoted = claimsOf('"It was crazy, I heard 15 to 20 shots," neighbor Kevin Lynn said. All seven shooting victims are expected to survive.', '2016-10-23');
  assert.equal(byValue(quoted, 7)?.origin.rule, 'origin/outlet-unattributed');
  const reported = claimsOf('The health ministry said 12 people died in the blast. Another 40 were hurt.', '2016-10-23');
  assert.equal(byValue(reported, 40)?.origin.rule, 'origin/paragraph-continuation');
});

test('all the people counted, told as expected to survive or in a hospital’s condition, are the hurt; an outlook is no plan', () => {
  for (const text of ['All four people are expected to survive.', 'All four victims were listed in stable condition at area hospitals.']) {
    const c = byValue(claimsOf(text, '2014-12-01'), 4);
    assert.equal(c?.measure.value, 'injured', text);
    assert.equal(c?.modality.value, 'asserted', text);
  }
  // One of several in a condition may be a part of the hurt: only "all" makes the count theirs.
  assert.notEqual(byValue(claimsOf('Two men are in stable condition.', '2014-12-01'), 2)?.measure.value, 'injured');
});

test('the wounds of all the dead counted before are no count of the hurt; where as many are hurt, the hurt stay counted', () => {
  const dead = claimsOf('Police found three people dead inside the home on Friday.\n\nAll three suffered gunshot wounds, she said.', '2015-09-19');
  assert.deepEqual(dead.filter((c) => c.measure.value === 'injured').map((c) => c.value), []);
  assert.equal(dead.find((c) => c.measure.value === 'killed')?.value, 3);
  // Three dead and three hurt: "all three" may be the hurt, and stays a count of them.
  const both = claimsOf('Three people were killed and three were injured.\n\nAll three suffered gunshot wounds, she said.', '2015-09-19');
  assert.ok(both.some((c) => c.measure.value === 'injured' && c.value === 3));
});

test('a telephone number glued to capitals ("1-800-SPEAK-UP") is no figure', () => {
  const claims = claimsOf('Those preferring anonymity can call Crime Stoppers at 1-800-SPEAK-UP or use the app. Police said 2 people were shot.', '2016-02-29');
  assert.deepEqual(claims.filter((c) => c.value !== undefined).map((c) => c.value), [2]);
});

test('people "in police custody" are arrested; what someone is held on counts no one arrested', () => {
  assert.equal(measureOf('A student is dead and two people are in police custody, officers said on Friday.', 2), 'arrested');
  assert.equal(measureOf('That brings the total number of people in custody to 4, police said.', 4), 'arrested');
  assert.notEqual(measureOf('Smith was taken into custody on one charge of assault, police said.', 1), 'arrested');
  assert.notEqual(measureOf('He was arrested on two warrants, police said on Friday.', 2), 'arrested');
  assert.equal(measureOf('Police detained three suspects on Friday.', 3), 'arrested');
});

test('the age a person turned, told apart from the name, is an age; one still to come is not', () => {
  const claims = claimsOf('Bandemer, a kid with blond hair, turned 16 in February. Cruz, who would have turned 22 on Thursday, was charged.');
  assert.deepEqual(claims.filter((c) => c.measure.value === 'age').map((c) => c.value), [16]);
});

test('each age told after a plural of people is one of them; a range of their ages is the group\'s', () => {
  const claims = claimsOf('Two brothers, ages 11 and 16, were shot Sunday night, police said. The women, ages 46 to 56, were in another room.');
  assert.deepEqual(claims.filter((c) => c.measure.value === 'age').map((c) => [c.value, c.subject.value]), [[11, 'one of the brothers'], [16, 'one of the brothers'], [[46, 56], 'the women']]);
});

test('every number of a list opened by "ages" is an age, of the group before it or of someone\'s kin, never of the person named before', () => {
  const claims = claimsOf('The bodies of his wife, Maria Lopez, 33; and their sons, ages 4, 8 and 10, were found Sunday. Three men ages 16, 21 and 22 were shot. The victims — ages 24, 25 and 32 — are expected to survive.');
  assert.deepEqual(claims.filter((c) => c.measure.value === 'age').map((c) => [c.value, c.subject.value]), [[33, 'Maria Lopez'], [4, 'sons'], [8, 'sons'], [10, 'sons'], [16, 'one of the men'], [21, 'one of the men'], [22, 'one of the men'], [24, 'one of the victims'], [25, 'one of the victims'], [32, 'one of the victims']]);
  assert.equal(claims.filter((c) => c.measure.value !== 'age' && typeof c.value === 'number' && c.value > 3).length, 0);
});

test('all of a number told dead, told again with their wounds, are the shot, never the hurt; all of a number told no other way stay the hurt', () => {
  const claims = claimsOf('All six people suffered gunshot wounds, she said. Police said six people have died in the shooting.');
  assert.deepEqual(claims.filter((c) => typeof c.value === 'number').map((c) => [c.measure.value, c.value]), [['shot', 6], ['killed', 6]]);
  assert.equal(measureOf('All four victims suffered gunshot wounds, police said.', 4), 'injured');
});

test('an age set off after kin with a comma is the kin\'s ("her son, 4,", "and a son, 10 — were")', () => {
  const claims = claimsOf('Her son, 4, was taken to a hospital. The couple had two girls and a son, 10 — all asleep at the time. Her boyfriend, 22, was arrested.');
  assert.deepEqual(claims.filter((c) => typeof c.value === 'number' && c.value > 3).map((c) => [c.measure.value, c.value, c.subject.value]), [['age', 4, 'son'], ['age', 10, 'son'], ['age', 22, 'boyfriend']]);
});

test('people taken to hospital in a condition are the hurt, others too; some of them in a condition are not all', () => {
  assert.equal(measureOf('Three men were taken to the hospital in stable condition.', 3), 'injured');
  assert.equal(measureOf('One victim was declared dead at the scene, while three others were transported to local hospitals in critical condition.', 3), 'injured');
  assert.equal(measureOf('All four victims were taken to the hospital and listed in stable condition.', 4), 'injured');
  assert.notEqual(measureOf('The other two victims were taken to Mount Sinai, where the older was in serious condition.', 2), 'injured');
  assert.notEqual(measureOf('Four people were transported in serious condition. The other person was taken to Stroger Hospital.', 4), 'injured');
  assert.notEqual(measureOf('Four people were transported in serious condition by ambulances. A fifth person was taken to Roseland Hospital.', 4), 'injured');
  assert.notEqual(measureOf('Two men were taken in critical condition to Stroger Hospital. Two more men were taken in good condition to Mount Sinai.', 2), 'injured');
});

test('a length told tall is a height, its inches in figures or in words part of it', () => {
  const claims = claimsOf('Police described the gunman as a white male about 6 feet tall. The fence is 8 feet from the road.');
  assert.deepEqual(claims.filter((c) => c.unitClass === 'length').map((c) => [c.value, c.subject.value]), [[6, 'height'], [8, 'foot']]);
  const words = claimsOf('The suspect is a man in his mid 40s, about five feet seven inches tall, with a thin build.').filter((c) => c.unitClass === 'length');
  assert.deepEqual(words.map((c) => [c.value, c.subject.value]), [[5.58, 'height']]);
});

test('a number after a name and "also" is the person\'s age ("Davon Coleman, also 18")', () => {
  const claims = claimsOf('Nelven Salas, 18, was charged with one count of aggravated manslaughter in the death of Davon Coleman, also 18.');
  assert.deepEqual(claims.filter((c) => c.value === 18).map((c) => [c.measure.value, c.subject.value]), [['age', 'Nelven Salas'], ['age', 'Davon Coleman']]);
});

test('people counted hurt and then dead are the dead, never the hurt', () => {
  assert.equal(measureOf('One person was critically injured and later died at the hospital.', 1), 'killed');
  assert.equal(measureOf('Two men were wounded and taken to a hospital, police said.', 2), 'injured');
});

test('lives a shooting claimed or took are the dead', () => {
  assert.equal(measureOf('Residents mourned a shooting that claimed two lives and injured four people.', 2), 'killed');
  assert.equal(measureOf('The crash took three lives on Sunday.', 3), 'killed');
});

test('a headline\'s noun of a person before an age describes the person, never names one ("Girl, 15,", "Mom, 11-month-old son")', () => {
  const ages = claimsOf('Girl, 15, sole survivor of shooting. UPDATE: Mom, 11-month-old son killed in shooting.').filter((c) => c.measure.value === 'age');
  assert.deepEqual(ages.map((c) => [c.subject.value, c.subject.rule]), [['girl', 'subject/described-of-age'], ['son', 'subject/relation-of-age']]);
});

test('the accused counted with their own verb of arrest or charge are the arrested or charged; accused alone are neither', () => {
  assert.equal(measureOf('Two men wanted in the killing were arrested on Friday, police said.', 2), 'arrested');
  assert.equal(measureOf('Two teens accused of the shooting were charged on Monday, police said.', 2), 'charged');
  assert.equal(measureOf("Four people wanted in connection with last Wednesday's shooting outside a Walmart in Nampa are now in police custody.", 4), 'arrested');
  assert.notEqual(measureOf('Two men accused of killing Horton appeared in court on Monday.', 2), 'killed');
  assert.notEqual(measureOf('Two men accused of killing Horton appeared in court on Monday.', 2), 'arrested');
});

test('others taken to hospital after a death told first in their sentence are the hurt; not before any death, nor when one of them died', () => {
  const hurt = (text: string, v: number) => byValue(claimsOf(text), v)?.measure.value;
  assert.equal(hurt('Owens died at the scene and the other four victims were transported to local hospitals.', 4), 'injured');
  assert.equal(hurt('Two of those victims died, while three others were rushed to the hospital.', 3), 'injured');
  assert.equal(hurt('One man was pronounced dead at the scene, and three other people were taken to Mercy Medical Center.', 3), 'injured');
  // In a sentence of its own, others may be the rest of hurt people told before: a count of people still.
  assert.notEqual(hurt('One man was pronounced dead at the scene. Three other people were taken to Mercy Medical Center.', 3), 'injured');
  assert.equal(byValue(claimsOf('Owens died at the scene and the other four victims were transported to local hospitals.'), 4)?.measure.rule, 'measure/others-hurt-after-death');
  // Others told in a hospital's condition after a death are the hurt too; not when nothing died before them.
  assert.equal(hurt('A 52-year-old father is dead and two other people are in critical condition after a shooting on Elm Street.', 2), 'injured');
  assert.equal(hurt('One woman was killed, and four others remain in stable condition at Grady Hospital.', 4), 'injured');
  assert.notEqual(hurt('Seven people were shot and two others are in serious condition after the fire.', 2), 'injured');
  assert.notEqual(hurt('Two men were shot on Main Street. Three other people were taken to the hospital.', 3), 'injured');
  assert.notEqual(hurt('A man died at the scene. Two other victims were taken to the hospital, where one of them died.', 2), 'injured');
  // A list of people arrested keeps its verb: "and" opens no clause of its own before a bare count.
  assert.equal(byValue(claimsOf('Police found probable cause to arrest Ortega and three others on Friday.'), 3)?.measure.value, 'arrested');
});

test('survivors counted as shot are the hurt, not all the people shot', () => {
  const c = byValue(claimsOf('Two men were killed. The police incident report states that the five survivors were shot inside the lodge.'), 5);
  assert.equal(c?.measure.value, 'injured');
  assert.equal(c?.measure.rule, 'measure/survivors-of-harm');
  assert.equal(byValue(claimsOf('Police said five people were shot inside the lodge.'), 5)?.measure.value, 'shot');
});

test('people a harm sent to hospital are its hurt; not more besides some told before, several harms, nor where some of them died', () => {
  const hurt = (text: string, v: number) => byValue(claimsOf(text), v)?.measure;
  assert.equal(hurt('Police are investigating a shooting at a bar that sent 4 people to the hospital on Sunday.', 4)?.rule, 'measure/sent-to-hospital');
  assert.equal(hurt('Detectives want to know what led up to a shooting outside a nightclub, that put five people in the hospital.', 5)?.value, 'injured');
  assert.equal(hurt('A gunman opened fire at a club on Sunday, and the shooting sent a total of six people to area hospitals.', 6)?.value, 'injured');
  assert.notEqual(hurt('A second shooting sent two more people to the hospital.', 2)?.value, 'injured');
  assert.notEqual(hurt('Police are investigating shootings that sent three people to the hospital within an hour.', 3)?.value, 'injured');
  assert.notEqual(hurt('A shooting at a club sent nine people to area hospitals. Two are still in serious condition and one person died from gunshot wounds.', 9)?.value, 'injured');
});

test('people counted as taken to a hospital told by no name are the hurt; not parts, others, those of a named hospital, nor some who died', () => {
  const hurt = (text: string, v: number) => byValue(claimsOf(text), v)?.measure;
  assert.equal(hurt('A man was shot outside a dance hall. At least five people were taken to the hospital. Two others died.', 5)?.rule, 'measure/taken-to-hospital');
  assert.equal(hurt('Police said all seven victims were transported to the hospital, none of them with life-threatening injuries.', 7)?.value, 'injured');
  // Some of a whole: a partitive, a count among others, a named hospital that may hold only some, others told after.
  assert.notEqual(hurt('Three of the victims were taken to the hospital after the shooting.', 3)?.value, 'injured');
  assert.notEqual(hurt('Seven people were rushed to Jackson Memorial Hospital after the shooting.', 7)?.value, 'injured');
  assert.notEqual(hurt('Two victims were transported to a local hospital and two more to a hospital in Memphis.', 2)?.value, 'injured');
  assert.notEqual(hurt('Two women were taken to a hospital and another man later arrived at the hospital.', 2)?.value, 'injured');
  assert.notEqual(hurt('Four people were taken to the hospital. Two others were treated at the scene.', 4)?.value, 'injured');
  // A stay that tells no hurt.
  assert.notEqual(hurt('Three men were taken to a hospital for evaluation after the standoff.', 3)?.value, 'injured');
  // Some of them died: the hurt and the dead are both among them.
  assert.notEqual(hurt('Three people were taken to a hospital, where one died.', 3)?.value, 'injured');
  assert.notEqual(hurt('Three people were taken to a hospital after the shooting. One of them later died.', 3)?.value, 'injured');
});

test('a speaker after a figure with a cue that tells no speech is not the figure\'s origin', () => {
  const originOf = (text: string, v: number) => byValue(claimsOf(text), v)?.origin;
  assert.equal(originOf('Two days after two men were shot and killed on Elm Street, many are still confused about what happened.', 2)?.rule, 'origin/outlet-unattributed');
  assert.equal(originOf('Two boys were hurt after police say they found a loaded gun in a car.', 2)?.value, 'police');
  const told = originOf('The two men who died in the shooting were brothers, city police announced late Tuesday.', 2);
  assert.equal(told?.rule, 'origin/attribution-speaker');
  assert.equal(told?.value, 'city police');
});

test('a parent\'s age told before the parent\'s name is that person\'s', () => {
  const ageOf = (text: string, v: number) => byValue(claimsOf(text), v)?.subject.value;
  assert.equal(ageOf("Three other people were hurt, including the girl's 47-year-old father, Darnell Wiggins, police said.", 47), 'Darnell Wiggins');
});

test('a toll of a violent weekend or week is a count over many events; a weekend shooting\'s is the event\'s', () => {
  assert.equal(byValue(claimsOf('Three people were killed in a violent weekend in Harford County that included two shootings.'), 3)?.scope.rule, 'scope/aggregate-count');
  assert.equal(byValue(claimsOf('Police now say three teens were injured in a weekend shooting at the park.'), 3)?.scope.value, 'event');
  assert.equal(byValue(claimsOf('Two people were killed in a shooting over the weekend, police said.'), 2)?.scope.value, 'event');
  assert.equal(byValue(claimsOf('A little over a week later, Dana Cole was one of four injured in a drive-by shooting.'), 4)?.scope.value, 'event');
});

test('an age told as what a named or described person was, "only" or "just" too, is that person\'s', () => {
  const ageOf = (text: string, v: number) => byValue(claimsOf(text), v)?.subject.value;
  assert.equal(ageOf('Marla Dean was shot on Friday. Marla Dean was just 23 years old.', 23), 'Marla Dean');
  assert.equal(ageOf('Officials said the woman was 34 years old and had been shot in the arm.', 34), 'woman');
  assert.equal(ageOf('"The baby was only 3 months old," she said.', 3), 'baby');
});

test('people a camera captured are no one arrested; the kin a dead man had are not the dead', () => {
  assert.notEqual(measureOf('Six men were captured by security cameras near the store.', 6), 'arrested');
  assert.equal(measureOf('Two men were captured on video and later arrested.', 2), 'arrested');
  assert.equal(measureOf('Police captured six men near the store.', 6), 'arrested');
  assert.notEqual(measureOf('Friends said the dead man had two young sons.', 2), 'killed');
  assert.notEqual(measureOf('The slain woman is survived by four daughters.', 4), 'killed');
  assert.equal(measureOf('The gunman had killed two people.', 2), 'killed');
});

test('an arrest counts people, never the events or pictures counted near it', () => {
  const arrested = (text: string) => claimsOf(text).filter((c) => c.measure.value === 'arrested').map((c) => c.value);
  assert.deepEqual(arrested('Two views of the arrest: see the bodycam and phone videos side by side.'), []);
  assert.deepEqual(arrested('The two shootings took place weeks before his arrest, police said.'), []);
  assert.deepEqual(arrested('Police have made two arrests in the shootings.'), [2]);
});

test('the surviving victims of a shooting are its hurt', () => {
  assert.equal(measureOf('Police have not released an updated condition on the three surviving shooting victims.', 3), 'injured');
  assert.equal(measureOf('Police said three shooting victims were taken to the hospital.', 3), 'shot');
});

test('people detained and then let go are no one arrested', () => {
  assert.notEqual(measureOf('One person was detained after the shooting but later released.', 1), 'arrested');
  assert.notEqual(measureOf('Two men were taken into custody and have since been released without charges.', 2), 'arrested');
  assert.equal(measureOf('Two men were taken into custody, and the victim was released from the hospital.', 2), 'arrested');
});

test('a count told after "with" describes the noun before it and takes no verb of its clause', () => {
  const claims = claimsOf('Investigators said four people were shot when an argument escalated at a party with more than 40 people in attendance.');
  assert.notEqual(byValue(claims, 40)?.predicate.value, 'shoot');
  assert.equal(byValue(claims, 4)?.predicate.value, 'shoot');
});

test('people told missing and found later in the article are missing no more', () => {
  const text = 'Police said they received information that three children were unaccounted for. SWAT forced entry. Police found the man, and three children, between the ages of nine and 15, deceased in a bedroom.';
  assert.notEqual(measureOf(text, 3), 'missing');
  assert.equal(measureOf('Police said three children were unaccounted for. The search went on through the night.', 3), 'missing');
});

test('a block\'s round number before a street\'s name is an address, the word "block" left out or not', () => {
  const values = (text: string) => claimsOf(text).map((c) => c.value);
  assert.ok(!values('He said he stored the two guns at his home in the 16000 of Eastwood Street in Detroit.').includes(16000));
  assert.ok(values('He said 16,000 of the residents of Eastwood Street were evacuated.').includes(16000));
});

test('a count of gangs or groups near a toll counts no one harmed', () => {
  const injured = claimsOf('Two people were killed and five wounded in a shooting between two rival gangs in San Bernardino.').filter((c) => c.measure.value === 'injured').map((c) => c.value);
  assert.deepEqual(injured, [5]);
});

test('an age told with no noun, of one who fires a gun at someone, is the shooter\'s', () => {
  const ages = (text: string) => claimsOf(text).filter((c) => c.measure.value === 'age').map((c) => [c.value, c.subject.value]);
  assert.deepEqual(ages('Police said a 7-year-old fatally shot Ty-Ryne Hoskins inside a home.'), [[7, 'shooter']]);
  assert.deepEqual(ages('While the two teens looked at the gun, the 18-year-old accidentally pulls trigger.'), [[18, 'shooter']]);
  assert.deepEqual(ages('The girl was shot by another 5-year-old while visiting.').filter((a) => a[0] === 5), [[5, 'shooter']]);
  assert.deepEqual(ages('Deputies say a 5 year old fired that weapon from the trunk of a car.'), [[5, 'shooter']]);
  assert.notDeepEqual(ages('Police said a 7-year-old was shot inside a home.'), [[7, 'shooter']]);
});

test('a bare number before a word of its own counts that word, not the noun of the figure before it: "a silver 4 door Dodge"', () => {
  const car = claimsOf('He weighs about 350 pounds. He was last seen in a silver 4 door Dodge with a paper tag.').find((c) => c.value === 4);
  assert.notEqual(car?.unitClass, 'mass');
  // A verb after the number still takes the noun before it.
  const homes = claimsOf('About 120 homes were damaged and 35 were destroyed, officials said.').find((c) => c.value === 35);
  assert.equal(homes?.subject.value, claimsOf('About 120 homes were damaged and 35 were destroyed, officials said.').find((c) => c.value === 120)?.subject.value);
});

test('the length of a fall has no place it is a distance to: "fell around 2000ft near the Mount Sefton Bivvy"', () => {
  for (const text of ['Inspector Dave Gaskin said the man fell around 2000ft near the Mount Sefton Bivvy, above the glacier.', 'The hiker plunged about 2000 feet near Denver on Sunday, officials said.']) {
    const fall = claimsOf(text).find((c) => c.value === 2000);
    assert.equal(fall?.measure.value, 'distance');
    assert.equal(fall?.place.value, null, text);
  }
  const town = claimsOf('The bodies were found at a home in Rice, about 40 miles southeast of Dallas.').find((c) => c.value === 40);
  assert.equal(town?.place.value, 'Dallas');
});

test('in an undated article, the totals of a career told ended stay in the year it ended, however late the year', () => {
  const undated = (text: string) => analyzeArticle({ id: 'a', text, published: null, outlet: 'Daily Test' }, { attributionModel: model }).claims;
  const ended = undated('Carver broke the school record on Thursday. Dunn finished his career in 1978 with 2,290 points.');
  assert.equal(byValue(ended, 2290)?.scope.value, 'background');
  assert.equal(byValue(ended, 2290)?.subject.value, "Dunn's career points");
});

test('times of an act told with its object are the doer\'s, never pooled with another doer\'s; a clause told by someone names no doer', () => {
  const c = claimsOf('Billy Crystal did it eight times. Johnny Carson is considered the epitome of the host. He hosted the ceremony five times.', '2008-12-13');
  assert.equal(byValue(c, 8)?.subject.value, 'times Crystal did');
  assert.equal(byValue(c, 5)?.subject.value, 'times Carson hosted');
  const told = claimsOf('Investigators say Ryan Vale kicked the door three times.', '2008-12-13');
  assert.ok(!/Investigators/.test(byValue(told, 3)?.subject.value ?? ''), byValue(told, 3)?.subject.value);
});

test('"died on Thursday in Beverly Hills at the age of 91" is the age at death, no toll; an age "at the age of" in an earlier year is of then', () => {
  const c = claimsOf('Ellen Ray, the swimmer who became a film star, died on Thursday in Beverly Hills at the age of 91, her spokesman said.', '2013-06-07');
  assert.equal(byValue(c, 91)?.measure.value, 'age');
  assert.equal(byValue(c, 91)?.subject.value, 'Ellen Ray');
  assert.ok(!c.some((x) => x.measure.value === 'killed' && x.value === 91), c.map((x) => `${x.measure.value} ${x.value}`).join('; '));
  const then = claimsOf('Tom Hale, 41, was elected to the House in 1996 at the age of 23.', '2015-06-17');
  assert.equal(byValue(then, 23)?.measure.value, 'age');
  assert.equal(byValue(then, 23)?.scope.value, 'background');
  assert.equal(byValue(then, 41)?.scope.value, 'event');
});

test('a generation after a name is part of it: "Vincent Rizzo Jr., 45," is the son\'s age, never the father\'s', () => {
  const c = claimsOf('Vincent Rizzo, the reputed boss of the crime family, died Tuesday in a prison hospital. He was 74. His son, Vincent Rizzo Jr., 45, is serving a 20-year sentence. Rodney Patrick Jr., 22, was at home.', '2010-06-15');
  assert.equal(byValue(c, 45)?.measure.value, 'age');
  assert.equal(byValue(c, 45)?.subject.value, 'Vincent Rizzo Jr.');
  assert.equal(byValue(c, 74)?.subject.value, 'Vincent Rizzo');
  assert.equal(byValue(c, 22)?.subject.value, 'Rodney Patrick Jr.');
});

test('a superlative "in state history" measures the story\'s own figure, never sets it in the past', () => {
  const c = claimsOf('The trial has already cost more than $2 million, likely the most expensive in state history.', '2008-12-10');
  assert.equal(c.find((x) => x.measure.value === 'money')?.scope.value, 'event');
  // History itself still sets a figure in the past.
  assert.equal(claimsOf('In its history the city has seen 12 riots.', '2008-12-10').find((x) => x.value === 12)?.scope.value, 'background');
});

test('a dateline\'s place or agency is no actor of a dated event', () => {
  const claims = claimsOf('LOS ANGELES (Reuters) - Lena Marlowe, the singer, died on Tuesday at her home in Santa Monica, her publicist said.', '2013-06-05');
  const event = claims.find((c) => c.measure.value === 'event');
  assert.equal(event?.subject.value, 'Lena Marlowe');
});

test('an age told after a name and its home town, or after a name and an apposition that opens the sentence, is that person\'s', () => {
  const town = claimsOf('Her husband, the shooter, was identified as Cedric Anderson of Riverside, also 53. Karen Smith was killed.', '2017-04-10');
  assert.equal(byValue(town, 53)?.subject.value, 'Cedric Anderson');
  const apposed = claimsOf('Gavin Long, a former Marine from Kansas City, Missouri, turned 29 on Sunday, the day he opened fire.', '2016-07-18');
  assert.equal(byValue(apposed, 29)?.subject.value, 'Gavin Long');
  const relative = claimsOf('Gavin Long, who\'s from Kansas City, Missouri, turned 29 on Sunday.', '2016-07-18');
  assert.equal(byValue(relative, 29)?.subject.value, 'Gavin Long');
});

test('a place a distance is measured from is no place of another figure; a possessive in a counted noun keeps its word', () => {
  const claims = claimsOf('There were about 10 people in the class when the shooting occurred at a gun shop in Amelia, about 20 miles east of Cincinnati.');
  assert.equal(byValue(claims, 10)?.place.value, null);
  assert.equal(byValue(claims, 20)?.place.value, 'Cincinnati');
  assert.equal(byValue(claimsOf('"I seen like 15 sheriff\'s cars come," she said.'), 15)?.subject.value, "sheriff's cars");
});

test('a part told with its whole\'s participle of harm, then told dead, is the part\'s own death', () => {
  const died = byValue(claimsOf('Two of the people shot died at a hospital.'), 2);
  assert.equal(died?.measure.value, 'killed');
  // Both participles of "shot or killed" are the whole's; a part that is not told dead keeps the whole's measure.
  assert.equal(byValue(claimsOf('Police said 63 of the children shot or killed so far were under five.'), 63)?.measure.value, 'shot');
  assert.equal(byValue(claimsOf('Three of the people injured were children.'), 3)?.measure.value, 'injured');
});

test('charges of a criminal record ("24 prior felony charges") are no charges of the story\'s case', () => {
  const claims = claimsOf('Thomas has 24 prior felony charges and five felony convictions. Smith faces two felony charges in the shooting.');
  assert.equal(byValue(claims, 24)?.measure.rule, 'measure/criminal-record');
  assert.equal(byValue(claims, 2)?.measure.value, 'charged');
});

test('a count after "and" with a verb of its own opens its own clause: its verb is its predicate, and it adds nothing to the count before', () => {
  const c = claimsOf('At least 300 homes were destroyed and about 2,000 people spent the night in tents, officials said.');
  assert.equal(byValue(c, 2000)?.predicate.value, 'spend');
  const d = claimsOf('The gunman killed two people and three others were wounded.');
  assert.equal(byValue(d, 2)?.measure.value, 'killed');
  assert.equal(byValue(d, 3)?.measure.value, 'injured');
  assert.equal(byValue(d, 5), undefined);
  // One list stays one: "killed two soldiers and three civilians" is five killed.
  assert.equal(byValue(claimsOf('The blast killed two soldiers and three civilians.'), 5)?.measure.value, 'killed');
});

test('a clause opened by a dash and "and" has its own verb: "were killed -- and four other children ran" kills no more', () => {
  const c = claimsOf('Four adults and two children were killed at a home Tuesday night -- and four other children ran from the scene to a neighbor\'s home, the sheriff said.');
  assert.equal(byValue(c, 6)?.measure.value, 'killed');
  assert.notEqual(byValue(c, 4)?.predicate.value, 'kill');
  // The same with a dash written as one character.
  assert.notEqual(byValue(claimsOf('Two men were killed \u2014 and three others fled the scene.'), 3)?.predicate.value, 'kill');
});

test('a year in a clause before the figure\'s sets no time of it when the figure\'s clause is told in the present after "and"', () => {
  const c = claimsOf('He signed a four-year, $16 million contract extension in 2023 and is owed about $7 million.', '2025-01-06');
  assert.equal(byValue(c, 7_000_000)?.scope.value, 'event');
  assert.equal(byValue(c, 16_000_000)?.scope.value, 'background');
  // Told in the past, the second clause is of that year too.
  assert.equal(byValue(claimsOf('He was convicted in 2019 and was sentenced to 12 years in prison.', '2025-01-06'), 12)?.scope.value, 'background');
});

test('an age told "He was 82, according to prison records" or "family members said he was 81" is the age of the one who died', () => {
  const c = claimsOf('Vincent Moretti, who led the crime family, died Monday in federal custody. He was 82, according to prison records, though family members said he was 81.', '2024-03-13');
  const ages = c.filter((x) => x.measure.value === 'age').map((x) => `${x.subject.value} ${x.value}`);
  assert.deepEqual(ages.sort(), ['Vincent Moretti 81', 'Vincent Moretti 82']);
  // After a sentence that names no one, such a saying tells no one's age.
  const d = claimsOf('A man was shot several times and died at the scene. The shooting may have been domestic, police said. Police initially said he was 25.', '2024-03-13');
  assert.equal(d.filter((x) => x.measure.value === 'age' && x.value === 25).length, 0);
});

test('people forced from their homes or unable to return home are displaced', () => {
  assert.equal(measureOf('More than 2,000 people have been forced from their homes in Piedmont, the agency chief said.', 2000), 'displaced');
  assert.equal(measureOf('Around 2,300 people are still unable to return home.', 2300), 'displaced');
  // People who only left a building are no one displaced.
  assert.notEqual(measureOf('About 300 people were forced from the stadium by the storm.', 300), 'displaced');
});

test('a most or a best "since records began", told after a figure, sets no earlier time of it', () => {
  const c = claimsOf('More than 200 millimetres of rain fell in 24 hours, the weather service said, the most since records began in 1951.', '2025-07-03');
  assert.equal(byValue(c, 200)?.scope.value, 'event');
  // A tally of all the years since then is of those years.
  assert.equal(byValue(claimsOf('In all, 500 people have died in floods in the region since records began in 1951.', '2025-07-03'), 500)?.scope.value, 'background');
});

test('a clause of a place opened by "where" and a subject of its own holds its own verb: "bouquets to the home where the boy was killed"', () => {
  const c = claimsOf('She carried two bouquets to the home where the boy was killed.');
  assert.notEqual(byValue(c, 2)?.measure.value, 'killed');
  assert.notEqual(byValue(c, 2)?.predicate.value, 'kill');
  // Its pronoun the one counted, the clause goes on with the count.
  assert.equal(measureOf('One man was rushed to an area hospital where he was later pronounced dead.', 1), 'killed');
});

test('a dozen told in words is a round figure, about twelve; firearms are counted as guns are', () => {
  const c = claimsOf('Investigators recovered a dozen guns and 11 firearms.');
  assert.equal(byValue(c, 12)?.approx, 'about');
  assert.equal(byValue(c, 11)?.measure.value, byValue(c, 12)?.measure.value);
  // Digits are told as they are.
  assert.equal(byValue(claimsOf('Investigators recovered 12 guns.'), 12)?.approx, null);
  // A bore before a gun counted as equipment is the gun's calibre, no count of guns.
  const bore = claimsOf('The teen was sitting in his bedroom when a .357 handgun discharged.');
  assert.ok(!bore.some((x) => x.measure.value === 'other:equipment'), bore.map((x) => `${x.measure.value} ${x.value}`).join('; '));
  assert.ok(bore.some((x) => x.measure.value === 'other:calibre'));
});
