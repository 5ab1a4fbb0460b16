// A small seeded corpus of news records on a few developing stories, for tests that need tens of related articles without outside data.

import { prng } from '../bench/corpus.js';

/** A deterministic pseudo-random generator (mulberry32), the benchmark corpus's. */
export const seeded = prng;

interface Topic {
  title: string;
  place: string;
  org: string;
  person: string;
  thing: string;
}

const TOPICS: readonly Topic[] = [
  { title: 'Flooding in the Danube delta', place: 'Tulcea', org: 'the Romanian Water Authority', person: 'Mayor Elena Popescu', thing: 'the levee' },
  { title: 'Strike at the Hamburg port', place: 'Hamburg', org: 'the Verdi union', person: 'union leader Frank Werneke', thing: 'the container terminal' },
  { title: 'Wildfire near Valparaiso', place: 'Valparaiso', org: 'the Chilean forestry agency Conaf', person: 'Governor Rodrigo Mundaca', thing: 'the hillside neighbourhoods' },
  { title: 'Bridge collapse in Genoa', place: 'Genoa', org: 'the Autostrade company', person: 'Prosecutor Francesco Cozzi', thing: 'the viaduct' },
  { title: 'Cholera outbreak in Lusaka', place: 'Lusaka', org: 'the Zambian Ministry of Health', person: 'Health Minister Sylvia Masebo', thing: 'the water supply' },
  { title: 'Rail strike in Paris', place: 'Paris', org: 'the SNCF rail operator', person: 'Transport Minister Clement Beaune', thing: 'the regional trains' },
  { title: 'Earthquake in Hualien', place: 'Hualien', org: 'the Central Weather Administration', person: 'Premier Chen Chien-jen', thing: 'the coastal highway' },
  { title: 'Mine accident in Zonguldak', place: 'Zonguldak', org: 'the Turkish Hardcoal Enterprise', person: 'Energy Minister Alparslan Bayraktar', thing: 'the coal shaft' },
];

const OUTLETS = ['Reuters', 'AP', 'AFP', 'BBC News', 'Deutsche Welle', 'Al Jazeera', 'The Guardian', 'NHK'];

function sentences(t: Topic, n: number): string[] {
  return [
    `${t.person} said on Monday that ${n} people had been affected in ${t.place}.`,
    `Officials from ${t.org} told reporters that ${t.thing} in ${t.place} would be inspected.`,
    `According to ${t.org}, at least ${n * 2} families were moved from ${t.thing}.`,
    `${t.person} visited ${t.place} and promised help for those hit by the events around ${t.thing}.`,
    `Residents of ${t.place} said they had warned ${t.org} about ${t.thing} for years.`,
    `${t.org} said repairs to ${t.thing} could take ${n % 12 + 2} months.`,
    `Emergency teams worked through the night in ${t.place}, ${t.person} said.`,
    `The opposition demanded an inquiry into how ${t.org} handled ${t.thing} in ${t.place}.`,
  ];
}

export interface StoryRecord {
  id: string;
  title: string;
  text: string;
  outlet: string;
  published: string;
}

/** `n` records spread over the topics, in a shuffled order; the same seed gives the same records. */
export function storyRecords(n: number, seed = 11): StoryRecord[] {
  const rnd = seeded(seed);
  const out: StoryRecord[] = [];
  for (let i = 0; i < n; i++) {
    const t = TOPICS[Math.floor(rnd() * TOPICS.length)]!;
    const pool = sentences(t, 20 + Math.floor(rnd() * 400));
    const picked = pool.filter(() => rnd() < 0.6);
    const paras = (picked.length >= 3 ? picked : pool.slice(0, 3)).map((s) => s);
    const day = 1 + Math.floor(rnd() * 9);
    out.push({
      id: `rec-${i}`,
      title: `${t.title}: ${['update', 'latest', 'what we know', 'officials respond'][Math.floor(rnd() * 4)]}`,
      text: paras.join('\n\n'),
      outlet: OUTLETS[Math.floor(rnd() * OUTLETS.length)]!,
      published: `2025-04-0${day}`,
    });
  }
  return out;
}

/** Records as JSON lines. */
export function jsonLines(records: readonly StoryRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
