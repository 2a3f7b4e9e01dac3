import { SETTINGS_FLOW, SETTINGS_STEPS, type SettingsStep } from '../../machines/settings';

/**
 * The CSS that makes the settings screens work before the scripts arrive (and without JavaScript):
 * each screen's Continue is a checkbox (`#go-<step>`), and `:has()` shows the next screen once the
 * previous ones are chosen and continued — no navigation, nothing in the address. Written from the
 * same flow as the statechart's settings states (machines/settings.ts). Once the island has
 * hydrated it sets `data-current` on the form and these rules stop applying.
 */
const form = '.settings-form:not([data-current])';
const chosen = (step: SettingsStep) => (step === 'country' ? ':has(#settings-country option:checked:not([value=""]))' : `:has([name="${step}"]:checked)`);
const go = (step: SettingsStep) => `:has(#go-${step}:checked)`;

/** The selector under which a step's screen is reached (every earlier step chosen and continued, on the way to it). */
function reached(step: SettingsStep): string {
  const index = SETTINGS_STEPS.indexOf(step);
  if (index === 0) return '';
  const previous = SETTINGS_STEPS[index - 1];
  const { continuesWith } = SETTINGS_FLOW[previous];
  const towards = continuesWith === 'any' ? '' : `:has(${continuesWith.map((v) => `[name="${previous}"][value="${v}"]:checked`).join(', ')})`;
  return `${reached(previous)}${go(previous)}${chosen(previous)}${towards}`;
}

export function settingsCss(): string {
  const first = SETTINGS_STEPS[0];
  const rules: string[] = [
    '.settings-form .screen,.settings-form .settings-error{display:none}',
    // After hydration the statechart says which screen is shown.
    ...[...SETTINGS_STEPS, 'done'].map((step) => `.settings-form[data-current="${step}"] .screen--${step}{display:block}`),
    // A browser without :has() still shows the first screen (the island takes over when it loads).
    `${form} .screen--${first}{display:block}`,
    `${form}${go(first)}${chosen(first)} .screen--${first}{display:none}`,
  ];
  for (const step of SETTINGS_STEPS) {
    const at = reached(step);
    // Shown when reached and not yet continued with a choice; its error when continued without one.
    rules.push(`${form}${at}:not(${go(step)}${chosen(step)}) .screen--${step}{display:block}`);
    rules.push(`${form}${at}${go(step)}:not(${chosen(step)}) .screen--${step} .settings-error{display:block}`);
  }
  // Done: a step continued with a choice that leads nowhere else.
  for (const step of SETTINGS_STEPS) {
    const { continuesWith } = SETTINGS_FLOW[step];
    if (continuesWith === 'any') continue;
    const ends = SETTINGS_FLOW[step].values.filter((v) => !continuesWith.includes(v));
    const endsWith = step === 'country' ? chosen(step) : `:has(${ends.map((v) => `[name="${step}"][value="${v}"]:checked`).join(', ')})`;
    rules.push(`${form}${reached(step)}${go(step)}${endsWith} .screen--done{display:block}`);
  }
  return rules.join('\n');
}
