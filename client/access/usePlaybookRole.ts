import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import type { ConnectionStatus } from '../collab/connectionStatus.js';
import { getPlaybook } from '../api/accessApi.js';

/**
 * The signed-in person's role in the playbook (`GET /api/playbooks/:id`), null until known. Asked once the
 * server has let the session in (a refused or unknown playbook is explained by the connection status, with
 * no second, failing request), again when the server closes the socket because the role changed (4010
 * `accessChanged`), and once more when the session is back with the new rights, so the page follows a
 * facilitator's change without a reload. A failed request keeps the last known role: the server enforces
 * the role anyway, the client only shows it.
 */
export function usePlaybookRole(
  playbookId: string,
  status: ConnectionStatus | null,
): { role: PlaybookRole | null; refresh: () => void } {
  const [role, setRole] = useState<PlaybookRole | null>(null);
  const pending = useRef<AbortController | null>(null);
  const asked = useRef(false);
  const awaitingReconnect = useRef(false);

  const refresh = useCallback(() => {
    asked.current = true;
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    getPlaybook(playbookId, controller.signal).then(
      (playbook) => setRole(playbook.role),
      () => {
        // reason: offline or refused; the connection status already tells the person what is wrong.
      },
    );
  }, [playbookId]);

  useEffect(() => () => pending.current?.abort(), []);

  const connected = status?.kind === 'saved' || status?.kind === 'saving';
  const accessChanged = status?.kind === 'offline' && status.reasonKey === 'closed.accessChanged';
  useEffect(() => {
    if (accessChanged) {
      awaitingReconnect.current = true;
      refresh();
    } else if (connected && (!asked.current || awaitingReconnect.current)) {
      awaitingReconnect.current = false;
      refresh();
    }
  }, [accessChanged, connected, refresh]);

  return { role, refresh };
}
