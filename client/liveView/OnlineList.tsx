import { useTranslation } from 'react-i18next';
import type { OnlinePerson } from '../../shared/api/liveViewApi.js';
import { colourFor } from '../identity/Organisation.js';

/** Who is connected now: names with their organisation's colour (and its name, so colour is not the only cue). */
export function OnlineList({ people }: { people: readonly OnlinePerson[] }) {
  const { t } = useTranslation();
  if (people.length === 0) return <span className="live-online__none">{t('liveview.nobodyOnline')}</span>;
  return (
    <ul className="live-online">
      {people.map((person) => (
        <li
          key={`${person.name}|${person.organisationName}`}
          className="live-online__person"
          data-organisation={person.organisation}
        >
          <span
            className="live-online__dot"
            aria-hidden="true"
            style={{ background: colourFor(person.organisation, person.name) }}
          />
          <span className="live-online__name">{person.name}</span>
          <span className="live-online__org">{person.organisationName}</span>
        </li>
      ))}
    </ul>
  );
}
