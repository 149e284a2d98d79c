// The plans open in this process: loads each from PostgreSQL, relays edits between its sockets and other processes
// through the update log (a NOTIFY doorbell names the row), and stores the merged state and readable copy, debounced.
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { ListenConnection } from "../../db/listen-connection.ts";
import type { Db } from "../../db/open-database.ts";
import { openPlanStore, planUpdateChannel } from "../../db/stores/plan-store.ts";
import { planLanguage } from "../../domain/plans/plan-language.ts";
import { readableCopy } from "../../domain/plans/readable-copy.ts";
import {
  awarenessMessage,
  awarenessStates,
  readClientMessage,
  syncStep1,
  syncStep2,
  updateMessage,
} from "./editing-messages.ts";
import { type EditingConnection, PlanRoom, type RoomOrigin } from "./plan-room.ts";

export interface PlanRoomsOptions {
  /** Quiet time after an edit before the state and readable copy are stored, in ms. */
  saveDelayMs?: number;
}

/** Close codes of the editing socket (4000–4999 are the application's). */
export const closeCodes = {
  invalidUpdate: 4400,
  notSignedIn: 4401,
  forbidden: 4403,
  planGone: 4404,
  serverError: 4500,
} as const;

export class PlanRooms {
  /** This process, as written in the update log's `origin`, so it skips its own rows. */
  readonly processId = randomUUID();
  private readonly rooms = new Map<string, Promise<PlanRoom>>();
  private readonly saveTimers = new Map<string, NodeJS.Timeout>();
  private readonly saving = new Map<string, Promise<void>>();
  private readonly appending = new Map<string, Promise<unknown>>();
  private readonly rung = new Map<string, Set<number>>();
  private listener: ListenConnection | undefined;
  private closed = false;
  private readonly saveDelayMs: number;

  constructor(
    private readonly db: Db,
    private readonly url: string,
    private readonly logger: Logger,
    options: PlanRoomsOptions = {},
  ) {
    this.saveDelayMs = options.saveDelayMs ?? 1000;
  }

  /**
   * Listens for the doorbell of other processes' edits, on a connection that comes back by itself (backoff forever,
   * see db/listen-connection.ts). Edits rung while it was away are fetched when it is back (`catchUp`).
   */
  async start(): Promise<void> {
    this.listener = new ListenConnection(this.url, planUpdateChannel, this.logger, {
      notification: (payload) => {
        const [planId, id] = payload.split(":");
        if (planId && id) this.ring(planId, Number(id));
      },
      reconnected: () => {
        this.logger.info("plan editing doorbell restored");
        void this.catchUp();
      },
    });
    await this.listener.start();
  }

  /**
   * Brings every open room up to date with what PostgreSQL holds: the stored state and the logged updates, which
   * include the edits other processes rang for while the doorbell was away. Yjs merges are idempotent, so what the
   * room already has changes nothing; what it lacked reaches its sockets like a remote edit.
   */
  async catchUp(): Promise<void> {
    if (this.closed) return;
    await Promise.all(
      [...this.rooms.values()].map(async (loading) => {
        const room = await loading.catch(() => undefined);
        if (!room) return;
        try {
          const document = await openPlanStore(this.db, room.workspaceId).documentOf(room.planId);
          if (!document) return;
          Y.applyUpdate(room.doc, document.state, "remote");
          for (const row of document.updates) this.applyLogged(room, row.update, "remote");
        } catch (error) {
          this.logger.error(
            { err: error, planId: room.planId },
            "plan not brought up to date after reconnection",
          );
        }
      }),
    );
  }

  /** Joins a socket to a plan's room (loading the plan if needed) and starts the sync; false if the plan is gone. */
  async join(planId: string, workspaceId: string, connection: EditingConnection): Promise<boolean> {
    let loading = this.rooms.get(planId);
    if (!loading) {
      loading = this.load(planId, workspaceId);
      this.rooms.set(planId, loading);
      loading.catch(() => this.rooms.delete(planId));
    }
    const room = await loading.catch(() => undefined);
    if (!room || room.workspaceId !== workspaceId) return false;
    room.closing = false;
    room.connections.add(connection);
    connection.send(syncStep1(room.doc));
    const states = awarenessStates(room.awareness);
    if (states) connection.send(awarenessMessage(states));
    return true;
  }

  /** Handles one binary message of a socket; a malformed message or update throws and changes nothing. */
  async receive(planId: string, connection: EditingConnection, data: Uint8Array): Promise<void> {
    const room = await this.rooms.get(planId);
    if (!room) return;
    const message = readClientMessage(data);
    switch (message.type) {
      case "sync-step-1":
        connection.send(syncStep2(room.doc, message.stateVector));
        return;
      case "update": {
        if (connection.readOnly) return;
        // Decoding checks the whole update before any of it touches the document.
        Y.decodeUpdate(message.update);
        Y.applyUpdate(room.doc, message.update, connection);
        return;
      }
      case "awareness": {
        awarenessProtocol.applyAwarenessUpdate(room.awareness, message.update, connection);
        return;
      }
      case "query-awareness": {
        const states = awarenessStates(room.awareness);
        if (states) connection.send(awarenessMessage(states));
        return;
      }
      case "ignored":
        return;
    }
  }

  /** Removes a socket; its presence leaves with it, and the room is stored and closed when it was the last. */
  async leave(planId: string, connection: EditingConnection): Promise<void> {
    const room = await this.rooms.get(planId)?.catch(() => undefined);
    if (!room?.connections.delete(connection)) return;
    if (connection.clientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(room.awareness, [...connection.clientIds], "close");
    }
    if (room.connections.size > 0) return;
    room.closing = true;
    await this.flush(room);
    if (room.closing && room.connections.size === 0 && this.rooms.get(planId) !== undefined) {
      this.rooms.delete(planId);
      room.destroy();
    }
  }

  /** The sockets of a workspace's open plans, for re-checking their rights when a membership changes. */
  async connectionsOf(workspaceId: string): Promise<EditingConnection[]> {
    const rooms = await Promise.all([...this.rooms.values()].map((room) => room.catch(() => undefined)));
    return rooms
      .filter((room) => room?.workspaceId === workspaceId)
      .flatMap((room) => [...(room?.connections ?? [])]);
  }

  /** Closes every socket of a plan (it was deleted) and forgets it without storing. */
  async closePlan(planId: string, code: number, reason: string): Promise<void> {
    const room = await this.rooms.get(planId)?.catch(() => undefined);
    if (!room) return;
    this.rooms.delete(planId);
    clearTimeout(this.saveTimers.get(planId));
    this.saveTimers.delete(planId);
    for (const connection of room.connections) connection.close(code, reason);
    room.destroy();
  }

  /** How many plans are open in this process (for measurements). */
  get openCount(): number {
    return this.rooms.size;
  }

  /** Stores every open plan and stops listening. */
  async close(): Promise<void> {
    this.closed = true;
    const rooms = await Promise.all([...this.rooms.values()].map((room) => room.catch(() => undefined)));
    for (const room of rooms) {
      if (!room) continue;
      for (const connection of room.connections) connection.close(1001, "server stopping");
      await this.flush(room).catch((error) => this.logger.error({ err: error }, "plan not stored at stop"));
      room.destroy();
    }
    this.rooms.clear();
    await this.listener?.close();
  }

  private async load(planId: string, workspaceId: string): Promise<PlanRoom> {
    const store = openPlanStore(this.db, workspaceId);
    const plan = await store.plan(planId);
    const document = plan ? await store.documentOf(planId) : undefined;
    if (!plan || !document) throw new Error("plan not found");
    const room = new PlanRoom(planId, workspaceId, planLanguage(plan.language));
    Y.applyUpdate(room.doc, document.state, "load");
    for (const row of document.updates) this.applyLogged(room, row.update);
    room.doc.on("update", (update: Uint8Array, origin: RoomOrigin) => this.onUpdate(room, update, origin));
    room.awareness.on(
      "update",
      ({ added, updated, removed }: Record<"added" | "updated" | "removed", number[]>, origin: RoomOrigin) =>
        this.onAwareness(room, [...added, ...updated, ...removed], origin, added, removed),
    );
    return room;
  }

  /** Applies a logged update; one that does not decode is skipped (it never reached a document). */
  private applyLogged(room: PlanRoom, update: Uint8Array, origin: "load" | "remote" = "load"): void {
    try {
      Y.applyUpdate(room.doc, update, origin);
    } catch (error) {
      this.logger.error({ err: error, planId: room.planId }, "unreadable plan update skipped");
    }
  }

  private onUpdate(room: PlanRoom, update: Uint8Array, origin: RoomOrigin): void {
    const message = updateMessage(update);
    room.broadcast(message, typeof origin === "object" ? origin : undefined);
    if (typeof origin === "object") this.append(room, "update", update, origin);
    this.scheduleSave(room);
  }

  private onAwareness(
    room: PlanRoom,
    changed: number[],
    origin: RoomOrigin | "close" | "timeout",
    added: number[],
    removed: number[],
  ): void {
    if (typeof origin === "object") {
      for (const id of added) origin.clientIds.add(id);
      for (const id of removed) origin.clientIds.delete(id);
    }
    const update = awarenessStates(room.awareness, changed) ?? new Uint8Array();
    if (changed.length === 0) return;
    room.broadcast(awarenessMessage(update), typeof origin === "object" ? origin : undefined);
    if (typeof origin === "object" || origin === "close") this.append(room, "awareness", update, origin);
  }

  /** Appends to the update log in arrival order; a failed write closes the socket, whose client will resend. */
  private append(
    room: PlanRoom,
    kind: "update" | "awareness",
    update: Uint8Array,
    origin: EditingConnection | "close",
  ): void {
    const store = openPlanStore(this.db, room.workspaceId);
    const previous = this.appending.get(room.planId) ?? Promise.resolve();
    const next = previous
      .then(() => store.appendUpdate(room.planId, kind, Buffer.from(update), this.processId))
      .catch((error) => {
        if (kind === "awareness") return;
        this.logger.error({ err: error, planId: room.planId }, "plan update not logged; the socket resyncs");
        if (typeof origin === "object") origin.close(closeCodes.serverError, "update not stored; reconnect");
      });
    this.appending.set(room.planId, next);
  }

  /** A doorbell rang for a plan: fetches the rows it named (once per tick) and applies other processes' changes. */
  private ring(planId: string, id: number): void {
    const room = this.rooms.get(planId);
    if (!room) return;
    let ids = this.rung.get(planId);
    if (ids) {
      ids.add(id);
      return;
    }
    ids = new Set([id]);
    this.rung.set(planId, ids);
    setImmediate(async () => {
      const wanted = [...(this.rung.get(planId) ?? [])];
      this.rung.delete(planId);
      try {
        const open = await room;
        const rows = await openPlanStore(this.db, open.workspaceId).updatesByIds(
          planId,
          wanted,
          this.processId,
        );
        for (const row of rows) {
          if (row.kind === "awareness")
            awarenessProtocol.applyAwarenessUpdate(open.awareness, row.update, "remote");
          else Y.applyUpdate(open.doc, row.update, "remote");
        }
      } catch (error) {
        this.logger.error({ err: error, planId }, "remote plan update not applied");
      }
    });
  }

  private scheduleSave(room: PlanRoom): void {
    if (this.saveTimers.has(room.planId)) return;
    const timer = setTimeout(() => {
      this.saveTimers.delete(room.planId);
      void this.flush(room).catch((error) =>
        this.logger.error({ err: error, planId: room.planId }, "plan state not stored"),
      );
    }, this.saveDelayMs);
    timer.unref();
    this.saveTimers.set(room.planId, timer);
  }

  /** Stores the room now: waits for pending log writes, folds the log into the state, rewrites the readable copy. */
  async flush(room: PlanRoom): Promise<void> {
    clearTimeout(this.saveTimers.get(room.planId));
    this.saveTimers.delete(room.planId);
    const previous = this.saving.get(room.planId) ?? Promise.resolve();
    const next = previous
      .catch(() => {})
      .then(async () => {
        await this.appending.get(room.planId);
        await this.db.transaction(async (tx) => {
          const store = openPlanStore(tx, room.workspaceId);
          const document = await store.documentOf(room.planId, true);
          if (!document) return;
          Y.applyUpdate(room.doc, document.state, "load");
          for (const row of document.updates) this.applyLogged(room, row.update);
          const state = Buffer.from(Y.encodeStateAsUpdate(room.doc));
          const folded = document.updates.map((row) => row.id);
          await store.saveDocument(
            room.planId,
            state,
            folded,
            readableCopy(room.doc, room.language),
            new Date(),
          );
        });
      });
    this.saving.set(room.planId, next);
    await next;
  }

  /** Stores a plan open in this process now (before reading its readable copy). */
  async flushPlan(planId: string): Promise<void> {
    const room = await this.rooms.get(planId)?.catch(() => undefined);
    if (room) await this.flush(room);
  }
}
