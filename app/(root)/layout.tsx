import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { loadContent } from '../../content/load';
import { Document } from '../components/Document';

export const metadata: Metadata = { title: loadContent('en').words.ui.site.name };

export default function RootPageLayout({ children }: { children: ReactNode }) {
  return <Document lang="en">{children}</Document>;
}
