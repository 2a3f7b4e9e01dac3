'use client';

import { useEffect, useRef, useState } from 'react';
import type { Ui } from '../../content/schema';

/** The caches of public/sw.js: one per kept copy, named after its list file. */
const PREFIX = 'itt-offline:';
/** Keeping the copy may take a while on a slow connection; past this, it counts as failed. */
const KEEP_TIMEOUT_MS = 6 * 60_000;

type Phase = 'idle' | 'saving' | 'saved' | 'failed' | 'removing' | 'removed';

/** Sends a message to the worker and waits for its one reply. */
function ask<T>(worker: ServiceWorker, message: unknown, timeout: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error('no reply')), timeout);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data as T);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

const copies = async () => (await caches.keys()).filter((key) => key.startsWith(PREFIX));

/**
 * Every registration and cache of this site gone, as Quick exit does (app/lib/site.ts): the worker
 * is told to forget (it deletes its caches and unregisters itself), and the page does the same.
 */
async function removeCopy() {
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(
    registrations.map(async (registration) => {
      if (registration.active) await ask(registration.active, 'forget', 5_000).catch(() => undefined);
      await registration.unregister();
    }),
  );
  await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
}

/** Registers the worker (the only place that does) and has it keep the copy listed in `list`. */
async function keepCopy(list: string) {
  await navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' });
  const registration = await navigator.serviceWorker.ready;
  const result = await ask<{ type: string; files?: number; bytes?: number }>(registration.active!, { type: 'keep', list }, KEEP_TIMEOUT_MS);
  if (result.type !== 'kept') throw new Error('not kept');
  return result;
}

/**
 * "Keep this tool on this phone": says what trace the copy leaves, and only when the person says
 * yes registers public/sw.js, which keeps every page of this language. Once kept, offers "Remove it
 * from this phone" instead, and links the web app manifest (only while the copy exists).
 * Progress is told in a status region. Without JavaScript it is hidden (KeepOnPhoneSection).
 */
export function KeepOnPhone({ words, list, manifest }: { words: Ui['offline']; list: string; manifest: string }) {
  const [supported, setSupported] = useState(true);
  const [ready, setReady] = useState(false);
  const [kept, setKept] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [size, setSize] = useState<{ files: number; bytes: number } | null>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const summary = useRef<HTMLElement>(null);
  const moveFocus = useRef<'remove' | 'summary' | null>(null);

  // What is there already: reading the registration creates nothing.
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      setSupported(false);
      setReady(true);
      return;
    }
    let live = true;
    navigator.serviceWorker.getRegistration('/').then(async (registration) => {
      const names = registration ? await copies() : [];
      if (!live) return;
      setReady(true);
      if (!registration) return;
      if (names.length === 0) {
        // A worker with no copy (saving was cut short): a copy is whole or gone.
        await registration.unregister();
        return;
      }
      setKept(true);
      // The site has changed since the copy was kept (new words or contacts): keep the same pages again, quietly.
      const current = PREFIX + list.split('/').pop();
      const sameLanguage = current.replace(/\.[0-9a-f]+\.json$/, '.');
      if (navigator.onLine && registration.active && !names.includes(current) && names.some((name) => name.startsWith(sameLanguage))) {
        ask(registration.active, { type: 'keep', list }, KEEP_TIMEOUT_MS).catch(() => undefined);
      }
    });
    return () => {
      live = false;
    };
  }, [list]);

  // The manifest exists for the page only while the copy does.
  useEffect(() => {
    if (!kept) return;
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = manifest;
    document.head.append(link);
    return () => link.remove();
  }, [kept, manifest]);

  useEffect(() => {
    if (moveFocus.current === 'remove') removeButton.current?.focus();
    if (moveFocus.current === 'summary') summary.current?.focus();
    moveFocus.current = null;
  }, [kept]);

  const busy = phase === 'saving' || phase === 'removing';
  const focusInside = () => !!document.activeElement?.closest('.keep-on-phone');

  async function keep() {
    if (busy) return;
    setPhase('saving');
    try {
      const result = await keepCopy(list);
      setSize({ files: result.files ?? 0, bytes: result.bytes ?? 0 });
      if (focusInside()) moveFocus.current = 'remove';
      setKept(true);
      setPhase('saved');
    } catch {
      // The worker deletes what it saved and unregisters itself; make sure nothing is left.
      await removeCopy().catch(() => undefined);
      setPhase('failed');
    }
  }

  async function remove() {
    if (busy) return;
    setPhase('removing');
    await removeCopy().catch(() => undefined);
    if (focusInside()) moveFocus.current = 'summary';
    setKept(false);
    setSize(null);
    setPhase('removed');
  }

  const status = { idle: '', saving: words.saving, saved: words.saved, failed: words.failed, removing: words.removing, removed: words.removed }[phase];

  return (
    <div className="keep-on-phone" data-ready={ready ? '' : undefined} data-kept={kept ? '' : undefined} data-files={size?.files} data-bytes={size?.bytes}>
      {!supported ? (
        <p>{words.unsupported}</p>
      ) : kept ? (
        <>
          {phase !== 'saved' && <p>{words.kept}</p>}
          <button ref={removeButton} type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={remove}>
            {words.remove}
          </button>
        </>
      ) : (
        <details className="details">
          <summary ref={summary}>{words.keep}</summary>
          <div className="details__text">
            <p>{words.what}</p>
            <p>{words.trace}</p>
            <p>{words.removal}</p>
            <button type="button" className="button" aria-disabled={busy || undefined} onClick={keep}>
              {words.yes}
            </button>
          </div>
        </details>
      )}
      <p role="status">{status}</p>
    </div>
  );
}
