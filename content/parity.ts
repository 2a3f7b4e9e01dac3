/**
 * Every language folder has the same ids as the English one, no empty text, and no text left in
 * English unless it is listed in that folder's same-as-en.yaml (numbers, names, words that are the
 * same in both languages). Legal citations, ids and data values must stay identical.
 */
import { show, showPath } from './messages';

const IDENTICAL_BY_DESIGN = /(^|\.)(citation|id|sets)$|(^|\.)definitions\.\d+$/;

/** The line (from 1) of a field in a file, or of its nearest parent that is there. */
export type LineOf = (segments: readonly (string | number)[]) => number | undefined;

export interface Lines {
  /** Where a field (or its nearest parent that is there) is in the translated file. */
  readonly translated: LineOf;
  /** Where a field is in the English file, to show where a missing one belongs. */
  readonly english: LineOf;
  readonly englishFile: string;
}

const NO_LINES: Lines = { translated: () => undefined, english: () => undefined, englishFile: 'the English file' };

export function parityProblems(file: string, english: unknown, translated: unknown, allowedSame: ReadonlySet<string>, lines: Lines = NO_LINES): string[] {
  const problems: string[] = [];
  const name = (segments: readonly (string | number)[]) => (segments.length ? showPath(segments) : '(top level)');
  const at = (segments: readonly (string | number)[]) => {
    const line = lines.translated(segments);
    return `${file}${line ? `:${line}` : ''}: ${name(segments)}`;
  };
  // A missing field has no line of its own: name its parent's line (none at the top level) and
  // where it is in English.
  const missing = (segments: readonly (string | number)[]) => {
    const parent = segments.length > 1 ? lines.translated(segments.slice(0, -1)) : undefined;
    const line = lines.english(segments);
    return `${file}${parent ? `:${parent}` : ''}: ${name(segments)}: missing (present in English${line ? `, ${lines.englishFile}:${line}` : ''})`;
  };
  const walk = (en: unknown, tr: unknown, segments: (string | number)[]) => {
    const path = segments.join('.');
    const where = at(segments);
    if (typeof en === 'string') {
      if (typeof tr !== 'string') return problems.push(`${where}: missing (the English file has text here)`);
      if (tr.trim() === '') return problems.push(`${where}: empty`);
      const mustMatch = IDENTICAL_BY_DESIGN.test(path);
      if (mustMatch && tr !== en) problems.push(`${where}: must stay exactly as in English (${show(en)})`);
      if (!mustMatch && tr === en && !allowedSame.has(en)) problems.push(`${where}: not translated (same as English; list it in same-as-en.yaml if that is right)`);
      return;
    }
    if (Array.isArray(en)) {
      if (!Array.isArray(tr) || tr.length !== en.length) return problems.push(`${where}: must have ${en.length} items like the English file`);
      en.forEach((item, i) => walk(item, tr[i], [...segments, i]));
      return;
    }
    if (en !== null && typeof en === 'object') {
      if (tr === null || typeof tr !== 'object' || Array.isArray(tr)) return problems.push(`${where}: missing`);
      const a = en as Record<string, unknown>;
      const b = tr as Record<string, unknown>;
      for (const key of Object.keys(a)) {
        if (!(key in b)) problems.push(missing([...segments, key]));
        else walk(a[key], b[key], [...segments, key]);
      }
      for (const key of Object.keys(b)) if (!(key in a)) problems.push(`${at([...segments, key])}: not in the English file`);
      return;
    }
    if (en !== tr) problems.push(`${where}: must be ${show(en)} as in English`);
  };
  walk(english, translated, []);
  return problems;
}
