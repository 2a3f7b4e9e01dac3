import { FACT_IDS, type FactId, type Jurisdiction, type Perspective } from '../../machines/facts';
import { planReferral } from '../../machines/referrals';
import { enumerateRoutes } from '../../machines/routes';

const ABBREVIATIONS: Record<FactId, string> = {
  danger: 'dng',
  commercialSex: 'sex',
  labor: 'lab',
  under18: 'u18',
  force: 'frc',
  fraud: 'frd',
  coercion: 'coe',
  freeToLeave: 'ftl',
  thirdPartyControl: 'tpc',
  movedOrHoused: 'mov',
  vulnerability: 'vul',
  laborViolations: 'lvi',
  crossedBorder: 'xbd',
  smuggled: 'smg',
  freeOnArrival: 'foa',
};
const CODE = { yes: 'Y', no: 'N', unsure: 'U' } as const;

/**
 * The committed answers → outcome table: one row per route, one column per fact (Y, N, U, or .
 * when the route does not ask it), then the number of questions, the outcome and the extra
 * help the answers add. Referral roles do not depend on perspective, so one table per jurisdiction.
 */
export function goldenTable(jurisdiction: Jurisdiction, perspective: Perspective = 'self'): string {
  const routes = enumerateRoutes({ jurisdiction, perspective });
  const header = [
    `# Every route through the check for ${jurisdiction}, generated from the statechart by scripts/golden.ts.`,
    '# Do not edit by hand: run `npm run golden:update` and explain the diff in the commit message.',
    `# Facts: ${FACT_IDS.map((f) => `${ABBREVIATIONS[f]}=${f}`).join(' ')}`,
    `# Y yes, N no, U unsure, . not asked. ${routes.length} routes.`,
    [...FACT_IDS.map((f) => ABBREVIATIONS[f]), ' #q', 'outcome', 'adds'].join(' '),
  ];
  const rows = routes.map((route) => {
    const cells = FACT_IDS.map((fact) => ` ${route.answers[fact] ? CODE[route.answers[fact]!] : '.'} `);
    const roles = route.outcome ? planReferral(route.outcome, perspective, route.answers).roles.join(',') : '';
    return [...cells, String(route.steps.length).padStart(3), (route.outcome ?? 'NONE').padEnd(21), roles || '-'].join(' ').trimEnd();
  });
  return [...header, ...rows.sort()].join('\n') + '\n';
}

export const goldenFile = (jurisdiction: Jurisdiction) => `tests/golden/routes.${jurisdiction}.txt`;
