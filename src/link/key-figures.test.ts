// Pins how key figures choose the killed and injured counts of a shooting among the story's rival values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle, loadAttributionModel } from '../analyze/index.js';
import { groupClaims, type LinkArticle } from './claim-groups.js';
import { resolveEntities } from './entities.js';
import { headlineOneHurt, headlineToll, keyFigures } from './key-figures.js';

const model = loadAttributionModel();
function figures(docs: [outlet: string, published: string, text: string][]): Record<string, unknown> {
  const articles: LinkArticle[] = docs.map(([outlet, published, text], i) => ({
    id: `a${i + 1}`, outlet, published, syndicatedFrom: null,
    analysis: analyzeArticle({ id: `a${i + 1}`, text, published, outlet }, { attributionModel: model }),
  }));
  const out: Record<string, unknown> = {};
  for (const f of keyFigures(groupClaims(articles, resolveEntities(articles.map((a) => a.analysis))))) out[f.measure] = f.value;
  return out;
}

test('"five teens were shot" outweighs a hurt count of victims told one by one', () => {
  const f = figures([
    ['Paper One', '2016-03-01', 'Five teens were shot outside a gym on Saturday night, police said.\n\nOne victim was taken to a hospital with a wound to the leg.'],
    ['Paper Two', '2016-03-02', 'Police said five teenagers were shot after a basketball game on Saturday.'],
  ]);
  assert.equal(f.injured, 5);
  assert.equal(f.killed, undefined);
});

test('a survivor told beside a death keeps the injured figure', () => {
  const f = figures([
    ['Paper One', '2016-03-01', 'A gunman opened fire in a home on Sunday night, killing an 11-year-old boy and leaving his brother in critical condition.'],
    ['Paper Two', '2016-03-02', 'The 11-year-old boy died at the scene on Sunday, police said.'],
  ]);
  assert.equal(f.killed, 1);
  assert.equal(f.injured, 1);
});

test('a first report of a hurt victim who later died states no injured', () => {
  const f = figures([
    ['Paper One', '2016-03-01', 'A man was shot on Elm Street on Sunday night.\n\nHe is in critical condition at a local hospital, police said.'],
    ['Paper Two', '2016-03-02', 'The man who was shot on Elm Street on Sunday night has died, police said.'],
  ]);
  assert.equal(f.killed, 1);
  assert.equal(f.injured, undefined);
});

test('a toll stated as a number of officers leads before people told one by one', () => {
  const f = figures([
    ['Paper One', '2016-07-08', 'Five police officers were killed in a shooting at the end of a protest on Thursday night.'],
    ['Paper Two', '2016-07-09', 'The five officers killed by a gunman on Thursday night were remembered on Friday.'],
    ['Paper Three', '2016-07-11', 'Taylor found out later that her sons were unharmed but that an officer had died.'],
  ]);
  assert.equal(f.killed, 5);
});

test('a toll told as risen leads over an earlier count repeated by more outlets', () => {
  const f = figures([
    ['Paper One', '2017-02-10', 'Police are investigating a shootout that killed three people and injured a fourth.'],
    ['Paper Two', '2017-02-10', 'Three people were killed in the shootout at the apartments, police said.'],
    ['Paper Three', '2017-02-12', 'A fourth victim in the deadly shooting at the apartments, that killed three others, has died.'],
  ]);
  assert.equal(f.killed, 4);
});

test('the count of shooters killed is no rival of the victims\' toll', () => {
  const f = figures([
    ['Paper One', '2015-12-02', 'Fourteen people were killed and 21 injured in the attack on Wednesday. Two suspects were killed in a shootout with police hours later.'],
    ['Paper Two', '2015-12-03', 'Two suspects were killed in the shootout, police said.'],
  ]);
  assert.notEqual(f.killed, 2);
});

test('headlines state the toll when no sentence does', () => {
  const articles: LinkArticle[] = [['Paper One', 'The man was tending to his cattle and accidentally discharged the gun, the sheriff said.'], ['Paper Two', 'Investigators responded to an accidental shooting at a ranch on Wednesday.']].map(([outlet, text], i) => ({
    id: `a${i + 1}`, outlet, published: '2016-09-28', syndicatedFrom: null,
    analysis: analyzeArticle({ id: `a${i + 1}`, text, published: '2016-09-28', outlet }, { attributionModel: model }),
  }));
  const groups = groupClaims(articles, resolveEntities(articles.map((a) => a.analysis)));
  const none = keyFigures(groups);
  assert.equal(none.find((k) => k.measure === 'killed'), undefined);
  const withHeads = keyFigures(groups, undefined, [
    { articleId: 'a1', title: 'County man dies after accidental shooting', outlet: 'Paper One', published: '2016-09-28' },
    { articleId: 'a2', title: 'Shootout at a tavern leaves 1 dead, injures five - Paper Two', outlet: 'Paper Two', published: '2016-09-28' },
  ]);
  assert.equal(withHeads.find((k) => k.measure === 'killed')?.value, 1);
  assert.equal(withHeads.find((k) => k.measure === 'injured')?.value, 5);
  assert.deepEqual(headlineToll('Teen charged in shooting death of 17-year-old'), {});
  assert.deepEqual(headlineToll('6 Shot, One Critically Hurt in Bar Shootout'), {});
  // The ordinal of a body found counts the dead found so far.
  assert.deepEqual(headlineToll('Second body found at burned farmhouse - Paper Three'), { killed: 2 });
  assert.deepEqual(headlineToll('Divers search for second body in river'), {});
  // An age at death is an obituary's, no toll.
  assert.deepEqual(headlineToll("Hollywood's Mermaid, Esther Williams dies at 91"), {});
  assert.deepEqual(headlineToll("Mark Felt, 'Deep Throat' of Watergate, dead at 95"), {});
  assert.deepEqual(headlineToll("Hollywood's mermaid Esther Williams dies"), {});
  // A death told with harm is a toll still.
  assert.deepEqual(headlineToll('County man dies after accidental shooting'), { killed: 1 });
  assert.deepEqual(headlineToll('Juvenile Dies After Morgantown Man Allegedly Mishandles Handgun'), { killed: 1 });
});

test('a toll of dead told lower later by the same origin, without words of correction, does not lead', () => {
  const f = figures([
    ['Paper One', '2016-05-01', 'Four people were killed in a shooting at a house on Elm Street on Sunday, police said.'],
    ['Paper Two', '2016-05-01', 'Four people were killed in the shooting on Elm Street, police said.'],
    ['Paper One', '2016-05-03', 'Two people were killed inside the house, police said.'],
  ]);
  assert.equal(f.killed, 4);
});

function figureList(docs: [outlet: string, published: string, text: string][]) {
  const articles: LinkArticle[] = docs.map(([outlet, published, text], i) => ({
    id: `a${i + 1}`, outlet, published, syndicatedFrom: null,
    analysis: analyzeArticle({ id: `a${i + 1}`, text, published, outlet }, { attributionModel: model }),
  }));
  return keyFigures(groupClaims(articles, resolveEntities(articles.map((a) => a.analysis))));
}

test('a figure that is not an updated series reads with no arrow; a bound its value meets is no rival', () => {
  const figs = figureList([
    ['Paper One', '2016-03-01', 'Two people were killed in a shooting on Elm Street on Sunday night, police said.'],
    ['Paper Two', '2016-03-02', 'Two people were killed in the shooting on Elm Street, the sheriff said.'],
    ['Paper Three', '2016-03-03', 'A man was killed in the shooting on Elm Street on Sunday.'],
  ]);
  const killed = figs.find((f) => f.measure === 'killed');
  assert.equal(killed?.value, 2);
  assert.notEqual(killed?.verdict, 'updated');
  assert.doesNotMatch(killed?.statement ?? '', /→/);
  assert.doesNotMatch(killed?.statement ?? '', /at least 1/);
});

test('counts of a charge lead no story; a count taken back or a link to another story states nothing', () => {
  const figs = figureList([
    ['Paper One', '2016-03-01', 'Three people were wounded in a shooting on Elm Street on Sunday. Smith was charged with four counts of attempted murder.'],
    ['Paper Two', '2016-03-02', 'Three people were wounded in the shooting. Smith faces four counts of attempted murder, prosecutors said.'],
  ]);
  assert.equal(figs.find((f) => f.measure === 'charged'), undefined, JSON.stringify(figs.map((f) => f.statement)));
  // Nor do charges with no charge named ("charged with two felonies"): they are no people charged.
  const felonies = figureList([['Paper One', '2016-01-04', 'A boy was shot at a home on Sunday. The father was charged with two felonies in the shooting.']]);
  assert.equal(felonies.find((f) => f.measure === 'charged'), undefined, JSON.stringify(felonies.map((f) => f.statement)));
  const taken = figureList([
    ['Paper One', '2016-03-01', 'Five people were shot at a club on Sunday. Early reports said one person had died in the shooting, but that proved to be incorrect, the fire rescue said.'],
    ['Paper Two', '2016-03-01', 'Five people were shot at the club on Sunday, police said. RELATED: Crash on the interstate leaves two workers dead'],
  ]);
  assert.equal(taken.find((f) => f.measure === 'killed'), undefined, JSON.stringify(taken.map((f) => f.statement)));
});

test('a headline telling one person hurt, with no count and no death, states 1 injured where no sentence does', () => {
  const articles: LinkArticle[] = [['Paper One', 'The girl was playing with a gun at a friend\'s home, deputies said.'], ['Paper Two', 'Deputies responded to the home on Tuesday.']].map(([outlet, text], i) => ({
    id: `a${i + 1}`, outlet, published: '2016-01-14', syndicatedFrom: null,
    analysis: analyzeArticle({ id: `a${i + 1}`, text, published: '2016-01-14', outlet }, { attributionModel: model }),
  }));
  const groups = groupClaims(articles, resolveEntities(articles.map((a) => a.analysis)));
  const figs = keyFigures(groups, undefined, [
    { articleId: 'a1', title: 'Teen girl accidentally shoots herself in the hand', outlet: 'Paper One', published: '2016-01-14' },
    { articleId: 'a2', title: '16-Year-Old Accidentally Shot', outlet: 'Paper Two', published: '2016-01-14' },
  ]);
  assert.equal(figs.find((k) => k.measure === 'injured')?.value, 1);
  assert.equal(headlineOneHurt('Two men shot on Elm Street'), false);
  assert.equal(headlineOneHurt('Police: Man shot, killed'), false);
  assert.equal(headlineOneHurt('Man shot at by police'), false);
  assert.deepEqual(headlineToll('Teen Killed, Another Wounded in St. Paul Shooting'), { killed: 1, injured: 1 });
});

test('the whole leads the figure over a part of it that more outlets tell', () => {
  const figs = figureList([
    ['Paper One', '2016-03-01', 'Five people were wounded in a shooting on Elm Street on Sunday night, police said. Two of the victims were in critical condition and three suffered minor injuries.'],
    ['Paper Two', '2016-03-01', 'Two of the victims were in critical condition and three suffered minor injuries after the shooting on Elm Street, police said.'],
    ['Paper Three', '2016-03-01', 'Two of the victims were in critical condition after the shooting on Elm Street, the sheriff said.'],
  ]);
  const injured = figs.find((f) => f.measure === 'injured');
  assert.equal(injured?.value, 5, figs.map((f) => f.statement).join('\n'));
  assert.notEqual(injured?.verdict, 'contested');
});

test('an age range\'s upper end counts nobody hurt', () => {
  const f = figures([
    ['Paper One', '2016-03-01', 'Three men were wounded on Elm Street on Sunday. The victims, all men between the ages of 18 and 23, were taken to a hospital.'],
    ['Paper Two', '2016-03-02', 'Three men between the ages of 18 and 23 were wounded on Elm Street, police said.'],
  ]);
  assert.equal(f.injured, 3);
});

test('a toll of troops told by one outlet leads when the story tells no other toll of that measure', () => {
  const f = figures([
    ['Paper One', '2014-04-03', 'A shooting rampage left four troops including the gunman dead and 16 others injured, the commander said on Thursday.'],
    ['Paper Two', '2014-04-03', 'The base was locked down for hours on Wednesday night while investigators searched the scene.'],
  ]);
  assert.equal(f.killed, 4);
  assert.equal(f.injured, 16);
});

test('a toll of officers told by one outlet is an aside in a story that tells no people killed or hurt', () => {
  const f = figures([
    ['Paper One', '2024-10-18', 'About 1,500 North Korean troops have been sent to Russia, the spy agency said on Friday.'],
    ['Paper Two', '2024-10-18', 'Six North Korean officers were killed in a missile strike near Donetsk on October 3, a newspaper reported.'],
  ]);
  assert.equal(f.killed, undefined);
});

function figuresWithHeadlines(docs: [outlet: string, published: string, title: string, text: string][]): Record<string, unknown> {
  const articles: LinkArticle[] = docs.map(([outlet, published, , text], i) => ({
    id: `a${i + 1}`, outlet, published, syndicatedFrom: null,
    analysis: analyzeArticle({ id: `a${i + 1}`, text, published, outlet }, { attributionModel: model }),
  }));
  const heads = docs.map(([outlet, published, title], i) => ({ articleId: `a${i + 1}`, title, outlet, published }));
  const out: Record<string, unknown> = {};
  for (const f of keyFigures(groupClaims(articles, resolveEntities(articles.map((a) => a.analysis))), undefined, heads)) out[f.measure] = f.value;
  return out;
}

test('a headline that states more than the victims told one by one gives the count', () => {
  const f = figuresWithHeadlines([
    ['Paper One', '2016-03-01', 'Police: Teenager one of two people injured in shooting near parade route', 'A 17-year-old was shot in the shoulder near the parade route on Saturday night.'],
  ]);
  assert.equal(f.injured, 2);
  // A headline that states no more than the sentences leaves their figure.
  const g = figuresWithHeadlines([
    ['Paper One', '2016-03-01', 'Teen shot near parade route', 'A 17-year-old was shot in the shoulder near the parade route on Saturday night.'],
  ]);
  assert.equal(g.injured, 1);
});

test('a headline toll of several shootings is no toll of the story; an age is no count', () => {
  assert.deepEqual(headlineToll('3 dead, 5 hurt in South Side shootings'), {});
  assert.deepEqual(headlineToll('1 Dead, 4 Wounded in Pair of Shootings in South L.A.'), {});
  assert.deepEqual(headlineToll('Police: 8 Dead, 27 Wounded In Weekend Shootings Across Chicago'), {});
  assert.deepEqual(headlineToll('6 Hurt in 2 Downtown Minneapolis Shootings, Suspect Arrested'), {});
  assert.deepEqual(headlineToll('7 wounded in city shootings'), {});
  assert.deepEqual(headlineToll('3 hurt in overnight shootings'), {});
  // One shooting told as "shootings" keeps its toll.
  assert.deepEqual(headlineToll('One dead, four injured in Volunteer Parkway shootings'), { killed: 1, injured: 4 });
  assert.deepEqual(headlineToll('4-Year-Old Critically Wounds 3-Year-Old In Accidental Shooting'), {});
  const f = figuresWithHeadlines([
    ['Paper One', '2016-03-01', '3 dead, 5 hurt in South Side shootings', 'Four people were wounded in a Bronzeville shooting about 5:45 p.m. on Wednesday, police said.'],
  ]);
  assert.equal(f.killed, undefined);
  assert.equal(f.injured, 4);
});

test('a toll told only by a round-up of several shootings is left out where the story has articles of its own', () => {
  const roundUp: [string, string, string, string] = ['Paper One', '2016-05-11', '4 killed, 16 wounded in Wednesday shootings across Chicago', 'Five people were wounded at a bus stop in Park Manor on Wednesday afternoon, police said.\n\nTwo women and a man were killed in a domestic-related shooting Wednesday night in Englewood.'];
  const f = figuresWithHeadlines([roundUp, ['Paper Two', '2016-05-12', '5 shot at Park Manor bus stop', 'Four men and a woman were wounded at a bus stop in Park Manor on Wednesday, police said.']]);
  assert.equal(f.killed, undefined);
  assert.equal(f.injured, 5);
  // A story of the round-up alone keeps what it tells.
  assert.equal(figuresWithHeadlines([roundUp]).killed, 3);
});

test('a hurt count told before a death told days later holds the one who died', () => {
  const first: [string, string, string, string] = ['Paper One', '2017-02-03', 'Child among 2 injured in shooting', 'Police said two people were injured in a drive-by shooting on Friday afternoon.'];
  const f = figuresWithHeadlines([first, ['Paper Two', '2017-02-06', 'Man shot on Grand Avenue dies', 'The man who was shot on Grand Avenue on Friday has died, police said.']]);
  assert.equal(f.killed, 1);
  assert.equal(f.injured, 1);
  // A hurt count told again on the day the death is told is the count of the living.
  const g = figuresWithHeadlines([first, ['Paper Two', '2017-02-06', 'Man shot on Grand Avenue dies', 'The man who was shot on Grand Avenue on Friday has died, police said.\n\nTwo other people were injured in the shooting, police said.']]);
  assert.equal(g.injured, 2);
});

test('"an infant was shot & killed" is one killed, not one hurt', () => {
  const f = figures([['Paper One', '2016-04-17', 'Detroit police are investigating after an infant was shot & killed on the city\'s west side on Saturday.']]);
  assert.equal(f.killed, 1);
  assert.equal(f.injured, undefined);
});

test('the killed told only by a headline are taken out of the people shot', () => {
  const f = figuresWithHeadlines([
    ['Paper One', '2014-12-03', 'Shootout at tavern leaves 1 dead, injures five', 'Instead, they touched off a shootout that resulted in a total of six people getting shot on Tuesday night.'],
  ]);
  assert.equal(f.killed, 1);
  assert.equal(f.injured, 5);
});

test('"gun shot residue kits were completed on the three males" counts nobody shot', () => {
  const f = figures([['Paper One', '2017-02-13', 'A woman was pronounced dead on arrival at the hospital on Sunday.\n\nGun shot residue kits were completed on the three males, and they were turned over to detectives.']]);
  assert.equal(f.killed, 1);
  assert.equal(f.injured, undefined);
});

test('one hurt told days later as having died raises the dead and lowers the hurt, though the later article retells the first count', () => {
  const first: [string, string, string, string] = ['Paper One', '2016-10-30', '2 dead, 4 hurt in Elm Park shooting', 'Two teenagers were killed and four other people were wounded in a shooting at a dice game in Elm Park on Sunday, police said.'];
  const later: [string, string, string, string] = ['Paper Two', '2016-12-20', 'Third man dies after Elm Park shooting', 'A man injured in October at a dice game in Elm Park where two teenagers were fatally shot at the scene, died Monday night, police said.\n\nOfficers found six shooting victims: Todd Webb and Brian Davis were dead at the scene and four others injured, the statement said.'];
  const f = figuresWithHeadlines([first, later]);
  assert.equal(f.killed, 3);
  assert.equal(f.injured, 3);
  // Told again with the dead of the scene as a number, the toll with the one who died since still leads.
  const h = figuresWithHeadlines([first, [later[0], later[1], later[2], later[3].replace('Todd Webb and Brian Davis were', 'two teenagers were')]]);
  assert.equal(h.killed, 3);
  assert.equal(h.injured, 3);
  // An article that tells the death and the hurt count only as an earlier report ("had indicated") leaves none hurt alive.
  const g = figuresWithHeadlines([
    ['Paper One', '2016-11-08', 'Boy, 17, injured in Elm Park shooting', 'A 17-year-old boy was injured Tuesday afternoon in a shooting in Elm Park, police said.'],
    ['Paper One', '2016-11-09', 'Boy, 17, shot in Elm Park has died', 'The 17-year-old boy who was shot Tuesday afternoon in Elm Park has died, according to police.\n\nDispatchers had indicated via scanner reports there was at least one person injured.'],
  ]);
  assert.equal(g.killed, 1);
  assert.equal(g.injured, undefined);
});

test('"three other people were also shot" beside the dead are hurt besides them, not a total of the shot that holds the dead', () => {
  const f = figures([
    ['Paper One', '2016-03-01', 'Two men were killed in a shooting at Elm Park on Saturday night, police said.\n\nThree other people were also shot, police said.'],
    ['Paper Two', '2016-03-01', 'Two men died after a shooting at Elm Park on Saturday, police said.'],
  ]);
  assert.equal(f.killed, 2);
  assert.equal(f.injured, 3);
  // A total of the shot that holds the dead still gives the hurt as the shot less the dead.
  const total = figures([
    ['Paper One', '2016-03-01', 'Five people were shot at Elm Park on Saturday night, police said.\n\nTwo of them died.'],
    ['Paper Two', '2016-03-01', 'Two men were killed in the shooting at Elm Park on Saturday, police said.'],
  ]);
  assert.equal(total.injured, 3);
});

test('"three other people were also shot" beside a smaller count of hurt told apart holds that count: the others are the hurt', () => {
  const f = figures([
    ['Paper One', '2016-03-01', 'A stray bullet killed a three-year-old girl in Elm Park on Friday night, police said.\n\nThree other people were also shot.\n\nThere were also two bystanders in the area that were struck with graze wounds in the arm.'],
  ]);
  assert.equal(f.killed, 1);
  assert.equal(f.injured, 3);
  // A larger count of hurt told apart stays.
  const more = figures([
    ['Paper One', '2016-03-01', 'A stray bullet killed a three-year-old girl in Elm Park on Friday night, police said.\n\nTwo other people were also shot.\n\nFive people were injured in all, police said.'],
  ]);
  assert.equal(more.injured, 5);
});

test('a victim named by an ordinal no higher than the dead told, or "another" of the victims just named, is one of the dead', () => {
  const fourth = figures([['Paper One', '2016-07-26', 'A man was charged on Friday with killing four people at a home on Locust Avenue.\n\nNeighbors said a fourth person was also shot and taken to a hospital.']]);
  assert.equal(fourth.killed, 4);
  assert.equal(fourth.injured, undefined);
  const another = figures([['Paper One', '2016-07-26', 'A man was charged on Friday with killing four people at a home on Locust Avenue.\n\nHe said one of the initial victims was shot inside the house and another was shot outside.']]);
  assert.equal(another.injured, undefined);
  // A fifth beside four dead is someone else, hurt; so is one who "remained in critical condition".
  const fifth = figures([['Paper One', '2016-07-26', 'Four people were killed in a shooting at a home on Locust Avenue on Friday.\n\nA fifth victim was shot and taken to a hospital.']]);
  assert.equal(fifth.injured, 1);
  const remained = figures([['Paper One', '2016-07-26', 'Four people were found shot to death at a home on Locust Avenue, along with a woman who suffered gunshot wounds and remained in critical condition on Sunday.']]);
  assert.equal(remained.killed, 4);
  assert.equal(remained.injured, 1);
});

test('the people shot less the killed outweigh a hurt count that is only the first item of a list of the hurt', () => {
  const f = figures([
    ['Paper One', '2014-07-26', 'A 13-year-old boy and six other people were shot Friday evening in the Lawndale neighborhood, police said. The boy died at the hospital.'],
    ['Paper Two', '2014-07-26', 'The boy was killed Friday. Also injured were three 14-year-old boys, each of them shot in the left leg; a 15-year-old boy shot in the ankle; and two men.'],
  ]);
  assert.equal(f.injured, 6);
});

test('a hurt count less the deaths told later counts from the toll its own article told beside it, not another outlet\'s higher toll', () => {
  const f = figures([
    ['Paper One', '2017-02-10', 'Four people were shot at the apartments on Thursday night. Two were pronounced dead at the scene and two others were wounded.'],
    ['Paper Two', '2017-02-10', 'Police are investigating a shootout at the apartments that killed three people.'],
    ['Paper One', '2017-02-12', 'A fourth victim in the deadly shooting at the apartments, that killed three others, has died.'],
  ]);
  assert.equal(f.killed, 4);
  // Both hurt at first died: none is left hurt.
  assert.equal(f.injured, undefined);
});

test('a headline of a death at an age, told with a place, or beside a crime of a record, is an obituary\'s: no toll', () => {
  assert.deepEqual(headlineToll('Reputed crime boss Vincent Moretti dies in federal prison at 81'), {});
  assert.deepEqual(headlineToll('Lucchese boss Moretti dies; ordered 11 killings'), {});
  // A death told with its harm is a toll still.
  assert.deepEqual(headlineToll('Man shot on Elm Street dies'), { killed: 1 });
});
