import { describe, expect, it } from 'vitest';
import { planReferral } from '../../machines/referrals';

/** decision-logic.md, "Referrals": the help the answers add, and the safety notes. */
describe('the referral plan', () => {
  it('a child adds the child-protection line', () => {
    expect(planReferral('labor_trafficking', 'other', { under18: 'yes' }).roles).toEqual(['childProtection']);
  });

  it('an unsure age adds the child line when sexual acts are traded or may be', () => {
    expect(planReferral('possible_trafficking', 'other', { under18: 'unsure', commercialSex: 'yes' }).roles).toEqual(['childProtection']);
    expect(planReferral('possible_trafficking', 'other', { under18: 'unsure', commercialSex: 'unsure' }).roles).toEqual(['childProtection']);
    expect(planReferral('possible_trafficking', 'other', { under18: 'unsure', commercialSex: 'no', labor: 'yes' }).roles).toEqual([]);
    expect(planReferral('possible_trafficking', 'other', { under18: 'no', commercialSex: 'yes' }).roles).toEqual([]);
  });

  it('wage or safety violations add the labour agency where trafficking is not established', () => {
    expect(planReferral('possible_trafficking', 'self', { laborViolations: 'yes' }).roles).toEqual(['laborStandards']);
    expect(planReferral('labor_trafficking', 'self', { laborViolations: 'yes' }).roles).toEqual([]);
  });

  it('danger answered yes keeps the emergency number in view; unsure danger puts a safety note first', () => {
    expect(planReferral('possible_trafficking', 'self', { danger: 'yes' })).toMatchObject({ dangerReported: true, dangerUnsure: false });
    expect(planReferral('possible_trafficking', 'self', { danger: 'unsure' })).toMatchObject({ dangerReported: false, dangerUnsure: true });
    expect(planReferral('possible_trafficking', 'self', { danger: 'no' })).toMatchObject({ dangerReported: false, dangerUnsure: false });
  });
});
