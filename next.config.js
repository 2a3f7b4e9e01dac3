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
};

module.exports = nextConfig;
