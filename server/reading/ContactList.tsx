import type { Contact, Partner } from '../../shared/playbook/playbookFileSchema.js';
import type { ReadingTexts } from './readingTexts.js';
import { mailtoHref, telHref } from './contactHrefs.js';

/** Contacts with the partner they belong to, phone numbers as `tel:` and addresses as `mailto:` links. */
export function ContactList({
  contacts,
  partners,
  texts,
  withNotes,
}: {
  contacts: readonly Contact[];
  partners: readonly Partner[];
  texts: ReadingTexts;
  withNotes: boolean;
}) {
  if (contacts.length === 0) return null;
  return (
    <ul className="contacts" data-testid="contacts">
      {contacts.map((contact) => {
        const partner = partners.find((candidate) => candidate.id === contact.partnerId);
        const tel = telHref(contact.phone);
        const mail = mailtoHref(contact.email);
        return (
          <li key={contact.id} className="contact" data-testid="contact">
            <p className="contact__who">
              {partner && <strong>{partner.name}</strong>}
              {partner && contact.role && ': '}
              {contact.role}
            </p>
            <p className="contact__ways">
              {contact.phone && (
                <span className="contact__phone">
                  <span className="sr-label">{texts.phone}: </span>
                  {tel ? <a href={tel}>{contact.phone}</a> : contact.phone}
                </span>
              )}
              {contact.email && (
                <span className="contact__email">
                  <span className="sr-label">{texts.email}: </span>
                  {mail ? <a href={mail}>{contact.email}</a> : contact.email}
                </span>
              )}
            </p>
            {withNotes && contact.note && <p className="contact__note">{contact.note}</p>}
          </li>
        );
      })}
    </ul>
  );
}
