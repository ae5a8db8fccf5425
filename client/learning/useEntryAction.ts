import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logbookErrorText } from './logbookErrorText.js';

/**
 * One logbook request at a time from an entry's buttons: `busy` while it runs (the buttons wait), and the
 * failure explained in plain words (`error`) until the next attempt.
 */
export function useEntryAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure: unknown) {
      setError(logbookErrorText(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
