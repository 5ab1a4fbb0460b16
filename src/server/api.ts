// The JSON API under /api: stories, dossiers, articles with their analysis, entities, claim groups, attributions, search, ingestion.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { articleVersions } from '../pipeline/index.js';
import { articleToJson } from '../report/index.js';
import type { Store } from '../store/index.js';
import { HttpError } from './errors.js';
import { itemsFromRequest, uploadStatus, type Ingestor, type UploadLimits } from './ingest.js';
import { openApiDocument } from './openapi.js';
import { dayParam, intParam, textParam } from './params.js';
import { StoryLoader } from './stories.js';

export interface ApiDeps {
  store: Store;
  stories: StoryLoader;
  ingestor: Ingestor;
  limits: UploadLimits;
}

/** A body limit answering 413 as a problem. */
export function uploadBodyLimit(limits: UploadLimits) {
  return bodyLimit({
    maxSize: limits.maxBodyBytes,
    onError: () => {
      throw new HttpError(413, 'Content Too Large', `The request body is over the limit of ${limits.maxBodyBytes} bytes.`, { maxBodyBytes: limits.maxBodyBytes });
    },
  });
}

export function apiRoutes(deps: ApiDeps): Hono {
  const { store, stories } = deps;
  const api = new Hono();

  api.get('/openapi.json', (c) => c.json(openApiDocument()));

  api.get('/stories', async (c) => {
    const limit = intParam(c, 'limit', 50, 1, 500);
    const offset = intParam(c, 'offset', 0, 0, 1_000_000);
    const q = textParam(c, 'q');
    const from = dayParam(c, 'from');
    const to = dayParam(c, 'to');
    const page = await stories.list({ q, from, to, limit, offset });
    return c.json({ total: page.total, limit, offset, stories: page.stories });
  });

  api.get('/stories/:id', async (c) => {
    const loaded = await stories.require(c.req.param('id'));
    // A client that holds this build's dossier revalidates it without the body (a large story's is megabytes).
    if (c.req.header('if-none-match') === loaded.etag) return c.body(null, 304, { ETag: loaded.etag });
    const body = StoryLoader.rendered(loaded, 'dossier.json', () => JSON.stringify(stories.dossierOf(loaded)));
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8', ETag: loaded.etag });
  });

  api.get('/stories/:id/entities', async (c) => {
    const { story } = await stories.require(c.req.param('id'));
    return c.json({ storyId: story.id, entities: story.entities });
  });

  api.get('/stories/:id/claim-groups', async (c) => {
    const { story } = await stories.require(c.req.param('id'));
    return c.json({ storyId: story.id, claimGroups: story.claimGroups });
  });

  api.get('/stories/:id/claim-groups/:groupId', async (c) => {
    const { story } = await stories.require(c.req.param('id'));
    const group = story.claimGroups.find((g) => g.id === c.req.param('groupId'));
    if (!group) throw new HttpError(404, 'Not Found', `Story "${story.id}" has no claim group "${c.req.param('groupId')}".`);
    return c.json(group);
  });

  api.get('/stories/:id/events', async (c) => {
    const id = c.req.param('id');
    const limit = intParam(c, 'limit', 100, 1, 1000);
    const events = await store.listEvents(id, { limit });
    if (events.length === 0 && (await store.storyMembers(id)).length === 0) throw new HttpError(404, 'Not Found', `No story "${id}".`);
    return c.json({ storyId: id, limit, events: events.map((e) => e.data) });
  });

  api.get('/stories/:id/attributions', async (c) => {
    const { story } = await stories.require(c.req.param('id'));
    return c.json({ storyId: story.id, attributions: story.attributions });
  });

  api.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const article = await store.getArticle(id);
    if (!article) throw new HttpError(404, 'Not Found', `No article "${id}".`);
    const analysis = await store.getAnalysis(id);
    const membership = await store.membership(id);
    const v = await articleVersions(store, article);
    return c.json({ article: articleToJson(article), analysis, storyId: membership?.storyId ?? null, versions: v.versions, latestVersion: v.latest, change: v.change });
  });

  api.get('/search', async (c) => {
    const q = textParam(c, 'q');
    if (!q) throw new HttpError(400, 'Bad Request', '"q" is required: words, "phrases", -excluded, OR.');
    const limit = intParam(c, 'limit', 20, 1, 200);
    const hits = await store.search(q, { limit });
    return c.json({ query: q, hits: hits.map((h) => ({ kind: h.kind ?? 'article', articleId: h.articleId, span: h.span ?? null, snippet: h.snippet, rank: h.rank })) });
  });

  api.post('/documents', uploadBodyLimit(deps.limits), async (c) => {
    const items = await itemsFromRequest(c, deps.limits);
    const result = await deps.ingestor.run(items);
    return c.json(result, uploadStatus(result));
  });

  return api;
}
