// Versioned schema migrations for the PostgreSQL store, applied in order and recorded in schema_migrations.
//
// Tables that grow with the corpus (articles, analyses, story_members, documents) carry the
// article id as their distribution column and have it in every primary key, so that a Citus
// cluster can shard them by it and keep one article's rows on one node (docs/scaling.md).
// The queue's coordination tables (queue_batches, queue_items, queue_progress, link_state)
// stay small per batch and are meant as Citus reference or coordinator-local tables.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'articles',
    sql: `
      CREATE TABLE articles (
        id text PRIMARY KEY,
        seq bigserial NOT NULL,
        source text NOT NULL,
        title text,
        outlet text,
        published text,
        language text,
        characters integer NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        data json NOT NULL
      );
      CREATE INDEX articles_seq ON articles (seq);
      CREATE INDEX articles_published ON articles (published);
    `,
  },
  {
    version: 2,
    name: 'analyses',
    sql: `
      CREATE TABLE analyses (
        article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        data json NOT NULL,
        analysed_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 3,
    name: 'stories',
    sql: `
      CREATE TABLE story_members (
        article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        story_id text NOT NULL,
        rule text NOT NULL,
        score double precision NOT NULL,
        syndicated_from text,
        similarity double precision,
        link_seq bigserial NOT NULL,
        linked_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX story_members_story ON story_members (story_id, link_seq);
      CREATE INDEX story_members_link_seq ON story_members (link_seq);
      CREATE TABLE link_state (
        name text PRIMARY KEY,
        data text NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now()
      );
      -- The linker state is megabytes of JSON rewritten on every link step: skip compression.
      ALTER TABLE link_state ALTER COLUMN data SET STORAGE EXTERNAL;
    `,
  },
  {
    version: 4,
    name: 'search',
    sql: `
      -- Filled by the store on insert (title weighted above body), from text cleared of NUL characters.
      ALTER TABLE articles ADD COLUMN search tsvector;
      CREATE INDEX articles_search ON articles USING gin (search);
      -- One row per claim sentence (several claims of one sentence share it), rewritten with the analysis.
      CREATE TABLE search_claims (
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        span_start integer NOT NULL,
        span_end integer NOT NULL,
        sentence text NOT NULL,
        search tsvector NOT NULL,
        PRIMARY KEY (article_id, span_start)
      );
      CREATE INDEX search_claims_search ON search_claims USING gin (search);
    `,
  },
  {
    version: 5,
    name: 'queue',
    sql: `
      -- Raw documents waiting for (or kept after) extraction, by content id.
      CREATE TABLE documents (
        id text PRIMARY KEY,
        document json NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now()
      );
      -- One enqueued input batch: its items hold the gapless sequence numbers first_seq..last_seq.
      CREATE TABLE queue_batches (
        id bigserial PRIMARY KEY,
        first_seq bigint NOT NULL,
        last_seq bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- Each input of a batch in input order. status: queued, analysed, deferred (waits for the
      -- batch's reference date), rejected (the document failed extraction), failed (the job
      -- failed for good), linked.
      CREATE TABLE queue_items (
        seq bigint PRIMARY KEY,
        batch_id bigint NOT NULL REFERENCES queue_batches (id),
        document_id text,
        source text NOT NULL,
        status text NOT NULL,
        article_id text,
        explicit_date text,
        attempts integer NOT NULL DEFAULT 0,
        reason text,
        job_id uuid,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX queue_items_status ON queue_items (status) WHERE status NOT IN ('linked', 'rejected');
      CREATE INDEX queue_items_batch ON queue_items (batch_id, seq);
      -- How far linking has gone: every item with seq <= watermark is settled; version counts
      -- saves of the linker state; linked_by names the worker that linked last (it holds the state in memory).
      CREATE TABLE queue_progress (
        name text PRIMARY KEY,
        watermark bigint NOT NULL,
        version bigint NOT NULL,
        linked_by text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO queue_progress (name, watermark, version) VALUES ('link', 0, 0);
    `,
  },
  {
    version: 6,
    name: 'events',
    sql: `
      -- Change events of stories (watch), stored once by key; read by story, newest first.
      CREATE TABLE events (
        key text PRIMARY KEY,
        seq bigserial NOT NULL,
        story_id text NOT NULL,
        kind text NOT NULL,
        at timestamptz NOT NULL,
        data json NOT NULL
      );
      CREATE INDEX events_story_at ON events (story_id, at DESC, seq DESC);
    `,
  },
  {
    version: 7,
    name: 'story snapshots',
    sql: `
      -- A story's built dossier with the signature of the memberships it was built from
      -- (distribution key: story_id). The body is text: it is read whole, never queried.
      CREATE TABLE story_snapshots (
        story_id text PRIMARY KEY,
        signature text NOT NULL,
        built_at timestamptz NOT NULL DEFAULT now(),
        body text NOT NULL
      );
    `,
  },
  {
    version: 8,
    name: 'article versions',
    sql: `
      -- A record's own id, and the URL versions are matched by (see versionKeyUrl); a new version
      -- names the one it follows, and the earlier one the version that superseded it.
      ALTER TABLE articles ADD COLUMN external_id text, ADD COLUMN url text, ADD COLUMN previous_id text, ADD COLUMN superseded_by text;
      UPDATE articles SET external_id = data ->> 'externalId' WHERE data ->> 'externalId' IS NOT NULL;
      CREATE INDEX articles_external_id ON articles (external_id) WHERE external_id IS NOT NULL;
      CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
    `,
  },
  {
    version: 9,
    name: 'linker state rows',
    sql: `
      -- The linker's state row by row (documents, stories, copies, chrome lines), each table of it
      -- under one name; seq is the order a row was first written (kept when it is rewritten).
      CREATE TABLE link_rows (
        seq bigserial NOT NULL,
        name text NOT NULL,
        key text NOT NULL,
        data text NOT NULL,
        PRIMARY KEY (name, key)
      );
      CREATE INDEX link_rows_order ON link_rows (name, seq);
    `,
  },
  {
    version: 10,
    name: 'story merges',
    sql: `
      -- A story folded into another by a bridging article, with the reason; one row per merged story.
      CREATE TABLE story_merges (
        story_id text PRIMARY KEY,
        into_story_id text NOT NULL,
        via text NOT NULL,
        matched text NOT NULL,
        score float8 NOT NULL,
        features json NOT NULL,
        article_ids json NOT NULL,
        at text,
        seq bigserial NOT NULL
      );
      CREATE INDEX story_merges_into ON story_merges (into_story_id, seq);
    `,
  },
];
