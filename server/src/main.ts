/**
 * `node dist/receiver.mjs`: the contact form's receiver, configured by
 * environment variables (README, "Deploying the receiver"). On SIGTERM or
 * SIGINT it stops taking requests, finishes those in flight and the email
 * being sent, and exits.
 */
import {readConfig} from './config.js';
import {startReceiver} from './receiver.js';

const config = readConfig();
const receiver = await startReceiver(config);
const address = receiver.app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
// One line a parent process (npm start, the tests) can wait for.
console.log(`profiad receiver listening on http://${config.host}:${port}${config.contactPath} (${config.databaseUrl ? 'PostgreSQL' : 'SQLite in ' + config.dataDir})`);

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    receiver.close().then(
      () => process.exit(0),
      (error: unknown) => {
        receiver.app.log.error({code: (error as {code?: string}).code}, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
