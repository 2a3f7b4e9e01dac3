import type { ReactNode } from 'react';
import type { Channel, Ui } from '../../content/schema';
import type { ContactView } from '../lib/bundle';
import { fill } from '../lib/format';

type OutcomeWords = Ui['outcome'];

/** The href and label for one way to reach a contact. */
export function channelLink(channel: Channel, words: OutcomeWords): { href: string; label: string } {
  switch (channel.kind) {
    case 'call':
      return { href: `tel:${channel.tel}`, label: fill(words.call, { number: channel.display }) };
    case 'text':
      return channel.keyword
        ? { href: `sms:${channel.tel}?body=${encodeURIComponent(channel.keyword)}`, label: fill(words.text, { keyword: channel.keyword, number: channel.display }) }
        : { href: `sms:${channel.tel}`, label: fill(words.textKeyword, { number: channel.display }) };
    case 'tty':
      return { href: `tel:${channel.tel}`, label: fill(words.tty, { number: channel.display }) };
    case 'web':
      return { href: channel.url, label: fill(words.web, { site: channel.display }) };
    case 'email':
      return { href: `mailto:${channel.address}`, label: fill(words.email, { address: channel.display }) };
  }
}

/** The details of a contact, folded under a disclosure when `compact`. */
function Details({ compact, label, children }: { compact: boolean; label: string; children: ReactNode }) {
  if (!compact) return <>{children}</>;
  return (
    <details className="contact__more">
      <summary>{label}</summary>
      {children}
    </details>
  );
}

interface Props {
  contact: ContactView;
  words: OutcomeWords;
  notes: Record<string, string>;
  /** The recommended action: shown first and biggest. */
  primary?: boolean;
  headingLevel?: 2 | 3;
  /** Also show where the facts come from and when they were checked (Contacts page). */
  showSource?: boolean;
  /** Fold the details under a disclosure (other contacts on a result page). */
  compact?: boolean;
  moreLabel?: string;
}

export function ContactCard({ contact, words, notes, primary = false, headingLevel = 3, showSource = false, compact = false, moreLabel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { words: w } = contact;
  return (
    <article className={`contact${primary ? ' contact--primary' : ''}`} aria-labelledby={`contact-${contact.id}`}>
      <Heading id={`contact-${contact.id}`} className="contact__name">
        {w.name}
      </Heading>
      <ul className="contact__channels">
        {contact.channels.map((channel, i) => {
          const link = channelLink(channel, words);
          const external = channel.kind === 'web';
          return (
            <li key={i}>
              <a
                className={`button ${primary && i === 0 ? 'button--call' : 'button--secondary'}`}
                href={link.href}
                {...(external ? { rel: 'noopener noreferrer' } : {})}
              >
                {link.label}
              </a>
              {channel.kind === 'call' && channel.mnemonic && <span className="contact__mnemonic"> ({channel.mnemonic})</span>}
              {channel.kind === 'call' && channel.note && <span className="contact__note"> {notes[channel.note]}</span>}
            </li>
          );
        })}
      </ul>
      {contact.status === 'unconfirmed' && <p className="contact__unconfirmed">{words.unconfirmed}</p>}
      <Details compact={compact} label={moreLabel ?? w.name}>
      <dl className="contact__facts">
        <div>
          <dt>{words.hours}</dt>
          <dd>{w.hours}</dd>
        </div>
        <div>
          <dt>{words.languages}</dt>
          <dd>
            {w.languages && <>{w.languages} </>}
            <span className={`spanish spanish--${contact.spanish}`}>
              {contact.spanish === 'yes' ? words.spanishYes : contact.spanish === 'no' ? words.spanishNo : words.spanishUnknown}
            </span>
          </dd>
        </div>
        <div>
          <dt>{words.forWhom}</dt>
          <dd>{w.forWhom}</dd>
        </div>
        <div>
          <dt>{words.whatHappens}</dt>
          <dd>{w.whatHappens}</dd>
        </div>
        {w.whatToSay && (
          <div>
            <dt>{words.whatToSay}</dt>
            <dd>“{w.whatToSay}”</dd>
          </div>
        )}
      </dl>
      {w.caveats.length > 0 && (
        <div className="contact__caveats">
          <p className="contact__caveats-title">{words.caveat}</p>
          <ul>
            {w.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      </Details>
      {showSource && (
        <p className="contact__source">
          {words.source}: {contact.source} ({fill(words.checkedOn, { date: contact.checked })})
        </p>
      )}
    </article>
  );
}
