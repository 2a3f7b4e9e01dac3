import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/load';
import type { CountryCode } from '../../machines/country-codes';
import { OUTCOME_IDS, PERSPECTIVES } from '../../machines/facts';
import { DIRECTORY, hasNationalLine, LOCAL_EMERGENCY, REFERRAL_ROLES, type ReferralPlan } from '../../machines/referrals';
import { directory, resolved } from '../support/referrals';

/**
 * Help where the person is (decision-logic.md, "Referrals" and "Where the person is"), for every
 * country with contacts in content/data/country-contacts.yaml, every result and both perspectives.
 */
const { data } = loadContent('en');
const byId = new Map(data.contacts.map((c) => [c.id, c]));
const countries = [...new Set(data.contacts.map((c) => c.country).filter((c): c is CountryCode => !!c && c !== 'US' && c !== 'GB'))];
const plan = (outcome: (typeof OUTCOME_IDS)[number], perspective: (typeof PERSPECTIVES)[number], roles: ReferralPlan['roles'] = []): ReferralPlan => ({
  outcome,
  perspective,
  roles,
  dangerReported: false,
  dangerUnsure: false,
});
const linkOf = (id: string) =>
  byId.get(id)!.channels.find((ch) => ((ch.kind === 'call' || ch.kind === 'text') && ch.tel !== undefined) || ch.kind === 'web');

describe.each(countries)('%s', (country) => {
  const inCountry = data.contacts.filter((c) => c.country === country);

  it('the Contacts page says there is no line for everyone exactly where the results lead with the directory', () => {
    // (For someone else any confirmed line for everyone may lead; for oneself a police-run one only if it is the only one.)
    const leadsWithDirectory = resolved(plan('labor_trafficking', 'other'), 'INTL', country).first.id === DIRECTORY;
    expect(hasNationalLine(country, directory)).toBe(!leadsWithDirectory);
  });

  it('every result, for both perspectives and any added help: the first contact is confirmed, with a tel: or https: link, and for anyone', () => {
    for (const outcome of OUTCOME_IDS)
      for (const perspective of PERSPECTIVES)
        for (const roles of [[], [...REFERRAL_ROLES]] as const) {
          const referral = resolved(plan(outcome, perspective, roles), 'INTL', country);
          const first = byId.get(referral.first.id)!;
          const label = `${outcome} ${perspective} ${roles.join(',')}`;
          expect(first.status, label).toBe('confirmed');
          expect(['anyone', 'victims'], label).toContain(first.audience);
          // decision-logic.md: where the listed emergency numbers are all unconfirmed, lead with "your
          // local emergency number" and show the reported numbers right after it, to check.
          if (referral.first.withoutNumber) {
            expect(first.id).toBe(LOCAL_EMERGENCY);
            expect(byId.get(referral.reported[0]?.id)?.kind, label).toBe('emergency');
          } else expect(linkOf(first.id), label).toBeTruthy();
        }
  });

  it('a national line leads when the country has a confirmed line for anyone, else the directory with the emergency number', () => {
    for (const perspective of PERSPECTIVES) {
      const referral = resolved(plan('labor_trafficking', perspective), 'INTL', country);
      const leaders = inCountry.filter((c) => c.kind === 'line' && c.status === 'confirmed' && ['anyone', 'victims'].includes(c.audience) && linkOf(c.id));
      if (leaders.length === 0) {
        expect(referral.first.id).toBe(DIRECTORY);
        expect(referral.others[0].id).toBe(referral.emergency.id);
      } else expect(byId.get(referral.first.id)!.country).toBe(country);
    }
  });

  it('for a person asking about themself, no police or immigration line unless it is the only confirmed one (then it leads, said plainly)', () => {
    const civilian = inCountry.filter((c) => c.kind === 'line' && c.status === 'confirmed' && !c.lawEnforcement && ['anyone', 'victims'].includes(c.audience) && linkOf(c.id));
    // The line that leads a trafficking result (and follows the emergency number on the emergency one).
    const lead = resolved(plan('labor_trafficking', 'self'), 'INTL', country).first;
    const leadIsPolice = byId.get(lead.id)!.lawEnforcement;
    if (leadIsPolice) {
      expect(civilian.map((c) => c.id), 'a civilian line was passed over').toEqual([]);
      expect(lead.warnPolice).toBe(true);
    }
    for (const outcome of OUTCOME_IDS) {
      const referral = resolved(plan(outcome, 'self', [...REFERRAL_ROLES]), 'INTL', country);
      const enforcement = referral.contacts.map((c) => byId.get(c.id)!).filter((c) => c.kind !== 'emergency' && (c.lawEnforcement || c.immigrationEnforcement));
      expect(enforcement.map((c) => c.id).filter((id) => !(leadIsPolice && id === lead.id)), outcome).toEqual([]);
    }
  });

  it('every line that is police-run or passes reports to the police carries the warning', () => {
    for (const perspective of PERSPECTIVES) {
      const referral = resolved(plan('possible_trafficking', perspective, [...REFERRAL_ROLES]), 'INTL', country);
      for (const c of referral.contacts) {
        const contact = byId.get(c.id)!;
        if (contact.kind !== 'emergency') expect(c.warnPolice, c.id).toBe(contact.lawEnforcement || contact.reportsToPolice === 'yes');
      }
    }
  });

  it('unconfirmed contacts are only ever shown after, as reported numbers', () => {
    for (const outcome of OUTCOME_IDS) {
      const referral = resolved(plan(outcome, 'other', [...REFERRAL_ROLES]), 'INTL', country);
      expect(referral.others.filter((c) => byId.get(c.id)!.status !== 'confirmed').map((c) => c.id)).toEqual([]);
      expect(referral.reported.filter((c) => byId.get(c.id)!.status !== 'unconfirmed').map((c) => c.id)).toEqual([]);
    }
  });

  it('the child line joins when the child-protection role applies', () => {
    const childLines = inCountry.filter((c) => c.kind === 'child').map((c) => c.id);
    const without = resolved(plan('labor_trafficking', 'other'), 'INTL', country).contacts.map((c) => c.id);
    const withChild = resolved(plan('labor_trafficking', 'other', ['childProtection']), 'INTL', country).contacts.map((c) => c.id);
    for (const id of childLines) {
      expect(without).not.toContain(id);
      expect(withChild).toContain(id);
    }
  });
});

describe('special cases named in the issue', () => {
  it('Germany: the women-only line is shown with its audience and is never the first action', () => {
    for (const outcome of OUTCOME_IDS)
      for (const perspective of PERSPECTIVES) {
        const referral = resolved(plan(outcome, perspective), 'INTL', 'DE');
        expect(referral.first.id).not.toBe('de-hilfetelefon');
        if (outcome !== 'emergency') expect(referral.others.map((c) => c.id)).toContain('de-hilfetelefon');
      }
    expect(byId.get('de-hilfetelefon')!.audience).toBe('women');
  });

  it('Mexico: the national line first; 911 for the emergency outcome', () => {
    expect(resolved(plan('labor_trafficking', 'self'), 'INTL', 'MX').first.id).toBe('mx-trata-line');
    expect(resolved(plan('emergency', 'self'), 'INTL', 'MX').first.id).toBe('mx-911');
  });

  it('the Philippines: the 1343 Actionline', () => {
    expect(resolved(plan('sex_trafficking', 'other'), 'INTL', 'PH').first.id).toBe('ph-1343');
  });

  it('"rather not say": the directory and "your local emergency number"', () => {
    const referral = resolved(plan('labor_trafficking', 'self'), 'INTL', null);
    expect(referral.first.id).toBe(DIRECTORY);
    expect(referral.others.map((c) => c.id)).toContain(LOCAL_EMERGENCY);
    expect(resolved(plan('emergency', 'self'), 'INTL', null).first.id).toBe(LOCAL_EMERGENCY);
    expect(byId.get(DIRECTORY)!.channels[0]).toMatchObject({ kind: 'web', url: 'https://globalmodernslavery.org' });
  });

  it('a country with no data: the same fallback', () => {
    const referral = resolved(plan('possible_trafficking', 'other'), 'INTL', 'MA');
    expect(referral.first.id).toBe(DIRECTORY);
    expect(referral.emergency.id).toBe(LOCAL_EMERGENCY);
    expect(referral.emergency.withoutNumber).toBe(false);
  });
});
