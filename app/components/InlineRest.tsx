'use client';

import { REST_STYLES } from '../generated/site-styles';

/**
 * The rest of the stylesheet (results, contacts, checklists, Learn), inline on every page but the
 * check: the check receives it with its data file (app/lib/check-data.ts) and the island adds it
 * before it shows a question. A client component, so its text is in the HTML once and not copied
 * into the page's React data.
 */
export function InlineRest() {
  return <style id="itt-rest-styles" dangerouslySetInnerHTML={{ __html: REST_STYLES }} />;
}
