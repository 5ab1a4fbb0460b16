// Starting the app on a socket: loopback by default; any other address only with a token.
import { serve, type ServerType } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';

export interface ListenOptions extends AppOptions {
  /** Address to bind (default 127.0.0.1). */
  host?: string;
  /** Port (0 picks a free one). */
  port?: number;
}

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
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }, () => resolve(s));
    s.once('error', reject);
  });
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
