import { useEffect } from 'react';

/** While `unsaved` is true, closing or reloading the tab asks the browser's "leave page?" question first. */
export function useUnsavedLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
