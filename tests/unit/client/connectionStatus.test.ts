import { describe, expect, test } from 'vitest';
import { connectionStatus, type ConnectionFacts } from '../../../client/collab/connectionStatus.js';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';

const facts = (overrides: Partial<ConnectionFacts>): ConnectionFacts => ({
  connected: false,
  synced: false,
  lostConnection: false,
  unsaved: false,
  storedLocally: false,
  closeCode: null,
  ...overrides,
});

describe('connectionStatus', () => {
  test('is "connecting" until the first sync', () => {
    expect(connectionStatus(facts({}))).toEqual({ kind: 'connecting', messageKey: 'status.connecting' });
    expect(connectionStatus(facts({ connected: true })).kind).toBe('connecting');
  });

  test('is "saved" only when synced and nothing local is unconfirmed', () => {
    expect(connectionStatus(facts({ connected: true, synced: true })).messageKey).toBe('status.saved');
    expect(connectionStatus(facts({ connected: true, synced: true, unsaved: true })).messageKey).toBe('status.saving');
  });

  test('is "offline" after a lost connection, and says when local changes are not on the server', () => {
    expect(connectionStatus(facts({ lostConnection: true }))).toEqual({
      kind: 'offline',
      messageKey: 'status.offline',
      reasonKey: null,
    });
    expect(connectionStatus(facts({ lostConnection: true, unsaved: true })).messageKey).toBe('status.offlineUnsaved');
    expect(connectionStatus(facts({ lostConnection: true, storedLocally: true })).messageKey).toBe('status.offline');
    expect(connectionStatus(facts({ lostConnection: true, closeCode: CloseCodes.serverShutdown.code }))).toMatchObject({
      kind: 'offline',
      reasonKey: 'closed.serverShutdown',
    });
  });

  test('says "gemmes lokalt" offline only when every unsent change is in IndexedDB', () => {
    const offline = { lostConnection: true, unsaved: true };
    expect(connectionStatus(facts({ ...offline, storedLocally: true })).messageKey).toBe('status.offlineStoredLocally');
    expect(connectionStatus(facts({ ...offline, storedLocally: false })).messageKey).toBe('status.offlineUnsaved');
    // Online, "saving" stays "saving": the server, not this browser, decides when it is saved.
    expect(connectionStatus(facts({ connected: true, synced: true, unsaved: true, storedLocally: true })).kind).toBe(
      'saving',
    );
  });

  test('is "reconnecting" while a new socket is open but not yet synced', () => {
    expect(connectionStatus(facts({ connected: true, lostConnection: true })).messageKey).toBe('status.reconnecting');
  });

  test.each([
    ['invalidRoom', 'closed.notFound'],
    ['forbidden', 'closed.forbidden'],
    ['removed', 'closed.removed'],
    ['unauthorized', 'closed.unauthorized'],
    ['documentTooLarge', 'closed.documentTooLarge'],
    ['messageTooBig', 'closed.messageTooBig'],
    ['updateRejected', 'closed.updateRejected'],
    ['malformedMessage', 'closed.malformed'],
  ] as const)('stops for good with an explanation when the server closes with %s', (name, reasonKey) => {
    const status = connectionStatus(facts({ lostConnection: true, closeCode: CloseCodes[name].code }));
    expect(status).toEqual({ kind: 'stopped', messageKey: 'status.stopped', reasonKey });
  });

  test.each(['serverShutdown', 'internalError', 'timeout', 'rateLimited', 'slowConsumer'] as const)(
    'keeps reconnecting after %s',
    (name) => {
      expect(connectionStatus(facts({ lostConnection: true, closeCode: CloseCodes[name].code })).kind).toBe('offline');
    },
  );

  test('treats codes the server never sends (1006 network drop) as temporary', () => {
    expect(connectionStatus(facts({ lostConnection: true, closeCode: 1006 })).kind).toBe('offline');
  });
});
