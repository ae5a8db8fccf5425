import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDataDir, removeDataDir, startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { apiCall } from '../../helpers/apiCall.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { callAs, owner, personNamed } from '../../helpers/people.js';
import { authCall, cookieOf, signIn } from './authClient.js';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run admin -- …` the way npm does, without npm, in a data folder of its own. */
function admin(dataDir: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', ...args], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run admin', () => {
  let dataDir: string;
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    removeDataDir(dataDir);
  });

  it('creates an organisation and a user who can then sign in', async () => {
    dataDir = makeDataDir();
    const org = await admin(dataDir, ['create-org', '--name', 'A-kassen Klippeø', '--kind', 'akasse']);
    expect(org).toMatchObject({ code: 0, stderr: '' });
    const orgId = /organisation (\S+) /.exec(org.stdout)?.[1];
    expect(orgId).toBeDefined();
    expect((await admin(dataDir, ['list-orgs'])).stdout).toContain(`${orgId}\takasse\tA-kassen Klippeø`);

    const password = 'rådgiver-kodeord-42';
    const user = await admin(
      dataDir,
      ['create-user', '--email', 'Bo@Akassen.dk', '--name', 'Bo Lund', '--org', orgId!, '--admin'],
      { ADMIN_PASSWORD: password },
    );
    expect(user.code).toBe(0);
    expect(user.stdout + user.stderr).not.toContain(password);
    expect((await admin(dataDir, ['list-users'])).stdout).toMatch(/\tbo@akassen\.dk\tBo Lund\t.*\tadmin\n/);

    server = await startPlaybookServer({ DATA_DIR: dataDir });
    expect((await authCall(server.httpUrl, 'GET', '/api/auth/setup')).body).toEqual({ needed: false });
    const cookie = cookieOf(await signIn(server.httpUrl, 'bo@akassen.dk', password));
    const me = await authCall(server.httpUrl, 'GET', '/api/auth/me', undefined, cookie);
    expect(me.body).toMatchObject({
      user: { email: 'bo@akassen.dk', isAdmin: true },
      organisation: { id: orgId, name: 'A-kassen Klippeø', kind: 'akasse' },
    });
  });

  it('exits with a clear message and a usage or data error code', async () => {
    dataDir = makeDataDir();
    const unknownOrg = await admin(dataDir, ['create-user', '--email', 'a@b.dk', '--name', 'A', '--org', 'nope'], {
      ADMIN_PASSWORD: 'langt-nok-kodeord',
    });
    expect(unknownOrg).toMatchObject({
      code: 65,
      stderr: expect.stringMatching(/No organisation has the id nope/) as string,
    });

    const badKind = await admin(dataDir, ['create-org', '--name', 'X', '--kind', 'firma']);
    expect(badKind.code).toBe(64);
    expect(badKind.stderr).toMatch(/--kind "firma"/);

    // Without ADMIN_PASSWORD and without a terminal there is no way to type a password unseen.
    const org = await admin(dataDir, ['create-org', '--name', 'X', '--kind', 'andet']);
    const orgId = /organisation (\S+) /.exec(org.stdout)![1]!;
    const noPassword = await admin(dataDir, ['create-user', '--email', 'a@b.dk', '--name', 'A', '--org', orgId]);
    expect(noPassword.code).toBe(64);
    expect(noPassword.stderr).toMatch(/ADMIN_PASSWORD/);

    const shortPassword = await admin(dataDir, ['create-user', '--email', 'a@b.dk', '--name', 'A', '--org', orgId], {
      ADMIN_PASSWORD: 'kort',
    });
    expect(shortPassword.code).toBe(64);
    expect(shortPassword.stderr).not.toContain('kort"');

    expect((await admin(dataDir, ['list-users'])).stdout).toBe('');
    expect((await admin(dataDir, ['frobnicate'])).code).toBe(64);
  });

  it('adds members to a playbook and mints, lists and revokes access tokens', async () => {
    dataDir = makeDataDir();
    server = await startPlaybookServer({ DATA_DIR: dataDir });
    const facilitator = await owner(server.httpUrl);
    const { id } = await createPlaybook(server.httpUrl, { title: 'Fra kommandolinjen' });
    const reader = await personNamed(server.httpUrl, 'Rikke Cli', 'akasse');
    expect((await callAs(reader, server.httpUrl, 'GET', `/api/playbooks/${id}`)).status).toBe(404);

    const added = await admin(dataDir, [
      'add-member',
      '--playbook',
      id,
      '--email',
      'rikke.cli@test.example',
      '--role',
      'reader',
    ]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect((await callAs(reader, server.httpUrl, 'GET', `/api/playbooks/${id}`)).body).toMatchObject({
      role: 'reader',
    });
    const members = await admin(dataDir, ['list-members', '--playbook', id]);
    expect(members.stdout).toContain(`${facilitator.userId}\tfacilitator`);
    expect(members.stdout).toContain(`${reader.userId}\treader\trikke.cli@test.example`);

    const minted = await admin(dataDir, ['mint-token', '--playbook', id, '--role', 'reader', '--label', 'Intranet']);
    expect(minted.code).toBe(0);
    const secret = /^dbt_\S+$/m.exec(minted.stdout)?.[0];
    const tokenId = /Token (\S+) /.exec(minted.stdout)?.[1];
    expect(secret).toBeDefined();
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await apiCall(server.httpUrl, 'GET', `/api/playbooks/${id}`, undefined, bearer)).body).toMatchObject({
      id,
      role: 'reader',
    });
    expect((await admin(dataDir, ['list-tokens', '--playbook', id])).stdout).toContain(`${tokenId}\treader\tusable`);
    expect((await admin(dataDir, ['revoke-token', '--playbook', id, '--token', tokenId!])).code).toBe(0);
    expect((await apiCall(server.httpUrl, 'GET', `/api/playbooks/${id}`, undefined, bearer)).status).toBe(401);

    const unknown = await admin(dataDir, ['list-members', '--playbook', 'drejebog-findesikke']);
    expect(unknown).toMatchObject({ code: 65, stderr: expect.stringMatching(/No playbook has the id/) as string });
    const badRole = await admin(dataDir, ['add-member', '--playbook', id, '--email', 'a@b.dk', '--role', 'konge']);
    expect(badRole.code).toBe(64);
  });
});
