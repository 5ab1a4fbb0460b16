// The web UI routes: stories list, dossier, article, search and upload pages, all rendered on the server.
import { Hono } from 'hono';
import { articleVersions } from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import { uploadBodyLimit } from './api.js';
import { HttpError } from './errors.js';
import { itemsFromRequest, uploadStatus, type Ingestor, type UploadLimits } from './ingest.js';
import { storyHref } from './links.js';
import { articlePage, layersFrom } from './pages/article.js';
import { CHANGES_SHOWN } from './pages/changes.js';
import { dossierPage } from './pages/dossier.js';
import { entityPage } from './pages/entity.js';
import { searchPage, storiesPage, uploadPage, uploadResultPage } from './pages/lists.js';
import { searchByStory } from './search.js';
import { dayParam, intParam, textParam } from './params.js';
import { StoryLoader } from './stories.js';

export interface UiDeps {
  store: Store;
  stories: StoryLoader;
  ingestor: Ingestor;
  limits: UploadLimits;
}

export function uiRoutes(deps: UiDeps): Hono {
  const { store, stories } = deps;
  const ui = new Hono();

  ui.get('/', async (c) => {
    const filters = { q: textParam(c, 'q'), from: dayParam(c, 'from'), to: dayParam(c, 'to'), limit: intParam(c, 'limit', 50, 1, 500), offset: intParam(c, 'offset', 0, 0, 1_000_000) };
    const page = await stories.list(filters);
    return c.html(storiesPage(filters, page.total, page.stories).value);
  });

  ui.get('/stories/:id', async (c) => {
    const loaded = await stories.require(c.req.param('id'));
    // The change history comes from the store on every request (a watch in another process adds to it).
    const changes = await store.listEvents(loaded.story.id, { limit: CHANGES_SHOWN + 1 });
    return c.html(StoryLoader.rendered(loaded, `dossier.html\n${changes.length}\n${changes[0]?.key ?? ''}`, () => dossierPage(loaded, changes).value));
  });

  ui.get('/stories/:id/entities/:entityId', async (c) => {
    const loaded = await stories.require(c.req.param('id'));
    const entityId = c.req.param('entityId');
    const page = entityPage(loaded, entityId);
    if (!page) throw new HttpError(404, 'Not Found', `No entity "${entityId}" in this story.`);
    return c.html(page.value);
  });

  ui.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const article = await store.getArticle(id);
    if (!article) throw new HttpError(404, 'Not Found', `No article "${id}".`);
    const analysis = await store.getAnalysis(id);
    const membership = await store.membership(id);
    const loaded = membership ? await stories.load(membership.storyId) : null;
    return c.html(articlePage(article, analysis, loaded?.story ?? null, layersFrom(c.req.queries('layer') ?? []), await articleVersions(store, article)).value);
  });

  ui.get('/search', async (c) => {
    const q = textParam(c, 'q') ?? '';
    const results = q ? await searchByStory(store, stories, q, intParam(c, 'limit', 50, 1, 200)) : [];
    return c.html(searchPage(q, results).value);
  });

  ui.get('/upload', (c) => c.html(uploadPage(deps.limits).value));

  ui.post('/upload', uploadBodyLimit(deps.limits), async (c) => {
    const result = await deps.ingestor.run(await itemsFromRequest(c, deps.limits));
    if (result.stories.length === 1 && result.failed.length === 0) return c.redirect(storyHref(result.stories[0].id), 303);
    return c.html(uploadResultPage(result).value, uploadStatus(result));
  });

  return ui;
}
