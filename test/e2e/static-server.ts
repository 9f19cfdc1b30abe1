/** A minimal static file server for the built web preview, on a free localhost port. */
import { createReadStream, existsSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { extname, join, normalize, sep } from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

export interface StaticServer {
  /** The site's address, ending in "/" (the base path included). */
  url: string;
  /** Paths of the requests received so far, in order (query strings kept). */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The path the site is served under, as on a real host (`/chitieu/`); "/" by default. */
  base?: string;
  /** A fixed port, e.g. to bring the same origin back after close(); a free one by default. */
  port?: number;
}

/**
 * Serves `root` under `base`, plus `extra` files at given absolute paths (same origin, so the
 * page's CSP allows them). A folder's address serves its index.html, as static hosts do.
 */
export function serveDirectory(
  root: string,
  extra: Record<string, string> = {},
  options: ServeOptions = {},
): Promise<StaticServer> {
  const base = options.base ?? '/';
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '/');
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file: string;
    if (path in extra) file = extra[path];
    else if (path.startsWith(base)) {
      const inSite = path.slice(base.length);
      file = normalize(join(root, inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite));
      if (!file.startsWith(root + sep)) {
        response.writeHead(404).end('not found');
        return;
      }
    } else {
      response.writeHead(404).end('not found');
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            // Kept-alive connections would hold the port and keep answering: end them too.
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
