/**
 * Every language folder has the same ids as the English one, no empty text, and no text left in
 * English unless it is listed in that folder's same-as-en.yaml (numbers, names, words that are the
 * same in both languages). Legal citations, ids and data values must stay identical.
 */
const IDENTICAL_BY_DESIGN = /(^|\.)(citation|id|sets)$|(^|\.)definitions\.\d+$/;

export function parityProblems(file: string, english: unknown, translated: unknown, allowedSame: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const walk = (en: unknown, tr: unknown, path: string) => {
    const where = `${file}: ${path || '(top level)'}`;
    if (typeof en === 'string') {
      if (typeof tr !== 'string') return problems.push(`${where}: missing (the English file has text here)`);
      if (tr.trim() === '') return problems.push(`${where}: empty`);
      const mustMatch = IDENTICAL_BY_DESIGN.test(path);
      if (mustMatch && tr !== en) problems.push(`${where}: must stay exactly as in English ("${en}")`);
      if (!mustMatch && tr === en && !allowedSame.has(en)) problems.push(`${where}: not translated (same as English; list it in same-as-en.yaml if that is right)`);
      return;
    }
    if (Array.isArray(en)) {
      if (!Array.isArray(tr) || tr.length !== en.length) return problems.push(`${where}: must have ${en.length} items like the English file`);
      en.forEach((item, i) => walk(item, tr[i], path ? `${path}.${i}` : String(i)));
      return;
    }
    if (en !== null && typeof en === 'object') {
      if (tr === null || typeof tr !== 'object' || Array.isArray(tr)) return problems.push(`${where}: missing`);
      const a = en as Record<string, unknown>;
      const b = tr as Record<string, unknown>;
      for (const key of Object.keys(a)) {
        if (!(key in b)) problems.push(`${file}: ${path ? `${path}.` : ''}${key}: missing (present in English)`);
        else walk(a[key], b[key], path ? `${path}.${key}` : key);
      }
      for (const key of Object.keys(b)) if (!(key in a)) problems.push(`${file}: ${path ? `${path}.` : ''}${key}: not in the English file`);
      return;
    }
    if (en !== tr) problems.push(`${where}: must be ${JSON.stringify(en)} as in English`);
  };
  walk(english, translated, '');
  return problems;
}
