import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  displayNameSchema,
  emailSchema,
  newPasswordSchema,
  organisationKindSchema,
  organisationNameSchema,
} from '../shared/api/authApi.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { EmailTakenError, UnknownOrganisationError } from '../server/identity/IdentityStore.js';
import { hashPassword } from '../server/identity/passwordHash.js';
import { SqliteIdentityStore } from '../server/identity/SqliteIdentityStore.js';
import { readHiddenLine } from './readHiddenLine.js';
import { ACCESS_COMMANDS, runAccessCommand } from './adminAccess.js';
import { CliError, EX_CONFIG, EX_DATAERR, EX_USAGE, parse } from './cliError.js';

/**
 * `npm run admin -- <command>`: accounts and organisations from the command line, in the same database as
 * the server (DATA_DIR and the other settings are read exactly as the server reads them). Safe to run while
 * the server runs: SQLite in WAL mode takes both.
 */

const USAGE = `Usage: npm run admin -- <command> [options]

  create-org  --name "Klippeø Kommune" --kind kommune|akasse|andet
  create-user --email anne@klippeo.dk --name "Anne Holm" --org <organisation id> [--admin] [--org-admin]
              The password is read from ADMIN_PASSWORD, or asked for (not shown) when unset.
              --admin: system administrator; --org-admin: manages the people of their organisation.
  list-orgs
  list-users
  add-member   --playbook <id> --email anne@klippeo.dk --role facilitator|editor|reader
  list-members --playbook <id>
  mint-token   --playbook <id> --role reader|editor --label "Intranet-eksport" [--days 30]
               Prints the token once; use it as ?token=… on /collab/<id> or as Authorization: Bearer ….
  list-tokens  --playbook <id>
  revoke-token --playbook <id> --token <token id>
               New connections with it are refused at once; a running server closes the ones already
               open when the token is revoked through the API or the app instead.
`;

async function readPassword(): Promise<string> {
  // reason: the CLI is not the server; its one secret input comes from the environment or the terminal.
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  try {
    const first = await readHiddenLine('Password: ');
    const again = await readHiddenLine('Repeat the password: ');
    if (first !== again) throw new CliError('The two passwords differ; nothing was created.', EX_USAGE);
    return first;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('No password: set ADMIN_PASSWORD or run this in a terminal.', EX_USAGE);
  }
}

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      kind: { type: 'string' },
      email: { type: 'string' },
      org: { type: 'string' },
      admin: { type: 'boolean', default: false },
      'org-admin': { type: 'boolean', default: false },
      playbook: { type: 'string' },
      role: { type: 'string' },
      label: { type: 'string' },
      days: { type: 'string' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE);
    if (!values.help) throw new CliError('Name a command.', EX_USAGE);
    return;
  }
  const accessCommand = ACCESS_COMMANDS.includes(command);
  if (!['create-org', 'create-user', 'list-orgs', 'list-users'].includes(command) && !accessCommand) {
    throw new CliError(`Unknown command "${command}".\n\n${USAGE}`, EX_USAGE);
  }

  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, EX_CONFIG);
    throw error;
  }
  // Validated before the database is opened: a typo must not create an empty data folder.
  const input =
    command === 'create-org'
      ? {
          name: parse(organisationNameSchema, values.name, 'name'),
          kind: parse(organisationKindSchema, values.kind, 'kind'),
        }
      : command === 'create-user'
        ? {
            email: parse(emailSchema, values.email, 'email'),
            displayName: parse(displayNameSchema, values.name, 'name'),
            organisationId: parse(z.string().min(1), values.org, 'org'),
          }
        : null;

  const file = { file: path.join(config.DATA_DIR, 'drejebog.sqlite'), synchronous: config.SQLITE_SYNCHRONOUS };
  if (accessCommand) {
    await runAccessCommand(command, values, file);
    return;
  }
  const identity = new SqliteIdentityStore(file);
  try {
    switch (command) {
      case 'create-org': {
        const org = identity.createOrganisation(
          input as { name: string; kind: z.infer<typeof organisationKindSchema> },
        );
        process.stdout.write(`Created organisation ${org.id} (${org.kind}): ${org.name}\n`);
        break;
      }
      case 'create-user': {
        const fields = input as { email: string; displayName: string; organisationId: string };
        if (!identity.getOrganisation(fields.organisationId)) {
          throw new CliError(`No organisation has the id ${fields.organisationId} (see list-orgs).`, EX_DATAERR);
        }
        if (identity.findUserByEmail(fields.email)) {
          throw new CliError(`${fields.email} already has an account.`, EX_DATAERR);
        }
        const password = parse(newPasswordSchema, await readPassword(), 'password (ADMIN_PASSWORD)', true);
        const user = identity.createUser(
          {
            ...fields,
            isAdmin: values.admin,
            isOrganisationAdmin: values['org-admin'],
            passwordHash: await hashPassword(password),
          },
          Date.now(),
        );
        process.stdout.write(`Created ${user.isAdmin ? 'administrator' : 'user'} ${user.id}: ${user.email}\n`);
        break;
      }
      case 'list-orgs':
        for (const org of identity.listOrganisations()) process.stdout.write(`${org.id}\t${org.kind}\t${org.name}\n`);
        break;
      case 'list-users':
        for (const user of identity.listUsers()) {
          const flags = [user.isAdmin ? 'admin' : '', user.isOrganisationAdmin ? 'org-admin' : ''].filter(Boolean);
          process.stdout.write(
            `${user.id}\t${user.email}\t${user.displayName}\t${user.organisationId}\t${flags.join(',') || '-'}\n`,
          );
        }
        break;
    }
  } catch (error) {
    if (error instanceof EmailTakenError || error instanceof UnknownOrganisationError) {
      throw new CliError(error.message, EX_DATAERR);
    }
    throw error;
  } finally {
    identity.close();
  }
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(error.exitCode);
  }
  // parseArgs throws TypeError with a readable message for unknown or malformed options.
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    process.exit(EX_USAGE);
  }
  throw error;
}
