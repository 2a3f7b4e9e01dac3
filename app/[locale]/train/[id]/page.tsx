import type { Metadata } from 'next';
import { TrainCase } from '../../../components/train/TrainCase';
import { checkBundle } from '../../../lib/bundle';
import { caseStaticParams, trainingCase, type CaseParams } from '../../../lib/training';

export const dynamicParams = false;
export const generateStaticParams = caseStaticParams;

export async function generateMetadata(props: CaseParams): Promise<Metadata> {
  const { words } = await trainingCase(props);
  return { title: words.title };
}

export default async function TrainCasePage(props: CaseParams) {
  const { locale, scenario, words, layouts, nextId } = await trainingCase(props);
  return <TrainCase bundle={checkBundle(locale, { training: true })} scenario={scenario} words={words} layouts={layouts} nextId={nextId} />;
}
