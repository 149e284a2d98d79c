// A plan's Yjs document in the browser: kept in IndexedDB (a lost connection loses nothing) and synced live.
import { useEffect, useState } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

export type ConnectionStatus = "connecting" | "connected" | "disconnected" | "refused";

export interface PlanDocument {
  doc: Y.Doc;
  provider: WebsocketProvider;
  status: ConnectionStatus;
  /** True once the server's copy arrived (before that, the outline may be the local copy only). */
  synced: boolean;
}

/** Close codes after which reconnecting would only be refused again (role, session, plan gone). */
const finalCloseCodes = new Set([4401, 4403, 4404]);

export function usePlanDocument(workspaceId: string, planId: string): PlanDocument | undefined {
  const [state, setState] = useState<PlanDocument>();
  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`cocrea-plan-${planId}`, doc);
    const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
    const provider = new WebsocketProvider(
      `${scheme}//${window.location.host}/api/v1/workspaces/${workspaceId}/plans`,
      `${planId}/editing`,
      doc,
      { disableBc: true },
    );
    const update = (patch: Partial<PlanDocument>) =>
      setState((current) => ({ doc, provider, status: "connecting", synced: false, ...current, ...patch }));
    update({});
    provider.on("status", ({ status }: { status: ConnectionStatus }) => update({ status }));
    provider.on("sync", (synced: boolean) => update({ synced }));
    provider.on("connection-close", (event: CloseEvent | null) => {
      if (event && finalCloseCodes.has(event.code)) {
        provider.shouldConnect = false;
        update({ status: "refused" });
      }
    });
    return () => {
      provider.destroy();
      void local.destroy();
      doc.destroy();
      setState(undefined);
    };
  }, [workspaceId, planId]);
  return state;
}
