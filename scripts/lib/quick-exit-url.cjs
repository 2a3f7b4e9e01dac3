// @ts-check
/**
 * Quick exit must leave this site for another one, at once and for good: NEXT_PUBLIC_QUICK_EXIT_URL
 * must be an absolute https: address on another origin. A relative or same-site address would keep
 * the person on the tool (and Back would show it again); http: could be rewritten on the way.
 * next.config.js calls this, so a bad address stops the build with this message.
 */
function checkQuickExitUrl(value, siteOrigin = process.env.NEXT_PUBLIC_SITE_ORIGIN) {
  const problem = (why) =>
    new Error(`NEXT_PUBLIC_QUICK_EXIT_URL ${JSON.stringify(value)} ${why}. Quick exit must leave for a neutral site on another origin: set an absolute https: address such as https://www.bbc.co.uk/weather, or leave it unset.`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw problem('is not an absolute address');
  }
  if (url.protocol !== 'https:') throw problem('is not an https: address');
  if (url.username || url.password) throw problem('carries a user name or password');
  if (['localhost', '127.0.0.1', '[::1]', '0.0.0.0'].includes(url.hostname) || url.hostname.endsWith('.localhost')) throw problem('points at this machine');
  if (siteOrigin && new URL(siteOrigin).origin === url.origin) throw problem(`is on this site's own origin (${url.origin})`);
  return url.href;
}

module.exports = { checkQuickExitUrl };
