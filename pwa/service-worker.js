// The workbench's service worker: precaches the built app so it loads and works with the network off.
// Built by the `service-worker` plugin in vite.config.ts, which fills in the version and the file list.
const CACHE = 'coverage-workbench-__VERSION__';
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first so a new version arrives, the cached app shell when offline (any route).
    event.respondWith(fetch(request).catch(() => caches.match('/index.html', { ignoreVary: true })));
    return;
  }
  // Hashed assets never change: the cache first. Module scripts are requested with an Origin header that the
  // precache requests lacked, so `Vary: Origin` must not turn them into misses.
  event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit ?? fetch(request)));
});
