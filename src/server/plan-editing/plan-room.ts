// One open plan in this process: its Yjs document, the presence of its editors, and their sockets.
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";

/** A socket editing the plan: whether it may write, how to send it bytes, how to close it. */
export interface EditingConnection {
  userId: string;
  readOnly: boolean;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Awareness client ids this socket announced, removed when it closes. */
  clientIds: Set<number>;
}

/** Who caused a change to the room's document or awareness. */
export type RoomOrigin = EditingConnection | "remote" | "load";

export class PlanRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<EditingConnection>();
  /** Set while the room is being closed after its last socket left. */
  closing = false;

  constructor(
    readonly planId: string,
    readonly workspaceId: string,
    readonly language: "fr" | "en",
  ) {
    // The server is not an editor: it has no presence of its own.
    this.awareness.setLocalState(null);
  }

  broadcast(message: Uint8Array, except?: EditingConnection): void {
    for (const connection of this.connections) if (connection !== except) connection.send(message);
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}
