import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/**
 * `npm run layout`: measures where the safety bar, the first answer and the first call button sit
 * on a phone, in every language, and prints the figures (scripts/layout.mjs). A measuring run, not
 * a test suite: the limits themselves are asserted by tests/e2e/phone-layout.spec.ts and outcomes.spec.ts.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'layout.measure.ts',
  reporter: [['line']],
  timeout: 600_000,
  // The server runs from the repository root, as in the test suite.
  webServer: { ...(base.webServer as object), cwd: path.join(__dirname, '..', '..') } as typeof base.webServer,
});
