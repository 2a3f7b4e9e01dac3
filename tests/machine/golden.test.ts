import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../machines/facts';
import { goldenFile, goldenTable } from '../../scripts/lib/golden';

/**
 * Pins routing: the committed answers → outcome tables must match what the statechart does now.
 * A deliberate change: `npm run golden:update`, then explain the diff in the commit message.
 */
describe.each(JURISDICTIONS)('answers → outcome table, %s', (jurisdiction) => {
  it(`matches ${goldenFile(jurisdiction)}`, () => {
    const committed = readFileSync(goldenFile(jurisdiction), 'utf8').split('\n');
    const current = goldenTable(jurisdiction).split('\n');
    const removed = committed.filter((line) => !current.includes(line));
    const added = current.filter((line) => !committed.includes(line));
    const hint = 'Routing changed. If that is deliberate, run `npm run golden:update` and explain the diff in the commit.';
    expect({ removed: removed.slice(0, 10), added: added.slice(0, 10), removedCount: removed.length, addedCount: added.length }, hint).toEqual({
      removed: [],
      added: [],
      removedCount: 0,
      addedCount: 0,
    });
  });
});
