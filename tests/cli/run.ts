// Runs the CLI as a subprocess (through tsx, no build needed) and captures its output and status.
import { spawnSync } from 'node:child_process';
import { root } from '../helpers.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    input: opts.input,
    env: { ...process.env, ...opts.env, FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
