import type { Jurisdiction } from '../../machines/facts';

/**
 * English content is written with US spelling; on pages for the UK and for other countries the
 * tool uses British spelling, as the UK's Modern Slavery Act and the UN Protocol do ("labour").
 * Proper names keep theirs (the US Department of Labor is only shown for the US).
 */
const BRITISH: readonly [RegExp, string][] = [
  [/\blabor\b/g, 'labour'],
  [/\bLabor\b/g, 'Labour'],
  [/\blabors\b/g, 'labours'],
];

export function spellFor(locale: string, jurisdiction: Jurisdiction | null): (text: string) => string {
  if (locale !== 'en' || jurisdiction === 'US' || jurisdiction === null) return (text) => text;
  return (text) => BRITISH.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}
