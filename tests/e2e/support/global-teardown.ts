import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Removes this run's scratch directory (databases, checked HTML) unless E2E_KEEP_RUN_DIR=1. */
export default function globalTeardown(): void {
  const dir = process.env.E2E_RUN_DIR;
  if (!dir || process.env.E2E_KEEP_RUN_DIR === '1') return;
  // Only ever delete a directory this harness created under the system's temporary directory.
  if (path.dirname(dir) === os.tmpdir() && path.basename(dir).startsWith('dei-e2e-')) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
