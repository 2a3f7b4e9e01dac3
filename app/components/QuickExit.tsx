'use client';

import { useEffect } from 'react';
import { quickExit } from '../lib/quick-exit';
import { QUICK_EXIT_URL } from '../lib/site';

const PRESSES = 3;
const WITHIN_MS = 2000;

/**
 * Quick exit: a plain link to the neutral site (works without JavaScript); with JavaScript it also
 * clears everything and replaces the history entry. Pressing Shift three times does the same.
 */
export function QuickExit({ label, hint }: { label: string; hint: string }) {
  useEffect(() => {
    // Shift counts only when pressed on its own: Shift+Tab (moving back by keyboard) or typing a
    // capital letter must never leave the site.
    let presses: number[] = [];
    let combined = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Shift') {
        if (!event.repeat) combined = false;
        return;
      }
      combined = true;
      presses = [];
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || combined) return;
      const now = Date.now();
      presses = [...presses.filter((t) => now - t < WITHIN_MS), now];
      if (presses.length >= PRESSES) quickExit();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);

  return (
    <div className="quick-exit">
      <a
        className="quick-exit__button"
        href={QUICK_EXIT_URL}
        rel="noreferrer"
        aria-describedby="quick-exit-hint"
        onClick={(event) => {
          event.preventDefault();
          quickExit();
        }}
      >
        {label}
      </a>
      <span id="quick-exit-hint" className="quick-exit__hint">
        {hint}
      </span>
    </div>
  );
}
