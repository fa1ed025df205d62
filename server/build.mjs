/**
 * Bundles the receiver for Node into dist/: its own code, the DOM-free core
 * and the contact form's DOM-free files (model, messages, emails), the Welsh
 * from src/generated/locales (run `lit-localize build` first; the root
 * `npm run build` does) and the JSON Schema. Its npm dependencies stay outside
 * the bundle and load from node_modules.
 *   dist/receiver.mjs  the server (node dist/receiver.mjs)
 *   dist/lib.mjs       the same pieces as a library, for the tests and the benchmark
 */
import {readFileSync} from 'node:fs';
import {build} from 'esbuild';

const here = import.meta.dirname;
const dependencies = Object.keys(JSON.parse(readFileSync(`${here}/package.json`, 'utf8')).dependencies);
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: dependencies.flatMap((name) => [name, `${name}/*`]),
  absWorkingDir: here,
  logLevel: 'warning',
  // Some dependencies are CommonJS; give the ESM bundle a require() for them.
  banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
};
await Promise.all([build({...common, entryPoints: ['src/main.ts'], outfile: 'dist/receiver.mjs'}), build({...common, entryPoints: ['src/lib.ts'], outfile: 'dist/lib.mjs'})]);
