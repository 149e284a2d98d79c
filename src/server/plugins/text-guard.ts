// Refuses text no person could have meant before any route sees it: NUL bytes, and fields of invisible characters only.
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { AppError } from "../../errors.ts";

/**
 * Characters that show nothing: white space, zero-width and joiner characters, bidirectional marks, the word
 * joiner and invisible operators, the byte-order mark, the soft hyphen and the Hangul fillers.
 */
const invisible =
  /^(?:[\s\u00AD\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\u3164\uFEFF\uFFA0]|\u034F)+$/u;

/** The first problem in a JSON value: a NUL byte anywhere (PostgreSQL refuses it), or a text that shows nothing. */
export function textProblem(value: unknown, path: string[] = []): AppError | undefined {
  if (typeof value === "string") {
    const field = path.join(".") || "body";
    if (value.includes("\0"))
      return new AppError("invalid-input", `${field} contains a NUL character.`, { field });
    // Plain white space is left to the routes, which trim it (a blank group name clears it, say).
    if (value.trim() !== "" && invisible.test(value))
      return new AppError("invalid-input", `${field} shows nothing: write visible characters.`, {
        field,
      });
    return undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = textProblem(item, [...path, String(index)]);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\0"))
        return new AppError("invalid-input", "A field name contains a NUL character.", {
          field: path.join(".") || "body",
        });
      const problem = textProblem(item, [...path, key]);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** NUL bytes in the path or query string are refused too (they would reach PostgreSQL as parameters). */
function nulInUrl(request: FastifyRequest): boolean {
  return /%00|\0/i.test(request.url);
}

export default fp(async function textGuard(app: FastifyInstance) {
  app.addHook("preValidation", async (request) => {
    if (nulInUrl(request))
      throw new AppError("invalid-input", "The address contains a NUL character.", { field: "url" });
    const problem = textProblem(request.body);
    if (problem) throw problem;
  });
});
