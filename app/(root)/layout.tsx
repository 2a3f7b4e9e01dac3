import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { siteTitle } from '../lib/page-title';
import { Document } from '../components/Document';

export const metadata: Metadata = { title: siteTitle('en') };

export default function RootPageLayout({ children }: { children: ReactNode }) {
  return <Document lang="en">{children}</Document>;
}
