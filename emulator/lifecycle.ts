/**
 * Timers started on behalf of requests (injected latency). close() cancels them so the process can
 * exit at once; the requests they belonged to die with their sockets.
 */
export class Lifecycle {
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed) return;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
