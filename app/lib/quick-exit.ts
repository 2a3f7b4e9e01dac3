import { EXITED_FLAG, QUICK_EXIT_URL } from './site';

export const QUICK_EXIT_EVENT = 'itt:quick-exit';

/**
 * Leaves at once: blanks the page, tells the check to forget its answers, clears this tab's
 * storage, marks the tab so Back cannot show the tool again, and replaces the current history
 * entry with the neutral site.
 */
export function quickExit(): void {
  document.documentElement.style.display = 'none';
  window.dispatchEvent(new Event(QUICK_EXIT_EVENT));
  try {
    window.sessionStorage.clear();
    window.sessionStorage.setItem(EXITED_FLAG, '1');
  } catch {
    // Storage may be unavailable (private mode); leaving still works.
  }
  window.location.replace(QUICK_EXIT_URL);
}
