import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** A throwaway npm registry (verdaccio) on 127.0.0.1, with no uplinks: nothing is fetched from the network. */
export interface LocalRegistry {
  /** e.g. http://127.0.0.1:40123/ */
  readonly url: string;
  /** An .npmrc that points at the registry and carries the token of the user created for the tests. */
  readonly npmrc: string;
  /** Everything verdaccio printed, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** A port that was free a moment ago (the registry binds it right away). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts verdaccio with its storage, htpasswd file and config in `dir`, waits until it answers, and creates a user
 * through the registry's adduser API (the same call `npm adduser` makes).
 *
 * @param dir an empty temp folder
 * @param env the environment for verdaccio (an isolated HOME)
 */
export async function startRegistry(dir: string, env: NodeJS.ProcessEnv): Promise<LocalRegistry> {
  await mkdir(dir, { recursive: true });
  const config = path.join(dir, 'config.yaml');
  await writeFile(
    config,
    [
      'storage: ./storage',
      'auth:',
      '  htpasswd:',
      '    file: ./htpasswd',
      '    max_users: 1',
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      '    unpublish: $authenticated',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: json, level: warn }',
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const bin = path.join(path.dirname(require.resolve('verdaccio/package.json')), 'bin/verdaccio');
  const child = spawn(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopChild(child);
  };

  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}`);
      try {
        if ((await fetch(`${url}-/ping`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('verdaccio did not answer within 30 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    const response = await fetch(`${url}-/user/org.couchdb.user:release-bot`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'release-bot', password: 'rehearsal-only-password' }),
    });
    const body = (await response.json()) as { token?: string; error?: string };
    if (!response.ok || !body.token) throw new Error(`adduser failed (${response.status}): ${JSON.stringify(body)}`);
    const npmrc = path.join(dir, 'npmrc');
    await writeFile(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${body.token}\n`);
    return { url, npmrc, log: () => output, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- verdaccio output\n${output}`);
  }
}
