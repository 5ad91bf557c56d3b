// The benchmark's workloads: every workloads/<name>.main.js whose header names its quick size
// ("quick checks: main(N)" or "quick: main(N)"), with its default size (DEFAULT_SIZE or
// DEFAULT_ROUNDS). The workload file stays the one source of truth for both sizes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/bench/src/workloads.mjs). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Git-ignored directory for generated entry files and built peer components. */
export const cacheDir = path.join(repoRoot, '.bench-cache');

/**
 * @typedef {object} Workload
 * @property {string} name         e.g. "scheduler"
 * @property {string} file         absolute path of workloads/<name>.main.js
 * @property {string} rel          path relative to the repository ("workloads/<name>.main.js")
 * @property {number} defaultSize  what main() uses
 * @property {number} quickSize    the small size for --quick
 * @property {string} hash         sha256 (16 hex digits) of the file's bytes
 */

/**
 * Lists the benchmark workloads, sorted by name, optionally only those named in `only`.
 * @param {string[]} [only] names to keep (all when empty)
 * @returns {Workload[]}
 */
export function listWorkloads(only = []) {
  const dir = path.join(repoRoot, 'workloads');
  const all = [];
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.main.js')) continue;
    const file = path.join(dir, f);
    const text = fs.readFileSync(file, 'utf8');
    const quick = /quick(?: checks)?: main\((\d+)\)/.exec(text.slice(0, 2000));
    if (!quick) continue; // not a benchmark workload (hash-map, gc-churn)
    const def = /^const DEFAULT_(?:SIZE|ROUNDS) = (\d+);/m.exec(text);
    if (!def) throw new Error(`${f}: names a quick size but has no DEFAULT_SIZE constant`);
    all.push({
      name: f.slice(0, -'.main.js'.length), file, rel: `workloads/${f}`,
      defaultSize: Number(def[1]), quickSize: Number(quick[1]),
      hash: crypto.createHash('sha256').update(text).digest('hex').slice(0, 16),
    });
  }
  if (only.length === 0) return all;
  const unknown = only.filter((n) => !all.some((w) => w.name === n));
  if (unknown.length) throw new Error(`unknown workload(s): ${unknown.join(', ')} (have: ${all.map((w) => w.name).join(', ')})`);
  return all.filter((w) => only.includes(w.name));
}

/**
 * Writes (if changed) a generated file under .bench-cache and returns its path.
 * @param {string} rel path under .bench-cache
 * @param {string} text
 */
export function writeCached(rel, text) {
  const file = path.join(cacheDir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  return file;
}
