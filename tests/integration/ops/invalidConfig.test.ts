import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config.js';
import { spawnMain } from '../../helpers/mainProcess.js';
import { makeDataDir, removeDataDir } from '../../helpers/startServer.js';

// One bad value for every setting that can be wrong.
const BAD: Record<string, string> = {
  PORT: 'abc',
  LOG_LEVEL: 'loud',
  SQLITE_SYNCHRONOUS: 'OFF',
  MAX_MESSAGE_BYTES: '12',
  MAX_DOCUMENT_BYTES: '1.5',
  RATE_LIMIT_MESSAGES_PER_SECOND: '0',
  RATE_LIMIT_BURST: '-3',
  MAX_BUFFERED_BYTES: 'lots',
  PING_INTERVAL_MS: '10',
  COMPACT_AFTER_UPDATES: '0',
  COMPACT_AFTER_BYTES: 'many',
  SHUTDOWN_TIMEOUT_MS: '99',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('invalid configuration', () => {
  it('is reported as one problem per bad setting, each naming the setting and its value', () => {
    const problems = problemsOf(BAD);

    expect(problems).toHaveLength(Object.keys(BAD).length);
    for (const [key, value] of Object.entries(BAD)) {
      expect(problems.filter((p) => p.startsWith(`${key}=`))).toEqual([expect.stringContaining(JSON.stringify(value))]);
    }
  });

  it.each([
    ['PORT', '65536'],
    ['PORT', '80.5'],
    ['MAX_MESSAGE_BYTES', String(256 * 1024 * 1024 + 1)],
    ['PING_INTERVAL_MS', 'Infinity'],
  ])('refuses %s=%s', (key, value) => {
    expect(problemsOf({ [key]: value })).toEqual([expect.stringMatching(new RegExp(`^${key}=`))]);
  });

  it('accepts good values next to the defaults', () => {
    expect(problemsOf({ PORT: '0', MAX_MESSAGE_BYTES: '1024', LOG_LEVEL: 'silent' })).toEqual([]);
  });

  it('stops server/main.ts with a non-zero exit and every problem on stderr', async () => {
    const dataDir = makeDataDir();
    try {
      const main = spawnMain({ DATA_DIR: dataDir, PORT: 'abc', LOG_LEVEL: 'loud' });
      const exit = await main.exited;

      expect(exit.code).not.toBe(0);
      expect(exit.code).not.toBeNull();
      const stderr = main.stderr.join('\n');
      expect(stderr).toMatch(/Invalid configuration/);
      expect(stderr).toMatch(/PORT="abc"/);
      expect(stderr).toMatch(/LOG_LEVEL="loud"/);
      // A configuration error is no crash: no stack trace.
      expect(stderr).not.toMatch(/\n\s+at /);
      await expect(main.port).rejects.toThrow(/before listening/);
    } finally {
      removeDataDir(dataDir);
    }
  });
});
