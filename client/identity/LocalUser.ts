/** The person at this browser as the others see them: in the presence list and on their caret. */
export interface LocalUser {
  name: string;
  /** `#rrggbb`: the caret extension renders other colour forms transparent. */
  color: string;
}
