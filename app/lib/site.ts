/**
 * Where Quick exit goes: the one navigation away from this site. A neutral page that loads
 * quickly; set NEXT_PUBLIC_QUICK_EXIT_URL at build time to change it.
 */
export const QUICK_EXIT_URL = process.env.NEXT_PUBLIC_QUICK_EXIT_URL ?? 'https://www.bbc.co.uk/weather';

/** Set in this tab's sessionStorage by Quick exit, so Back cannot show the tool again in this tab. */
export const EXITED_FLAG = 'itt-exited';

/** The walkthrough kept across a reload, in this tab's sessionStorage only. */
export const SESSION_KEY = 'itt-check';

/** Set by the check once React has hydrated it; until then the guard below holds its form. */
export const HYDRATED_FLAG = '__ittHydrated';
/** An answer chosen before the check hydrated, applied as soon as it has. */
export const QUEUED_ANSWER = '__ittQueued';

/**
 * Runs before the page paints. If Quick exit was used in this tab, leave again at once. And until
 * the check has hydrated, a Continue must not submit its form natively: that would put the answer
 * in the address (a GET to this page). The choice is kept in memory and applied after hydration.
 */
export const EXIT_GUARD_SCRIPT = `(function(){var u=${JSON.stringify(QUICK_EXIT_URL)},k=${JSON.stringify(EXITED_FLAG)};function g(){try{if(sessionStorage.getItem(k)){document.documentElement.style.display='none';location.replace(u);}}catch(e){}}g();addEventListener('pageshow',g);addEventListener('submit',function(e){var f=e.target;if(f&&f.closest&&f.closest('.check-app')&&!window.${HYDRATED_FLAG}){e.preventDefault();var c=f.querySelector('input:checked');window.${QUEUED_ANSWER}=c?{name:c.name,value:c.value}:null;}},true);})();`;

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
