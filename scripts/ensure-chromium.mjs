#!/usr/bin/env node
/**
 * Makes sure a headless Chromium exists for the browser tests. npm packages
 * cannot download browsers on this kind of machine, so we use Debian's
 * `chromium` package, installing it with apt when we run as root.
 * Prints the browser's path; CHROME_PATH wins when set.
 */
import {execSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const found = () => candidates.find((path) => existsSync(path));

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error('No Chromium found. Install one (Debian: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.');
    process.exit(1);
  }
  console.log("No Chromium found: installing Debian's chromium package (about 110 MB)...");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {stdio: 'inherit', shell: '/bin/sh'});
}
const path = found();
if (!path) {
  console.error('Chromium could not be installed.');
  process.exit(1);
}
console.log(`Chromium: ${path}`);
