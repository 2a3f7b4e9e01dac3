import { PageShell } from '../../../../components/PageShell';
import { Facilitator } from '../../../../components/train/Facilitator';
import { caseStaticParams, trainingCase, trainingSource, type CaseParams } from '../../../../lib/training';

export const dynamicParams = false;
export const generateStaticParams = caseStaticParams;

export default async function FacilitatePage(props: CaseParams) {
  const { locale, scenario, words, layouts } = await trainingCase(props);
  return (
    <PageShell locale={locale} path={`train/${scenario.id}/facilitate`}>
      <Facilitator locale={locale} {...trainingSource(locale)} scenario={scenario} words={words} layouts={layouts} />
    </PageShell>
  );
}
