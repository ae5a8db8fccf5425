/** Longest accepted playbook id, in characters. Longer names are refused before any lookup. */
export const ROOM_NAME_MAX_CHARS = 64;

// Letters, digits, '-' and '_' only: no dots or slashes, so a room name can never act as a path.
const ROOM_NAME_PATTERN = /^[A-Za-z0-9_-]+$/;

/** True when `name` is a valid playbook id and therefore a valid collaboration room name. */
export function isValidRoomName(name: string): boolean {
  return name.length > 0 && name.length <= ROOM_NAME_MAX_CHARS && ROOM_NAME_PATTERN.test(name);
}

/** The path prefix of the collaboration endpoint: `/collab/<playbookId>`. */
export const COLLAB_PATH_PREFIX = '/collab/';
