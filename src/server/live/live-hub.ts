// Delivers workspace events to this process's WebSocket subscribers, from PostgreSQL LISTEN on the event channel.
import type { Logger } from "pino";
import type { LiveMessage } from "../../contracts/live.ts";
import { eventChannel, type WorkspaceEvent } from "../../db/stores/events.ts";
import { ListenConnection } from "./listen-connection.ts";

/** One connected browser: its user and a way to send it a message. */
export interface LiveClient {
  userId: string;
  send(message: LiveMessage): void;
}

/**
 * Every server process keeps one LISTEN connection; events published by any process (NOTIFY on commit) reach all of
 * them, and each forwards to its own sockets subscribed to the event's workspace.
 */
export class LiveHub {
  private readonly subscribers = new Map<string, Set<LiveClient>>();
  /** Every connection by user, for events meant for one person whatever the workspace they follow. */
  private readonly connections = new Map<string, Set<LiveClient>>();
  private readonly listeners: Array<(event: WorkspaceEvent) => void> = [];
  private readonly listener: ListenConnection;

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    this.listener = new ListenConnection(url, eventChannel, logger, {
      notification: (payload) => {
        try {
          this.dispatch(JSON.parse(payload) as WorkspaceEvent);
        } catch (error) {
          this.logger.warn({ err: error }, "unreadable live event");
        }
      },
      // Events published while the connection was down are lost: every open page reloads what it shows.
      reconnected: () => this.broadcast({ type: "resync" }),
    });
  }

  /** Whether events reach this process now (the readiness check reads it). */
  get listening(): boolean {
    return this.listener.listening;
  }

  async start(): Promise<void> {
    await this.listener.start();
  }

  private broadcast(message: LiveMessage): void {
    for (const set of this.connections.values()) for (const client of set) client.send(message);
  }

  /** Registers an open connection: its user's own events (their notifications) reach it without subscribing. */
  connect(client: LiveClient): void {
    let set = this.connections.get(client.userId);
    if (!set) {
      set = new Set();
      this.connections.set(client.userId, set);
    }
    set.add(client);
  }

  /** Lets the server itself react to every event (e.g. send the e-mails of new notifications). */
  onEvent(listener: (event: WorkspaceEvent) => void): void {
    this.listeners.push(listener);
  }

  subscribe(workspaceId: string, client: LiveClient): void {
    let set = this.subscribers.get(workspaceId);
    if (!set) {
      set = new Set();
      this.subscribers.set(workspaceId, set);
    }
    set.add(client);
  }

  unsubscribe(workspaceId: string, client: LiveClient): void {
    const set = this.subscribers.get(workspaceId);
    set?.delete(client);
    if (set?.size === 0) this.subscribers.delete(workspaceId);
  }

  /** Forgets a closed connection everywhere. */
  drop(client: LiveClient): void {
    for (const workspaceId of [...this.subscribers.keys()]) this.unsubscribe(workspaceId, client);
    const own = this.connections.get(client.userId);
    own?.delete(client);
    if (own?.size === 0) this.connections.delete(client.userId);
  }

  private dispatch(event: WorkspaceEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.warn({ err: error }, "live event listener failed");
      }
    }
    // An event for one person goes to their connections only, never to the workspace's other subscribers.
    if (event.recipientId !== undefined) {
      if (event.type === "notification.created" && event.data.inApp === false) return;
      for (const client of this.connections.get(event.recipientId) ?? [])
        client.send({ type: "event", event });
      return;
    }
    const set = this.subscribers.get(event.workspaceId);
    if (!set) return;
    for (const client of set) {
      client.send({ type: "event", event });
      // A removed member stops receiving the workspace's events at once.
      if (event.type === "member.removed" && event.data.userId === client.userId)
        this.unsubscribe(event.workspaceId, client);
    }
  }

  async close(): Promise<void> {
    await this.listener.close();
    this.subscribers.clear();
    this.connections.clear();
  }
}
