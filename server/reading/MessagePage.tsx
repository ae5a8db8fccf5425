import { PageShell } from './PageShell.js';
import type { ReadingLanguage, ReadingTexts } from './readingTexts.js';

/** The small page for someone not signed in: a link to sign in, and the address to come back to. */
export function SignInPage({
  language,
  texts,
  back,
}: {
  language: ReadingLanguage;
  texts: ReadingTexts;
  back: string;
}) {
  return (
    <PageShell language={language} title={texts.signInTitle} bodyClass="message-page">
      <main className="message">
        <h1>{texts.signInTitle}</h1>
        <p>{texts.signInText}</p>
        <p>
          <a className="button" href="/" data-testid="sign-in-link">
            {texts.signInLink}
          </a>
        </p>
        <p>
          {texts.signInAgain} <a href={back}>{back}</a>
        </p>
      </main>
    </PageShell>
  );
}

/** One page for a playbook that does not exist and one the caller may not read: they cannot be told apart. */
export function NotFoundPage({ language, texts }: { language: ReadingLanguage; texts: ReadingTexts }) {
  return (
    <PageShell language={language} title={texts.notFoundTitle} bodyClass="message-page">
      <main className="message" data-testid="not-found">
        <h1>{texts.notFoundTitle}</h1>
        <p>{texts.notFoundText}</p>
        <p>
          <a className="button" href="/">
            {texts.toTheApp}
          </a>
        </p>
      </main>
    </PageShell>
  );
}
