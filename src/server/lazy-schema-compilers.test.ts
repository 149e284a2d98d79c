import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { lazySchemaCompilers } from "./lazy-schema-compilers.ts";

/** An app with one validated, serialized route, on the lazy compilers or on Fastify's defaults. */
async function appWith(lazy: boolean) {
  const compilers = lazySchemaCompilers();
  const app = Fastify(lazy ? { schemaController: { compilersFactory: compilers } } : {});
  app.post(
    "/echo/:n",
    {
      schema: {
        params: { type: "object", properties: { n: { type: "integer" } }, required: ["n"] },
        body: {
          type: "object",
          properties: { name: { type: "string", minLength: 2 } },
          required: ["name"],
          additionalProperties: false,
        },
        response: {
          200: { type: "object", properties: { name: { type: "string" }, n: { type: "integer" } } },
        },
      },
    },
    async (request) => ({ ...(request.body as object), n: (request.params as { n: number }).n, secret: "x" }),
  );
  await app.ready();
  return { app, compilers };
}

describe("lazy schema compilers", () => {
  it("compile nothing at start-up, then each schema once, at its first use", async () => {
    const { app, compilers } = await appWith(true);
    const first = await app.inject({ method: "POST", url: "/echo/3", payload: { name: "Lou" } });
    expect(first.json()).toEqual({ name: "Lou", n: 3 });
    // params, body and the 200 response were compiled by that request: nothing is left to compile.
    expect(compilers.compilePending()).toBe(0);
    await app.close();
  });

  it("leave unused schemas pending until asked, and compile them all then", async () => {
    const { app, compilers } = await appWith(true);
    expect(compilers.compilePending()).toBe(3);
    expect(compilers.compilePending()).toBe(0);
    await app.close();
  });

  it("answer exactly as Fastify's own compilers, valid or not", async () => {
    const lazy = await appWith(true);
    const eager = await appWith(false);
    for (const request of [
      { url: "/echo/1", payload: { name: "Lou" } },
      { url: "/echo/x", payload: { name: "Lou" } },
      { url: "/echo/1", payload: { name: "L" } },
      { url: "/echo/1", payload: { name: "Lou", extra: true } },
      { url: "/echo/1", payload: {} },
    ]) {
      const [a, b] = await Promise.all(
        [lazy.app, eager.app].map((app) => app.inject({ method: "POST", ...request })),
      );
      expect(a?.statusCode).toBe(b?.statusCode);
      expect(a?.json()).toEqual(b?.json());
    }
    await Promise.all([lazy.app.close(), eager.app.close()]);
  });
});
