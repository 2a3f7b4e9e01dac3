import { LOCALES } from '../../../content/locales';
import { checkDataFile } from '../../lib/check-data';

/** /_data/check.<locale>.<hash>.json: the check's words and contacts, one file per language. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ file: checkDataFile(locale).name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const locale = LOCALES.find((l) => checkDataFile(l).name === file);
  if (!locale) return new Response('Not found', { status: 404 });
  return new Response(checkDataFile(locale).json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
