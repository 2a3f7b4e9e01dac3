import { dataFiles } from '../../lib/offline';

/**
 * /_data/<name>: files written at build time, each name carrying a hash of its content —
 * check.<locale>.<hash>.json (the check's words and contacts, one file per language), and for the
 * offline copy a person may choose to keep, offline.<locale>.<hash>.json (what it keeps) and
 * manifest.<locale>.<hash>.webmanifest (app/lib/offline.ts).
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await dataFiles()).map((file) => ({ file: file.name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file: name } = await params;
  const file = (await dataFiles()).find((f) => f.name === name);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
}
