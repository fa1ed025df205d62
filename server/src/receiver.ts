import type {FastifyInstance} from 'fastify';
import {buildApp} from './app.js';
import type {ReceiverConfig} from './config.js';
import {createMailer} from './mailer.js';
import {OutboxWorker} from './outbox-worker.js';
import {PostgresStore} from './postgres-store.js';
import {SqliteStore} from './sqlite-store.js';
import type {Store} from './store.js';

const DAY_MS = 24 * 3600 * 1000;

export interface Receiver {
  app: FastifyInstance;
  store: Store;
  /** Stops taking requests, lets those in flight finish, lets the worker finish its email, closes the database. */
  close(): Promise<void>;
}

export async function openStore(config: ReceiverConfig): Promise<Store> {
  return config.databaseUrl ? PostgresStore.open(config.databaseUrl) : new SqliteStore(config.dataDir);
}

/** The whole receiver: HTTP, outbox worker and retention purge, listening on HOST:PORT. */
export async function startReceiver(config: ReceiverConfig): Promise<Receiver> {
  const store = await openStore(config);
  let worker: OutboxWorker | undefined;
  const app = await buildApp({config, store, onStored: () => worker?.wake()});
  const mailer = createMailer(config);
  worker = new OutboxWorker(store, mailer, config, app.log);

  const purge = async () => {
    try {
      const purged = await store.purgeFinished(Date.now() - config.retentionDays * DAY_MS);
      if (purged) app.log.info({purged}, `retention: deleted messages delivered more than ${config.retentionDays} days ago`);
    } catch (error) {
      app.log.error({code: (error as {code?: string}).code}, 'retention: purge failed');
    }
  };
  await purge();
  const purgeTimer = setInterval(() => void purge(), config.purgeIntervalMs);
  purgeTimer.unref();

  await app.listen({host: config.host, port: config.port});
  worker.start();

  return {
    app,
    store,
    async close() {
      clearInterval(purgeTimer);
      await app.close();
      await worker.stop();
      mailer.close();
      await store.close();
    },
  };
}
