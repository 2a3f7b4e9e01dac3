import type { Metadata } from 'next';
import { Facilitator } from '../../../../components/train/Facilitator';
import { checkBundle } from '../../../../lib/bundle';
import { caseStaticParams, trainingCase, type CaseParams } from '../../../../lib/training';

export const dynamicParams = false;
export const generateStaticParams = caseStaticParams;

export async function generateMetadata(props: CaseParams): Promise<Metadata> {
  const { words } = await trainingCase(props);
  return { title: words.title };
}

export default async function FacilitatePage(props: CaseParams) {
  const { locale, scenario, words, layouts } = await trainingCase(props);
  return <Facilitator bundle={checkBundle(locale, { training: true })} scenario={scenario} words={words} layouts={layouts} />;
}
