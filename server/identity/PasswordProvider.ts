import type { IdentityProvider, VerifiedIdentity } from './IdentityProvider.js';
import type { IdentityStore } from './IdentityStore.js';
import { hashPassword, verifyPassword } from './passwordHash.js';

export interface PasswordCredentials {
  email: string;
  password: string;
}

/** Signs people in with the e-mail and password stored (hashed) in our own database. */
export class PasswordProvider implements IdentityProvider<PasswordCredentials> {
  readonly id = 'password';
  // Hashed on first use: an unknown address is checked against it so it takes as long as a wrong password.
  private decoy: Promise<string> | null = null;

  constructor(private readonly identity: IdentityStore) {}

  async verify({ email, password }: PasswordCredentials): Promise<VerifiedIdentity | null> {
    const user = await this.identity.findUserByEmail(email);
    if (!user?.passwordHash) {
      this.decoy ??= hashPassword('not the password of anyone');
      await verifyPassword(password, await this.decoy);
      return null;
    }
    return (await verifyPassword(password, user.passwordHash)) ? { userId: user.id, method: this.id } : null;
  }
}
