'use client';

import { useEffect, useState } from 'react';

/**
 * The one client component of the benchmark's blank page: it marks its hydration and has a button
 * whose click changes its text (which needs the scripts; the benchmark taps it until it does).
 */
export function BlankReady() {
  const [tapped, setTapped] = useState(false);
  useEffect(() => {
    performance.mark('itt:blank-ready');
  }, []);
  return (
    <main id="main" className="page">
      <button type="button" id="bench-blank-button" className="button" onClick={() => setTapped(true)}>
        {tapped ? 'Tapped' : 'Tap me'}
      </button>
    </main>
  );
}
