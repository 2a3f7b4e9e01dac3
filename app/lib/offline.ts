import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../../content/locales';
import { checkDataFile } from './check-data';
import { siteTitle } from './page-title';
import { caseStaticParams } from './training';

/**
 * The offline copy a person may choose to keep ("Keep this tool on this phone",
 * app/components/KeepOnPhone.tsx, and public/sw.js): which files make up the site in one language.
 * Build time only (Node).
 */

/** The pages of a locale live here, one folder per route segment, each page a page.tsx. */
const LOCALE_APP_DIR = path.join(process.cwd(), 'app', '[locale]');

/**
 * The static params of each dynamic segment under app/[locale]: the same functions the pages
 * export as generateStaticParams (app/[locale]/train/[id]/page.tsx and its facilitate page).
 * A new dynamic segment without an entry here stops the build.
 */
const SEGMENT_PARAMS: Record<string, (locale: Locale) => Promise<string[]>> = {
  id: async (locale) => (await caseStaticParams({ params: { locale } })).map((p) => p.id),
};

/** The route of every page.tsx under app/[locale], as segments: [], ['check'], ['train', '[id]'] … */
export function localeRoutes(dir = LOCALE_APP_DIR): string[][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'page.tsx')
    .map((file) => path.dirname(file).split(path.sep).filter((s) => s && s !== '.'))
    // Route groups, "(name)", are not part of the address.
    .map((segments) => segments.filter((s) => !/^\(.*\)$/.test(s)))
    .sort((a, b) => a.join('/').localeCompare(b.join('/')));
}

/** Every page path of a locale, as the static export writes it ("/en/", "/en/check/", "/en/train/<id>/facilitate/" …). */
export async function localePagePaths(locale: Locale): Promise<string[]> {
  const paths: string[] = [];
  for (const route of localeRoutes()) {
    let expanded: string[][] = [[]];
    for (const segment of route) {
      const dynamic = /^\[(.+)\]$/.exec(segment);
      if (!dynamic) {
        expanded = expanded.map((prefix) => [...prefix, decodeURIComponent(segment)]);
        continue;
      }
      const params = SEGMENT_PARAMS[dynamic[1]];
      if (!params) throw new Error(`app/lib/offline.ts: no static params for the segment ${segment} of app/[locale]/${route.join('/')}`);
      const values = await params(locale);
      expanded = expanded.flatMap((prefix) => values.map((value) => [...prefix, value]));
    }
    for (const segments of expanded) paths.push(`/${[locale, ...segments].join('/')}/`);
  }
  return paths;
}

export interface OfflineList {
  readonly locale: Locale;
  /** HTML pages: the worker reads each for the /_next/static/ files it needs. */
  readonly pages: readonly string[];
  /** Other files of this language: its check data, the icon, the web app manifest. */
  readonly files: readonly string[];
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export interface DataFile {
  readonly name: string;
  readonly url: string;
  readonly body: string;
  readonly type: string;
}

const manifests = new Map<Locale, DataFile>();

/**
 * The web app manifest of a language, linked only while a copy is kept (KeepOnPhone adds the
 * <link rel="manifest">): the site's neutral title, so a home-screen icon says nothing telling.
 */
export function manifestFile(locale: Locale): DataFile {
  const cached = manifests.get(locale);
  if (cached) return cached;
  const title = siteTitle(locale);
  const body = JSON.stringify({
    name: title,
    short_name: title,
    lang: locale,
    start_url: `/${locale}/`,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b0c0c',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  });
  const name = `manifest.${locale}.${hashOf(body)}.webmanifest`;
  const file = { name, url: `/_data/${name}`, body, type: 'application/manifest+json; charset=utf-8' };
  manifests.set(locale, file);
  return file;
}

export async function offlineList(locale: Locale): Promise<OfflineList> {
  return {
    locale,
    // "/" picks the language when the site is opened at its root.
    pages: ['/', ...(await localePagePaths(locale))],
    files: [checkDataFile(locale).url, manifestFile(locale).url, '/icon.svg'],
  };
}

const lists = new Map<Locale, Promise<DataFile>>();

/**
 * /_data/offline.<locale>.<hash>.json: what the worker keeps for a language. The hash covers the
 * list, so a change of the check's words or contacts (whose file name is in it) gives a new name.
 */
export function offlineListFile(locale: Locale): Promise<DataFile> {
  let file = lists.get(locale);
  if (!file) {
    file = offlineList(locale).then((list) => {
      const body = JSON.stringify(list);
      const name = `offline.${locale}.${hashOf(body)}.json`;
      return { name, url: `/_data/${name}`, body, type: 'application/json; charset=utf-8' };
    });
    lists.set(locale, file);
  }
  return file;
}

/** Every file of /_data/ (app/%5Fdata/[file]/route.ts). */
export async function dataFiles(): Promise<DataFile[]> {
  const files: DataFile[] = [];
  for (const locale of LOCALES) {
    const check = checkDataFile(locale);
    files.push({ name: check.name, url: check.url, body: check.json, type: 'application/json; charset=utf-8' });
    files.push(await offlineListFile(locale), manifestFile(locale));
  }
  return files;
}
