// Serves the built web app (Vite output in dist/web) from memory. Hand-written rather than
// hono's serveStatic because the set of files is small and fixed at start: reading them once
// removes any path-traversal question (only names found at start can be served).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Uint8Array;
  type: string;
  /** hashed asset names never change content, so they may be cached for long */
  immutable: boolean;
}

/** Where `npm run build` puts the web app: <package root>/dist/web (same path from src/ and dist/). */
export const defaultWebRoot = (): string => fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** URL path (`/assets/x.js`) -> file, for every file under root; empty when the app is not built. */
export function loadStatic(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(join(root, 'index.html'))) return files;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const url = '/' + relative(root, p).split(sep).join('/');
        files.set(url, { body: readFileSync(p), type: TYPES[extname(name)] ?? 'application/octet-stream', immutable: url.startsWith('/assets/') });
      }
    }
  };
  walk(root);
  files.set('/', files.get('/index.html')!);
  return files;
}
