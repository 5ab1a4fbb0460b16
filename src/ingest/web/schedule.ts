// Per-host politeness: at most N requests at a time to one host and a minimum interval between their starts.

interface HostState {
  active: number;
  /** When the last request to the host started (ms since the epoch); -Infinity before the first. */
  lastStart: number;
  /** Extra interval asked for by the host (robots.txt Crawl-delay), in ms. */
  intervalMs: number;
  waiters: (() => void)[];
  head: number;
  timer: NodeJS.Timeout | null;
}

/** A slot on a host; call it once the response has been read, to let the next request go. */
export type Release = () => void;

/**
 * Hands out request slots per host. One scheduler is made per run (per `readWebSources` call
 * or per client); it is the only state shared between the fetches of a run.
 */
export class HostScheduler {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    /** Requests at a time to one host. */
    readonly perHost: number,
    /** Minimum interval between the starts of two requests to one host, in ms. */
    readonly intervalMs: number,
  ) {}

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, lastStart: Number.NEGATIVE_INFINITY, intervalMs: this.intervalMs, waiters: [], head: 0, timer: null };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** Raises a host's interval (never lowers it below the run's), e.g. to a robots.txt Crawl-delay. */
  slowDown(host: string, intervalMs: number): void {
    const s = this.state(host);
    s.intervalMs = Math.max(s.intervalMs, this.intervalMs, intervalMs);
  }

  /** Waits for a slot on the host; resolves with the function that gives it back. */
  acquire(host: string): Promise<Release> {
    const s = this.state(host);
    return new Promise<Release>((resolve) => {
      s.waiters.push(() => {
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          s.active--;
          this.pump(s);
        });
      });
      this.pump(s);
    });
  }

  private pump(s: HostState): void {
    while (s.head < s.waiters.length && s.active < Math.max(1, this.perHost)) {
      if (s.timer) return;
      const wait = s.lastStart + s.intervalMs - Date.now();
      if (wait > 0) {
        s.timer = setTimeout(() => {
          s.timer = null;
          this.pump(s);
        }, wait);
        return;
      }
      const next = s.waiters[s.head];
      s.head++;
      if (s.head > 64 && s.head * 2 > s.waiters.length) {
        s.waiters = s.waiters.slice(s.head);
        s.head = 0;
      }
      s.active++;
      s.lastStart = Date.now();
      next();
    }
  }
}
