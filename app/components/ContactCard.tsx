import { Fragment, type ReactNode } from 'react';
import type { Channel, Ui } from '../../content/schema';
import type { ContactView } from '../lib/check-data';
import { fill } from '../lib/format';

type Words = Ui['contactWords'];

/** Fills `{name}` markers with nodes, so a number can be kept on one line inside a sentence. */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{name && name in values ? values[name] : part}</Fragment>;
  });
}

/** A number never breaks across lines. */
const Num = ({ children }: { children: string }) => <span className="nowrap">{children}</span>;

export interface ChannelLink {
  readonly href: string | null;
  readonly label: ReactNode;
}

/**
 * The link (or, where it cannot be dialled from here, the plain text) for one way to reach a
 * contact. Short codes and local numbers work only inside their country: they are links only
 * when the person said they are there (shared/reference/country-contacts.md).
 */
/**
 * A web address may wrap only before a dot or after a slash (`globalmodernslavery` / `.org`), never
 * inside a word, which the button's `overflow-wrap: anywhere` would do on a narrow phone.
 */
function breakableAddress(label: string): ReactNode {
  const parts = label.split(/(?=\.[^\s.])|(?<=\/)/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

export function channelLink(channel: Channel, words: Words, linkInCountry: boolean, countryName?: string): ChannelLink {
  const localOnly = 'inCountryOnly' in channel && !!channel.inCountryOnly && !linkInCountry;
  const dialled = (tel: string | undefined, label: ReactNode): ChannelLink =>
    tel && !localOnly ? { href: `tel:${tel}`, label } : { href: null, label: countryName && localOnly ? fillNodes(words.onlyInside, { number: label, country: countryName }) : label };
  switch (channel.kind) {
    case 'call':
      return dialled(channel.tel, fillNodes(words.call, { number: <Num>{channel.display}</Num> }));
    case 'text': {
      const label = channel.keyword
        ? fillNodes(words.text, { keyword: channel.keyword, number: <Num>{channel.display}</Num> })
        : fillNodes(words.textKeyword, { number: <Num>{channel.display}</Num> });
      if (localOnly) return { href: null, label };
      return { href: channel.keyword ? `sms:${channel.tel}?body=${encodeURIComponent(channel.keyword)}` : `sms:${channel.tel}`, label };
    }
    case 'tty':
      return dialled(channel.tel, fillNodes(words.tty, { number: <Num>{channel.display}</Num> }));
    case 'whatsapp':
      return { href: null, label: fillNodes(words.whatsapp, { number: <Num>{channel.display}</Num> }) };
    case 'web':
      return { href: channel.url, label: fill(words.web, { site: channel.display }) };
    case 'email':
      return { href: `mailto:${channel.address}`, label: fill(words.email, { address: channel.display }) };
  }
}

interface Props {
  contact: ContactView;
  words: Words;
  notes: Record<string, string>;
  /** The recommended action: shown first and biggest, its details folded away. */
  primary?: boolean;
  headingLevel?: 2 | 3;
  /** Also show where the facts come from and when they were checked (Contacts page). */
  showSource?: boolean;
  /**
   * The person said they are in this contact's country: its in-country numbers are links. On the
   * Contacts page ('when-here') both forms are written, and the section of the place chosen in the
   * check shows the links (app/components/ChosenPlaceFirst.tsx).
   */
  linkInCountry: boolean | 'when-here';
  countryName?: string;
  warnPolice?: boolean;
  /** Shown first to a person reporting about themself: an immigration-enforcement agency. */
  warnImmigration?: boolean;
  /** "Your local emergency number" where the listed numbers are not confirmed: no button of its own. */
  withoutNumber?: boolean;
  say?: (text: string) => string;
}

export function ContactCard({
  contact,
  words,
  notes,
  primary = false,
  headingLevel = 3,
  showSource = false,
  linkInCountry,
  countryName,
  warnPolice = false,
  warnImmigration = false,
  withoutNumber = false,
  say = (t) => t,
}: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const w = contact.words;
  // An emergency number has no hours to show: it is for right now.
  const hours = contact.kind === 'emergency' ? null : (w.hours ?? (contact.hours === '24/7' ? words.hours247 : words.hoursNotStated));
  const speaks = contact.speaksLocale === 'yes' ? words.speaksYes : contact.speaksLocale === 'no' ? words.speaksNo : words.speaksUnknown;
  const channels = withoutNumber ? [] : contact.channels;
  return (
    <article className={`contact${primary ? ' contact--primary' : ''}`} aria-labelledby={`contact-${contact.id}`} id={`card-${contact.id}`}>
      {warnImmigration && w.selfWarning && (
        <div className="warning-text" role="note">
          <strong>{words.immigrationWarningTitle}: </strong>
          {say(w.selfWarning)}
        </div>
      )}
      {warnPolice && <p className="contact__police">{contact.lawEnforcement ? words.policeRun : words.passesToPolice}</p>}
      <Heading id={`contact-${contact.id}`} className="contact__name">
        {say(w.name)}
      </Heading>
      {contact.status === 'unconfirmed' && <p className="contact__unconfirmed">{words.unconfirmed}</p>}
      {channels.length > 0 && (
        <ul className="contact__channels">
          {channels.map((channel, i) => {
            const note = channel.kind === 'call' && channel.note ? notes[channel.note] : null;
            const render = (link: ChannelLink) =>
              link.href ? (
                <a
                  className={`button ${primary && i === 0 ? 'button--call' : 'button--secondary'}`}
                  href={link.href}
                  {...(channel.kind === 'web' ? { rel: 'noopener noreferrer' } : {})}
                >
                  {channel.kind === 'web' && typeof link.label === 'string' ? breakableAddress(link.label) : link.label}
                </a>
              ) : (
                <span className="contact__number">{link.label}</span>
              );
            const both = linkInCountry === 'when-here' && 'inCountryOnly' in channel && channel.inCountryOnly;
            const link = channelLink(channel, words, linkInCountry === true, countryName);
            return (
              <li key={i}>
                {both ? (
                  <>
                    <span className="when-here">{render(channelLink(channel, words, true, countryName))}</span>
                    <span className="when-elsewhere">{render(link)}</span>
                  </>
                ) : (
                  render(link)
                )}
                {channel.kind === 'call' && channel.mnemonic && <span className="contact__mnemonic"> ({channel.mnemonic})</span>}
                {note && <span className="contact__note"> {say(note)}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {primary && hours && (
        <p className="contact__hours">
          <strong>{words.hours}:</strong> {say(hours)}
        </p>
      )}
      {!(primary && contact.kind === 'emergency') && (
      <details className="contact__more">
        <summary>{fill(words.moreAbout, { name: say(w.name) })}</summary>
        <dl className="contact__facts">
          {!primary && hours && (
            <div>
              <dt>{words.hours}</dt>
              <dd>{say(hours)}</dd>
            </div>
          )}
          <div>
            <dt>{words.forWhom}</dt>
            <dd>{say(w.forWhom ?? words.audience[contact.audience])}</dd>
          </div>
          <div>
            <dt>{words.languages}</dt>
            <dd>
              {w.languages && <>{say(w.languages)} </>}
              <span className={`speaks speaks--${contact.speaksLocale}`}>{speaks}</span>
            </dd>
          </div>
          {w.runBy && (
            <div>
              <dt>{words.runBy}</dt>
              <dd>{say(w.runBy)}</dd>
            </div>
          )}
          {w.whatHappens && (
            <div>
              <dt>{words.whatHappens}</dt>
              <dd>{say(w.whatHappens)}</dd>
            </div>
          )}
          {w.whatToSay && (
            <div>
              <dt>{words.whatToSay}</dt>
              <dd>“{say(w.whatToSay)}”</dd>
            </div>
          )}
        </dl>
        {w.caveats.length > 0 && (
          <div className="contact__caveats">
            <p className="contact__caveats-title">{words.caveat}</p>
            <ul>
              {w.caveats.map((c) => (
                <li key={c}>{say(c)}</li>
              ))}
            </ul>
          </div>
        )}
        {!showSource && (
          <p className="contact__source">
            {words.source}: {contact.source} ({fill(words.checkedOn, { date: contact.checked })})
          </p>
        )}
      </details>
      )}
      {showSource && (
        <p className="contact__source">
          {words.source}: {contact.source} ({fill(words.checkedOn, { date: contact.checked })})
        </p>
      )}
    </article>
  );
}
