// Delivers workspace events to this process's WebSocket subscribers, from PostgreSQL LISTEN on the event channel.
import type { Logger } from "pino";
import type { PublishedEvent, Readers } from "../../contracts/events.ts";
import type { LiveMessage } from "../../contracts/live.ts";
import { ListenConnection } from "../../db/listen-connection.ts";
import { eventChannel } from "../../db/stores/events.ts";
import { can, type Role } from "../../domain/permissions.ts";

/** One connected browser: its user and a way to send it a message. */
export interface LiveClient {
  userId: string;
  send(message: LiveMessage): void;
}

/**
 * Every server process keeps one LISTEN connection; events published by any process (NOTIFY on commit) reach all of
 * them, and each forwards to its own clients in the event's audience (stated by the publisher, see
 * `contracts/events.ts`): a workspace's subscribers, one person's connections, or also a challenge's public pages.
 */
export class LiveHub {
  /** A workspace's subscribers and the role each one holds there (events with `readers` ask it). */
  private readonly subscribers = new Map<string, Map<LiveClient, Role>>();
  /** Every connection by user, for events meant for one person whatever the workspace they follow. */
  private readonly connections = new Map<string, Set<LiveClient>>();
  /** Visitors of a challenge's public pages, by challenge. */
  private readonly publicFollowers = new Map<string, Set<LiveClient>>();
  private readonly listeners: Array<(published: PublishedEvent) => void> = [];
  private readonly listener: ListenConnection;

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    this.listener = new ListenConnection(url, eventChannel, logger, {
      notification: (payload) => {
        try {
          this.dispatch(JSON.parse(payload) as PublishedEvent);
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

  /** Lets the process itself react to every event, whatever its audience (e.g. send the e-mails of notifications). */
  onEvent(listener: (published: PublishedEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Follows a workspace's events with the role the client holds there (checked by the caller). */
  subscribe(workspaceId: string, client: LiveClient, role: Role): void {
    let set = this.subscribers.get(workspaceId);
    if (!set) {
      set = new Map();
      this.subscribers.set(workspaceId, set);
    }
    set.set(client, role);
  }

  unsubscribe(workspaceId: string, client: LiveClient): void {
    const set = this.subscribers.get(workspaceId);
    set?.delete(client);
    if (set?.size === 0) this.subscribers.delete(workspaceId);
  }

  /** A visitor of a challenge's public page: hears the events published for the challenge's public. */
  followPublic(challengeId: string, client: LiveClient): void {
    let set = this.publicFollowers.get(challengeId);
    if (!set) {
      set = new Set();
      this.publicFollowers.set(challengeId, set);
    }
    set.add(client);
  }

  unfollowPublic(challengeId: string, client: LiveClient): void {
    const set = this.publicFollowers.get(challengeId);
    set?.delete(client);
    if (set?.size === 0) this.publicFollowers.delete(challengeId);
  }

  /** Forgets a closed connection everywhere. */
  drop(client: LiveClient): void {
    for (const workspaceId of [...this.subscribers.keys()]) this.unsubscribe(workspaceId, client);
    const own = this.connections.get(client.userId);
    own?.delete(client);
    if (own?.size === 0) this.connections.delete(client.userId);
  }

  private dispatch(published: PublishedEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(published);
      } catch (error) {
        this.logger.warn({ err: error }, "live event listener failed");
      }
    }
    const { event, audience } = published;
    switch (audience.kind) {
      case "processes":
        return;
      case "person":
        // Never to the workspace's other subscribers.
        for (const client of this.connections.get(audience.userId) ?? [])
          client.send({ type: "event", event: { ...event, recipientId: audience.userId } });
        return;
      case "challenge-public":
        for (const client of this.publicFollowers.get(audience.challengeId) ?? [])
          client.send({ type: "event", event });
        this.toWorkspace(audience.workspaceId, event);
        return;
      case "workspace":
        this.toWorkspace(audience.workspaceId, event, audience.leaving, audience.readers);
        return;
    }
  }

  /** To the workspace's subscribers; `leaving` (a removed member) stops receiving its events at once. */
  private toWorkspace(
    workspaceId: string,
    event: PublishedEvent["event"],
    leaving?: string,
    readers?: Readers,
  ): void {
    const subscribers = this.subscribers.get(workspaceId);
    if (!subscribers) return;
    // A role change is heard by the changed member's own sockets first, so later events follow the new role.
    if (event.type === "member.role-changed") {
      for (const client of subscribers.keys())
        if (client.userId === event.data.userId) subscribers.set(client, event.data.role);
    }
    for (const [client, role] of [...subscribers]) {
      if (readers && !can(role, readers)) continue;
      client.send({ type: "event", event });
      if (client.userId === leaving) this.unsubscribe(workspaceId, client);
    }
  }

  async close(): Promise<void> {
    await this.listener.close();
    this.subscribers.clear();
    this.connections.clear();
    this.publicFollowers.clear();
  }
}
