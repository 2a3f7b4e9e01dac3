import { PageShell } from '../../components/PageShell';
import { loadContent } from '../../../content/load';
import { TrainList } from '../../components/train/TrainList';
import { localeOf, type LocaleParams } from '../../lib/locale';

export default async function TrainPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const { data, words } = loadContent(locale);
  const cases = data.scenarios.map((s) => ({ id: s.id, kind: s.kind, difficulty: s.difficulty, setting: s.setting, title: words.scenarios[s.id].title, teaser: words.scenarios[s.id].teaser }));
  return (
    <PageShell locale={locale} path={'train'}>
      <h1>{words.ui.train.title}</h1>
      <p className="lead">{words.ui.train.lead}</p>
      <TrainList cases={cases} ui={words.ui} locale={locale} />
    </PageShell>
  );
}
