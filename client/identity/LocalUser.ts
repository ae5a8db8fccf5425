import type { Organisation } from './Organisation.js';

/**
 * The person at this browser as the others see them: in the presence list, the section nav and on carets.
 * It comes from their account (see client/auth/presenceUser.ts).
 */
export interface LocalUser {
  name: string;
  /** `#rrggbb` from the organisation's hue family: the caret extension renders other forms transparent. */
  color: string;
  organisation: Organisation;
}
