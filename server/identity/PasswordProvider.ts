import type { IdentityProvider, VerifiedIdentity } from './IdentityProvider.js';
import type { IdentityStore } from './IdentityStore.js';
import { DEFAULT_SCRYPT_PARAMS, hashPassword, needsRehash, verifyPassword, type ScryptParams } from './passwordHash.js';

export interface PasswordCredentials {
  email: string;
  password: string;
}

/** Signs people in with the e-mail and password stored (hashed) in our own database. */
export class PasswordProvider implements IdentityProvider<PasswordCredentials> {
  readonly id = 'password';
  // Hashed on first use: an unknown address is checked against it so it takes as long as a wrong password.
  private decoy: Promise<string> | null = null;

  constructor(
    private readonly identity: IdentityStore,
    /** The parameters new hashes get; a sign-in with an older, weaker hash upgrades it to these. */
    private readonly params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
  ) {}

  async verify({ email, password }: PasswordCredentials): Promise<VerifiedIdentity | null> {
    const user = await this.identity.findUserByEmail(email);
    if (!user?.passwordHash) {
      this.decoy ??= hashPassword('not the password of anyone');
      await verifyPassword(password, await this.decoy);
      return null;
    }
    if (!(await verifyPassword(password, user.passwordHash))) return null;
    // The one moment the plain password is at hand: raise an old hash to today's parameters.
    if (needsRehash(user.passwordHash, this.params)) {
      await this.identity.setPasswordHash(user.id, await hashPassword(password, this.params));
    }
    return { userId: user.id, method: this.id };
  }
}
