import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/load';
import { extractReference, FIXTURE, REFERENCE_DIR, type ReferenceFixture } from '../../scripts/gen/reference-fixture';
import { isObsoleteShortCode } from '../support/obsolete-numbers';

/**
 * Content against shared/reference/ (what we verified): every contact of country-contacts.md is in
 * content or withheld with a reason, and no number is shown that the reference does not print.
 */
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as ReferenceFixture;
const { data } = loadContent('en');

/** Numbers printed with letters or split by words in the source, compared by hand. */
const PRINTED_WITH_WORDS: Record<string, string> = {
  '1800335486': 'EC: printed "1800 DELITO (335486)" by the Interior Ministry',
};

describe('content against the reference', () => {
  it.skipIf(!existsSync(REFERENCE_DIR))('the committed fixture matches ../shared/reference (regenerate with scripts/gen/reference-fixture.ts)', () => {
    expect(extractReference()).toEqual(fixture);
  });

  it('every contact of country-contacts.md is in content, or withheld with its reason', () => {
    const inContent = new Set([...data.contacts.map((c) => c.id), ...data.withheld.map((w) => w.id)]);
    expect(fixture.countryContactIds.filter((id) => !inContent.has(id))).toEqual([]);
  });

  it('no contact outside the US and UK is missing from the reference (no invented contact)', () => {
    const known = new Set(fixture.countryContactIds);
    const invented = data.contacts.filter((c) => !c.local && c.country && !['US', 'GB'].includes(c.country) && !known.has(c.id)).map((c) => c.id);
    expect(invented).toEqual([]);
  });

  it('every number shown is one the reference prints (never an invented or derived number)', () => {
    const printed = new Set(fixture.numbers);
    // An organisation's local contacts (data/local-contacts.yaml) carry their own source.
    const unknown = data.contacts.filter((c) => !c.local).flatMap((contact) =>
      contact.channels.flatMap((channel) => {
        if (!('display' in channel) || channel.kind === 'web' || channel.kind === 'email') return [];
        const digits = channel.display.replace(/\D/g, '');
        if (digits.length === 0 || printed.has(digits) || PRINTED_WITH_WORDS[digits]) return [];
        return [`${contact.id}: ${channel.display}`];
      }),
    );
    expect(unknown).toEqual([]);
  });

  it('no contact shows an obsolete short code of its country', () => {
    const bad = data.contacts.flatMap((c) => c.channels.flatMap((ch) => ('tel' in ch && ch.tel && isObsoleteShortCode(c.country, ch.tel) ? [`${c.id}: ${ch.tel}`] : [])));
    expect(bad).toEqual([]);
  });
});
