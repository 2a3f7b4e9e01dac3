/**
 * Build-time settings of the site and the script that runs before any other: Quick exit. Plain
 * TypeScript with no imports, so scripts/postbuild.mjs can read the security policy from here.
 */

/**
 * Where Quick exit goes: the one navigation away from this site. A neutral page that loads
 * quickly; NEXT_PUBLIC_QUICK_EXIT_URL changes it at build time, and next.config.js stops the build
 * unless it is an absolute https: address on another origin (scripts/lib/quick-exit-url.cjs).
 */
export const QUICK_EXIT_URL = process.env.NEXT_PUBLIC_QUICK_EXIT_URL || 'https://www.bbc.co.uk/weather';

/**
 * The page title of every page: neutral, the same on every step, so browser history, the Back list
 * and the tab bar never show a question or a result. NEXT_PUBLIC_SITE_TITLE sets it for a
 * deployment; otherwise each language's neutral word (content/<locale>/ui.yaml, site.title).
 */
export const SITE_TITLE_OVERRIDE = process.env.NEXT_PUBLIC_SITE_TITLE?.trim() || null;

/** Set in this tab's sessionStorage by Quick exit, so Back cannot show the tool again in this tab. */
export const EXITED_FLAG = 'itt-exited';

/** The check's place, kept across a reload: XState's persisted snapshot, in this tab's sessionStorage only. */
export const SESSION_KEY = 'itt-check';

/** The event Quick exit dispatches: the check forgets its answers in memory. */
export const QUICK_EXIT_EVENT = 'itt:quick-exit';

/** Other tabs of the site hear Quick exit on this channel and leave too. */
export const EXIT_CHANNEL = 'itt-exit';

/** Set once the check island has hydrated: until then the guard keeps forms from submitting. */
export const HYDRATED_FLAG = '__ittHydrated';

/** On <html> while a saved place is being restored: the first screen is not flashed first. */
export const RESTORING_CLASS = 'itt-restoring';

/**
 * Quick exit, before and after hydration alike: this runs in <head> before any other script, so
 * the button (a plain link without JavaScript) and Shift pressed three times work at once, and the
 * React components carry no copy of it (one piece of code for the rule). Leaving: blank the page,
 * tell the check to forget its answers, clear this tab's storage and mark it so Back cannot show
 * the tool again, remove an offline copy if the person made one, tell the site's other tabs to
 * leave too, and replace the page — the top window when the site is framed and the browser allows
 * it — with the neutral site. Shift counts only when pressed on its own: Shift+Tab or a capital
 * letter never leaves.
 */
function quickExitGuard(config: { url: string; exited: string; session: string; event: string; channel: string; hydrated: string; restoring: string }) {
  const w = window;
  const d = document;
  let left = false;
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(config.channel);
  } catch {
    channel = null;
  }
  const forget = () => {
    try {
      sessionStorage.clear();
      sessionStorage.setItem(config.exited, '1');
    } catch {
      /* storage may be unavailable; leaving still works */
    }
    try {
      navigator.serviceWorker?.getRegistrations().then((registrations) =>
        registrations.forEach((registration) => {
          // The worker deletes its caches even after this page has gone (public/sw.js).
          registration.active?.postMessage('forget');
          registration.unregister();
        }),
      );
      w.caches?.keys().then((keys) => keys.forEach((key) => w.caches.delete(key)));
    } catch {
      /* no offline copy */
    }
  };
  const leave = (tellOthers: boolean) => {
    if (left) return;
    left = true;
    d.documentElement.style.display = 'none';
    try {
      w.dispatchEvent(new Event(config.event));
    } catch {
      /* old browser */
    }
    forget();
    if (tellOthers) channel?.postMessage('exit');
    try {
      if (w.top && w.top !== w.self) w.top.location.replace(config.url);
    } catch {
      /* a cross-origin frame the browser will not let navigate its top window */
    }
    w.location.replace(config.url);
  };
  const guard = () => {
    try {
      if (sessionStorage.getItem(config.exited)) {
        d.documentElement.style.display = 'none';
        w.location.replace(config.url);
      }
    } catch {
      /* no storage */
    }
  };
  guard();
  w.addEventListener('pageshow', guard);
  if (channel) channel.onmessage = (message) => message.data === 'exit' && leave(false);
  d.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null;
      if (target?.closest?.('.quick-exit__button')) {
        event.preventDefault();
        leave(true);
      }
    },
    true,
  );
  let presses: number[] = [];
  let combined = false;
  w.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Shift') {
        if (!event.repeat) combined = false;
        return;
      }
      combined = true;
      presses = [];
    },
    true,
  );
  w.addEventListener(
    'keyup',
    (event) => {
      if (event.key !== 'Shift' || combined) return;
      const now = Date.now();
      presses = [...presses.filter((t) => now - t < 2000), now];
      if (presses.length >= 3) leave(true);
    },
    true,
  );
  // Until the check has hydrated, no form may submit natively: that would put an answer in the address.
  w.addEventListener(
    'submit',
    (event) => {
      const form = event.target as Element | null;
      if (form?.closest?.('.check-app') && !(w as unknown as Record<string, unknown>)[config.hydrated]) event.preventDefault();
    },
    true,
  );
  // Whether a finger (or button) is down: the check waits for the tap to finish before it swaps
  // its first screens' script-free controls for its own, so a tap that starts before hydration is not lost.
  const pointer = (down: boolean) => () => ((w as unknown as Record<string, unknown>).__ittPointerDown = down);
  d.addEventListener('pointerdown', pointer(true), true);
  d.addEventListener('pointerup', () => setTimeout(pointer(false), 0), true);
  d.addEventListener('pointercancel', pointer(false), true);
  try {
    if (sessionStorage.getItem(config.session)) d.documentElement.classList.add(config.restoring);
  } catch {
    /* no storage: nothing to restore */
  }
}

export const EXIT_GUARD_SCRIPT = `(${quickExitGuard.toString()})(${JSON.stringify({
  url: QUICK_EXIT_URL,
  exited: EXITED_FLAG,
  session: SESSION_KEY,
  event: QUICK_EXIT_EVENT,
  channel: EXIT_CHANNEL,
  hydrated: HYDRATED_FLAG,
  restoring: RESTORING_CLASS,
})});`;

/** Content Security Policy: nothing may load from any other host (scripts/postbuild.mjs adds the script hashes). */
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
