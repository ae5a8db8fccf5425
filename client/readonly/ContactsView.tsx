import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { contacts } from '../../shared/playbook/contacts.js';
import { partners } from '../../shared/playbook/partners.js';
import { useDocSelector } from '../playbook/useDocSelector.js';
import { StructuredReadOnlyNote } from './StructuredReadOnlyNote.js';

const readContacts = (doc: Y.Doc) => {
  const names = new Map(partners.read(doc).map((partner) => [partner.id, partner.name]));
  return contacts.read(doc).map((contact) => ({
    ...contact,
    partnerName: contact.partnerId ? (names.get(contact.partnerId) ?? '') : '',
  }));
};

/** The functional contacts per partner: who to call or write to, and when. */
export function ContactsView({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const list = useDocSelector(doc, readContacts);
  if (list.length === 0) return null;
  return (
    <div className="readonly-part" data-testid="contacts">
      <h3 className="readonly-part__heading">{t('editor.contacts.heading')}</h3>
      <ul className="contact-list">
        {list.map((contact) => (
          <li key={contact.id} className="contact">
            {contact.partnerName && <p className="contact__partner">{contact.partnerName}</p>}
            <p className="contact__role">{contact.role}</p>
            <p className="contact__ways">
              {contact.phone && <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>}
              {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
            </p>
            {contact.note && <p className="contact__note">{contact.note}</p>}
          </li>
        ))}
      </ul>
      <StructuredReadOnlyNote />
    </div>
  );
}
