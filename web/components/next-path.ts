// Where to go after signing in or up: a path of this site given in ?next=, else the home page.

/** The `next` parameter if it is a path on this site (never another origin), else "/". */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get("next");
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

/** `?next=…` to carry the destination from one account page to another, or "" when it is home. */
export function nextQuery(next: string): string {
  return next === "/" ? "" : `?next=${encodeURIComponent(next)}`;
}
