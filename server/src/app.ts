import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, {type FastifyInstance, type FastifyRequest} from 'fastify';
import type {ReceiverConfig} from './config.js';
import {makeReference} from './reference.js';
import type {EmailKind, Store} from './store.js';
import {validateSubmission} from './validation.js';

export interface AppOptions {
  config: ReceiverConfig;
  store: Store;
  /** Called after a new message is committed (the outbox worker wakes up). */
  onStored?: () => void;
}

/** The origin of the receiver itself, as the browser sees it (nginx passes Host on). */
function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}

/**
 * POST {contactPath}: check, store durably, answer 201 {reference}.
 * GET /healthz: 200 when the database answers.
 * Answers are codes for the form to word: 400 {errors: [{field, code}]}, 403
 * (an origin not allowed), 413 (too large), 415 (not JSON), 429 with Retry-After, 5xx.
 * Request bodies are never logged.
 */
export async function buildApp({config, store, onStored}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization']},
    bodyLimit: config.bodyLimitBytes,
    // A hop count becomes the function Fastify's types ask for (it does the same with a number).
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
  });
  // On shutdown, a request in flight still gets its answer, then its connection
  // is closed: left open as keep-alive, it would hold the process for 72 s.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  // JSON only: without this, Fastify would also read text/plain (which a cross-site form can send without asking).
  app.removeContentTypeParser('text/plain');

  const allowed = new Set(config.corsOrigins);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['POST'],
    allowedHeaders: ['Content-Type'],
    maxAge: 600,
  });
  await app.register(rateLimit, {global: false});

  app.setErrorHandler((error: {statusCode?: number; code?: string}, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({code: error.code}, 'request failed');
      return reply.status(status).send({error: 'server'});
    }
    if (status === 400) return reply.status(400).send({errors: [{field: 'form', code: 'invalid'}]});
    return reply.status(status).send({error: error.code ?? 'request'});
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await store.ping();
      const counts = await store.counts();
      return {status: 'ok', outbox: {pending: counts.pending, failed: counts.failed}};
    } catch {
      return reply.status(503).send({status: 'unavailable'});
    }
  });

  const kinds: EmailKind[] = config.sendAcknowledgement ? ['team', 'acknowledgement'] : ['team'];

  app.post(
    config.contactPath,
    {
      config: {rateLimit: {max: config.rateLimitMax, timeWindow: config.rateLimitWindowMs}},
      // Refuse a page on a site that is not allowed before reading anything (browsers are stopped by CORS; this stops the rest).
      onRequest: async (request, reply) => {
        const origin = request.headers.origin;
        if (origin && origin !== ownOrigin(request) && !allowed.has(origin)) {
          return reply.status(403).send({error: 'origin'});
        }
        return undefined;
      },
    },
    async (request, reply) => {
      const result = validateSubmission(request.body);
      if (!result.ok) return reply.status(400).send({errors: result.errors});
      const {submission} = result;
      if (submission.website) {
        // A script filled in the field people never see: answer as if stored, keep nothing.
        request.log.info('honeypot filled: message dropped');
        return reply.status(201).send({reference: makeReference()});
      }
      if ((submission.timeOnPage ?? 0) < config.minTimeOnPageMs) {
        return reply.status(400).send({errors: [{field: 'form', code: 'too-fast'}]});
      }
      const stored = await store.storeSubmission(submission, kinds, Date.now(), makeReference);
      request.log.info({reference: stored.reference, repeat: !stored.created}, stored.created ? 'message stored' : 'message already stored (a retry)');
      if (stored.created) onStored?.();
      return reply.status(201).send({reference: stored.reference});
    },
  );
  return app;
}
