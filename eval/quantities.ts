// Scores findQuantities on NewsQuant-format files: value, value+unit and value+change micro P/R/F1.
//
// Usage: node dist/eval/quantities.js <file.json>... [--errors]
// Recorded on newsquant-dev.json (295 sentences, 463 gold): value P 94.0 R 91.8 F1 92.9; value+unit P 87.6 R 85.5
// F1 86.6; value+change P 83.6 R 81.6 F1 82.6.
// Matching (README, "Quantities"): per sentence, each gold quantity matches at most one prediction and each
// prediction at most one gold quantity. Values match within relative 1e-5 (absolute 1e-8); a range matches a range
// with both ends equal (ends compared in sorted order, since "from 240 to 273" and "273-240" name the same pair).
// Each level is matched on its own. Unit: the gold `normalized_unit` is compared with our unit mapped into the gold
// vocabulary (USD -> dollar, percent -> percentage, degree Celsius -> celsius, ...); a counted-noun unit matches when its
// singular head noun equals the last word of the gold unit ("North Korean troops" ~ "troop"); no unit matches "-";
// a fraction ("three-quarters") matches gold units written "% ...". Change: our approx/change mapped to the gold labels:
// change up/down -> up/down first, then about/estimated -> ~, more-than/at-least -> >, up-to/less-than/nearly -> <, else =.
import { readFileSync } from 'node:fs';
import type { Quantity } from '../src/model/analysis.js';
import { findQuantities } from '../src/analyze/quantities/index.js';

interface GoldQuantity { value: string; unit?: string; normalized_unit?: string; change?: string }
interface GoldSentence { text: string; quantities: GoldQuantity[] }
type Value = number | [number, number];

/** Our normalised units in the NewsQuant vocabulary. */
const UNIT_TO_GOLD: Record<string, string> = {
  USD: 'dollar', AUD: 'australian dollar', NZD: 'new zealand dollar', CAD: 'canadian dollar', HKD: 'hong kong dollar',
  SGD: 'singaporean dollar', TWD: 'new taiwan dollar', EUR: 'euro', GBP: 'pound sterling', JPY: 'japanese yen',
  CNY: 'chinese yuan', KRW: 'south korean won', KPW: 'north korean won', INR: 'indian rupee', IDR: 'indonesian rupiah',
  MYR: 'malaysian ringgit', THB: 'thai baht', PHP: 'philippine peso', MXN: 'mexican peso', RUB: 'russian ruble',
  UAH: 'ukrainian hryvnia', ILS: 'shekel', DKK: 'danish krone', SEK: 'swedish krona', NOK: 'norwegian krone',
  CHF: 'swiss franc', TRY: 'turkish lira', ZAR: 'south african rand', NGN: 'nigerian naira', AED: 'uae dirham',
  SAR: 'saudi riyal', VND: 'vietnamese dong', BRL: 'brazilian real', BTC: 'bitcoin',
  percent: 'percentage', 'degree Celsius': 'celsius', 'degree Fahrenheit': 'fahrenheit', tonne: 'metric ton',
  gigatonne: 'gigaton', megatonne: 'megaton', times: 'count',
};

function parseGoldValue(v: string): Value {
  const s = v.trim();
  const m = /^(-?[\d.]+(?:e[-+]?\d+)?)\s*-\s*(-?[\d.]+(?:e[-+]?\d+)?)$/i.exec(s);
  if (m && !/e-/i.test(s)) return [Number(m[1]), Number(m[2])];
  return Number(s);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
}

export function valuesMatch(gold: Value, pred: Value): boolean {
  if (typeof gold === 'number' && typeof pred === 'number') return close(pred, gold);
  if (typeof gold === 'number' || typeof pred === 'number') return false;
  const g = [...gold].sort((x, y) => x - y);
  const p = [...pred].sort((x, y) => x - y);
  return close(p[0], g[0]) && close(p[1], g[1]);
}

function singular(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  if (w === 'people') return 'people';
  return w;
}

function lastWord(s: string): string {
  const ws = s.toLowerCase().split(/[\s-]+/).filter(Boolean);
  return singular(ws[ws.length - 1] ?? '');
}

export function unitsMatch(gold: GoldQuantity, q: Quantity): boolean {
  const g = (gold.normalized_unit ?? '-').trim().toLowerCase();
  if (q.unit === null) return g === '-';
  if (q.unitClass === 'fraction') return g.startsWith('%');
  const base = q.unit.split(' per ');
  const mapped = [UNIT_TO_GOLD[base[0]] ?? base[0], ...base.slice(1)].join(' per ').toLowerCase();
  if (mapped === g) return true;
  if (q.unitClass === 'money' || base.length > 1) return false;
  // counted nouns and measure units: compare head nouns
  return lastWord(mapped) === lastWord(g) && lastWord(g) !== '';
}

export function changeLabel(q: Quantity): string {
  if (q.change) return q.change;
  switch (q.approx) {
    case 'about': case 'estimated': return '~';
    case 'more-than': case 'at-least': return '>';
    case 'up-to': case 'less-than': case 'nearly': return '<';
    default: return '=';
  }
}

/** Size of a one-to-one matching between gold and predictions under `ok` (augmenting paths; sentences are small). */
function matching(gold: GoldQuantity[], pred: Quantity[], ok: (g: GoldQuantity, p: Quantity) => boolean): { count: number; goldHit: boolean[] } {
  const owner: number[] = new Array(pred.length).fill(-1);
  const tryG = (gi: number, seen: boolean[]): boolean => {
    for (let pi = 0; pi < pred.length; pi++) {
      if (seen[pi] || !ok(gold[gi], pred[pi])) continue;
      seen[pi] = true;
      if (owner[pi] < 0 || tryG(owner[pi], seen)) { owner[pi] = gi; return true; }
    }
    return false;
  };
  let count = 0;
  for (let gi = 0; gi < gold.length; gi++) if (tryG(gi, new Array(pred.length).fill(false))) count++;
  const goldHit = new Array(gold.length).fill(false);
  for (const g of owner) if (g >= 0) goldHit[g] = true;
  return { count, goldHit };
}

interface Tally { tp: number; pred: number; gold: number }
const prf = (t: Tally): string => {
  const p = t.pred ? t.tp / t.pred : 0;
  const r = t.gold ? t.tp / t.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f).toFixed(1)}`;
};

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: node dist/eval/quantities.js <newsquant.json>... [--errors]');
    process.exit(2);
  }
  for (const file of files) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as GoldSentence[];
    const levels = { value: { tp: 0, pred: 0, gold: 0 }, unit: { tp: 0, pred: 0, gold: 0 }, change: { tp: 0, pred: 0, gold: 0 } };
    const hasChange = data.some((s) => s.quantities.some((q) => q.change !== undefined));
    for (const s of data) {
      const gold = s.quantities.map((g) => ({ ...g, v: parseGoldValue(g.value) }));
      const pred = findQuantities(s.text);
      const vOk = (g: GoldQuantity, p: Quantity): boolean => valuesMatch(parseGoldValue(g.value), p.value);
      const mv = matching(gold, pred, vOk);
      const mu = matching(gold, pred, (g, p) => vOk(g, p) && unitsMatch(g, p));
      const mc = matching(gold, pred, (g, p) => vOk(g, p) && changeLabel(p) === (g.change ?? '='));
      for (const [k, m] of [['value', mv], ['unit', mu], ['change', mc]] as const) {
        levels[k].tp += m.count;
        levels[k].pred += pred.length;
        levels[k].gold += gold.length;
      }
      if (showErrors && (mv.count < gold.length || mv.count < pred.length || mu.count < mv.count || mc.count < mv.count)) {
        console.log(`## ${s.text}`);
        for (const g of gold) console.log(`   gold ${g.change ?? ''} ${g.value} | ${g.unit ?? ''} | ${g.normalized_unit ?? ''}`);
        for (const p of pred) console.log(`   pred ${changeLabel(p)} ${JSON.stringify(p.value)} | ${p.unit} | ${p.unitClass} | ${p.rule} | "${p.text}"`);
      }
    }
    console.log(`${file} (${data.length} sentences, ${levels.value.gold} gold quantities, ${levels.value.pred} predicted)`);
    console.log(`  value         ${prf(levels.value)}`);
    console.log(`  value+unit    ${prf(levels.unit)}`);
    if (hasChange) console.log(`  value+change  ${prf(levels.change)}`);
  }
}

main();
