/**
 * The wait before attempt `attempt + 1` after `attempt` failures: doubling from
 * `baseMs` (30 s, 1 min, 2 min… by default), never more than `maxDelayMs`.
 */
export function retryDelay(attempt: number, baseMs: number, maxDelayMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), maxDelayMs);
}
