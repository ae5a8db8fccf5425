import type { Organisation } from './Organisation.js';

/** The person at this browser as the others see them: in the presence list, the section nav and on carets. */
export interface LocalUser {
  name: string;
  /** `#rrggbb` from the organisation's hue family: the caret extension renders other forms transparent. */
  color: string;
  organisation: Organisation;
  /** False until the person answered "Hvem er du?"; until then they are a guest and the page asks. */
  confirmed: boolean;
}
