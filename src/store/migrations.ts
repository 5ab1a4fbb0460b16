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
  {
    version: 3,
    name: 'stories',
    sql: `
      CREATE TABLE story_members (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        rule TEXT NOT NULL,
        score REAL NOT NULL,
        syndicated_from TEXT,
        similarity REAL,
        linked_at TEXT NOT NULL
      );
      CREATE INDEX story_members_story ON story_members(story_id);
      CREATE TABLE link_state (
        name TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        saved_at TEXT NOT NULL
      );
    `,
  },
];
