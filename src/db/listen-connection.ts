// One PostgreSQL LISTEN connection that comes back by itself: reconnects with backoff forever, and says so.
import pg from "pg";
import type { Logger } from "pino";

/** Delay before the n-th reconnection attempt (n from 0): 250 ms doubling up to 10 s. */
export function listenRetryDelay(attempt: number): number {
  return Math.min(10_000, 250 * 2 ** attempt);
}

export interface ListenHandlers {
  /** A notification's payload on the channel. */
  notification(payload: string): void;
  /** Listening again after a loss: notifications sent in between are lost, so listeners must catch up. */
  reconnected(): void;
}

/**
 * Keeps `LISTEN channel` open on its own connection. The first connection must succeed (start() rejects otherwise);
 * after that, a lost connection (PostgreSQL restarted, the backend terminated, the network cut) is re-established
 * with backoff until close(), each attempt logged, and `reconnected` tells the listeners once it listens again.
 */
export class ListenConnection {
  private client: pg.Client | undefined;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly logger: Logger,
    private readonly handlers: ListenHandlers,
  ) {}

  /** Whether the connection is listening now (the readiness check reads it). */
  get listening(): boolean {
    return this.client !== undefined;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    let lost = false;
    const onLost = (error?: Error & { code?: string }) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.removeAllListeners("notification");
      void client.end().catch(() => {});
      if (this.closed) return;
      // 57P01: PostgreSQL is shutting down (a restart, or Ctrl-C reaching the embedded database with us).
      this.logger.warn(
        { channel: this.channel, code: error?.code, reason: error?.message },
        "LISTEN connection lost; reconnecting",
      );
      this.scheduleReconnect(0);
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (message) => {
      if (message.channel === this.channel && message.payload) this.handlers.notification(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      lost = true;
      client.removeAllListeners();
      client.on("error", () => {});
      await client.end().catch(() => {});
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
  }

  private scheduleReconnect(attempt: number): void {
    if (this.closed) return;
    const delayMs = listenRetryDelay(attempt);
    this.retry = setTimeout(() => {
      this.connect().then(
        () => {
          if (this.closed) return;
          this.logger.info({ channel: this.channel, attempt: attempt + 1 }, "LISTEN connection restored");
          this.handlers.reconnected();
        },
        (error: unknown) => {
          this.logger.warn(
            {
              attempt: attempt + 1,
              delayMs: listenRetryDelay(attempt + 1),
              reason: (error as Error).message,
            },
            "LISTEN connection still down; retrying",
          );
          this.scheduleReconnect(attempt + 1);
        },
      );
    }, delayMs);
    this.retry.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}
