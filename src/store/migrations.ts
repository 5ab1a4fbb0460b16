// Versioned schema migrations for the SQLite store, applied in order and recorded in schema_migrations.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'articles',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        published TEXT,
        language TEXT,
        characters INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles(published);
    `,
  },
  {
    version: 2,
    name: 'analyses',
    sql: `
      CREATE TABLE analyses (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data TEXT NOT NULL,
        analysed_at TEXT NOT NULL
      );
    `,
  },
];
