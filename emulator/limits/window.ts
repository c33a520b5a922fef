/**
 * Timestamps of admitted requests inside a sliding window. A head index instead of shift() keeps
 * admission cheap when benchmarks raise the limits to tens of thousands.
 */
export class SlidingWindow {
  private hits: number[] = [];
  private head = 0;

  constructor(private readonly windowMs: number) {}

  count(now: number): number {
    while (this.head < this.hits.length && this.hits[this.head] <= now - this.windowMs) this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.hits.length) {
      this.hits = this.hits.slice(this.head);
      this.head = 0;
    }
    return this.hits.length - this.head;
  }

  add(now: number): void {
    this.hits.push(now);
  }

  /** Takes back the latest admission (a request that was answered 429 after all). */
  removeLatest(): void {
    if (this.hits.length > this.head) this.hits.pop();
  }
}
