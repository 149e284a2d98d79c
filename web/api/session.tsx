// Who is signed in: loaded once from GET /session, refreshed after sign-in, sign-up and sign-out.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { applyLocale, storedLocale } from "../i18n/i18n.ts";
import { setCsrfToken, whenSignedOut } from "./client.ts";
import { client } from "./typed-client.ts";
import type { UserData } from "./types.ts";

interface SessionState {
  /** undefined while loading, null when nobody is signed in. */
  user: UserData | null | undefined;
  /** Adopts the user a sign-in, sign-up or reset returned, in their language, and renews the CSRF token. */
  signedIn(user: UserData): Promise<void>;
  setUser(user: UserData): void;
  signOut(): Promise<void>;
  reload(): Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

async function fetchSession(): Promise<UserData | null> {
  const session = await client.get("/session");
  setCsrfToken(session.csrfToken);
  return session.user;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<UserData | null | undefined>(undefined);

  const reload = useCallback(async () => {
    try {
      setUser(await fetchSession());
    } catch {
      setUser(null);
    }
  }, []);

  useEffect(() => {
    void reload();
    // An expired session sends the user to sign-in, which brings them back here.
    whenSignedOut(() => void reload());
  }, [reload]);

  const signedIn = useCallback(async (next: UserData) => {
    setUser(next);
    await fetchSession().then(setUser, () => undefined);
    // A language picked on this device stays; without one, the interface takes the profile's language.
    if (storedLocale() === undefined) await applyLocale(next.locale);
  }, []);

  const signOut = useCallback(async () => {
    await client.post("/auth/sign-out");
    setUser(await fetchSession());
  }, []);

  const value = useMemo(
    () => ({ user, signedIn, setUser, signOut, reload }),
    [user, signedIn, signOut, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session; only inside SessionProvider. */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession needs a SessionProvider");
  return state;
}
