// createApp: the Hono app of the web UI and the API over one store, with security middleware and the central error handler.
import { Hono } from 'hono';
import { loadAttributionModel, type AnalysisOptions } from '../analyze/index.js';
import type { Store } from '../store/index.js';
import { apiRoutes } from './api.js';
import { buildAssets, serveAsset } from './assets.js';
import { notFound, onError } from './errors.js';
import { defaultUploadLimits, Ingestor, type IngestorOptions, type UploadLimits } from './ingest.js';
import { defaultSessionOptions, originChecks, securityHeaders, Sessions, tokenAuth, type SessionOptions } from './security.js';
import { StoryLoader } from './stories.js';
import { uiRoutes } from './ui.js';

export interface AppOptions {
  store: Store;
  /** When set, every request must carry it (Authorization: Bearer, or the session cookie the sign-in form at /login sets). */
  token?: string | null;
  /** How long browser sessions last and how many are kept. */
  sessions?: SessionOptions;
  limits?: Partial<UploadLimits>;
  /** Loaded analysis models for ingestion; loaded from the package on the first upload when absent. */
  analysis?: AnalysisOptions;
  /** How many loaded stories to remember between requests with what was rendered from them (0: read the store's snapshot on every request). */
  storyMemo?: number;
  /** How uploads are ingested: threads, and how many may wait (src/server/ingest.ts). */
  ingest?: Partial<IngestorOptions>;
  /** Where server errors are written. */
  log?: (line: string) => void;
}

/** The app: call `app.request()` in tests, or hand `app.fetch` to a server (see `startServer`). */
export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const token = options.token ?? null;
  const limits: UploadLimits = { ...defaultUploadLimits, ...options.limits };
  const stories = new StoryLoader(store, options.storyMemo ?? 4);
  const ingestor = new Ingestor(store, () => options.analysis ?? { attributionModel: loadAttributionModel() }, () => stories.clear(), options.ingest);
  const assets = buildAssets();

  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', originChecks({ tokenRequired: token !== null }));
  app.use('*', tokenAuth(token, new Sessions(options.sessions ?? defaultSessionOptions)));
  app.get('/assets/:name', serveAsset(assets));
  app.route('/api', apiRoutes({ store, stories, ingestor, limits }));
  app.route('/', uiRoutes({ store, stories, ingestor, limits }));
  app.notFound(notFound);
  app.onError(onError(options.log ?? ((line) => process.stderr.write(`${line}\n`))));
  return app;
}
