/**
 * A tiny static file server for the built site (node:http, no dependencies): serves
 * `.vitepress/dist` on a free localhost port with the right MIME types (`application/wasm`, so the
 * browser can compile HiGHS while it streams) and VitePress's URL rules (`/core/` → `core/index.html`,
 * `/guide/getting-started` → `guide/getting-started.html`, unknown paths → `404.html` with status 404).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface StaticSite {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  readonly url: string;
  /** Every path requested so far with its status, e.g. `['/assets/highs.B_nfHoE0.wasm', 200]`. */
  readonly requests: readonly (readonly [string, number])[];
  close(): Promise<void>;
}

function resolveFile(root: string, pathname: string): string | undefined {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const base = join(root, clean);
  if (base !== root && !base.startsWith(root + sep)) return undefined; // outside the site
  const candidates = pathname.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export async function serveStatic(root: string): Promise<StaticSite> {
  const requests: [string, number][] = [];
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(root, pathname);
    const status = file === undefined ? 404 : 200;
    const served = file ?? join(root, '404.html');
    requests.push([pathname, status]);
    response.writeHead(status, {
      'content-type': MIME[extname(served)] ?? 'application/octet-stream',
      // Files under /assets/ have a content hash in their names: a browser may keep them (and its
      // compiled code) for the session, as it would from any static host. Pages are always fetched.
      'cache-control': status === 200 && pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    if (request.method === 'HEAD' || !existsSync(served)) response.end();
    else createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
