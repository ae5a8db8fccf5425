import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** A page element as a complete HTML document. React escapes every text and attribute value. */
export function renderPage(page: ReactElement): string {
  return `<!doctype html>${renderToStaticMarkup(page)}`;
}
