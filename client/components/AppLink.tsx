import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../routing/navigate.js';

/** A link inside the app: a real `<a href>` (open in new tab works) that navigates without a page load. */
export function AppLink({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified) return; // let the browser open a new tab
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
