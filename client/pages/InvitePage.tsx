import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationPreview } from '../../shared/api/accessApi.js';
import type { Me } from '../../shared/api/authApi.js';
import { accessErrorKey, deadLinkReason } from '../access/accessErrorKey.js';
import { ErrorLine } from '../access/ErrorLine.js';
import { acceptInvitation, previewInvitation } from '../api/accessApi.js';
import { ApiError, toApiError } from '../api/ApiError.js';
import { fetchMe } from '../api/authApi.js';
import { useMaybeAccount } from '../auth/AccountContext.js';
import { AppHeader } from '../components/AppHeader.js';
import { AppLink } from '../components/AppLink.js';
import { InvitationFacts } from '../invite/InvitationFacts.js';
import { JoinForm } from '../invite/JoinForm.js';
import { navigate } from '../routing/navigate.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';
import '../styles/access.css';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string; dead: boolean }
  | { kind: 'ready'; preview: InvitationPreview; me: Me | null };

/**
 * `/invite/<secret>`: what the link invites to, and the way in. Works without an account: someone signed
 * in joins with one button; anyone else creates an account in the invitation's organisation, or signs in
 * first. Dead links (unknown, expired, withdrawn, used up) say so in plain words.
 */
export function InvitePage({ secret }: { secret: string }) {
  const { t } = useTranslation();
  const account = useMaybeAccount();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [joining, setJoining] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useDocumentTitle(t('access.invitePage.documentTitle'));

  useEffect(() => {
    const controller = new AbortController();
    const signedIn = fetchMe(controller.signal).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    });
    Promise.all([previewInvitation(secret, controller.signal), signedIn]).then(
      ([preview, me]) => setLoaded({ kind: 'ready', preview, me }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ kind: 'failed', message: t(accessErrorKey(error)), dead: deadLinkReason(error) !== null });
      },
    );
    return () => controller.abort();
  }, [secret, t]);

  // The session is new (or changed): tell the rest of the app before opening the playbook behind the sign-in.
  const open = async (playbookId: string) => {
    try {
      account?.signedIn(await fetchMe());
      navigate(`/p/${encodeURIComponent(playbookId)}`);
    } catch {
      // reason: the app could not learn who signed in; a full load asks the server afresh.
      window.location.assign(`/p/${encodeURIComponent(playbookId)}`);
    }
  };

  const join = async () => {
    setJoining(true);
    setFailure(null);
    try {
      const joined = await acceptInvitation(secret);
      await open(joined.playbookId);
    } catch (error: unknown) {
      setFailure(t(accessErrorKey(toApiError(error))));
      setJoining(false);
    }
  };

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page page--narrow invite-page" data-testid="invite-page">
        {loaded.kind === 'loading' && <p role="status">{t('access.invitePage.loading')}</p>}
        {loaded.kind === 'failed' && (
          <div className="card notice-card" role="alert" data-testid="invite-dead">
            <h1 className="notice-card__title">{t('access.invitePage.deadTitle')}</h1>
            <p>{loaded.message}</p>
            {loaded.dead && (
              <AppLink href="/" className="button button--secondary">
                {t('access.invitePage.back')}
              </AppLink>
            )}
          </div>
        )}
        {loaded.kind === 'ready' && (
          <>
            <div className="card invite-page__card">
              <p className="eyebrow">{t('access.invitePage.eyebrow')}</p>
              <h1 className="notice-card__title" data-testid="invite-title">
                {t('access.invitePage.heading', {
                  title: loaded.preview.playbookTitle || t('access.invitePage.untitled'),
                })}
              </h1>
              <InvitationFacts preview={loaded.preview} />
            </div>
            {loaded.me ? (
              <div className="access-form">
                <p>
                  {t('access.invitePage.signedInAs', {
                    name: loaded.me.user.displayName,
                    organisation: loaded.me.organisation.name,
                  })}
                </p>
                {loaded.me.organisation.id !== loaded.preview.organisation.id && (
                  <p className="access-form__intro">{t('access.invitePage.otherOrganisation')}</p>
                )}
                <ErrorLine message={failure} testId="join-error" />
                <div>
                  <button
                    type="button"
                    className="button button--primary"
                    aria-disabled={joining}
                    data-testid="join-accept"
                    onClick={() => void (joining ? undefined : join())}
                  >
                    {joining ? t('access.invitePage.joining') : t('access.invitePage.join')}
                  </button>
                </div>
              </div>
            ) : (
              <JoinForm secret={secret} preview={loaded.preview} onJoined={(id) => void open(id)} />
            )}
          </>
        )}
      </main>
    </>
  );
}
