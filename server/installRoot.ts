import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder the app is installed in (the one holding its package.json and `playbooks/`), found by walking
 * up from this module: the same answer whether the server runs from its TypeScript sources
 * (`server/…`) or from the bundle `npm run build` writes (`dist/server/main.mjs`), where every module
 * shares one `import.meta.dirname`.
 */
function findInstallRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'playbooks'))) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(`No Drejebog installation (package.json beside playbooks/) above ${from}`);
    }
  }
}

export const INSTALL_ROOT = findInstallRoot(import.meta.dirname);
