import { useCallback, useState } from 'react';

/**
 * Text for a polite live region, and a function to announce something through it. Saying the same words
 * twice (two moves to the same place) still gets read: every other announcement ends in a no-break space.
 */
export function useAnnouncer(): [message: string, announce: (message: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    setMessage((previous) => (previous === next ? `${next}\u00a0` : next));
  }, []);
  return [message, announce];
}
