import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ContentError, loadContent, type Locale } from '../../content/load';

/** Loads a copy of the content with one file changed, and returns the problems reported. */
export function problemsAfter(file: string, change: (text: string) => string, locale: Locale = 'en'): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync('content', dir, { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  try {
    loadContent(locale, dir);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}
