'use client';

import { useEffect, useState } from 'react';
import type { CheckData } from '../../lib/check-data';

/**
 * The words and contacts of the check: one file per language, the same request for every person,
 * made when the page loads (the page also preloads it), never one that depends on an answer.
 */
const requests = new Map<string, Promise<CheckData>>();

export function loadCheckData(url: string): Promise<CheckData> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<CheckData>;
    });
    // A failed request (offline without a copy) is tried again on the next render.
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}

/** The data: given directly (training pages carry it), or fetched from the language's file. */
export function useCheckData(source: { data: CheckData } | { url: string }): { data: CheckData | null; failed: boolean; retry: () => void } {
  const given = 'data' in source ? source.data : null;
  const url = 'url' in source ? source.url : null;
  const [data, setData] = useState<CheckData | null>(given);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (given || !url) return;
    let live = true;
    loadCheckData(url).then(
      (loaded) => live && setData(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [given, url, attempt]);
  return {
    data,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
