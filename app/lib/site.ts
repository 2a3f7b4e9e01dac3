/**
 * Where Quick exit goes: the one navigation away from this site. A neutral page that loads
 * quickly; set NEXT_PUBLIC_QUICK_EXIT_URL at build time to change it.
 */
export const QUICK_EXIT_URL = process.env.NEXT_PUBLIC_QUICK_EXIT_URL ?? 'https://www.bbc.co.uk/weather';

/** Set in this tab's sessionStorage by Quick exit, so Back cannot show the tool again in this tab. */
export const EXITED_FLAG = 'itt-exited';

/** The walkthrough kept across a reload, in this tab's sessionStorage only. */
export const SESSION_KEY = 'itt-check';

/** Runs before the page paints: if Quick exit was used in this tab, leave again at once. */
export const EXIT_GUARD_SCRIPT = `(function(){var u=${JSON.stringify(QUICK_EXIT_URL)},k=${JSON.stringify(EXITED_FLAG)};function g(){try{if(sessionStorage.getItem(k)){document.documentElement.style.display='none';location.replace(u);}}catch(e){}}g();addEventListener('pageshow',g);})();`;

/** Content Security Policy: nothing may load from any other host. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
