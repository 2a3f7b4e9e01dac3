import { loadContent, type Locale } from '../../content/load';
import type { SettingsWords } from '../components/check/SettingsForm';
import { fill } from './format';
import { href } from './locale';

/** The contacts shown without JavaScript, after the settings: the main hotlines and the directory. */
const NO_SCRIPT_CONTACTS = ['us-nhth', 'uk-msh', 'intl-directory'];

/** What the settings screens need to work before the scripts: their words, the country names, the main hotlines. */
export function settingsProps(locale: Locale) {
  const { data, words } = loadContent(locale);
  const { setup, check, site } = words.ui;
  const hotlines = NO_SCRIPT_CONTACTS.map((id) => {
    const contact = data.contacts.find((c) => c.id === id)!;
    const channel = contact.channels.find((ch) => (ch.kind === 'call' && ch.tel) || ch.kind === 'web')!;
    const name = words.contacts.contacts[id].name;
    if (channel.kind === 'call') return { label: fill(setup.noscriptHotline, { name, number: channel.display }), href: `tel:${channel.tel}` };
    if (channel.kind === 'web') return { label: fill(setup.noscriptHotline, { name, number: channel.display }), href: channel.url };
    throw new Error(`no link for ${id}`);
  });
  const settingsWords: SettingsWords = {
    steps: {
      perspective: { title: setup.perspectiveTitle, hint: setup.perspectiveHint },
      place: { title: setup.placeTitle, hint: setup.placeHint },
      country: { title: setup.countryTitle, hint: setup.countryHint },
    },
    labels: {
      self: { label: setup.self },
      other: { label: setup.other },
      US: { label: setup.US },
      UK: { label: setup.UK },
      country: { label: setup.country, hint: setup.countryOptionHint },
      undisclosed: { label: setup.undisclosed, hint: setup.undisclosedHint },
    },
    countryLabel: setup.countryTitle,
    countryPlaceholder: setup.countryPlaceholder,
    continue: check.continue,
    back: check.back,
    errorTitle: check.errorTitle,
    errors: { perspective: setup.errorPerspective, place: setup.errorPlace, country: setup.errorCountry },
    loading: setup.loading,
    loadFailed: setup.loadFailed,
    noscript: {
      title: setup.noscriptTitle,
      text: setup.noscriptText,
      hotlines,
      links: [
        { label: site.navLearn, href: href(locale, 'learn') },
        { label: site.navContacts, href: href(locale, 'contacts') },
      ],
    },
  };
  return { words: settingsWords, locale, startHref: href(locale) };
}
