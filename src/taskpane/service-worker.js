/*
 * The browser preview's service worker: after the first visit the preview opens and works with no
 * network. The production build (scripts/webpack-offline.js) writes it to sw.js with the list of
 * files to keep in place of the placeholder below; `npm run dev-server` has no worker.
 *
 * - install: every file the preview needs (pages, scripts, the file host's chunk that "Mở tệp .xlsx"
 *   loads, icons, the web app manifest) goes into one cache named after the build, fetched past
 *   the HTTP cache; all of them or no install.
 * - activate: caches of earlier builds are deleted and open previews are taken over. A new build
 *   waits (no skipWaiting) until no page of the old one is open, so a page never loads a chunk
 *   that its own build did not make.
 * - fetch: a GET for one of those files is answered from the cache. Any other request (another
 *   address, manifest.xml, commands.html, Excel's task pane page, which Office opens with
 *   `_host_Info`) is left alone: the browser makes it as if there were no worker. The worker
 *   itself never calls the network beyond the install's list.
 * The page unregisters the worker inside Office (src/taskpane/services/offline.ts).
 */
/* global self, caches, URL, Request, Response */
'use strict';

// eslint-disable-next-line no-undef -- replaced by the build
const PRECACHE = __CHITIEU_PRECACHE__;
const PREFIX = 'chitieu-';
const CACHE = PREFIX + PRECACHE.version;
const KEPT = new Set(PRECACHE.files.map((file) => new URL(file, self.location.href).href));
const ROOT_PAGE = new URL(PRECACHE.root, self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.files.map((file) => new Request(file, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    if (url.searchParams.has('_host_Info')) return;
    url.search = '';
    // The site's root address is the preview's own page.
    if (url.href === self.registration.scope) url.href = ROOT_PAGE;
  }
  if (!KEPT.has(url.href)) return;
  // The install put every kept file in the cache, and a browser clears a site's caches only
  // together with its worker.
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(url.href))
      .then((hit) => hit || Response.error()),
  );
});
