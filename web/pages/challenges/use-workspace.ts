// The workspace a challenge page belongs to, for its name and the viewer's role.
import { useEffect, useState } from "react";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { WorkspaceData } from "../../api/types.ts";

/** The workspace, or the translation key of why it could not be loaded. */
export function useWorkspace(workspaceId: string): { workspace?: WorkspaceData; error?: string } {
  const [state, setState] = useState<{ workspace?: WorkspaceData; error?: string }>({});
  useEffect(() => {
    setState({});
    client.get("/workspaces/:workspaceId", { params: { workspaceId } }).then(
      (result) => setState({ workspace: result.workspace }),
      (failure: unknown) => setState({ error: formErrorsOf(failure, []).form ?? "errors.internal" }),
    );
  }, [workspaceId]);
  return state;
}
