// The baseline of the admin-size benchmark: the smallest react-admin app — one resource listed by
// ListGuesser over ra-data-simple-rest — built with the repo's own react, react-admin, vite and
// @vitejs/plugin-react, and served with a few records so its first page draws a real list.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './env.mjs';

// Inside the repo tree, so Node's resolution finds the repo's node_modules (git-ignored).
export const MINIMAL_DIR = join(ROOT, 'bench/.tmp/minimal-admin');

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>minimal</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body>
</html>
`;

const MAIN_JSX = `import { createRoot } from 'react-dom/client';
import { Admin, ListGuesser, Resource } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';

createRoot(document.getElementById('root')).render(
  <Admin dataProvider={simpleRestProvider('/api')}>
    <Resource name="posts" list={ListGuesser} />
  </Admin>,
);
`;

const POSTS = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, title: `Post ${i + 1}`, published_at: `2021-0${i + 1}-01`, views: 10 * (i + 1) }));

/** Versions of what both apps are built with (they resolve to the same installed copies). */
export function buildVersions() {
  // Node's lookup from apps/admin: its own node_modules, then the repo's (some packages forbid resolving package.json)
  const version = (name) => {
    const file = [join(ROOT, 'apps/admin/node_modules', name, 'package.json'), join(ROOT, 'node_modules', name, 'package.json')].find(existsSync);
    return JSON.parse(readFileSync(file, 'utf8')).version;
  };
  return Object.fromEntries(['react', 'react-dom', 'react-admin', 'ra-data-simple-rest', 'vite', '@vitejs/plugin-react'].map((name) => [name, version(name)]));
}

/** Writes and builds the minimal app; returns the directory of its built files. */
export async function buildMinimalAdmin() {
  mkdirSync(join(MINIMAL_DIR, 'src'), { recursive: true });
  writeFileSync(join(MINIMAL_DIR, 'index.html'), INDEX_HTML);
  writeFileSync(join(MINIMAL_DIR, 'src/main.jsx'), MAIN_JSX);
  // vite and the React plugin as the admin resolves them (the plugin lives under apps/admin)
  const fromAdmin = createRequire(join(ROOT, 'apps/admin/package.json'));
  const { build } = await import(pathToFileURL(fromAdmin.resolve('vite')).href);
  const { default: react } = await import(pathToFileURL(fromAdmin.resolve('@vitejs/plugin-react')).href);
  const outDir = join(MINIMAL_DIR, 'dist');
  await build({ root: MINIMAL_DIR, configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 } });
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`minimal admin build left no ${outDir}/index.html`);
  return outDir;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** A static server for the built app, with `GET /api/posts` answering as ra-data-simple-rest expects. */
export function serveMinimalAdmin(dist) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/api/posts') {
      response.writeHead(200, { 'content-type': 'application/json', 'content-range': `posts 0-${POSTS.length - 1}/${POSTS.length}` });
      return response.end(JSON.stringify(POSTS));
    }
    const file = join(dist, normalize(path === '/' ? '/index.html' : path));
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
