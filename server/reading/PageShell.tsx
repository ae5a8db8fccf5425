import type { ReactNode } from 'react';
import type { ReadingLanguage } from './readingTexts.js';

/** Where the reading pages' stylesheet and search script are served (see readingRouter). */
export const READING_ASSETS_PATH = '/reading-assets';

/**
 * The HTML document around a reading page: language, phone viewport, the reading stylesheet, and, when
 * asked, the in-page search script (an external file, as the content security policy allows no inline script).
 */
export function PageShell({
  language,
  title,
  bodyClass,
  withSearch = false,
  children,
}: {
  language: ReadingLanguage;
  title: string;
  bodyClass: string;
  withSearch?: boolean;
  children: ReactNode;
}) {
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={`${READING_ASSETS_PATH}/reading.css`} />
        {withSearch && <script src={`${READING_ASSETS_PATH}/readerSearch.js`} defer />}
      </head>
      <body className={bodyClass}>{children}</body>
    </html>
  );
}
