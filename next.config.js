// @ts-check
/** Static export: the site is plain files; nothing a person enters ever reaches a server. */
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // The stylesheet is small: inlining it removes a render-blocking request on slow connections.
  experimental: { inlineCss: true },
};

module.exports = nextConfig;
