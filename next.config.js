// @ts-check
const { checkQuickExitUrl } = require('./scripts/lib/quick-exit-url.cjs');

// A bad Quick exit address stops the build here, before anything is compiled.
if (process.env.NEXT_PUBLIC_QUICK_EXIT_URL) checkQuickExitUrl(process.env.NEXT_PUBLIC_QUICK_EXIT_URL);

/** Static export: the site is plain files; nothing a person enters ever reaches a server. */
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // The site's stylesheet is inlined by app/components/InlineHead.tsx (one copy, in the HTML).
  // `npm run bench` builds with ITT_BENCH=1: then page.bench.tsx files are pages too (the benchmark's
  // blank page, app/[locale]/bench-blank/); the site's own build never contains them.
  ...(process.env.ITT_BENCH === '1' ? { pageExtensions: ['tsx', 'ts', 'jsx', 'js', 'bench.tsx'] } : {}),
};

module.exports = nextConfig;
