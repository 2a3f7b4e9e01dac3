import { QUICK_EXIT_URL } from '../lib/site';

/**
 * Quick exit: a plain link to the neutral site, so it works without JavaScript. With JavaScript —
 * from the first moment, before any bundle has loaded — the inline guard (app/lib/site.ts) takes
 * the click: it clears everything, replaces the history entry and tells the other tabs.
 */
export function QuickExit({ label, hint }: { label: string; hint: string }) {
  return (
    <div className="quick-exit">
      <a className="quick-exit__button" href={QUICK_EXIT_URL} rel="noreferrer" aria-describedby="quick-exit-hint">
        {label}
      </a>
      <span id="quick-exit-hint" className="quick-exit__hint">
        {hint}
      </span>
    </div>
  );
}
