import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config.js';

describe('loadConfig', () => {
  it('has defaults that serve the app on port 8080 with data under ./data', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(8080);
    expect(config.DATA_DIR).toBe(path.resolve('data'));
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lists every bad value at once', () => {
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', MAX_MESSAGE_BYTES: '-1' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT="abc"/);
      expect(problems).toMatch(/LOG_LEVEL="loud"/);
      expect(problems).toMatch(/MAX_MESSAGE_BYTES="-1"/);
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(8080);
  });
});
