import type { Answers, FactId, Jurisdiction, OutcomeId, Perspective } from './facts';
import { knownAnswer } from './facts';

/**
 * Facts that add a kind of help to the referral (decision-logic.md, "Referrals"). The contacts
 * behind each role, per jurisdiction and perspective, are content; which answers call for them is
 * decided here.
 */
export const REFERRAL_ROLES = ['childProtection', 'laborStandards'] as const;
export type ReferralRole = (typeof REFERRAL_ROLES)[number];

interface FactReferral {
  readonly fact: FactId;
  readonly role: ReferralRole;
  /** Outcomes where this help is not already part of the referral and can make a difference. */
  readonly outcomes: readonly OutcomeId[];
}

export const FACT_REFERRALS: readonly FactReferral[] = [
  // A child: the child-protection line, on every outcome that does not already centre on children.
  {
    fact: 'under18',
    role: 'childProtection',
    outcomes: ['labor_trafficking', 'possible_trafficking', 'smuggling', 'labor_exploitation', 'not_indicated'],
  },
  // Unpaid or illegal work: the labour standards agency, where trafficking is not (yet) established.
  { fact: 'laborViolations', role: 'laborStandards', outcomes: ['possible_trafficking', 'not_indicated'] },
];

/** Facts whose answer could still add help to the referral for any of these outcomes. */
export function referralFactsFor(outcomes: readonly OutcomeId[]): FactId[] {
  return FACT_REFERRALS.filter((r) => r.outcomes.some((o) => outcomes.includes(o))).map((r) => r.fact);
}

export interface ReferralPlan {
  readonly outcome: OutcomeId;
  readonly perspective: Perspective;
  /** Extra kinds of help the answers call for, in the order they are added. */
  readonly roles: readonly ReferralRole[];
  /** The person said someone is in danger now: keep the emergency number in front of them. */
  readonly dangerReported: boolean;
}

export function planReferral(outcome: OutcomeId, perspective: Perspective, answers: Answers): ReferralPlan {
  const roles: ReferralRole[] = FACT_REFERRALS.filter(
    (r) => r.outcomes.includes(outcome) && knownAnswer(answers, r.fact) === 'yes',
  ).map((r) => r.role);
  return { outcome, perspective, roles, dangerReported: knownAnswer(answers, 'danger') === 'yes' };
}

/** The referral tables of content/data/referrals.yaml, as far as routing needs them. */
interface ReferralEntry {
  readonly contacts: readonly string[];
  readonly nextSteps: readonly string[];
}
type PerSetting<T> = Readonly<Record<Jurisdiction, Readonly<Record<Perspective, T>>>>;
export interface ReferralTable {
  readonly outcomes: Readonly<Record<OutcomeId, PerSetting<ReferralEntry>>>;
  readonly roles: Readonly<Record<ReferralRole, PerSetting<ReferralEntry>>>;
  readonly afterDanger: readonly string[];
}

export interface ResolvedContact {
  readonly id: string;
  /** Tell the person first that this is an immigration-enforcement agency. */
  readonly warnImmigrationEnforcement: boolean;
}
export interface ResolvedReferral {
  /** In order; the first is the recommended action. */
  readonly contacts: readonly ResolvedContact[];
  readonly nextSteps: readonly string[];
  readonly dangerReported: boolean;
}

/**
 * The contacts and next steps for a plan: the outcome's list for the jurisdiction and
 * perspective, then what each role the answers called for adds, without repeats.
 */
export function resolveReferral(
  plan: ReferralPlan,
  jurisdiction: Jurisdiction,
  table: ReferralTable,
  isImmigrationEnforcement: (contactId: string) => boolean,
): ResolvedReferral {
  const entries = [
    table.outcomes[plan.outcome][jurisdiction][plan.perspective],
    ...plan.roles.map((role) => table.roles[role][jurisdiction][plan.perspective]),
  ];
  const contactIds = [...new Set(entries.flatMap((e) => e.contacts))];
  const nextSteps = [
    ...new Set([...entries.flatMap((e) => e.nextSteps), ...(plan.dangerReported && plan.outcome !== 'emergency' ? table.afterDanger : [])]),
  ];
  return {
    // decision-logic.md: a person reporting about themself is told before any immigration-enforcement contact that it is one.
    contacts: contactIds.map((id) => ({
      id,
      warnImmigrationEnforcement: plan.perspective === 'self' && isImmigrationEnforcement(id),
    })),
    nextSteps,
    dangerReported: plan.dangerReported,
  };
}
