// A small story written by hand for the web UI's unit tests: an updated figure (with an earlier value restated), a denial, speakers, an article without an outlet.
import type { ClaimGroup, Story, Telling } from '../src/model/dossier.js';
import type { ArticleJson } from '../src/model/index.js';
import type { LoadedStory } from '../src/server/stories.js';

function article(id: string, outlet: string | null, published: string, title: string, text: string): ArticleJson {
  return { id, source: `${id}.txt`, title, outlet, published, text } as unknown as ArticleJson;
}

const A = article('a1', 'Daily Post', '2024-10-07', 'Agency says 1,500 troops sent to the port', 'The agency said 1,500 troops were sent. He said more would follow.');
const B = article('a2', 'Evening Star', '2024-10-23', 'Agency now says 3,000 troops were sent and the ministry denies any deployment at all', 'The agency said 3,000 troops were sent. Previously there had been talk of 1,500. The ministry denied it.');
const C = article('a3', null, '2024-10-23', 'Troops figure doubles', 'Defence Secretary Lloyd Austin said the figure doubled to 3,000.');

function telling(articleId: string, outlet: string | null, value: number | null, asOf: string, sentence: string, extra: Partial<Telling> = {}): Telling {
  return { articleId, outlet, origin: 'The Agency', originEntityId: 'e:organisation:the agency', value, unit: value === null ? null : 'troops', approx: null, asOf, modality: 'asserted', negated: false, sentence, span: [0, sentence.length], syndicatedFrom: null, published: null,
    rules: { measure: 'test', subject: 'test', scope: 'test', asOf: 'test', origin: 'test', modality: 'test' }, ...extra };
}

const UPDATED: ClaimGroup = {
  id: 'g1', key: 'troops sent|troops|event|actual', frame: { measure: 'troops sent', subject: 'troops', scope: 'event', stance: 'actual', when: null }, trivial: false,
  statement: 'Troops: send, 3,000', subject: 'Troops', predicate: 'send', unitClass: 'persons', place: null,
  verdict: 'updated', verdictRule: 'verdict/same-origin-new-value', explanation: 'The Agency first gave 1,500 (as of 2024-10-07), later 3,000 (as of 2024-10-23).',
  independentOrigins: 1, origins: ['The Agency'], latestValue: 3000, related: [],
  tellings: [
    telling('a1', 'Daily Post', 1500, '2024-10-07', 'The agency said 1,500 troops were sent.'),
    telling('a2', 'Evening Star', 3000, '2024-10-23', 'The agency said 3,000 troops were sent.'),
    telling('a2', 'Evening Star', 1500, '2024-10-23', 'Previously there had been talk of 1,500.', { span: [40, 80] }),
  ],
};

const DENIED: ClaimGroup = {
  id: 'g2', key: 'deploy|ministry|event|denial', frame: { measure: 'deploy', subject: 'ministry', scope: 'event', stance: 'denial', when: null }, trivial: false,
  statement: 'Ministry: deploy (denied)', subject: 'Ministry', predicate: 'deploy', unitClass: null, place: null,
  verdict: 'denied', verdictRule: 'verdict/denied', explanation: 'The ministry denies it.', independentOrigins: 1, origins: ['Ministry'], latestValue: null, related: [],
  tellings: [telling('a2', 'Evening Star', null, '2024-10-23', 'The ministry denied it.', { origin: 'Ministry', originEntityId: null, modality: 'denied' })],
};

const SINGLE: ClaimGroup = {
  id: 'g3', key: 'close|port|event|actual', frame: { measure: 'close', subject: 'port', scope: 'event', stance: 'actual', when: null }, trivial: false,
  statement: 'Port: close', subject: 'Port', predicate: 'close', unitClass: null, place: null,
  verdict: 'single-origin', verdictRule: 'verdict/single-origin', explanation: 'One origin.', independentOrigins: 1, origins: ['Daily Post'], latestValue: null, related: [],
  tellings: [telling('a1', 'Daily Post', null, '2024-10-07', 'The port closed.', { origin: 'Daily Post', originEntityId: null })],
};

export function fixtureStory(withKeyFigures = true): LoadedStory {
  const story: Story = {
    id: 's1',
    title: 'Troops sent to the port',
    articleIds: ['a1', 'a2', 'a3'],
    dateRange: { from: '2024-10-07', to: '2024-10-23' },
    brief: [{ text: 'The agency said 3,000 troops were sent.', articleIds: ['a2'], claimGroupIds: ['g1'] }],
    claimGroups: [SINGLE, UPDATED, DENIED],
    timeline: [{ date: '2024-10-07', precision: 'day', event: 'Troops sent', articleIds: ['a1'] }],
    attributions: [
      { articleId: 'a1', speaker: { name: 'The Agency', entityId: 'e:organisation:the agency' }, cue: 'said', content: '1,500 troops were sent', direct: false, span: [0, 38] },
      { articleId: 'a2', speaker: { name: 'The Agency', entityId: 'e:organisation:the agency' }, cue: 'said', content: '3,000 troops were sent', direct: false, span: [0, 38] },
      { articleId: 'a1', speaker: { name: 'He', entityId: null }, cue: 'said', content: 'more would follow', direct: false, span: [39, 66] },
      { articleId: 'a3', speaker: { name: 'Defence Secretary Lloyd Austin', entityId: null }, cue: 'said', content: 'the figure doubled to 3,000', direct: false, span: [0, 64] },
      { articleId: 'a2', speaker: { name: 'Austin', entityId: 'e:person:austin' }, cue: 'said', content: 'it was so', direct: true, span: [0, 10] },
    ],
    entities: [
      { id: 'e:organisation:the agency', name: 'The Agency', type: 'organisation', aliases: ['agency'], articleIds: ['a1', 'a2'], mentions: 3 },
      { id: 'e:person:austin', name: 'Austin', type: 'person', aliases: ['Lloyd Austin'], articleIds: ['a2', 'a3'], mentions: 2 },
    ],
    coverage: { outlets: ['Daily Post', 'Evening Star', 'a3'], byClaimGroup: [{ claimGroupId: 'g1', outlets: ['Daily Post', 'Evening Star'] }, { claimGroupId: 'g2', outlets: ['Evening Star'] }] },
    syndication: [],
    keyFigures: [],
  };
  if (withKeyFigures) {
    story.keyFigures = [{
      measure: 'troops sent', stance: 'actual', subject: 'the port', statement: 'Troops sent to the port: 1,500 (Oct 7, The Agency) → 3,000 (Oct 23, The Agency)', rule: 'verdict/same-origin-new-value', value: 3000, asOf: '2024-10-23', verdict: 'updated', origins: ['The Agency'], claimGroupId: 'g1',
      history: [
        { value: 1500, asOf: '2024-10-07', origin: 'The Agency', articleIds: ['a1'] },
        { value: 3000, asOf: '2024-10-23', origin: 'The Agency', articleIds: ['a2'] },
      ],
    }];
  }
  return { story, articles: [A, B, C], sentences: {}, rendered: new Map(), builtAt: '2024-10-24T00:00:00Z', etag: '"x"' };
}
