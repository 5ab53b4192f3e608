// Starts the app on a TCP port with @hono/node-server (loopback by default). Returns the URL, the
// ingest token (when ingest is allowed) and a close function; printing is left to the CLI.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/store.js';
import { NewsgraphError } from '../util/errors.js';
import { createApp } from './app.js';

export interface ServeOptions {
  store: Store;
  port?: number;
  host?: string;
  /** enables POST /api/documents with a fresh random bearer token */
  allowIngest?: boolean;
  /** use this token instead of a random one (tests) */
  token?: string;
  webRoot?: string | null;
}

export interface RunningServer {
  url: string;
  token: string | null;
  close(): Promise<void>;
}

export function startServer(opts: ServeOptions): Promise<RunningServer> {
  const token = opts.allowIngest ? opts.token ?? randomBytes(24).toString('base64url') : null;
  const app = createApp({ store: opts.store, ingestToken: token, webRoot: opts.webRoot });
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        token,
        close: () => new Promise<void>((res) => server.close(() => res())),
      });
    });
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new NewsgraphError('E_USAGE', e.code === 'EADDRINUSE' ? `port ${opts.port} is in use; choose another with --port` : `cannot listen on ${host}:${opts.port} (${e.message})`)),
    );
    // slow or stalled clients cannot hold connections for long
    const http = server as { headersTimeout?: number; requestTimeout?: number };
    http.headersTimeout = 10_000;
    http.requestTimeout = 30_000;
  });
}
