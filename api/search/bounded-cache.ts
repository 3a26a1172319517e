/**
 * A least-recently-used cache bounded by the bytes its entries hold (as the caller estimates
 * them), not by how many there are. The engine's derived results range from a few hundred bytes
 * (a rare word with a filter) to megabytes (every document): a bound on their number either
 * lets a few large ones take a gigabyte or keeps far too few small ones (searches with filters
 * at 100k listings were recomputed on most requests when 200 were kept).
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.used;
  }

  /** The value, now the most recently used; undefined when not kept. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keep `value`, dropping the least recently used until it fits (one larger than the whole budget is not kept). */
  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.maxBytes) return;
    while (this.used + bytes > this.maxBytes) this.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, bytes });
    this.used += bytes;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }
}
