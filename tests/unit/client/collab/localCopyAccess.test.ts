import { expect, test } from 'vitest';
import type { ConnectionStatus } from '../../../../client/collab/connectionStatus.js';
import { copiesToDiscard, decideLocalCopy, unsavedCopiesOf } from '../../../../client/collab/localCopyAccess.js';
import type { LocalCopyRecord } from '../../../../client/collab/localCopyRecords.js';

const connecting: ConnectionStatus = { kind: 'connecting', messageKey: 'status.connecting' };
const offline: ConnectionStatus = { kind: 'offline', messageKey: 'status.offline', reasonKey: null };
const accessChanged: ConnectionStatus = {
  kind: 'offline',
  messageKey: 'status.offline',
  reasonKey: 'closed.accessChanged',
};
const refused = (
  reasonKey: 'closed.notFound' | 'closed.forbidden' | 'closed.removed' | 'closed.updateRejected',
): ConnectionStatus => ({
  kind: 'stopped',
  messageKey: 'status.stopped',
  reasonKey,
});
const annes = (role: LocalCopyRecord['role'] = 'editor', unsaved = false): LocalCopyRecord => ({
  accountId: 'anne',
  role,
  unsaved,
});

test('keeps the copy closed until the server confirmed the role, even for the account that made it', () => {
  expect(decideLocalCopy({ accountId: 'anne', confirmedRole: null, status: connecting, record: annes() })).toEqual({
    kind: 'wait',
  });
  expect(decideLocalCopy({ accountId: 'anne', confirmedRole: null, status: null, record: null }).kind).toBe('wait');
});

test('opens the copy with the confirmed role', () => {
  expect(decideLocalCopy({ accountId: 'anne', confirmedRole: 'reader', status: connecting, record: annes() })).toEqual({
    kind: 'open',
    role: 'reader',
    discardFirst: false,
  });
});

test('deletes another account’s copy, or one without an owner, before opening one for this account', () => {
  expect(decideLocalCopy({ accountId: 'bo', confirmedRole: 'editor', status: connecting, record: null })).toEqual({
    kind: 'open',
    role: 'editor',
    discardFirst: true,
  });
  expect(decideLocalCopy({ accountId: 'bo', confirmedRole: 'editor', status: connecting, record: annes() })).toEqual({
    kind: 'open',
    role: 'editor',
    discardFirst: true,
  });
});

test('offline, opens only this account’s own copy, with its last known role', () => {
  expect(decideLocalCopy({ accountId: 'anne', confirmedRole: null, status: offline, record: annes('reader') })).toEqual(
    { kind: 'open', role: 'reader', discardFirst: false },
  );
  expect(decideLocalCopy({ accountId: 'bo', confirmedRole: null, status: offline, record: annes() })).toEqual({
    kind: 'unavailable',
  });
  expect(decideLocalCopy({ accountId: 'bo', confirmedRole: null, status: offline, record: null }).kind).toBe(
    'unavailable',
  );
});

test('a close because access changed is not "offline": the copy waits for the new role', () => {
  expect(decideLocalCopy({ accountId: 'anne', confirmedRole: null, status: accessChanged, record: annes() }).kind).toBe(
    'wait',
  );
});

test('a refusal deletes this account’s copy (or one nobody owns), never another account’s', () => {
  for (const reason of ['closed.notFound', 'closed.forbidden', 'closed.removed'] as const) {
    const status = refused(reason);
    expect(decideLocalCopy({ accountId: 'anne', confirmedRole: 'editor', status, record: annes() })).toEqual({
      kind: 'refused',
      discard: true,
    });
    expect(decideLocalCopy({ accountId: 'bo', confirmedRole: null, status, record: null })).toEqual({
      kind: 'refused',
      discard: true,
    });
    expect(decideLocalCopy({ accountId: 'bo', confirmedRole: null, status, record: annes() })).toEqual({
      kind: 'refused',
      discard: false,
    });
  }
  // Other stops (a refused update, say) are not about access: the copy stays.
  const rejected = refused('closed.updateRejected');
  expect(decideLocalCopy({ accountId: 'anne', confirmedRole: 'editor', status: rejected, record: annes() }).kind).toBe(
    'open',
  );
});

const records = new Map<string, LocalCopyRecord>([
  ['saved', annes()],
  ['unsaved', annes('editor', true)],
  ['bos-unsaved', { accountId: 'bo', role: 'editor', unsaved: true }],
  ['bos-saved', { accountId: 'bo', role: 'reader', unsaved: false }],
]);

test('signing out after confirming deletes every copy but another account’s unsaved changes', () => {
  expect(copiesToDiscard(records, ['saved', 'orphan'], 'anne', 'all').sort()).toEqual(
    ['bos-saved', 'orphan', 'saved', 'unsaved'].sort(),
  );
});

test('an ended session deletes only copies that hold nothing unsaved, and copies without a record', () => {
  expect(copiesToDiscard(records, ['orphan', 'unsaved'], null, 'saved').sort()).toEqual(
    ['bos-saved', 'orphan', 'saved'].sort(),
  );
});

test('names the copies with unsaved changes of one account', () => {
  expect(unsavedCopiesOf(records, 'anne')).toEqual(['unsaved']);
  expect(unsavedCopiesOf(records, 'carl')).toEqual([]);
});
