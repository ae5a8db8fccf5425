import { expect, test } from 'vitest';
import { suggestPlaybookId } from '../../../client/pages/suggestPlaybookId.js';
import { isValidRoomName } from '../../../shared/protocol/roomName.js';

test('suggests valid, distinct playbook ids', () => {
  const ids = Array.from({ length: 200 }, suggestPlaybookId);
  for (const id of ids) expect(isValidRoomName(id), id).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
});
