/**
 * A throwaway PostgreSQL for the receiver's tests, like ensure-chromium.mjs
 * for the browser: Debian's `postgresql` package (installed with apt when
 * absent and we run as root), a new cluster in a temporary folder, started
 * on a free loopback port, and stopped (folder deleted) by `stop()`.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres`
 * user the package creates.
 *
 *   const pg = await startPostgres(); pg.url; await pg.stop();
 */
import {execFileSync, execSync} from 'node:child_process';
import {chmodSync, existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function binDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

export function ensurePostgresInstalled() {
  let bin = binDir();
  if (bin) return bin;
  if (!isRoot) throw new Error('No PostgreSQL found in /usr/lib/postgresql. Install it (Debian: `sudo apt-get install postgresql`), or run the tests as root to have it installed.');
  console.log("No PostgreSQL found: installing Debian's postgresql package...");
  // policy-rc.d stops the package from starting its own cluster: the tests start theirs.
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql', {stdio: 'inherit', shell: '/bin/sh'});
  bin = binDir();
  if (!bin) throw new Error('PostgreSQL could not be installed.');
  return bin;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres() {
  const bin = ensurePostgresInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'profiad-pg-'));
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const port = await freePort();
  const asOwner = (command, args) => {
    if (isRoot) {
      execFileSync('chown', ['-R', 'postgres:postgres', dir]);
      return execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], {stdio: 'pipe'});
    }
    return execFileSync(join(bin, command), args, {stdio: 'pipe'});
  };
  asOwner('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  // fsync stays on (the default): the durability tests mean what they say.
  asOwner('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      try {
        asOwner('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, {recursive: true, force: true});
      }
    },
  };
}
