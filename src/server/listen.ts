// Starting the app on a socket: loopback by default; any other address only with a token.
import { serve, type ServerType } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';

export interface ListenOptions extends AppOptions {
  /** Address to bind (default 127.0.0.1). */
  host?: string;
  /** Port (0 picks a free one). */
  port?: number;
  /** How long clients may take and how many may connect. */
  connections?: Partial<ConnectionLimits>;
}

export interface ConnectionLimits {
  /** Time a client has to send the request headers, in milliseconds. */
  headersTimeoutMs: number;
  /** Time a client has to send the whole request (a 32 MiB upload included), in milliseconds. */
  requestTimeoutMs: number;
  /** Idle time after which a kept-alive connection is closed, in milliseconds. */
  keepAliveTimeoutMs: number;
  /** How often connections are checked against the timeouts, in milliseconds. */
  checkIntervalMs: number;
  /** Most open connections; more are refused (closed at once). */
  maxConnections: number;
}

/**
 * Ten seconds for headers is far above any honest client; two minutes carries a 32 MiB upload
 * at 2 Mbit/s; 256 connections serve a newsroom while a slow-client flood cannot hold more.
 */
export const defaultConnectionLimits: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  maxConnections: 256,
};

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Whether an address is loopback only (binding it needs no token). */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Starts the server; refuses to bind a non-loopback address without a token. */
export async function startServer(options: ListenOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.token) {
    throw new Error(`binding ${host} serves other machines: give a token with --token or TRIANGULATE_TOKEN`);
  }
  const app = createApp(options);
  const limits: ConnectionLimits = { ...defaultConnectionLimits, ...options.connections };
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({
      fetch: app.fetch,
      hostname: host,
      port: options.port ?? 8080,
      serverOptions: {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        connectionsCheckingInterval: limits.checkIntervalMs,
      },
    }, () => resolve(s));
    s.once('error', reject);
  });
  (server as { maxConnections: number }).maxConnections = limits.maxConnections;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 8080);
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
