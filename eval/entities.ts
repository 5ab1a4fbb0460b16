// Scores entity mentions on Universal NER English-EWT (CoNLL span exact match for PER, ORG, LOC).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityMention, Sentence, Token } from '../src/model/analysis.js';
import { findEntities } from '../src/analyze/entities/index.js';

type Label = 'PER' | 'ORG' | 'LOC';
interface Doc {
  id: string;
  sentences: { words: string[]; tags: string[] }[];
}

/** Reads an IOB2 file into documents (split at `# newdoc id`) of tokenised sentences. */
function readIob2(path: string): Doc[] {
  const docs: Doc[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length) {
      if (!docs.length) docs.push({ id: 'doc', sentences: [] });
      docs[docs.length - 1]!.sentences.push({ words, tags });
    }
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      flush();
      docs.push({ id: line.split('=')[1]!.trim(), sentences: [] });
    } else if (line.startsWith('#')) continue;
    else if (!line.trim()) flush();
    else {
      const cols = line.split('\t');
      words.push(cols[1]!);
      tags.push(cols[2]!);
    }
  }
  flush();
  return docs;
}

/** Gold spans `sentence:start:end:label` from B-/I- tags. */
function goldSpans(si: number, tags: string[]): string[] {
  const out: string[] = [];
  let start = -1;
  let label = '';
  tags.forEach((t, i) => {
    const [bio, lab] = t.split('-') as [string, string | undefined];
    if (start >= 0 && (bio !== 'I' || lab !== label)) {
      out.push(`${si}:${start}:${i}:${label}`);
      start = -1;
    }
    if (bio === 'B' || (bio === 'I' && start < 0)) {
      start = i;
      label = lab!;
    }
  });
  if (start >= 0) out.push(`${si}:${start}:${tags.length}:${label}`);
  return out;
}

/** Maps a mention type to a CoNLL label; groups count as ORG only with `--group-as-org`, else they are ignored. */
function label(m: EntityMention, groupAsOrg: boolean): Label | null {
  if (m.evidence.some((e) => e.startsWith('pronoun/') || e.startsWith('descriptor/'))) return null;
  if (m.type === 'person') return 'PER';
  if (m.type === 'organisation') return 'ORG';
  if (m.type === 'place') return 'LOC';
  return groupAsOrg ? 'ORG' : null;
}

function main(): void {
  const arg = process.argv[2] ?? '../shared/eval/uner-en-ewt';
  const groupAsOrg = process.argv.includes('--group-as-org');
  const showErrors = process.argv.includes('--errors');
  const file = statSync(arg).isDirectory() ? join(arg, 'en_ewt-ud-dev.iob2') : arg;
  const counts: Record<Label, { tp: number; fp: number; fn: number }> = {
    PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 },
  };
  const started = Date.now();
  const byEvidence = new Map<string, { tp: number; fp: number }>();
  let nSent = 0;
  for (const doc of readIob2(file)) {
    let text = '';
    const sentences: Sentence[] = [];
    const gold = new Set<string>();
    doc.sentences.forEach((s, si) => {
      const tokens: Token[] = [];
      const begin = text.length;
      s.words.forEach((w, i) => {
        if (i) text += ' ';
        tokens.push({ text: w, span: [text.length, text.length + w.length] });
        text += w;
      });
      sentences.push({ span: [begin, text.length], text: text.slice(begin), kind: 'body', paragraph: si, tokens });
      text += '\n';
      for (const g of goldSpans(si, s.tags)) gold.add(g);
    });
    nSent += sentences.length;
    const predicted = new Set<string>();
    const evidenceOf = new Map<string, string>();
    for (const m of findEntities(text, sentences)) {
      const lab = label(m, groupAsOrg);
      if (!lab) continue;
      const si = sentences.findIndex((s) => s.span[0] <= m.span[0] && m.span[1] <= s.span[1]);
      const toks = sentences[si]!.tokens;
      const a = toks.findIndex((t) => t.span[0] === m.span[0]);
      const b = toks.findIndex((t) => t.span[1] === m.span[1]);
      predicted.add(`${si}:${a}:${b + 1}:${lab}`);
      evidenceOf.set(`${si}:${a}:${b + 1}:${lab}`, m.evidence[0] ?? '');
    }
    for (const p of predicted) {
      counts[p.split(':')[3] as Label][gold.has(p) ? 'tp' : 'fp']++;
      const ev = `${p.split(':')[3]} ${evidenceOf.get(p)}`;
      const e = byEvidence.get(ev) ?? { tp: 0, fp: 0 };
      e[gold.has(p) ? 'tp' : 'fp']++;
      byEvidence.set(ev, e);
    }
    for (const g of gold) if (!predicted.has(g)) counts[g.split(':')[3] as Label].fn++;
    if (showErrors) {
      const words = (k: string): string => {
        const [si, a, b] = k.split(':').map(Number) as [number, number, number];
        return doc.sentences[si]!.words.slice(a, b).join(' ');
      };
      for (const p of predicted) if (!gold.has(p)) console.log(`FP ${p.split(':')[3]} ${words(p)}`);
      for (const g of gold) if (!predicted.has(g)) console.log(`FN ${g.split(':')[3]} ${words(g)}`);
    }
  }
  const row = (name: string, c: { tp: number; fp: number; fn: number }): string => {
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `${name.padEnd(6)} P ${(100 * p).toFixed(1).padStart(5)}  R ${(100 * r).toFixed(1).padStart(5)}  F1 ${(100 * f).toFixed(1).padStart(5)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  };
  const all = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`UNER English-EWT ${file} (${nSent} sentences, groups ${groupAsOrg ? 'as ORG' : 'ignored'}, ${Date.now() - started} ms)`);
  for (const k of ['PER', 'ORG', 'LOC'] as Label[]) console.log(row(k, counts[k]));
  console.log(row('micro', all));
  if (process.argv.includes('--by-rule')) {
    for (const [k, v] of [...byEvidence].sort((a, b) => b[1].tp + b[1].fp - a[1].tp - a[1].fp)) console.log(`  ${k.padEnd(40)} tp ${v.tp} fp ${v.fp}`);
  }
}

main();
