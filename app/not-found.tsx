import { loadContent } from '../content/load';
import { Document } from './components/Document';
import { InlineRest } from './components/InlineRest';
import { SiteHeader } from './components/SiteHeader';
import { href } from './lib/locale';
import { siteTitle } from './lib/page-title';

export default function NotFound() {
  const { notFound } = loadContent('en').words.ui;
  return (
    <Document lang="en">
      <title>{siteTitle('en')}</title>
      <InlineRest />
      <SiteHeader locale="en" path="" />
      <main id="main" className="page">
        <h1>{notFound.title}</h1>
        <p>{notFound.body}</p>
        <p>
          <a href={href('en')}>{notFound.home}</a>
        </p>
      </main>
    </Document>
  );
}
