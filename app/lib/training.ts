import { loadContent } from '../../content/load';
import type { Ui } from '../../content/schema';
import { checkDataFile, type CheckData } from './check-data';
import { JURISDICTIONS, type Jurisdiction } from '../../machines/facts';
import { localeOf, type Locale } from './locale';
import { layoutMap, type MapLayout } from './map-layout';

export interface CaseParams {
  params: Promise<{ locale: string; id: string }>;
}

/** One static page per scenario and locale. */
export async function caseStaticParams({ params }: { params: { locale: string } }) {
  return loadContent(params.locale as Locale).data.scenarios.map((s) => ({ id: s.id }));
}

export async function trainingCase(props: CaseParams) {
  const { id } = await props.params;
  const locale = await localeOf(props);
  const { data, words } = loadContent(locale);
  const index = data.scenarios.findIndex((s) => s.id === id);
  if (index < 0) throw new Error(`No scenario ${id}`);
  const scenario = data.scenarios[index];
  const entries = await Promise.all(JURISDICTIONS.map(async (j) => [j, await layoutMap(j, words.ui, locale)] as const));
  return {
    locale,
    scenario,
    words: words.scenarios[id],
    nextId: data.scenarios[(index + 1) % data.scenarios.length].id,
    layouts: Object.fromEntries(entries) as Record<Jurisdiction, MapLayout>,
  };
}

/** What training works with: the check's data (fetched, the same file as the check's) and every interface word (training and map too). */
export type TrainingData = Omit<CheckData, 'ui'> & { readonly ui: Ui };

/** What a training page carries in its props: the address of the check's data file and the interface words. */
export function trainingSource(locale: Locale) {
  return { dataUrl: checkDataFile(locale).url, ui: loadContent(locale).words.ui };
}
