/*
 * The offline copy of this site, kept only when the person asks for it: "Keep this tool on this
 * phone" (app/components/KeepOnPhone.tsx) is the one place that registers this worker. It talks to
 * nothing but this site's own origin, never stores an answer, and never adds anything to the copy
 * on its own: it keeps exactly the files of one language that the build lists in
 * /_data/offline.<locale>.<hash>.json (app/lib/offline.ts), plus the /_next/static/ files those
 * pages name, and serves them when asked for.
 *
 * Messages from the page:
 *   { type: 'keep', list: '/_data/offline.en.<hash>.json' }  keep that copy; replies on the port
 *       { type: 'kept', locale, files, bytes } or { type: 'failed' }
 *   'forget'  delete every copy and unregister (Quick exit, app/lib/site.ts, and "Remove it from
 *       this phone"); replies { type: 'forgotten' } when done
 */
'use strict';

const PREFIX = 'itt-offline:';
const LIST = /^\/_data\/offline\.[a-z]{2}\.[0-9a-f]{12}\.json$/;
/** How many files are fetched at once while keeping a copy. */
const AT_ONCE = 4;

/** Raised by 'forget': a copy being kept stops at its next file. */
let forgotten = false;

const sameOrigin = (url) => new URL(url, self.location.origin).origin === self.location.origin;

self.addEventListener('install', (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener('message', (event) => {
  const data = event.data;
  const port = event.ports && event.ports[0];
  const reply = (message) => port && port.postMessage(message);
  if (data === 'forget' || (data && data.type === 'forget')) {
    event.waitUntil(forget().then(() => reply({ type: 'forgotten' })));
  } else if (data && data.type === 'keep' && typeof data.list === 'string') {
    event.waitUntil(
      keep(data.list).then(
        (result) => reply({ type: 'kept', ...result }),
        () => reply({ type: 'failed' }),
      ),
    );
  }
});

/** Deletes every copy and the registration: nothing of the site stays in Cache Storage. */
async function forget() {
  forgotten = true;
  const keys = await caches.keys();
  await Promise.all(keys.map((key) => caches.delete(key)));
  await self.registration.unregister();
}

/** The src and href of a page's <script>, <link> and <img> tags that stay on this origin. */
function filesOf(html, base) {
  const found = [];
  for (const tag of html.matchAll(/<(?:script|link|img)\b[^>]*>/gi)) {
    for (const attribute of tag[0].matchAll(/\s(?:src|href)="([^"]+)"/gi)) {
      const url = new URL(attribute[1].replace(/&amp;/g, '&'), base);
      if (url.origin === self.location.origin && url.pathname.startsWith('/_next/static/')) found.push(url.href);
      else if (url.origin === self.location.origin && url.pathname === '/icon.svg') found.push(url.href);
    }
  }
  return found;
}

/** Fetches one file of this origin for the copy: a page fresh from the server; a hashed file may come from the browser's HTTP cache. */
async function fetchForCopy(url) {
  if (!sameOrigin(url)) throw new Error(`not this site: ${url}`);
  const { pathname } = new URL(url);
  const immutable = pathname.startsWith('/_next/static/') || pathname.startsWith('/_data/');
  const response = await fetch(url, { cache: immutable ? 'default' : 'no-store', credentials: 'same-origin', redirect: 'error' });
  if (!response.ok || response.redirected) throw new Error(`${url}: ${response.status}`);
  return response;
}

/**
 * Keeps the copy of one language in a new cache, then drops any older copy. If it cannot finish
 * (no connection, or 'forget'), it deletes what it had saved, and when no other copy exists it
 * unregisters itself: a copy is either whole or gone.
 */
async function keep(listPath) {
  forgotten = false;
  const listUrl = new URL(listPath, self.location.origin);
  if (!sameOrigin(listUrl) || !LIST.test(listUrl.pathname)) throw new Error('not a list of this site');
  const name = PREFIX + listUrl.pathname.split('/').pop();
  const cache = await caches.open(name);
  try {
    const list = await (await fetchForCopy(listUrl.href)).json();
    const pages = list.pages.map((page) => new URL(page, self.location.origin).href);
    const queue = [...pages, ...list.files.map((file) => new URL(file, self.location.origin).href)];
    const seen = new Set(queue);
    let files = 0;
    let bytes = 0;
    let failed = false;
    const lane = async () => {
      for (let url = queue.shift(); url && !failed; url = queue.shift()) {
        if (forgotten) throw new Error('forgotten');
        const response = await fetchForCopy(url);
        const body = await response.clone().arrayBuffer();
        if ((response.headers.get('Content-Type') || '').startsWith('text/html')) {
          for (const file of filesOf(new TextDecoder().decode(body), url)) {
            if (!seen.has(file)) {
              seen.add(file);
              queue.push(file);
            }
          }
        }
        if (forgotten) throw new Error('forgotten');
        await cache.put(url, response);
        files += 1;
        bytes += body.byteLength;
      }
    };
    // AT_ONCE lanes: one that finds the queue empty stops; those still reading a page take what it adds.
    const run = async () => {
      try {
        await lane();
      } catch (error) {
        failed = true; // the others stop at their next file
        throw error;
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, run));
    if (forgotten) throw new Error('forgotten');
    for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== name) await caches.delete(key);
    return { locale: list.locale, files, bytes };
  } catch (error) {
    await caches.delete(name);
    const others = (await caches.keys()).filter((key) => key.startsWith(PREFIX));
    if (forgotten || others.length === 0) {
      await Promise.all(others.map((key) => caches.delete(key)));
      await self.registration.unregister();
    }
    throw error;
  }
}

/** A page of the copy for a navigation: "/en/check", "/en/check/" and "/en/check/?x" alike. */
async function pageFor(url) {
  const paths = url.pathname.endsWith('/') ? [url.pathname] : [url.pathname, `${url.pathname}/`];
  for (const path of paths) {
    const found = await caches.match(url.origin + path, { ignoreVary: true });
    if (found) return found;
  }
  return undefined;
}

/**
 * Same-origin GET only: the copy first for what it holds; anything else goes to the network as if
 * there were no worker. Nothing is ever added to the copy here.
 */
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  // A request the worker could not pass on itself (Chromium's DevTools make these).
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const found = request.mode === 'navigate' ? await pageFor(url) : await caches.match(request, { ignoreVary: true });
      return found || fetch(request);
    })(),
  );
});
