// Tests for entity mentions: types, keys, roles, acronyms, groups and within-article references.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../model/analysis.js';
import { splitSentences } from '../sentences.js';
import { findEntities, normaliseKey } from './index.js';

const run = (text: string): EntityMention[] => findEntities(text, splitSentences(text));
/** The text of what the mention starting at `at` refers to, or null. */
const refOf = (text: string, at: number): string | null => { const ms = run(text); const m = ms.find((e) => e.span[0] === at); return m?.refersTo !== undefined ? ms[m.refersTo]?.text ?? null : null; };
const find = (ms: EntityMention[], text: string, from = 0): EntityMention => {
  const m = ms.find((e) => e.text === text && e.span[0] >= from);
  assert.ok(m, `no mention "${text}" in ${JSON.stringify(ms.map((e) => e.text))}`);
  return m;
};

test('keys fold case, hyphens, apostrophes and possessives', () => {
  assert.equal(normaliseKey("Kim Jong-un's"), 'kim jong un');
  assert.equal(normaliseKey('Kim Jong Un'), 'kim jong un');
  assert.equal(normaliseKey('U.S.'), 'us');
});

test('seed 001: role before a Korean name, people and places', () => {
  const ms = run('South Korean defense minister Kim Yong-hyun said on October 31 that Seoul will send monitoring teams to Ukraine.');
  const kim = find(ms, 'Kim Yong-hyun');
  assert.equal(kim.type, 'person');
  assert.equal(kim.key, 'kim yong hyun');
  assert.equal(kim.role?.text, 'South Korean defense minister');
  assert.equal(find(ms, 'Seoul').type, 'place');
  assert.equal(find(ms, 'Ukraine').type, 'place');
});

test('Korean names in several spellings are people; possessive is left out of the span', () => {
  const ms = run("Russian President Vladimir Putin met North Korean leader Kim Jong-un's envoy, while President Yoon Suk Yeol and Foreign Minister Choe Son-hui spoke.");
  for (const name of ['Vladimir Putin', 'Kim Jong-un', 'Yoon Suk Yeol', 'Choe Son-hui']) assert.equal(find(ms, name).type, 'person', name);
  assert.equal(find(ms, 'Vladimir Putin').role?.text, 'Russian President');
  assert.equal(find(ms, 'Kim Jong-un').key, 'kim jong un');
});

test('appositives give roles; surname-only mentions refer to the full name', () => {
  const text = 'These concerns may explain the reaction, said Mason Richey, a professor at the Hankuk University of Foreign Studies in Seoul. "Seoul wants a say," Richey said.';
  const ms = run(text);
  const mason = find(ms, 'Mason Richey');
  assert.equal(mason.type, 'person');
  assert.match(mason.role!.text, /^professor at the Hankuk University of Foreign Studies/);
  assert.equal(find(ms, 'Hankuk University of Foreign Studies').type, 'organisation');
  const richey = find(ms, 'Richey', mason.span[1]);
  assert.equal(ms[richey.refersTo!], mason);
});

test('seed 000: honorific plus appositive with a long organisation name', () => {
  const ms = run('It is a threat, Dr Lee Sung-yoon, global fellow at the Washington-based think-tank Woodrow Wilson International Centre for Scholars, told The Straits Times.');
  const lee = find(ms, 'Lee Sung-yoon');
  assert.equal(lee.type, 'person');
  assert.match(lee.role!.text, /^global fellow at the .*Woodrow Wilson International Centre for Scholars$/);
  assert.equal(find(ms, 'Woodrow Wilson International Centre for Scholars').type, 'organisation');
});

test('acronym definitions and later uses; "the spy agency" refers to the named agency', () => {
  const text = "On Friday, South Korea's spy agency confirmed the deployment. The National Intelligence Service's (NIS) announcement confirms speculation. About 1,500 have moved, NIS added.";
  const ms = run(text);
  const nis = find(ms, 'National Intelligence Service');
  assert.equal(nis.type, 'organisation');
  assert.equal(nis.acronym, 'NIS');
  const i = ms.indexOf(nis);
  for (const m of ms.filter((e) => e.text === 'NIS')) assert.equal(m.refersTo, i);
  const spy = ms.find((e) => /spy agency/.test(e.text));
  assert.ok(spy);
  assert.equal(spy.refersTo, i);
});

test('groups: nationality plus group noun', () => {
  const ms = run('North Korean special forces and North Korean troops joined Russian soldiers near Kursk.');
  assert.deepEqual(ms.filter((e) => e.type === 'group').map((e) => e.key), ['north korean special forces', 'north korean troops', 'russian soldiers']);
  assert.equal(find(ms, 'Kursk').type, 'place');
});

test('speaker pronouns and first-name references (seed 001)', () => {
  const text = 'That assessment, by geopolitical analyst Sang Hun Seok, Indo-Pacific Visiting Fellow at London\u2019s Royal United Services Institute (RUSI), comes as troops moved. "Pyongyang gains," Sang Hun told Newsweek. "It is combat experience," he told Newsweek.';
  const ms = run(text);
  const seok = find(ms, 'Sang Hun Seok');
  assert.equal(seok.type, 'person');
  assert.equal(find(ms, 'Royal United Services Institute').acronym, 'RUSI');
  const i = ms.indexOf(seok);
  assert.equal(find(ms, 'Sang Hun', seok.span[1]).refersTo, i);
  assert.equal(find(ms, 'he').refersTo, i);
  assert.equal(find(ms, 'Newsweek').type, 'organisation');
});

test('title-only mention refers to the person with that role', () => {
  const ms = run('South Korean defense minister Kim Yong-hyun spoke on Thursday. The minister said teams may go.');
  const kim = find(ms, 'Kim Yong-hyun');
  const min = ms.find((e) => e.text === 'The minister');
  assert.ok(min);
  assert.equal(min.refersTo, ms.indexOf(kim));
});

test('sentence-initial common words and quantities are not entities', () => {
  const ms = run('Analysts say the deal matters. Observers point to 12,000 troops. Security experts agree.');
  assert.deepEqual(ms.filter((e) => e.type !== 'group').map((e) => e.text), []);
});

test('a place before a body noun names the body: "Little Rock police" is an organisation, "Little Rock" a place', () => {
  const ms = run('Little Rock police say two men were shot. Harris County sheriff\'s deputies said a third man fled.');
  assert.equal(find(ms, 'Little Rock police').type, 'organisation');
  assert.equal(find(ms, 'Little Rock').type, 'place');
  assert.ok(!ms.some((m) => m.type === 'person'), JSON.stringify(ms.map((m) => [m.text, m.type])));
  assert.equal(find(ms, "Harris County sheriff's deputies").type, 'organisation');
});

test('ranks and roles before a name are no part of it', () => {
  const ms = run('Sgt. John Smith said two men were shot. Kansas City Police Chief Darryl Forte said one died. The man was hurt, said Off. Aaron Patty.');
  const smith = find(ms, 'John Smith');
  assert.equal(smith.type, 'person');
  assert.equal(smith.role?.text, 'Sgt.');
  assert.equal(find(ms, 'Darryl Forte').role?.text, 'Kansas City Police Chief');
  assert.equal(find(ms, 'Aaron Patty').type, 'person');
  assert.ok(!ms.some((m) => /^(Sgt|Off)\b/.test(m.text)), JSON.stringify(ms.map((m) => m.text)));
});

test("an office's name runs over a title's possessive", () => {
  const ms = run('The Stokes County Sheriff’s Department believes the father shot his family.');
  assert.equal(find(ms, 'Stokes County Sheriff’s Department').type, 'organisation');
  const lowerCase = run("One man is dead, according to the Bristol County District Attorney's office.");
  assert.equal(find(lowerCase, "Bristol County District Attorney's office").type, 'organisation');
  assert.ok(!lowerCase.some((m) => m.text === 'Bristol County District'), JSON.stringify(lowerCase.map((m) => m.text)));
});

test('"Police in Lexington say": the body before its place is an organisation, the place no person', () => {
  const ms = run('Police in Lexington say a juvenile was shot.');
  assert.equal(find(ms, 'Police in Lexington').type, 'organisation');
  assert.equal(find(ms, 'Lexington').type, 'place');
});

test('organisation names with "and" inside stay whole', () => {
  const cases: [string, string][] = [
    ['A spokesman for Texas Parks and Wildlife said the lake was closed.', 'Texas Parks and Wildlife'],
    ['The Bureau of Alcohol, Tobacco, Firearms and Explosives is investigating.', 'Bureau of Alcohol, Tobacco, Firearms and Explosives'],
    ['Johnson and Johnson said sales rose.', 'Johnson and Johnson'],
    ['Procter and Gamble said sales rose.', 'Procter and Gamble'],
    ['Shares of Procter & Gamble rose.', 'Procter & Gamble'],
    ['The Department of Health and Human Services said it would act.', 'Department of Health and Human Services'],
    ['The Department of Fish and Game warned hunters.', 'Department of Fish and Game'],
    ['The U.S. Fish and Wildlife Service listed the bird.', 'U.S. Fish and Wildlife Service'],
    ['Dallas Police and Fire said two were hurt.', 'Dallas Police and Fire'],
  ];
  for (const [text, name] of cases) {
    const ms = run(text);
    assert.equal(find(ms, name).type, 'organisation', text);
    assert.ok(!ms.some((m) => m.type === 'person'), `${text}: ${JSON.stringify(ms.map((m) => [m.text, m.type]))}`);
  }
});

test('two names joined by "and" stay two', () => {
  const people = run('Smith and Jones said the plan failed.');
  assert.deepEqual(people.map((m) => [m.text, m.type]), [['Smith', 'person'], ['Jones', 'person']]);
  const places = run('Storms hit Texas and Oklahoma on Monday.');
  assert.deepEqual(places.map((m) => [m.text, m.type]), [['Texas', 'place'], ['Oklahoma', 'place']]);
  const schools = run('The University of Texas and Texas A&M agreed.');
  assert.equal(find(schools, 'University of Texas').type, 'organisation');
  assert.ok(schools.some((m) => m.text === 'Texas A&M'), JSON.stringify(schools.map((m) => m.text)));
  assert.equal(find(run('AT&T said prices would rise.'), 'AT&T').type, 'organisation');
  const banks = run('Bank of America and Wells Fargo reported earnings.');
  assert.equal(find(banks, 'Bank of America').type, 'organisation');
  assert.ok(!banks.some((m) => m.text.includes(' and ')), JSON.stringify(banks.map((m) => m.text)));
});

test('a CamelCase site or programme name after a place is no part of the place', () => {
  const ms = run('Video from West Adams OnScene shows the fire. The clip aired on Houston NewsChannel on Monday.');
  assert.equal(find(ms, 'West Adams').type, 'place');
  assert.equal(find(ms, 'Houston').type, 'place');
  assert.ok(!ms.some((m) => /OnScene|NewsChannel/.test(m.text) && m.type === 'place'), JSON.stringify(ms.map((m) => [m.text, m.type])));
  const names = run('Gov. Ron DeSantis and Kevin McCarthy spoke on Monday.');
  assert.ok(names.some((m) => m.text === 'Ron DeSantis'), JSON.stringify(names.map((m) => m.text)));
  assert.ok(names.some((m) => m.text === 'Kevin McCarthy'), JSON.stringify(names.map((m) => m.text)));
});

test('two streets joined by "and" name their crossing', () => {
  const ms = run('Two men were shot at Braunfels Avenue and Gibbs Street on Monday.');
  assert.equal(find(ms, 'Braunfels Avenue and Gibbs Street').type, 'place');
});

test('a speaking pronoun skips a person the text tells as of the other sex', () => {
  const text = 'Annique Davis says she was in the kitchen. Her former partner, Tom Reed, is angry. Reed is no longer with Davis. "Where is the gun?" he said. Davis says she does not know.';
  const ms = run(text);
  const he = ms.find((e) => e.text === 'he');
  const target = he?.refersTo !== undefined ? ms[he.refersTo] : undefined;
  // Reed, not Davis, who is told as "she".
  assert.match(target?.text ?? '', /Reed/);
});

test('a speaking pronoun goes to the person told with its sex in the sentence before, not a nearer one whose sex is never told', () => {
  const text = 'Greg Hale, 58, said in a statement that he had called Ana Moreno to concede. "The voters have spoken," he said.';
  const ms = run(text);
  const he = ms.filter((e) => e.text === 'he').at(-1);
  const target = he?.refersTo !== undefined ? ms[he.refersTo] : undefined;
  assert.match(target?.text ?? '', /Hale/);
});

test('a possessive right after a person\'s speech verb tells that person\'s sex, so a later "she said" goes to them', () => {
  const text = 'Rosa Alvarez said her nephew was out with friends at a home nearby. The boy often visited Tom Perez\'s home as well, she said.';
  const ms = run(text);
  const she = ms.find((e) => e.text === 'she');
  const target = she?.refersTo !== undefined ? ms[she.refersTo] : undefined;
  assert.match(target?.text ?? '', /Alvarez/);
  // A "She said" right after a resolved trailing "she said" goes on with the same speaker.
  const more = run('Rosa Alvarez said her nephew was out with friends. The boy often visited Tom Perez\'s home, she said. She said the teens were playing.');
  const shes = more.filter((e) => /^she$/i.test(e.text)).map((e) => (e.refersTo !== undefined ? more[e.refersTo]!.text : ''));
  assert.deepEqual(shes.map((x) => /Alvarez/.test(x)), [true, true], shes.join('; '));
});

/** Cases of [why, text, the pronoun's words (its last place in the text), the person it refers to or null]. */
type RefCase = readonly [string, string, string, string | null];
const checkRefs = (cases: readonly RefCase[]) => {
  for (const [why, text, at, expected] of cases) assert.equal(refOf(text, text.lastIndexOf(at)), expected, why);
};

test('a "he said" goes to who spoke or led the sentence before, not to a person that sentence spoke of', () => {
  checkRefs([
    ['the speaker of the sentence before', 'Maria Lopez told reporters that John Smith was shot in the leg on Friday. "He is a good kid," she said.', 'she said', 'Maria Lopez'],
    ['past a role', 'Officers found Jacob Moore in the street, said police Chief Tom Brady. "We are looking for the shooter," he said.', 'he said', 'Tom Brady'],
    ['past an aside', 'Carla Ruiz, the mother of Ana Diaz, said on Friday that the family was at home. She said they heard shots.', 'She said', 'Carla Ruiz'],
    ['past a helping verb', 'Ann Bell has told reporters the office will not charge Tom Reed. "It is not the time," she said.', 'she said', 'Ann Bell'],
    ['the subject, not the person named after a verb', 'District Attorney Jimmy Dunn sought the death penalty for Jason Holt. He said the outcome was fair.', 'He said', 'Jimmy Dunn'],
    ['a trailing "he said" is not the person its own sentence tells of', 'Sheriff Tony Davis spoke at noon. Jacob Moore was found in the street, he said.', 'he said', 'Tony Davis'],
    ['a pronoun opening a clause may be', 'Sheriff Tony Davis spoke at noon. When reporters asked Mark Hite about a suspect, he said the case was open.', 'he said', 'Mark Hite'],
    ['"said he" is told of someone: the nearest person', 'On Friday, police said Earnest Woodley shot his girlfriend. Police said he then fled.', 'he then', 'Earnest Woodley'],
  ]);
});

test('a given name mostly given to one sex tells the person\'s sex; a "said he" is its sayer\'s; a pronoun inside a quotation is left alone', () => {
  checkRefs([
    ['"Maria" is told as "she", "Tom" as "he"', 'Tom Reed told officers that Maria Lopez was at home. "I was afraid," she said.', 'she said', 'Maria Lopez'],
    ['a given name told of both sexes tells none', 'Kelly Marsh told officers that Maria Lopez was at home. "I was afraid," she said.', 'she said', 'Kelly Marsh'],
    ['"X, 34, a friend of Y, said she" is the sayer\'s, not of the person in the asides', 'Omar Hamilton was shot in the stomach. Latieka Jones, 34, a friend of Ana Ruiz, said she was shot in the foot.', 'she was', 'Latieka Jones'],
    ['"He said he" is the first pronoun\'s person', 'Scott Swier, an attorney for Mark Ward, spoke on Friday. He said he could not comment further.', 'he could', 'Scott Swier'],
    ['the person the pronoun\'s own clause spoke of, by any of its mentions, is passed over', 'Paul Howard said the jury was split. The jurors deliberated Brian Nichols\' fate for 40 hours. The prosecutor gambled when he denied a Nichols offer a year ago. He said he would urge lawmakers to act.', 'He said', 'Paul Howard'],
    ['inside a quotation the pronoun is not the narrator\'s', 'James Maloney stopped his car. “I saw a man kneeling next to a kid. He said his son had been shot,” Maloney said.', 'He said', null],
  ]);
});

test('a name with a capital after its prefix is a person by its shape', () => {
  for (const [text, name] of [['Police said DeShaun Swanson was shot on Friday.', 'DeShaun Swanson'], ['The father, DeAngelo Mansion, spoke on Friday.', 'DeAngelo Mansion']] as const) {
    assert.equal(find(run(text), name).type, 'person', name);
  }
  // A capital inside a site's or a programme's name is no person's ("NewsChannel Nine").
  assert.notEqual(run('Watch NewsChannel Nine tonight for more.').find((e) => e.text.includes('NewsChannel'))?.type, 'person');
});

test('a body named after its place is the body ("City of Miami Police"); the place alone stays a place', () => {
  const ms = run('City of Miami Police officer Rene Pimentel said the victims were taken to a hospital in the City of Miami.');
  assert.equal(find(ms, 'City of Miami Police').type, 'organisation');
  assert.equal(ms.find((m) => m.text === 'City of Miami' || m.text === 'Miami')?.type ?? 'place', 'place');
});

test('a surname led by lower-case particles stays with the given name; a place after "of" does not join a person', () => {
  const ms = run('Maria de la Cruz was there. The victim, Juan Carlos del Rio, 22, died. John Smith of Boston said little.');
  assert.equal(find(ms, 'Maria de la Cruz').type, 'person');
  assert.equal(find(ms, 'Juan Carlos del Rio').type, 'person');
  assert.equal(find(ms, 'John Smith').type, 'person');
  assert.equal(find(ms, 'Boston').type, 'place');
});

test('an Arabic article hyphened to a surname stays in the name; alone it opens none', () => {
  const ms = run('Red Crescent spokesman Tawfik al-Shukri said 29 people were missing. Police said Ahmed al-Masri was arrested.');
  assert.equal(find(ms, 'Tawfik al-Shukri').type, 'person');
  assert.equal(find(ms, 'Ahmed al-Masri').type, 'person');
  assert.ok(!run('The al-Qaida group claimed it.').some((m) => m.text.startsWith('al-')));
});

test('a speaker\'s surname is the fuller name that speaks, not the nearer one that does not', () => {
  const ms = run('“It’s just sad right now,” said Alicia Shannon. Her son, Raheem Shannon, was shot about a block from his home. “They was at the store,” said Shannon.');
  const short = ms.find((m) => m.text === 'Shannon');
  assert.equal(short?.refersTo !== undefined ? ms[short.refersTo]?.text : null, 'Alicia Shannon');
  // With no fuller name that speaks, the nearest before still wins.
  const near = run('Alicia Shannon lives nearby. Raheem Shannon, 20, was shot. Shannon said it was loud.');
  const s2 = near.find((m) => m.text === 'Shannon');
  assert.equal(s2?.refersTo !== undefined ? near[s2.refersTo]?.text : null, 'Raheem Shannon');
  // A bearer first told as the other's relative ("Her son, Raheem Shannon") takes no bare surname: the principal does.
  const kin = run('Alicia Shannon lives nearby. Her son, Raheem Shannon, was shot. Shannon said it was loud.');
  const s3 = kin.find((m) => m.text === 'Shannon');
  assert.equal(s3?.refersTo !== undefined ? kin[s3.refersTo]?.text : null, 'Alicia Shannon');
});

test('a capitalised pair after an article and before a word in lower case names that thing, no person; a compass point alone names nothing', () => {
  const ms = run('The club owner says they were having an after party as part of the Afro Arts festival. Police say five people were shot near NW 16th Street.');
  assert.notEqual(ms.find((m) => m.text === 'Afro Arts')?.type, 'person');
  assert.ok(!ms.some((m) => m.text === 'NW'));
  // A pair that speaks after an article is still a person's name.
  assert.equal(find(run('Outside the store, a Marcus Webb said he heard shots.'), 'Marcus Webb').type, 'person');
});

test('a speaking pronoun is not the person of untold sex its own pronoun spoke of before', () => {
  const dayton = 'Johnson said she didn\'t know Curtis, but she had seen him at the event. It wasn\'t missed on her that she and he were shot by the same man. "From the same gun, the same bullets took somebody\'s life," she said.';
  assert.equal(refOf(dayton, dayton.lastIndexOf('she said')), 'Johnson');
  const visit = 'Todd Wilson stopped over at the grandmother\'s house. She\'s sad about the death of eight month Jayden Redden. "It\'s very disturbing," she said.';
  assert.equal(refOf(visit, visit.lastIndexOf('she said')), null);
  // A person told before the pronoun's sentence and with nothing against them is still meant.
  const plain = 'Jayden Redden was at home on Friday. "It\'s very disturbing," she said.';
  assert.equal(refOf(plain, plain.lastIndexOf('she said')), 'Jayden Redden');
});

test('a name with a number after it names a venue, not a place; a count after a place still leaves the place', () => {
  const places = (text: string) => run(text).filter((e) => e.type === 'place').map((e) => e.text);
  assert.deepEqual(places('Two men were arrested in the shooting outside Cloud 9 in Ocala.'), ['Ocala']);
  assert.deepEqual(places('He drove to Studio 54 that night.'), []);
  assert.ok(places('In Chicago 3 people were shot overnight.').includes('Chicago'));
});

test('two words ending in a street\'s head word are a person where ", who" follows, or a known given name speaks', () => {
  const text = 'Kyra Street, who said she is the girl\'s sister, was in the yard. Tony Park said he saw it. Police closed Elm Street, which was reopened. Downing Street said on Monday it would act.';
  const ms = run(text);
  assert.equal(find(ms, 'Kyra Street').type, 'person');
  assert.equal(find(ms, 'Tony Park').type, 'person');
  assert.equal(find(ms, 'Elm Street').type, 'place');
  assert.notEqual(find(ms, 'Downing Street').type, 'person');
});

test('a speaking pronoun right after a sentence that opens with an unnamed person of its sex means that person, not one named further back', () => {
  const text = '"There are three victims," said Sgt. Marisa Barnes, a police spokeswoman. A police report was released Monday.\n\nA 20-year-old woman was shot in the hand while standing by her vehicle. She said she had heard five shots.';
  assert.equal(refOf(text, text.indexOf('She said')), null);
  const named = 'Sgt. Marisa Barnes, a police spokeswoman, spoke on Monday. The report was released Monday. She said the victims were teens.';
  assert.equal(refOf(named, named.indexOf('She said')), 'Marisa Barnes');
});

test('a speaking pronoun passes over a person of unknown sex when an unnamed person of its sex is told after them', () => {
  const text = 'Kelvin Watford, 50, died after being shot in a home. Investigators say Watford was trying to surprise the woman. She heard noises and grabbed her gun. She told investigators that she fired one shot.';
  assert.equal(refOf(text, text.indexOf('She told')), null);
  // Any word of the pronoun's sex names such a person, as the sex of a named one is read ("the boy's dad").
  const dad = "Kelvin Watford, 50, died after being shot in a home. Investigators say Watford was trying to visit the boy's dad. He heard noises. He told investigators that he fired one shot.";
  assert.equal(refOf(dad, dad.indexOf('He told')), null);
  // Who spoke keeps the pronoun: "Jones said ... She often saw the mother ... She said ...".
  const spoke = 'Teaethel Jones said the family was new to the street. She often saw the mother with a stroller. She said she thinks the mother has a son.';
  assert.equal(refOf(spoke, spoke.indexOf('She said')), 'Teaethel Jones');
});

test('a street ("Chimborazo Boulevard", "Leaflet Lane", "Oxford Drive") is a place; a person of that surname told with an age is a person', () => {
  const text = 'Carrington of Chimborazo Boulevard was found dead. Neighbors on Leaflet Lane heard shots near Oxford Drive. Police say 17-year-old Thomas Lane, a senior, was shot. Blair Shanahan Lane, 11, was struck.';
  const typeOf = (name: string) => run(text).find((e) => e.text === name)?.type;
  assert.deepEqual(['Chimborazo Boulevard', 'Leaflet Lane', 'Oxford Drive', 'Thomas Lane', 'Blair Shanahan Lane'].map(typeOf), ['place', 'place', 'place', 'person', 'person']);
  assert.equal(run('A 28-year-old Brooklyn Park man was arrested.').find((e) => e.text === 'Brooklyn Park')?.type, 'place');
  assert.equal(run('Residents of the Villa Hermosa Apartments said they heard shots.').find((e) => e.text === 'Villa Hermosa Apartments')?.type, 'place');
});

test('a sentence adverb set off by a comma ("Earlier, the sheriff said") is no person', () => {
  const persons = run('Earlier, the sheriff said Kevin was 13 years old. Later, police said he was 12.').filter((e) => e.type === 'person').map((e) => e.text);
  assert.ok(!persons.includes('Earlier') && !persons.includes('Later'), persons.join(' | '));
});

test('"Hambrick\'s mother" tells the mother\'s sex, not Hambrick\'s; a speaking pronoun of her sex after it means her, whom no mention names', () => {
  const text = 'Williams is accused of shooting Ricky Hambrick on Dec. 19.\n\nNews 2 spoke with Hambrick’s mother, Courtney, about the case. She said Thursday was the first day they could see their son’s body.';
  assert.equal(refOf(text, text.indexOf('She said')), null);
  const own = 'Police spoke with Maria Diaz about the case. She said her son was a good boy.';
  assert.equal(refOf(own, own.indexOf('She said')), 'Maria Diaz');
  // "The mother of 4-year-old Tegan White tells ... that her son": the verb is the mother's, and so is "she" after it.
  const of = 'A boy was shot in Kingsport. The mother of 4-year-old Tegan White tells the Times-News that her son was shot in the head. On Saturday she said Tegan was in stable condition.';
  assert.equal(refOf(of, of.indexOf('she said')), null);
  // "the 15-year-old admitted to shooting Izabella, although he said": the unnamed subject speaks, not whom it shot.
  const subject = 'A girl was found dead. During an interview, the 15-year-old admitted to shooting Izabella, although he said that he thought she was a deer.';
  assert.equal(refOf(subject, subject.indexOf('he said')), null);
});

test('a local office before a name ("County Commissioner", "Councilman", "Chief of Police") is a title, not part of the name', () => {
  for (const text of ['County Commissioner Paul Trantham said the park is safe.', 'Advisory Neighborhood Commissioner Paul Trantham confirmed two men were dead.', 'Councilman Joe Buscaino said the city will act.', 'Chief of Police Joe Buscaino said the city will act.', '“We will act,” Chief of Department Paul Trantham said.']) {
    const persons = run(text).filter((e) => e.type === 'person').map((e) => e.text);
    assert.equal(persons.length, 1, `${text}: ${persons.join(' | ')}`);
    assert.ok(/^(?:Paul Trantham|Joe Buscaino)$/.test(persons[0]!), persons[0]);
  }
});

test('two words after a title, the last a head word that is also a surname ("Deputy Police Chief Renee Hall"), name a person', () => {
  for (const [text, name] of [['Detroit Deputy Police Chief Renee Hall said the men fled.', 'Renee Hall'], ['Hazelwood Police Chief Greg Hall said two men were hurt.', 'Greg Hall'], ['Police Chief John Street said so.', 'John Street']] as const) {
    const persons = run(text).filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(persons, [name], `${text}: ${run(text).map((e) => `${e.type}:${e.text}`).join(' | ')}`);
  }
  // A hall named without a title stays a place or a body.
  assert.ok(!run('The vigil was held at Carnegie Hall on Monday.').some((e) => e.type === 'person'));
});

test('a state’s troopers and a highway patrol are bodies, not people', () => {
  const ms = run('A boy was shot in Wasilla, Alaska State Troopers say. The Florida Highway Patrol closed the road.');
  assert.equal(find(ms, 'Alaska State Troopers').type, 'organisation');
  assert.equal(find(ms, 'Florida Highway Patrol').type, 'organisation');
});

test('a conjunction or adverb that opens a sentence is no part of the name after it ("Whenever Laura Stetser posts")', () => {
  const ms = run("Whenever Laura Stetser posts new content, you'll get an email. Unless Mary Jones calls, we wait. Once officers arrived, the crowd left.");
  assert.deepEqual(ms.map((e) => e.text), ['Laura Stetser', 'Mary Jones']);
});

test('a name opened by a place\'s lead word is a place: "Fort Riley posted on their Facebook page", "Mount Oliver"', () => {
  const ms = run('Fort Riley posted on their Facebook page that it was an isolated incident. Officers from Mount Oliver and Port Richey helped.');
  for (const name of ['Fort Riley', 'Mount Oliver', 'Port Richey']) assert.equal(find(ms, name).type, 'place', name);
  // A body named after such a place stays the body.
  assert.equal(find(run('The Fort Worth Police Department said the man was arrested.'), 'Fort Worth Police Department').type, 'organisation');
});

test('a body\'s name run on into a person\'s is two names; a head word alone before a name is none', () => {
  const ms = run('According to Corporal J. T. Banks of the Harlan Detachment Laura M. Pike, 41, has been charged. Office Daniel Ruiz was hit in the leg.');
  assert.equal(find(ms, 'Harlan Detachment').type, 'organisation');
  assert.equal(find(ms, 'Laura M. Pike').type, 'person');
  assert.equal(find(ms, 'Daniel Ruiz').type, 'person');
  assert.ok(!ms.some((e) => /Office|Detachment Laura/.test(e.text) && e.type === 'person'), ms.map((e) => `${e.type}:${e.text}`).join('; '));
});

test('"New" and "Great" open names of places and bodies before another capitalised word, never alone', () => {
  const ms = run('Officers from New Orleans arrived after the shooting in New Haven. The Great Falls police chief spoke to the New York Times. New details emerged on Friday. NEW BEDFORD (AP) - Two men were shot.');
  for (const name of ['New Orleans', 'New Haven', 'Great Falls', 'NEW BEDFORD']) assert.equal(find(ms, name).type, 'place', name);
  assert.equal(find(ms, 'New York Times').type, 'organisation');
  assert.ok(!ms.some((e) => /^(?:Orleans|Haven|Falls|York Times|New details)$/.test(e.text)), ms.map((e) => `${e.type}:${e.text}`).join('; '));
});

test('initials written with their stops before a surname name a person; a place\'s initials, a post box and a school do not', () => {
  const ms = run('Police arrested C.J. Walton, 22, on Friday. Coach Smith praised A.J. Preston. Mail it to P.O. Box 12. The boy attends S.R. Marmon Elementary. U.S. Marshals took him.');
  for (const name of ['C.J. Walton', 'A.J. Preston']) assert.equal(find(ms, name).type, 'person', name);
  assert.ok(!ms.some((e) => e.type === 'person' && /^(?:P\.O\.|S\.R\.|U\.S\.)/.test(e.text)), ms.map((e) => `${e.type}:${e.text}`).join('; '));
});

test('a state of the United States is a place, however its name is shaped', () => {
  for (const [text, name] of [["He broke North Carolina's career scoring record on Thursday.", 'North Carolina'], ['A man in Davidson County, Pennsylvania was shot on Thursday.', 'Pennsylvania'], ['Police in Tennessee said two men were arrested.', 'Tennessee']] as const) {
    const ms = run(text);
    assert.equal(find(ms, name).type, 'place', text);
  }
});

test('a player\'s position before a name is a title, not part of the name', () => {
  const ms = run('Quarterback Jay Cutter, 29, threw 19 touchdown passes. Pitcher Tom Leed won.');
  assert.equal(find(ms, 'Jay Cutter').type, 'person');
  assert.ok(!ms.some((m) => /^Quarterback\b/.test(m.text)), ms.map((m) => m.text).join('; '));
  assert.equal(find(ms, 'Tom Leed').role?.text, 'Pitcher');
});

test('a nickname in quote marks inside a name is one person, named and keyed without the nickname', () => {
  const ms = run('Carmine "The Snake" Persico, the longtime boss, has died. Persico was 85.');
  const boss = ms.find((m) => m.span[0] === 0);
  assert.equal(boss?.type, 'person');
  assert.equal(boss?.text, 'Carmine Persico');
  assert.equal(boss?.key, 'carmine persico');
  const short = ms.find((m) => m.text === 'Persico' && m.span[0] > 0);
  assert.equal(short?.refersTo !== undefined ? ms[short.refersTo]?.text : null, 'Carmine Persico');
});

test('a known place and a plural after "the" name a team, told again by its plural; a place\'s own plural names no team', () => {
  const text = 'The Sacramento Kings fired coach Dave Walton. The Kings lost to the Detroit Lions. He fished in the Florida Keys.';
  const ms = run(text);
  assert.equal(find(ms, 'Sacramento Kings').type, 'organisation');
  assert.equal(find(ms, 'Detroit Lions').type, 'organisation');
  assert.equal(refOf(text, text.indexOf('Kings lost')), 'Sacramento Kings');
  assert.notEqual(ms.find((e) => e.text === 'Florida Keys')?.type, 'organisation');
});

test('a name owning the home after a locative preposition is its owner, a person: "going over to Joel\'s house"', () => {
  const ms = run('That day she was going over to Joel\'s house to help with his bills. Police went to Smith\'s apartment on Sunday. They flew to Denver\'s airport.');
  assert.equal(find(ms, 'Joel').type, 'person');
  assert.equal(find(ms, 'Smith').type, 'person');
  assert.equal(find(ms, 'Denver').type, 'place');
});

test('a known place and one word after "the" name a team or a body, told again by that word; a place\'s own part stays a place', () => {
  const ms = run('The Colorado Summit fired their coach after a loss to the Minnesota Wild. The Houston Chronicle reported it first, and the Chronicle said more. Snow fell on the Texas Panhandle.');
  assert.equal(find(ms, 'Colorado Summit').type, 'organisation');
  assert.equal(find(ms, 'Minnesota Wild').type, 'organisation');
  const chronicle = find(ms, 'Chronicle', 100);
  assert.equal(chronicle.type, 'organisation');
  assert.equal(ms[chronicle.refersTo!]?.text, 'Houston Chronicle');
  assert.equal(find(ms, 'Texas Panhandle').type, 'place');
});
