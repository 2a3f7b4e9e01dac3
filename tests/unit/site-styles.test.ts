import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain ES module without types
import { minifyCss, siteStylesModule } from '../../scripts/gen/site-styles.mjs';

describe('the inlined stylesheets', () => {
  it('app/generated/site-styles.ts is up to date with app/styles/*.css (run node scripts/gen/site-styles.mjs)', () => {
    const expected = siteStylesModule(readFileSync('app/styles/base.css', 'utf8'), readFileSync('app/styles/rest.css', 'utf8'));
    expect(readFileSync('app/generated/site-styles.ts', 'utf8')).toBe(expected);
  });

  it('minifying keeps every rule', () => {
    expect(minifyCss('/* x */ a , b  {  color : red ; }\n@media (max-width: 1px) { a { b: c } }')).toBe('a,b{color:red}@media (max-width:1px){a{b:c}}');
  });
});
