// The y-protocols messages of the editing socket (the y-websocket framing): sync and awareness.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import type * as Y from "yjs";

export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;

/** The server's sync step 1: asks the client for what the server lacks. */
export function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** The server's answer to a client's step 1: everything the client lacks. */
export function syncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** A document update to forward to editors. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness update (cursors, names) to forward to editors. */
export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The awareness states of `clients` (all known ones when absent), or undefined when there are none. */
export function awarenessStates(
  awareness: awarenessProtocol.Awareness,
  clients?: number[],
): Uint8Array | undefined {
  const ids = clients ?? [...awareness.getStates().keys()];
  return ids.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(awareness, ids) : undefined;
}

/** A message read from a client, or why it cannot be read. */
export type ClientMessage =
  | { type: "sync-step-1"; stateVector: Uint8Array }
  | { type: "update"; update: Uint8Array }
  | { type: "awareness"; update: Uint8Array }
  | { type: "query-awareness" }
  | { type: "ignored" };

/** Decodes one binary message of a client; throws on anything malformed (the socket is then closed). */
export function readClientMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type === messageSync) {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) return { type: "sync-step-1", stateVector: payload };
    if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate)
      return { type: "update", update: payload };
    throw new Error(`unknown sync message ${syncType}`);
  }
  if (type === messageAwareness) return { type: "awareness", update: decoding.readVarUint8Array(decoder) };
  if (type === messageQueryAwareness) return { type: "query-awareness" };
  if (type === messageAuth) return { type: "ignored" };
  throw new Error(`unknown message type ${type}`);
}
