// Public face of the server: the Hono app over a store (web UI and HTTP API) and how to start it on a socket.
export { createApp, type AppOptions } from './app.js';
export { startServer, isLoopback, defaultConnectionLimits, type ConnectionLimits, type ListenOptions, type RunningServer } from './listen.js';
export { HttpError } from './errors.js';
export { defaultUploadLimits, type UploadLimits, type IngestResult } from './ingest.js';
export { CONTENT_SECURITY_POLICY } from './security.js';
export { openApiDocument } from './openapi.js';
export { escapeHtml, html, SafeHtml } from './html.js';
export { dossierPage } from './pages/dossier.js';
export type { LoadedStory } from './stories.js';
