// Pins the reading of money, deals and markets: a share price is its company's, a deal's value and its parts and its
// value per share are distinct figures, a premium keeps its basis, job cuts are one figure, and a bare number takes
// the unit of its own noun, never a money unit of another figure of its sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../model/analysis.js';
import { analyzeArticle } from './index.js';
import { storyOf as story, valuedClaimsOf as claimsOf } from './claim-fixtures.js';
import { moneyFrameSubject } from './claims-money.js';

const read = (claims: readonly Claim[]) => claims.map((c) => `${c.subject.value}=${JSON.stringify(c.value)}`);
const keyed = (claims: readonly Claim[]) => claims.map((c) => `${moneyFrameSubject(c) ?? '-'}=${JSON.stringify(c.value)}`);

test('share prices of two companies are two figures, each of the company whose shares they are', () => {
  const claims = claimsOf('Halden shares fell 6 percent to $17.80 in early trading, while Corvex shares jumped 18 percent to $19.45.');
  assert.deepEqual(keyed(claims).sort(), ['share-move:corvex:up=18', 'share-move:halden:down=6', 'share-price:corvex=19.45', 'share-price:halden=17.8']);
});

test('a closing price is not a price during trading; "shares of X closed at" names X', () => {
  assert.deepEqual(keyed(claimsOf('Halden\'s stock closed down 7 percent at $17.65.')).sort(), ['share-move:halden:down:close=7', 'share-price:halden:close=17.65']);
  assert.deepEqual(keyed(claimsOf('Shares of Corvex closed at $19.20 on Friday.')), ['share-price:corvex:close=19.2']);
});

test('the offer per share and its cash part are two figures, and neither is a share price', () => {
  const claims = claimsOf('Under the terms, Corvex shareholders will receive $16.40 in cash and 0.28 Halden shares for each share they own, valuing Corvex at $20.50 a share, a premium of 24 percent.');
  assert.deepEqual(keyed(claims), ['per-share:cash=16.4', 'exchange-ratio=0.28', 'per-share:offer=20.5', 'premium=24']);
});

test('a deal\'s value told three ways is one figure; its cash part is a part, and a sum with job cuts in its sentence stays the deal\'s', () => {
  assert.deepEqual(keyed(claimsOf('Chipmaker Halden Micro Devices Inc. said on Monday it would buy Corvex Graphics for about $4.2 billion in cash and stock.')), ['deal-of:corvex=4200000000']);
  assert.deepEqual(keyed(claimsOf('Halden Micro Devices agreed to acquire Corvex Graphics in a $4.2 billion deal announced Monday.')), ['deal-of:corvex=4200000000']);
  assert.deepEqual(keyed(claimsOf('Halden will cut as many as 500 jobs after it completes its $4.2 billion purchase of Corvex Graphics.')), ['job-cuts=500', 'deal-of:corvex=4200000000']);
  assert.deepEqual(keyed(claimsOf('In 2019, Halden bought a networking firm for $1.1 billion.')), ['deal=1100000000']);
  assert.deepEqual(keyed(claimsOf('Halden will pay $3.3 billion in cash and issue 58 million shares to Corvex shareholders.')), ['deal:cash=3300000000', 'shares-issued=58000000']);
  assert.deepEqual(keyed(claimsOf('To buy the chain, Vance will pay $2 billion in cash and $1 billion in stock.')), ['deal:cash=2000000000', 'deal:stock=1000000000']);
});

test('a bare number takes its unit from the noun it refers to, never from a sum of money in its sentence', () => {
  const claims = claimsOf('Halden will cut as many as 500 jobs after it completes its $4.2 billion purchase of Corvex, a person familiar with the plans said, more than the 300 the company announced on Monday.');
  assert.ok(!claims.some((c) => c.unit === 'USD' && c.value === 300), read(claims).join('; '));
  const cuts = claims.filter((c) => c.measure.value === 'other:job-cuts');
  assert.deepEqual(cuts.map((c) => [c.value, c.origin.value]), [[500, 'person familiar with the plans'], [300, 'company']]);
  // With no counted noun to refer to, the number names nothing.
  assert.ok(!claimsOf('The county paid $4 million for the land, and 12 went to the city.').some((c) => c.value === 12 && c.unitClass === 'money'));
});

test('a premium told "a 24 percent premium" and "a premium of 24 percent" is one figure; a premium on an average price is another, of its speaker', () => {
  assert.deepEqual(keyed(claimsOf('The offer of $20.50 a share is a 24 percent premium to Corvex\'s closing price on Friday.')), ['per-share:offer=20.5', 'premium=24']);
  const analyst = claimsOf('"They are paying a lot," said Dan Hsu, an analyst at Brightline Securities, who estimated the premium at closer to 30 percent based on the average price over the last month.', '2026-07-24');
  assert.deepEqual(keyed(analyst), ['premium:other-basis=30']);
  assert.equal(analyst[0]!.origin.value, 'Dan Hsu');
  assert.equal(analyst[0]!.scope.value, 'event');
});

test('job cuts told as a plan and as a statement, by a verb or by their own noun, are one figure', () => {
  assert.deepEqual(keyed(claimsOf('The company said it would cut about 300 jobs. Rivet announced 1,200 layoffs. About 150 workers were laid off in May.')), ['job-cuts=300', 'job-cuts=1200', 'job-cuts=150']);
  assert.deepEqual(keyed(claimsOf('The plant employs 3,000 people.')), ['-=3000']);
});

test('an acquisition story: the deal value is one corroborated group, its cash part points at it, prices of two companies never pool', () => {
  const groups = story([
    ['Wire', '2026-07-24', 'Halden Micro Devices said on Monday it would buy Corvex Graphics for about $4.2 billion in cash and stock. Halden will pay $3.3 billion in cash and issue 58 million shares to Corvex shareholders. Halden shares fell 6 percent to $17.80, while Corvex shares jumped 18 percent to $19.45.'],
    ['News', '2026-07-24', 'Halden Micro Devices agreed to acquire Corvex Graphics in a $4.2 billion deal announced Monday. The company said it would cut about 300 jobs. Halden shares fell 6 percent to $17.80 in early trading.'],
    ['Daily', '2026-07-25', 'Halden Micro Devices will cut as many as 500 jobs after it completes its $4.2 billion purchase of Corvex Graphics, a person familiar with the plans said on Tuesday.'],
  ]);
  const deal = groups.filter((g) => g.frame.subject === 'deal-of:corvex');
  assert.equal(deal.length, 1);
  assert.deepEqual(deal[0]!.tellings.map((t) => t.value), [4.2e9, 4.2e9, 4.2e9]);
  assert.notEqual(deal[0]!.verdict, 'contested');
  const cash = groups.find((g) => g.frame.subject === 'deal:cash')!;
  assert.deepEqual(cash.related, [{ groupId: deal[0]!.id, relation: 'part-of' }]);
  const prices = groups.filter((g) => g.frame.subject.startsWith('share-price:')).map((g) => `${g.frame.subject} ${g.tellings.map((t) => t.value).join(',')} ${g.verdict}`).sort();
  assert.deepEqual(prices, ['share-price:corvex 19.45 single-origin', 'share-price:halden 17.8,17.8 corroborated']);
  const cuts = groups.filter((g) => g.frame.subject === 'job-cuts');
  assert.equal(cuts.length, 1);
  assert.deepEqual(cuts[0]!.tellings.map((t) => t.value).sort(), [300, 500]);
});

test('deals of a roundup are keyed by the company bought and never rival each other', () => {
  const claims = claimsOf('Francisco Partners agreed to acquire Apple device management and security firm Jamf in a $2.2 billion deal. Veeam Software announced plans to acquire Securiti AI for $1.725 billion.');
  assert.deepEqual(keyed(claims), ['deal-of:jamf=2200000000', 'deal-of:securiti=1725000000']);
});

test('a merger told by two outlets, an all-stock deal "valued at" and "the merger": one deal value', () => {
  const groups = story([
    ['Paper One', '2025-03-02', 'Ostrava Bank and Kestrel Bancorp agreed to merge in an all-stock deal valued at $10 billion, the banks said on Sunday.'],
    ['Paper Two', '2025-03-03', 'The $10 billion merger of Ostrava Bank and Kestrel Bancorp would create the region\'s largest lender.'],
  ]).filter((g) => g.frame.measure === 'money');
  assert.deepEqual(groups.map((g) => [g.frame.subject, g.tellings.length]), [['deal', 2]]);
});

test('a contract offer to a player keeps its own reading: an offer is a deal\'s value only in words of an acquisition', () => {
  const claims = claimsOf('The Nationals have offered Soto a 15-year, $440 million contract. The Yankees made a $23 million offer for one season.');
  assert.ok(!claims.some((c) => c.subject.rule.startsWith('subject/deal')), read(claims).join('; '));
});

test('a robbery\'s haul told in two currencies is one amount, not a deal', () => {
  const groups = story([
    ['Paper One', '2024-05-10', 'Robbers stole 2 million euros from the bank vault on Thursday, police said.'],
    ['Paper Two', '2024-05-10', 'Thieves made off with $2.2 million from the vault, police said.'],
  ]).filter((g) => g.frame.measure === 'money');
  assert.equal(groups.length, 1, groups.map((g) => g.frame.subject).join('; '));
  assert.ok(!groups[0]!.frame.subject.startsWith('deal'));
});

test('a company\'s legal suffix and the trade told before its name are no part of it, and its first word names it', () => {
  const a = analyzeArticle({ id: 'a', text: 'Chipmaker Halden Micro Devices Inc. said on Monday it would buy Corvex Graphics. Halden said the deal would close soon. Dan Hsu, an analyst at Brightline Securities, said it was costly.', published: '2026-07-24', outlet: 'Wire' });
  const typed = new Map(a.entities.map((e) => [e.text, e.type]));
  assert.equal(typed.get('Halden Micro Devices Inc.'), 'organisation');
  assert.ok(!typed.has('Chipmaker Halden Micro Devices Inc.'));
  assert.equal(typed.get('Corvex Graphics'), 'organisation');
  assert.equal(typed.get('Brightline Securities'), 'organisation');
  assert.equal(typed.get('Halden'), 'organisation');
  assert.equal(typed.get('Dan Hsu'), 'person');
});

test('an amount paid per share, or at a premium, is the offer per share without other words of a deal; a deal named in a list of acquisitions is that deal', () => {
  assert.deepEqual(keyed(claimsOf('Orion will pay $38 per share, a premium of 27 percent to the closing price on Friday.')), ['per-share:offer=38', 'premium=27']);
  assert.deepEqual(keyed(claimsOf('The company has made six acquisitions since 2018, including NetGuard for $800 million.')).filter((k) => k.startsWith('deal')), ['deal-of:netguard=800000000']);
  // A price per share with nothing of a purchase in its sentence is no offer.
  assert.deepEqual(keyed(claimsOf('The stock traded at $38 a share.')).filter((k) => k.startsWith('per-share')), []);
});

test('an amount told as owed is the amount owed, not an amount named by its currency', () => {
  const owed = claimsOf('Cheeks had two years left on his contract and is owed about $5 million.').find((c) => c.value === 5e6);
  assert.equal(owed?.subject.value, 'amount owed');
});

test('an amount told right after "paid" and whom it went to is the amount paid', () => {
  const got = read(claimsOf('The Daily Post paid him $1 million for his story, his lawyer said.'));
  assert.ok(got.includes('amount paid=1000000'), got.join('; '));
});

test('an acquisition\'s savings, workforce and another deal\'s combined price are read as their own figures', () => {
  const c = claimsOf('Norvex expects about $150 million in annual cost savings. The combination would produce $150 million in yearly savings. Caltrin employs 2,300 people and reported sales of $910 million. Norvex bought two smaller software firms for a combined $600 million.');
  const subjectOf = (v: number) => c.filter((x) => x.value === v).map((x) => x.subject.value);
  assert.deepEqual(subjectOf(150_000_000), ['savings', 'savings']);
  assert.deepEqual(subjectOf(2300), ['employees']);
  assert.deepEqual(subjectOf(600_000_000), ['deal value']);
  assert.deepEqual(subjectOf(910_000_000), ['reported sales']);
});
