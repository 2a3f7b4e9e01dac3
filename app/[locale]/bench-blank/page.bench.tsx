import { BlankReady } from './BlankReady';

/**
 * The benchmark's blank page (scripts/bench.mjs): the root layout of every page (app/[locale]/layout.tsx,
 * the same <head> with the inline stylesheet and the Quick exit guard) and one client component,
 * nothing else — the cost of the stack itself. Built only when ITT_BENCH=1 (next.config.js adds the
 * "bench.tsx" page extension then), so the site's own `npm run build` never contains it.
 */
export default function BenchBlank() {
  return <BlankReady />;
}
