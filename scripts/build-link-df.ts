// Builds the background document-frequency model for story linking (models/link/df.json.gz) from news texts.
//
// usage: node dist/scripts/build-link-df.js [--min-df N] ECB_JSONL GVA_DIR [POLNEAR_TEXT_DIR]
// Only counts of terms seen in at least N documents are kept (no texts, no rare names).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTerms, properNounKeys, tokens } from '../src/link/text-features.js';
import { packageRoot } from '../src/analyze/attribution/model.js';
import { BACKGROUND_DF_PATH, type BackgroundDfFile } from '../src/link/background.js';
import { loadEcb, loadGva } from '../eval/lib/link-data.js';

function main(): void {
  const args = process.argv.slice(2);
  let minDf = 3;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--min-df') minDf = Number(args[++i]);
    else paths.push(args[i]!);
  }
  if (paths.length < 2) throw new Error('usage: build-link-df [--min-df N] ECB_JSONL GVA_DIR [POLNEAR_TEXT_DIR]');
  const texts: string[] = [];
  for (const d of loadEcb(paths[0]!)) texts.push(d.text);
  for (const d of loadGva(paths[1]!)) texts.push(`${d.title ?? ''}\n${d.text}`);
  if (paths[2] !== undefined) for (const f of readdirSync(paths[2]).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(paths[2], f), 'utf8'));
  const df = new Map<string, number>();
  for (const t of texts) {
    const toks = tokens(t);
    const keys = new Set([...contentTerms(toks).keys(), ...[...properNounKeys(toks).keys()].map((k) => '@' + k)]);
    for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const kept = [...df].filter(([, n]) => n >= minDf).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const file: BackgroundDfFile = {
    source: `document frequencies of content terms and proper-noun keys (@) in ${texts.length} news texts: ECB+, GVA dev local news${paths[2] ? ', PolNeAR' : ''}; terms in fewer than ${minDf} documents left out`,
    docs: texts.length,
    minDf,
    df: Object.fromEntries(kept),
  };
  const out = join(packageRoot(), BACKGROUND_DF_PATH);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, gzipSync(JSON.stringify(file)));
  console.log(`${texts.length} texts, ${df.size} terms, ${kept.length} kept (df >= ${minDf}) -> ${out}`);
}

main();
