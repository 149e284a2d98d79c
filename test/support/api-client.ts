// A small HTTP client for tests: keeps cookies like a browser and sends the CSRF token on state-changing requests.

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export class ApiClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The Cookie header this client sends, for WebSocket handshakes. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async csrf(): Promise<string> {
    if (!this.csrfToken) {
      const session = await this.request<{ csrfToken: string }>("GET", "/api/v1/session");
      this.csrfToken = session.body.csrfToken;
    }
    return this.csrfToken;
  }

  /** Sends a request; `body` as an object is JSON, as a string or bytes it is sent raw (malformed input, uploads). */
  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader();
    if (method !== "GET" && method !== "HEAD" && !("x-csrf-token" in headers))
      headers["x-csrf-token"] = await this.csrf();
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader();
    if (body !== undefined && !("content-type" in headers)) headers["content-type"] = "application/json";
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body:
        body === undefined
          ? undefined
          : typeof body === "string"
            ? body
            : body instanceof Uint8Array
              ? new Blob([body as Uint8Array<ArrayBuffer>])
              : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const index = pair?.indexOf("=") ?? -1;
      if (!pair || index < 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some(
        (a) => /expires=Thu, 01 Jan 1970/i.test(a) || /max-age=0/i.test(a.trim()),
      );
      // The CSRF token is bound to the session: a new or ended session needs a new one, as the web app fetches.
      if (name === "cocrea_session" && this.cookies.get(name) !== (expired ? undefined : value)) {
        this.csrfToken = undefined;
      }
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.request<T>("POST", path, body ?? {});
  }
  patch<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.request<T>("PATCH", path, body ?? {});
  }
  put<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.request<T>("PUT", path, body ?? {});
  }
  delete<T = Record<string, unknown>>(path: string) {
    return this.request<T>("DELETE", path);
  }
}

let counter = 0;

/** A unique e-mail address per call, so tests never collide on the shared database. */
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 6)}@example.org`;
}

export const testPassword = "correct horse battery";
