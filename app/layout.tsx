import type { ReactNode } from 'react';

/** Each locale has its own root layout (app/[locale]/layout.tsx) so `<html lang>` follows it. */
export default function PassThrough({ children }: { children: ReactNode }) {
  return children;
}
