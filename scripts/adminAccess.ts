import { z } from 'zod';
import { playbookRoleSchema, tokenRoleSchema, TOKEN_MAX_DAYS } from '../shared/api/accessApi.js';
import { emailSchema } from '../shared/api/authApi.js';
import { playbookIdSchema } from '../shared/api/playbooksApi.js';
import { AccessService } from '../server/access/AccessService.js';
import { SqliteAccessStore } from '../server/access/SqliteAccessStore.js';
import { SqliteIdentityStore } from '../server/identity/SqliteIdentityStore.js';
import { SqlitePlaybookCatalog } from '../server/playbooks/SqlitePlaybookCatalog.js';
import type { SqliteOptions } from '../server/storage/SqliteDocumentStore.js';
import { CliError, EX_DATAERR, parse } from './cliError.js';

/** The commands about who may do what in a playbook (see USAGE in admin.ts). */
export const ACCESS_COMMANDS = ['add-member', 'list-members', 'mint-token', 'list-tokens', 'revoke-token'];

type Values = Record<string, string | boolean | undefined>;

/**
 * Runs one access command against the database file: members (also to give an orphaned playbook a
 * facilitator again) and access tokens for tools. Uses the same rules as the API (AccessService).
 */
export async function runAccessCommand(command: string, values: Values, file: SqliteOptions): Promise<void> {
  const playbookId = parse(playbookIdSchema, values.playbook, 'playbook');
  // Validated before the database is opened: a typo must not create an empty data folder.
  const input = {
    email: command === 'add-member' ? parse(emailSchema, values.email, 'email') : '',
    role: command === 'add-member' ? parse(playbookRoleSchema, values.role, 'role') : null,
    tokenRole: command === 'mint-token' ? parse(tokenRoleSchema, values.role, 'role') : null,
    label: command === 'mint-token' ? parse(z.string().trim().min(1).max(120), values.label, 'label') : '',
    days:
      command === 'mint-token'
        ? parse(z.coerce.number().int().min(1).max(TOKEN_MAX_DAYS), values.days ?? '30', 'days')
        : 0,
    tokenId: command === 'revoke-token' ? parse(z.uuid(), values.token, 'token') : '',
  };

  const identity = new SqliteIdentityStore(file);
  const store = new SqliteAccessStore(file);
  const catalog = new SqlitePlaybookCatalog(file);
  const access = new AccessService(store, identity);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    if (!catalog.get(playbookId)) throw new CliError(`No playbook has the id ${playbookId}.`, EX_DATAERR);
    switch (command) {
      case 'add-member': {
        const user = identity.findUserByEmail(input.email);
        if (!user) throw new CliError(`${input.email} has no account (see list-users).`, EX_DATAERR);
        store.setMember({ playbookId, userId: user.id, role: input.role!, addedAt: Date.now() });
        out(`${user.email} is now ${input.role} of ${playbookId}`);
        break;
      }
      case 'list-members':
        for (const member of await access.members(playbookId, true)) {
          out(
            `${member.userId}\t${member.role}\t${member.email ?? ''}\t${member.displayName}\t${member.organisation.name}`,
          );
        }
        break;
      case 'mint-token': {
        // Tokens minted here are attributed to no person; the API records the facilitator who minted one.
        const { token, secret } = await access.mintToken({
          playbookId,
          label: input.label,
          role: input.tokenRole!,
          expiresInDays: input.days,
          createdBy: 'cli',
        });
        out(`Token ${token.id} (${token.role}, expires ${token.expiresAt}). Shown once, keep it secret:`);
        out(secret);
        break;
      }
      case 'list-tokens':
        for (const token of await access.tokens(playbookId)) {
          const state = token.usable ? 'usable' : token.revokedAt ? 'revoked' : 'expired';
          out(`${token.id}\t${token.role}\t${state}\t${token.expiresAt}\t${token.label}`);
        }
        break;
      case 'revoke-token': {
        await access.revokeToken(playbookId, input.tokenId).catch(() => {
          throw new CliError(`Playbook ${playbookId} has no token ${input.tokenId} (see list-tokens).`, EX_DATAERR);
        });
        out(`Revoked token ${input.tokenId}`);
        break;
      }
    }
  } finally {
    catalog.close();
    store.close();
    identity.close();
  }
}
