import { PageShell } from '../../../components/PageShell';
import { TrainCase } from '../../../components/train/TrainCase';
import { caseStaticParams, trainingCase, trainingSource, type CaseParams } from '../../../lib/training';

export const dynamicParams = false;
export const generateStaticParams = caseStaticParams;

export default async function TrainCasePage(props: CaseParams) {
  const { locale, scenario, words, layouts, nextId } = await trainingCase(props);
  return (
    <PageShell locale={locale} path={`train/${scenario.id}`} inCheck>
      <TrainCase locale={locale} {...trainingSource(locale)} scenario={scenario} words={words} layouts={layouts} nextId={nextId} />
    </PageShell>
  );
}
