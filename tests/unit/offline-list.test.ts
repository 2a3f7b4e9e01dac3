import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../content/load';
import { LOCALES } from '../../content/locales';
import { checkDataFile } from '../../app/lib/check-data';
import { dataFiles, localePagePaths, localeRoutes, manifestFile, offlineList, offlineListFile } from '../../app/lib/offline';
import { siteTitle } from '../../app/lib/page-title';

/** The pages of one language, written out by hand: what "the whole site in this language" means. */
function expectedPages(locale: (typeof LOCALES)[number]) {
  const ids = loadContent(locale).data.scenarios.map((s) => s.id);
  return [
    `/${locale}/`,
    ...['check', 'learn', 'contacts', 'safety', 'train', 'map'].map((page) => `/${locale}/${page}/`),
    ...ids.flatMap((id) => [`/${locale}/train/${id}/`, `/${locale}/train/${id}/facilitate/`]),
  ];
}

describe.each(LOCALES)('the offline copy in %s', (locale) => {
  it('lists every page of the language once, and nothing else', async () => {
    const pages = await localePagePaths(locale);
    expect(new Set(pages).size).toBe(pages.length);
    expect([...pages].sort()).toEqual(expectedPages(locale).sort());
    expect(pages.length).toBe(7 + 2 * loadContent(locale).data.scenarios.length);
  });

  it('keeps the root page, the language check data, the manifest and the icon, and no other language', async () => {
    const list = await offlineList(locale);
    expect(list.locale).toBe(locale);
    expect(list.pages[0]).toBe('/');
    expect(list.pages.slice(1)).toEqual(await localePagePaths(locale));
    expect(list.files).toEqual([checkDataFile(locale).url, manifestFile(locale).url, '/icon.svg']);
    const others = LOCALES.filter((l) => l !== locale);
    for (const url of [...list.pages.slice(1), ...list.files.slice(0, 2)]) {
      expect(url.startsWith(`/${locale}/`) || url.startsWith(`/_data/check.${locale}.`) || url.startsWith(`/_data/manifest.${locale}.`), url).toBe(true);
      for (const other of others) expect(url).not.toContain(`/${other}/`);
    }
  });

  it('is served under a name that carries its hash, like the other /_data/ files', async () => {
    const file = await offlineListFile(locale);
    expect(file.name).toMatch(new RegExp(`^offline\\.${locale}\\.[0-9a-f]{12}\\.json$`));
    expect(JSON.parse(file.body)).toEqual(await offlineList(locale));
    expect((await dataFiles()).map((f) => f.name)).toContain(file.name);
  });

  it('gives the web app manifest only the neutral title', () => {
    const manifest = JSON.parse(manifestFile(locale).body);
    expect(manifest.name).toBe(siteTitle(locale));
    expect(manifest.short_name).toBe(siteTitle(locale));
    expect(manifest.start_url).toBe(`/${locale}/`);
    expect(JSON.stringify(manifest)).not.toMatch(/traffick|trata|hotline|check/i);
  });
});

describe('the routes under app/[locale]', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'itt-routes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are the folders holding a page.tsx, without route groups', () => {
    for (const folder of ['', 'a', 'a/[id]', '(group)/b', 'no-page/c']) {
      mkdirSync(path.join(dir, folder), { recursive: true });
      if (!folder.startsWith('no-page')) writeFileSync(path.join(dir, folder, 'page.tsx'), '');
    }
    writeFileSync(path.join(dir, 'no-page', 'layout.tsx'), '');
    writeFileSync(path.join(dir, 'no-page', 'c', 'page.tsx'), '');
    expect(localeRoutes(dir)).toEqual([[], ['a'], ['a', '[id]'], ['b'], ['no-page', 'c']]);
  });

  it('of this site: start, check, learn, contacts, safety, train, a case, its facilitator view, map', () => {
    expect(localeRoutes().map((r) => r.join('/'))).toEqual(['', 'check', 'contacts', 'learn', 'map', 'safety', 'train', 'train/[id]', 'train/[id]/facilitate']);
  });
});
