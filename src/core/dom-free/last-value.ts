/**
 * Remembers the last value computed, and computes it again only when its key
 * changes (compared item by item with ===). For derived data a render reads
 * several times but that changes rarely: a sorted feed, a month's days, a
 * function whose identity tells a child element to re-render.
 */
export class LastValue<T> {
  private key?: readonly unknown[];
  private value?: T;

  get(key: readonly unknown[], compute: () => T): T {
    const last = this.key;
    if (last && last.length === key.length && last.every((k, i) => k === key[i])) return this.value as T;
    this.value = compute();
    this.key = key;
    return this.value;
  }
}
