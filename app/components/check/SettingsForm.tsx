'use client';

import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { countryNames } from '../../../content/countries';
import type { Locale } from '../../../content/locales';
import type { CountryCode } from '../../../machines/country-codes';
import { SETTINGS_FLOW, previousStep, type Settings, type SettingsStep } from '../../../machines/settings';

/** The words and choices of the settings screens: they travel with the page, so these screens work before the scripts. */
export interface SettingsWords {
  readonly steps: Record<SettingsStep, { readonly title: string; readonly hint: string }>;
  /** Labels of the choices of the perspective and place screens, by value. */
  readonly labels: Record<string, { readonly label: string; readonly hint?: string }>;
  readonly countryLabel: string;
  readonly countryPlaceholder: string;
  readonly continue: string;
  readonly back: string;
  readonly errorTitle: string;
  readonly errors: Record<SettingsStep, string>;
  /** Shown while the questions load (they arrive with the scripts), and if they cannot. */
  readonly loading: string;
  readonly loadFailed: string;
  /** Without JavaScript, after the settings: the questions need it, and where to get help now. */
  readonly noscript: { readonly title: string; readonly text: string; readonly hotlines: readonly { readonly label: string; readonly href: string }[]; readonly links: readonly { readonly label: string; readonly href: string }[] };
}

interface Props {
  readonly words: SettingsWords;
  readonly locale: Locale;
  readonly startHref: string;
  /** After hydration: the screen the statechart is on; before it, CSS decides (app/lib/settings-css.ts). */
  readonly current: SettingsStep | 'done' | null;
  readonly settings: Settings;
  /** The screen whose Continue was pressed without a choice. */
  readonly error: SettingsStep | null;
  /** Continue (forward) or Back on a screen, once hydrated. */
  readonly onStep: (step: SettingsStep, forward: boolean, form: HTMLFormElement) => void;
  readonly formRef?: React.Ref<HTMLFormElement>;
}

const screenHeading = (step: SettingsStep) => `settings-${step}-title`;

/**
 * The screens before the questions — who it is about, where it is happening, which country — as
 * one form that needs no script: each Continue is a checkbox the next screen's CSS waits for, and
 * each Back unchecks the one before. It never submits (method="dialog" outside a dialog does
 * nothing), so no choice can end up in the address. After hydration the same markup stays; the
 * checkboxes then follow the statechart.
 */
export function SettingsForm({ words, locale, startHref, current, settings, error, onStep, formRef }: Props) {
  const hydrated = current !== null;
  const step = (at: SettingsStep, forward: boolean) => (event: React.MouseEvent<HTMLButtonElement>) => onStep(at, forward, event.currentTarget.form!);

  const screen = (step_: SettingsStep, body: ReactNode) => {
    const previous = previousStep(step_);
    const errorId = `settings-${step_}-error`;
    const showError = error === step_;
    return (
      <section key={step_} className={`screen screen--${step_}`} aria-labelledby={screenHeading(step_)}>
        {previous && hydrated ? (
          <button type="button" className="back-link link-button" onClick={step(step_, false)}>
            {words.back}
          </button>
        ) : previous ? (
          <label htmlFor={`go-${previous}`} className="back-link">
            {words.back}
          </label>
        ) : (
          <a className="back-link" href={startHref}>
            {words.back}
          </a>
        )}
        <div className="settings-error error-summary" role="alert" style={showError ? { display: 'block' } : undefined}>
          <h2 className="error-summary__title">{words.errorTitle}</h2>
          <p className="error-summary__list">{words.errors[step_]}</p>
        </div>
        {body}
        {hydrated ? (
          <button type="button" className="button" onClick={step(step_, true)} aria-describedby={showError ? errorId : undefined}>
            {words.continue}
          </button>
        ) : (
          // Before the scripts: a checkbox the next screen's CSS waits for, shown as the button.
          <p className="settings-continue">
            <input type="checkbox" id={`go-${step_}`} className="settings-go" />
            <label htmlFor={`go-${step_}`} className="button">
              {words.continue}
            </label>
          </p>
        )}
        {showError && (
          <p id={errorId} className="visually-hidden">
            {words.errors[step_]}
          </p>
        )}
      </section>
    );
  };

  const radios = (step: 'perspective' | 'place') => (
    <fieldset aria-describedby={`settings-${step}-hint`}>
      <legend>
        <h1 id={screenHeading(step)} tabIndex={-1} className="question-heading">
          {words.steps[step].title}
        </h1>
      </legend>
      <p id={`settings-${step}-hint`} className="hint">
        {words.steps[step].hint}
      </p>
      <div className="radios">
        {SETTINGS_FLOW[step].values.map((value) => {
          const id = `settings-${step}-${value}`;
          const { label, hint } = words.labels[value];
          return (
            <div className="radio" key={value}>
              <input id={id} type="radio" name={step} value={value} defaultChecked={settings[step] === value} aria-describedby={hint ? `${id}-hint` : undefined} />
              <label htmlFor={id}>{label}</label>
              {hint && (
                <p id={`${id}-hint`} className="radio__hint">
                  {hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );

  return (
    <form className="settings-form" method="dialog" noValidate data-current={current ?? undefined} ref={formRef} aria-label={words.steps.perspective.title}>
      {screen('perspective', radios('perspective'))}
      {screen('place', radios('place'))}
      {screen(
        'country',
        <div className="form-group">
          <h1 id={screenHeading('country')} tabIndex={-1} className="question-heading">
            <label htmlFor="settings-country">{words.steps.country.title}</label>
          </h1>
          <p id="settings-country-hint" className="hint">
            {words.steps.country.hint}
          </p>
          <CountrySelect locale={locale} placeholder={words.countryPlaceholder} value={settings.country} />
        </div>,
      )}
      <section className="screen screen--done" aria-live="polite">
        <p className="loading">{words.loading}</p>
        <noscript>
          <div className="noscript-help">
            <h1>{words.noscript.title}</h1>
            <p>{words.noscript.text}</p>
            <ul className="list">
              {words.noscript.hotlines.map((h) => (
                <li key={h.href}>
                  <a href={h.href}>{h.label}</a>
                </li>
              ))}
            </ul>
            <p>
              {words.noscript.links.map((l, i) => (
                <span key={l.href}>
                  {i > 0 && ' · '}
                  <a href={l.href}>{l.label}</a>
                </span>
              ))}
            </p>
          </div>
        </noscript>
      </section>
    </form>
  );
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Every country and territory, named in the page's language and sorted for it (content/countries.ts,
 * from the CLDR data of the build's ICU). The options are written into the HTML once, at build
 * time, and React keeps them as they are when it hydrates (an element with dangerouslySetInnerHTML
 * is not re-rendered while its HTML prop stays the same): so the 250 names are not sent a second time
 * in the page's data. A native select: it works on any phone, by keyboard and with a screen reader.
 */
function CountrySelect({ locale, placeholder, value }: { locale: Locale; placeholder: string; value: CountryCode | null }) {
  const ref = useRef<HTMLSelectElement>(null);
  // The end tag of an option is optional in HTML: 250 fewer of them in the page.
  const written = () => [`<option value="">${escapeHtml(placeholder)}`, ...countryNames(locale).map((c) => `<option value=${c.code}>${escapeHtml(c.name)}`)].join('');
  const [options] = useStaticHtml(typeof window === 'undefined' ? written() : null, written);
  useEffect(() => {
    if (ref.current && value !== null && ref.current.value !== value) ref.current.value = value;
  }, [value]);
  return <select ref={ref} id="settings-country" name="country" className="select" aria-describedby="settings-country-hint" dangerouslySetInnerHTML={{ __html: options }} />;
}

/**
 * HTML written at build time and kept in the browser: on the server it is the markup; in the
 * browser the element already holds it, so the same (empty) value is passed every time and React
 * never touches the element's children. A select created in the browser (after Back from the
 * questions) reads its options from the copy in the document.
 */
function useStaticHtml(serverHtml: string | null, inBrowser: () => string): [string] {
  // The page is always loaded whole (links to the check are plain links), so the written options
  // are there; only if they are not does the browser's own data name the countries.
  const [html] = useState(() => serverHtml ?? (existingOptions() || inBrowser()));
  return [html];
}

/** The options as the build wrote them, kept from the first hydration for a select shown again later. */
let keptOptions: string | null = null;
const existingOptions = () => {
  if (typeof document === 'undefined') return '';
  const written = document.getElementById('settings-country')?.innerHTML;
  if (written) keptOptions = written;
  return keptOptions ?? '';
};
