// Tuned constants and cue lexicons for quantity extraction, in one typed options object.
import type { Approximation, Change } from '../../model/analysis.js';

export interface QuantityOptions {
  /**
   * Cue phrases before a number and the approximation they set; longest match wins.
   * Tuned: the brief's cue list plus the hedges seen in NewsQuant dev sentences ("barely", "in excess of").
   */
  approxBefore: Array<[string, Approximation]>;
  /** Cue phrases right after a number (and its unit): "12,000 or more". From usage; not tuned on data. */
  approxAfter: Array<[string, Approximation]>;
  /**
   * Verbs and adverbs that give a change direction to the number they govern ("rose 5%", "cut by 10", "up 5%").
   * Tuned on the verbs of NewsQuant dev market and economy sentences, with their inflections.
   */
  changeUp: string[];
  changeDown: string[];
  /**
   * Words that may sit between a change word and its number ("rose by about", "fell only", "climbed to").
   * Tuned by reading NewsQuant dev market reports: one or two such words is the norm.
   */
  changeSkip: string[];
  /**
   * Change verbs that also have a non-change sense ("raised $5m", "cut 5,000 jobs", "added 3 goals"): they set a
   * direction only with "by"/"to" or on a percent or money amount. Tuned on NewsQuant dev market reports.
   */
  changeWeak: string[];
  /** At most this many skippable words between a change word and the number. Tuned on NewsQuant dev: 3. */
  changeWindow: number;
  /** Most words in a counted-noun unit after a number ("North Korean special forces troops"). Tuned: 5. */
  nounRunMax: number;
  /**
   * Four-digit integers in this span are years unless a known unit or currency comes with them. Tuned: news text
   * names years 1000-2100; counts in that span almost always carry a unit ("1,500 troops" has a comma anyway).
   */
  yearRange: [number, number];
  /**
   * Words right before a bare integer that make it a label, not a quantity ("No. 1", "Game 7", "Part 3").
   * Tuned by reading false positives on NewsQuant dev and the example corpus; only digits are affected ("top three" counts).
   */
  labelWords: string[];
  /**
   * Extract "one of the ..." as a count of 1. NewsQuant labels it (about 1% of its dev quantities); claims never need it,
   * so the default is false.
   */
  oneOfThe: boolean;
  /** Currency of a bare "$"; US dollars in the English-language news the system reads. */
  dollar: string;
}

export const DEFAULT_QUANTITY_OPTIONS: QuantityOptions = {
  approxBefore: [
    ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['approx', 'about'],
    ['roughly', 'about'], ['some', 'about'], ['circa', 'about'], ['c.', 'about'], ['~', 'about'], ['≈', 'about'],
    ['an estimated', 'estimated'], ['estimated', 'estimated'], ['est.', 'estimated'], ['an approximate', 'about'],
    ['as many as', 'up-to'], ['up to', 'up-to'], ['as much as', 'up-to'], ['as high as', 'up-to'], ['at most', 'up-to'],
    ['no more than', 'up-to'], ['a maximum of', 'up-to'], ['a max of', 'up-to'],
    ['over', 'more-than'], ['more than', 'more-than'], ['above', 'more-than'], ['in excess of', 'more-than'],
    ['upwards of', 'more-than'], ['just over', 'more-than'], ['well over', 'more-than'], ['greater than', 'more-than'],
    ['higher than', 'more-than'], ['exceeding', 'more-than'], ['north of', 'more-than'], ['beyond', 'more-than'],
    ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
    ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'], ['just shy of', 'nearly'],
    ['less than', 'less-than'], ['fewer than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
    ['lower than', 'less-than'], ['barely', 'less-than'], ['sub-', 'less-than'],
  ],
  approxAfter: [
    ['or more', 'at-least'], ['or so', 'about'], ['or less', 'up-to'], ['or fewer', 'up-to'], ['-odd', 'about'],
    ['-plus', 'more-than'], ['plus', 'more-than'], ['+', 'more-than'], ['at least', 'at-least'], ['at most', 'up-to'],
  ],
  changeUp: [
    'rise', 'rises', 'rose', 'risen', 'rising', 'increase', 'increased', 'increases', 'increasing', 'grow', 'grew', 'grown',
    'grows', 'growing', 'climb', 'climbed', 'climbs', 'climbing', 'jump', 'jumped', 'jumps', 'jumping', 'gain', 'gained',
    'gains', 'gaining', 'added', 'adds', 'surge', 'surged', 'surges', 'surging', 'soar', 'soared', 'soars',
    'soaring', 'rally', 'rallied', 'rallies', 'advance', 'advanced', 'advances', 'boost', 'boosted', 'boosts', 'raise',
    'raised', 'raises', 'raising', 'up', 'hike', 'hiked', 'expand', 'expanded', 'expands', 'widen', 'widened', 'spike',
    'spiked', 'spikes', 'leap', 'leapt', 'leaped', 'rocket', 'rocketed', 'skyrocketed', 'balloon', 'ballooned', 'higher',
    'upward', 'upwards',
  ],
  changeDown: [
    'fall', 'fell', 'fallen', 'falls', 'falling', 'drop', 'dropped', 'drops', 'dropping', 'decline', 'declined', 'declines',
    'declining', 'decrease', 'decreased', 'decreases', 'decreasing', 'lose', 'lost', 'loses', 'losing', 'slide', 'slid',
    'slides', 'sliding', 'slip', 'slipped', 'slips', 'slipping', 'plunge', 'plunged', 'plunges', 'plunging', 'plummet',
    'plummeted', 'plummets', 'tumble', 'tumbled', 'tumbles', 'sink', 'sank', 'sunk', 'sinks', 'ease', 'eased', 'eases',
    'easing', 'cut', 'cuts', 'cutting', 'reduce', 'reduced', 'reduces', 'reducing', 'shed', 'sheds', 'shedding', 'shrink',
    'shrank', 'shrunk', 'shrinks', 'dip', 'dipped', 'dips', 'down', 'lower', 'lowered', 'narrow', 'narrowed', 'narrows',
    'retreat', 'retreated', 'slump', 'slumped', 'slumps', 'contract', 'contracted', 'trim', 'trimmed', 'crash', 'crashed',
    'tank', 'tanked', 'sag', 'sagged', 'slash', 'slashed', 'slashes', 'downgraded', 'shave', 'shaved', 'shaving',
    'downward', 'downwards',
  ],
  changeSkip: [
    'by', 'to', 'only', 'just', 'further', 'another', 'sharply', 'slightly', 'marginally', 'steeply', 'nearly', 'almost',
    'about', 'around', 'roughly', 'some', 'more', 'than', 'over', 'as', 'much', 'many', 'estimated', 'approximately',
    'modestly', 'significantly', 'substantially', 'dramatically', 'strongly', 'less', 'fully', 'also', 'still',
    'again', 'respectively', 'mere', 'whopping', 'massive', 'combined', 'total', 'of', 'additional', 'extra',
  ],
  changeWeak: [
    'raise', 'raised', 'raises', 'raising', 'added', 'adds', 'cut', 'cuts', 'cutting', 'boost', 'boosted', 'boosts', 'shave',
    'shaved', 'shaving', 'shed', 'sheds', 'shedding', 'trim', 'trimmed', 'slash', 'slashed', 'slashes', 'reduce', 'reduced',
    'reduces', 'reducing', 'expand', 'expanded', 'expands', 'hike', 'hiked', 'lose', 'lost', 'loses', 'losing', 'gain',
    'gained', 'gains', 'gaining', 'drop', 'dropped', 'drops', 'dropping',
  ],
  changeWindow: 3,
  nounRunMax: 5,
  yearRange: [1000, 2100],
  labelWords: [
    'no', 'no.', 'nos', 'number', '#', 'game', 'games', 'category', 'part', 'article', 'section', 'chapter', 'route',
    'highway', 'interstate', 'flight', 'room', 'level', 'phase', 'stage', 'season', 'episode', 'vol', 'vol.', 'volume',
    'page', 'pages', 'model', 'type', 'class', 'grade', 'week', 'act', 'item', 'figure', 'fig', 'table', 'block', 'unit',
    'lot', 'building', 'gate', 'terminal', 'platform', 'track', 'line', 'channel', 'series', 'version', 'rule', 'paragraph',
    'clause', 'amendment', 'appendix', 'exhibit', 'bill', 'proposition', 'prop', 'resolution', 'corps', 'division',
    'brigade', 'battalion', 'regiment', 'squadron', 'district', 'ward', 'precinct', 'apollo', 'windows', 'iphone', 'galaxy',
    'pixel', 'euro', 'covid', 'top', 'tier', 'step', 'round', 'hole', 'heat', 'race', 'lane', 'seat', 'pier', 'dock', 'zone',
    'sector', 'group', 'row', 'aisle', 'box', 'suite', 'apartment', 'apt', 'floor', 'mile', 'exit', 'bus', 'train', 'studio',
  ],
  oneOfThe: false,
  dollar: 'USD',
};
