// Pins how key figures choose the killed and injured counts of a shooting among the story's rival values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle, loadAttributionModel } from '../analyze/index.js';
import { groupClaims, type LinkArticle } from './claim-groups.js';
import { resolveEntities } from './entities.js';
import { keyFigures } from './key-figures.js';

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
