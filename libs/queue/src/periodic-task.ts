export interface TaskLogger {
  warn(message: string): void;
}

/**
 * Runs `work` again and again: immediately while it reports progress (a positive count), then
 * every `intervalMs`. A failure is logged once per outage and retried; `stop` waits for the run
 * in progress, so shutdown never cuts a transaction in half.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = true;
  private failing = false;

  constructor(
    private readonly name: string,
    private readonly work: () => Promise<number>,
    private readonly logger: TaskLogger,
  ) {}

  start(intervalMs: number): void {
    this.stopped = false;
    const tick = async () => {
      try {
        while (!this.stopped && (await this.work()) > 0) {
          /* keep draining while there is work */
        }
        if (this.failing) this.logger.warn(`${this.name}: working again`);
        this.failing = false;
      } catch (error) {
        if (!this.failing)
          this.logger.warn(`${this.name}: failed, will retry (${(error as Error).message})`);
        this.failing = true;
      }
      if (!this.stopped) this.timer = setTimeout(schedule, intervalMs);
    };
    const schedule = (): void => {
      this.running = tick();
    };
    this.timer = setTimeout(schedule, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
