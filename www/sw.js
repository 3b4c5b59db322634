// Service worker: makes the page work offline once it has been loaded. It caches the site's own files
// (and nothing else) when installed, then answers every same-origin GET from the network when it can
// (so a rebuilt wasm is picked up at once) and from the cache when it cannot.
// Registered by app.js on http(s) origins only.
const CACHE = 'article-annotator-v1';
const FILES = [
  './',
  'index.html',
  'style.css',
  'app.js',
  'input.js',
  'keys.js',
  'run.js',
  'worker.js',
  'ui/annotation.js',
  'ui/card.js',
  'ui/exports.js',
  'ui/highlights.js',
  'ui/legend.js',
  'ui/lists.js',
  'ui/panel.css',
  'ui/navigator.js',
  'ui/prefs.js',
  'ui/textview.js',
  'pkg/files.json',
  'samples/index.json',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(FILES);
      // The wasm package's files (glue, wasm, the glue's snippets) are whatever pkg/files.json lists.
      const pkg = await (await cache.match('pkg/files.json')).json();
      await cache.addAll(pkg.map((f) => `pkg/${f}`));
      // The sample articles are whatever samples/index.json lists.
      const samples = await (await cache.match('samples/index.json')).json();
      await cache.addAll(samples.map(({ file }) => `samples/${encodeURIComponent(file)}`));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await fetch(request);
        if (response.ok && response.type === 'basic') event.waitUntil(cache.put(request, response.clone()));
        return response;
      } catch (err) {
        const cached = (await cache.match(request, { ignoreSearch: true })) ??
          (request.mode === 'navigate' ? await cache.match('./') : undefined);
        if (cached) return cached;
        throw err;
      }
    })(),
  );
});
