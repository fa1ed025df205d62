/**
 * The receiver's settings, from environment variables (each documented in the
 * README, "Deploying the receiver"). Times may be fractional, so tests can use
 * milliseconds (RETRY_BASE_SECONDS=0.2).
 */
export interface ReceiverConfig {
  host: string;
  port: number;
  /** Where the form POSTs. */
  contactPath: string;
  /** SQLite's folder when there is no databaseUrl. */
  dataDir: string;
  /** postgres://… to store in PostgreSQL (several receivers behind a load balancer). */
  databaseUrl?: string;
  /** nodemailer connection URL, e.g. smtps://user:password@smtp.example.org:465. */
  smtpUrl: string;
  mailFrom: string;
  mailTo: string;
  sendAcknowledgement: boolean;
  /** Origins allowed to POST from another site; the receiver's own origin always may. */
  corsOrigins: string[];
  /** Fastify's trustProxy: true, a hop count, or addresses; behind nginx use `loopback`. */
  trustProxy: boolean | number | string;
  rateLimitMax: number;
  rateLimitWindowMs: number;
  bodyLimitBytes: number;
  minTimeOnPageMs: number;
  retentionDays: number;
  retryBaseMs: number;
  retryMaxDelayMs: number;
  /** How long after it arrives a message keeps being retried before it is given up (and logged as an error). */
  retryForMs: number;
  pollMs: number;
  purgeIntervalMs: number;
  /** How long a claimed email stays claimed by one worker before another may take it over. */
  sendLeaseMs: number;
  timeZone: string;
  logLevel: string;
}

type Env = Record<string, string | undefined>;

function number(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of 0 or more, not "${raw}"`);
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  return raw === '1' || raw === 'true' || raw === 'yes' || raw === 'on';
}

function trustProxy(raw: string | undefined): boolean | number | string {
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

export function readConfig(env: Env = process.env): ReceiverConfig {
  const seconds = (name: string, fallback: number) => number(env, name, fallback) * 1000;
  return {
    host: env.HOST || '127.0.0.1',
    port: number(env, 'PORT', 3000),
    contactPath: env.CONTACT_PATH || '/api/contact',
    dataDir: env.DATA_DIR || 'data',
    databaseUrl: env.DATABASE_URL || undefined,
    smtpUrl: env.SMTP_URL || 'smtp://localhost:25',
    mailFrom: env.MAIL_FROM || 'Contact form <no-reply@localhost>',
    mailTo: env.MAIL_TO || 'team@localhost',
    sendAcknowledgement: flag(env, 'SEND_ACKNOWLEDGEMENT', false),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean),
    trustProxy: trustProxy(env.TRUST_PROXY),
    rateLimitMax: number(env, 'RATE_LIMIT_MAX', 5),
    rateLimitWindowMs: seconds('RATE_LIMIT_WINDOW_SECONDS', 600),
    bodyLimitBytes: number(env, 'BODY_LIMIT_BYTES', 64 * 1024),
    minTimeOnPageMs: seconds('MIN_TIME_ON_PAGE_SECONDS', 3),
    retentionDays: number(env, 'RETENTION_DAYS', 30),
    retryBaseMs: seconds('RETRY_BASE_SECONDS', 30),
    retryMaxDelayMs: seconds('RETRY_MAX_DELAY_SECONDS', 3600),
    retryForMs: number(env, 'RETRY_FOR_HOURS', 24) * 3600 * 1000,
    pollMs: seconds('OUTBOX_POLL_SECONDS', 5),
    purgeIntervalMs: seconds('PURGE_INTERVAL_SECONDS', 3600),
    sendLeaseMs: seconds('SEND_LEASE_SECONDS', 120),
    timeZone: env.TIME_ZONE || 'Europe/London',
    logLevel: env.LOG_LEVEL || 'info',
  };
}
