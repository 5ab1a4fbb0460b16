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
  {
    version: 4,
    name: 'search',
    sql: `
      -- Full-text indexes over article titles and text, and over claims (sentence, subject, origin),
      -- kept in step by the store when articles and analyses are written.
      CREATE VIRTUAL TABLE search_articles USING fts5(
        article_id UNINDEXED, title, body, tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE VIRTUAL TABLE search_claims USING fts5(
        article_id UNINDEXED, span_start UNINDEXED, span_end UNINDEXED, sentence, subject, origin,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      INSERT INTO search_articles (article_id, title, body)
        SELECT id, coalesce(title, ''), coalesce(json_extract(data, '$.text'), '') FROM articles ORDER BY seq;
      INSERT INTO search_claims (article_id, span_start, span_end, sentence, subject, origin)
        SELECT an.article_id,
          json_extract(c.value, '$.sentence[0]'),
          json_extract(c.value, '$.sentence[1]'),
          substr(json_extract(an.data, '$.text'), json_extract(c.value, '$.sentence[0]') + 1,
            json_extract(c.value, '$.sentence[1]') - json_extract(c.value, '$.sentence[0]')),
          coalesce(json_extract(c.value, '$.subject.value'), ''),
          coalesce(json_extract(c.value, '$.origin.value'), '')
        FROM analyses an, json_each(an.data, '$.claims') c;
    `,
  },
  {
    version: 5,
    name: 'events',
    sql: `
      -- Change events of stories (watch), one row per event key; data is the event as JSON.
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        story_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX events_story ON events(story_id, at, seq);
    `,
  },
  {
    version: 6,
    name: 'story snapshots',
    sql: `
      -- A story's built dossier with the signature of the memberships it was built from.
      CREATE TABLE story_snapshots (
        story_id TEXT PRIMARY KEY,
        signature TEXT NOT NULL,
        built_at TEXT NOT NULL,
        body TEXT NOT NULL
      );
    `,
  },
  {
    version: 7,
    name: 'article versions',
    sql: `
      -- A record's own id, and the URL versions are matched by (see versionKeyUrl); a new version
      -- names the one it follows, and the earlier one the version that superseded it.
      ALTER TABLE articles ADD COLUMN external_id TEXT;
      ALTER TABLE articles ADD COLUMN url TEXT;
      ALTER TABLE articles ADD COLUMN previous_id TEXT;
      ALTER TABLE articles ADD COLUMN superseded_by TEXT;
      UPDATE articles SET external_id = json_extract(data, '$.externalId');
      CREATE INDEX articles_external_id ON articles(external_id) WHERE external_id IS NOT NULL;
      CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
    `,
  },
  {
    version: 8,
    name: 'linker state rows',
    sql: `
      -- The linker's state row by row (documents, stories, copies, chrome lines), each table of it
      -- under one name; a row keeps its place (rowid) when rewritten, so rows read back in the
      -- order they were first written.
      CREATE TABLE link_rows (
        name TEXT NOT NULL,
        key TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (name, key)
      );
      CREATE INDEX link_rows_order ON link_rows(name);
    `,
  },
  {
    version: 9,
    name: 'story merges',
    sql: `
      -- A story folded into another by a bridging article, with the reason; one row per merged story.
      CREATE TABLE story_merges (
        story_id TEXT PRIMARY KEY,
        into_story_id TEXT NOT NULL,
        via TEXT NOT NULL,
        matched TEXT NOT NULL,
        score REAL NOT NULL,
        features TEXT NOT NULL,
        article_ids TEXT NOT NULL,
        at TEXT,
        seq INTEGER NOT NULL
      );
      CREATE INDEX story_merges_into ON story_merges(into_story_id, seq);
    `,
  },
  {
    version: 110,
    name: 'compact storage',
    sql: `
      -- An article's text once, compressed, in a column of its own: read by its analysis and by
      -- search. The rest of the article, its analysis (without a copy of the text), story snapshots
      -- and the larger linker rows as DEFLATE-compressed BLOBs. The tri_* functions are the
      -- store's (see sqlite.ts): tri_text gives a stored value's text back.
      ALTER TABLE articles ADD COLUMN text BLOB;
      UPDATE articles SET text = tri_compress(tri_article_text(data)), data = tri_pack_article(data);
      UPDATE analyses SET data = tri_pack_analysis(data, (SELECT tri_text(a.text) FROM articles a WHERE a.id = analyses.article_id));
      UPDATE story_snapshots SET body = tri_compress(body);
      UPDATE link_rows SET data = tri_maybe_compress(data);
      -- A claim's sentence as a span of its article's text (sentence only when the analysed text
      -- was another), found by article for indexed deletes.
      CREATE TABLE claim_sentences (
        id INTEGER PRIMARY KEY,
        article_seq INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        sentence TEXT,
        subject TEXT NOT NULL,
        origin TEXT NOT NULL
      );
      CREATE INDEX claim_sentences_article ON claim_sentences(article_seq);
      INSERT INTO claim_sentences (article_seq, span_start, span_end, sentence, subject, origin)
        SELECT a.seq, c.span_start, c.span_end,
          CASE WHEN c.sentence = tri_slice(tri_text(a.text), c.span_start, c.span_end) THEN NULL ELSE c.sentence END,
          c.subject, c.origin
        FROM search_claims c JOIN articles a ON a.id = c.article_id ORDER BY c.rowid;
      -- Both search indexes read their text from those tables (external content): no copies.
      DROP TABLE search_articles;
      DROP TABLE search_claims;
      CREATE VIEW search_articles_source AS
        SELECT seq, id AS article_id, coalesce(title, '') AS title, coalesce(tri_text(text), '') AS body FROM articles;
      CREATE VIRTUAL TABLE search_articles USING fts5(
        article_id UNINDEXED, title, body, content = 'search_articles_source', content_rowid = 'seq',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE VIEW search_claims_source AS
        SELECT c.id AS id, a.id AS article_id, c.span_start AS span_start, c.span_end AS span_end,
          coalesce(c.sentence, tri_slice(tri_text(a.text), c.span_start, c.span_end)) AS sentence, c.subject AS subject, c.origin AS origin
        FROM claim_sentences c JOIN articles a ON a.seq = c.article_seq;
      CREATE VIRTUAL TABLE search_claims USING fts5(
        article_id UNINDEXED, span_start UNINDEXED, span_end UNINDEXED, sentence, subject, origin,
        content = 'search_claims_source', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      INSERT INTO search_articles (search_articles) VALUES ('rebuild');
      INSERT INTO search_claims (search_claims) VALUES ('rebuild');
    `,
  },
];
