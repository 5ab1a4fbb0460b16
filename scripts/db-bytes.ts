// Where a SQLite store's bytes go: pages and payload bytes per table and index (dbstat), per article and in all.
import Database from 'better-sqlite3';

interface Row {
  name: string;
  pages: number;
  payload: number;
  unused: number;
}

/** Bytes per table and index of a SQLite file, largest first, with the article count. */
export function dbBytes(path: string): { articles: number; pageSize: number; rows: Row[] } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const rows = db.prepare(
      `SELECT name, COUNT(*) AS pages, SUM(payload) AS payload, SUM(unused) AS unused FROM dbstat GROUP BY name ORDER BY pages DESC`,
    ).all() as Row[];
    const articles = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    return { articles, pageSize, rows };
  } finally {
    db.close();
  }
}

function main(): void {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: node dist/scripts/db-bytes.js STORE.db');
    process.exit(2);
  }
  const { articles, pageSize, rows } = dbBytes(path);
  const per = (bytes: number): string => (articles > 0 ? (bytes / articles / 1024).toFixed(2) : '-');
  const total = rows.reduce((s, r) => s + r.pages, 0) * pageSize;
  console.log(`${path}: ${articles} articles, ${(total / 1e6).toFixed(1)} MB in pages (${per(total)} KB per article), page size ${pageSize}`);
  console.log('| table or index | MB | KB per article | payload KB per article | share |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    const bytes = r.pages * pageSize;
    if (bytes / total < 0.001) continue;
    console.log(`| ${r.name} | ${(bytes / 1e6).toFixed(2)} | ${per(bytes)} | ${per(r.payload)} | ${((100 * bytes) / total).toFixed(1)}% |`);
  }
}

if (process.argv[1]?.endsWith('db-bytes.js')) main();
