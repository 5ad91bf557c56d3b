// The differential corpus: discovery of programs and running them under node (the reference).
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusRoot = path.join(repoRoot, 'test/corpus');

/** Every program of the corpus (relative paths), skipping `lib/` folders of shared modules. */
export function corpusPrograms(root = corpusRoot): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) { if (e.name !== 'lib') walk(path.join(dir, e.name)); continue; }
      if (/\.(m?js|cjs)$/.test(e.name)) out.push(path.relative(root, path.join(dir, e.name)));
    }
  };
  walk(root);
  return out.sort();
}

export interface Outcome { stdout: string; stderr: string; exitCode: number }

/** Run a program under node: plain programs as scripts; `*.main.js` imported, then main() called. */
export function runUnderNode(file: string): Promise<Outcome> {
  const args = file.endsWith('.main.js')
    ? ['-e', `import(${JSON.stringify(file)}).then((m) => m.main())`]
    : [file];
  return new Promise((resolve) => {
    // TZ=UTC: pgo's local time zone is UTC (WASI has none), so Dates print the same.
    execFile(process.execPath, args, { cwd: repoRoot, maxBuffer: 64 << 20, env: { ...process.env, TZ: 'UTC' } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ stdout, stderr, exitCode: code });
    });
  });
}
