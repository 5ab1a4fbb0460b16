// Reads PolNeAR (brat standoff) into gold attributions by character offsets, one annotator's file per article.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A character span [start, end). */
export type CharSpan = [number, number];

/** One gold attribution; discontinuous spans are replaced by their covering extent. */
export interface GoldAttribution {
  cue: CharSpan;
  source: CharSpan | null;
  content: CharSpan | null;
}

export interface GoldDoc {
  id: string;
  annotator: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Parses one .ann file's text-bound and relation lines into attributions. */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, CharSpan>();
  const rels: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    if (cols[0].startsWith('T')) {
      const sp = cols[1].indexOf(' ');
      if (sp < 0) continue;
      const frags = cols[1].slice(sp + 1).split(';').map((x) => x.trim().split(/\s+/).map(Number));
      if (frags.some((f) => f.length !== 2 || f.some((v) => !Number.isFinite(v)))) continue;
      spans.set(cols[0], [Math.min(...frags.map((f) => f[0])), Math.max(...frags.map((f) => f[1]))]);
    } else if (cols[0].startsWith('E')) {
      const args: Record<string, string> = {};
      for (const a of cols[1].trim().split(/\s+/)) {
        const [role, id] = a.split(':');
        if (role && id) args[role] = id;
      }
      rels.push(args);
    }
  }
  const out: GoldAttribution[] = [];
  for (const r of rels) {
    const cue = spans.get(r.Cue ?? '');
    if (!cue) continue;
    out.push({ cue, source: spans.get(r.Source ?? '') ?? null, content: spans.get(r.Content ?? '') ?? null });
  }
  return out;
}

/** Loads a PolNeAR split folder (with text/ and attributions/). Where an article has several annotators' files, the first by file name is used. */
export function loadPolnear(dir: string): GoldDoc[] {
  const files = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const docs: GoldDoc[] = [];
  for (const file of files) {
    const m = /^(.*)_([0-9a-f]+)\.ann$/.exec(file);
    if (!m || seen.has(m[1])) continue;
    seen.add(m[1]);
    const text = readFileSync(join(dir, 'text', `${m[1]}.txt`), 'utf8');
    const ann = readFileSync(join(dir, 'attributions', file), 'utf8');
    docs.push({ id: m[1], annotator: m[2], text, attributions: parseAnn(ann) });
  }
  return docs;
}
