import express, { Router, type Request, type Response } from 'express';
import { setupBodySchema, signInBodySchema, type Me } from '../../shared/api/authApi.js';
import type { AccessService } from '../access/AccessService.js';
import type { Config } from '../config.js';
import type { IdentityStore, User } from '../identity/IdentityStore.js';
import { hashPassword } from '../identity/passwordHash.js';
import { PasswordProvider } from '../identity/PasswordProvider.js';
import type { SessionService } from '../identity/SessionService.js';
import { SignInLimiter } from '../identity/SignInLimiter.js';
import { HttpError } from './HttpError.js';
import { resolveSession } from './resolveSession.js';
import { clearSessionCookie, setSessionCookie } from './sessionCookie.js';
import { validate } from './validate.js';

// An e-mail, a name and a password: a few hundred bytes.
const MAX_JSON_BODY = '16kb';

export interface AuthRouterDeps {
  config: Config;
  identity: IdentityStore;
  sessions: SessionService;
  /** Told when someone signs out everywhere, so their open connections close too. */
  access?: AccessService;
  /** Clock for the sign-in limiter. @default Date.now */
  now?: () => number;
}

const invalidCredentials = () =>
  // One answer for an unknown address and a wrong password: the API never reveals who has an account.
  new HttpError(401, 'invalid_credentials', 'The e-mail address or the password is wrong.');

const notSignedIn = () => new HttpError(401, 'not_signed_in', 'Sign in first.');

/**
 * Accounts and sign-in (docs/API.md "Accounts and sign-in"), mounted at `/api/auth`: first-run setup,
 * sign-in with e-mail and password, sign-out (here or everywhere), and who am I.
 */
export function authRouter({ config, identity, sessions, access, now = Date.now }: AuthRouterDeps): Router {
  const router = Router();
  const passwords = new PasswordProvider(identity);
  const limiter = new SignInLimiter(now);
  router.use(express.json({ limit: MAX_JSON_BODY }));
  router.use(resolveSession(sessions));

  async function me(user: User): Promise<Me> {
    const organisation = await identity.getOrganisation(user.organisationId);
    // reason: users.organisation_id is a foreign key, so a missing organisation is a broken database.
    if (!organisation) throw new Error(`user ${user.id} has no organisation`);
    const { id, email, displayName, organisationId, isAdmin, isOrganisationAdmin, createdAt } = user;
    return {
      user: {
        id,
        email,
        displayName,
        organisationId,
        isAdmin,
        isOrganisationAdmin,
        createdAt: new Date(createdAt).toISOString(),
      },
      organisation,
    };
  }

  async function signIn(req: Request, res: Response, user: User, status: number): Promise<void> {
    const token = await sessions.start({ userId: user.id, method: passwords.id });
    setSessionCookie(config, req, res, token);
    res.status(status).json(await me(user));
  }

  router.get('/setup', async (_req, res) => {
    res.json({ needed: (await identity.countUsers()) === 0 });
  });

  router.post(
    '/setup',
    validate({ body: setupBodySchema }, async ({ body }, req, res) => {
      const { organisation, administrator } = body;
      // Checked before hashing too, so a finished setup does not cost 0.1 s of CPU per probe.
      if ((await identity.countUsers()) > 0) throw alreadySetUp();
      const passwordHash = await hashPassword(administrator.password);
      const created = await identity.createFirstAdministrator(
        organisation,
        { email: administrator.email, displayName: administrator.displayName, passwordHash },
        now(),
      );
      if (!created) throw alreadySetUp();
      await signIn(req, res, created.user, 201);
    }),
  );

  router.post(
    '/sign-in',
    validate({ body: signInBodySchema }, async ({ body }, req, res) => {
      const key = `${req.ip ?? req.socket.remoteAddress ?? ''}|${body.email}`;
      const retryAfterSeconds = limiter.retryAfterSeconds(key);
      if (retryAfterSeconds > 0) {
        const minutes = Math.ceil(retryAfterSeconds / 60);
        res.setHeader('Retry-After', String(retryAfterSeconds));
        res.status(429).json({
          code: 'too_many_attempts',
          message: `Too many failed sign-ins. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
          retryAfterSeconds,
        });
        return;
      }
      // Counted as a failure until proven otherwise, so a burst of parallel guesses cannot all get past
      // the check above while their hashes are still being computed.
      limiter.recordFailure(key);
      const verified = await passwords.verify(body);
      const user = verified ? await identity.getUser(verified.userId) : null;
      if (!user) throw invalidCredentials();
      limiter.reset(key);
      // A new sign-in replaces the session this browser had (no session fixation, no orphaned sessions).
      if (req.signedIn) await sessions.end(req.signedIn.token);
      // Housekeeping at a rare moment: expired sessions are refused anyway, this keeps the table small.
      await sessions.sweep();
      await signIn(req, res, user, 200);
    }),
  );

  router.post('/sign-out', async (req, res) => {
    if (req.signedIn) await sessions.end(req.signedIn.token);
    clearSessionCookie(config, req, res);
    res.status(204).end();
  });

  router.post('/sign-out-everywhere', async (req, res) => {
    if (!req.signedIn) throw notSignedIn();
    const ended = await sessions.endAll(req.signedIn.user.id);
    access?.announce({ playbookId: null, subject: req.signedIn.user.id, effect: 'signedOut' });
    clearSessionCookie(config, req, res);
    res.json({ endedSessions: ended });
  });

  router.get('/me', async (req, res) => {
    if (!req.signedIn) throw notSignedIn();
    res.json(await me(req.signedIn.user));
  });

  return router;
}

function alreadySetUp(): HttpError {
  return new HttpError(409, 'already_set_up', 'Setup is done: an account already exists. Sign in instead.');
}
