// Fastify compiles every route's schemas at start-up (an Ajv validator per request part, a fast-json-stringify
// serializer per response): about 40 % of `cocrea serve`'s start-up CPU, for routes a process may never serve. These
// factories wrap Fastify's own compilers, with the same options, so that each schema is compiled the first time its
// route needs it. `compilePending` compiles all that are left: a test calls it, so a broken schema still fails in CI.
import AjvCompiler from "@fastify/ajv-compiler";
import { SerializerSelector } from "@fastify/fast-json-stringify-compiler";

type Validate = ((this: unknown, data: unknown) => unknown) & { errors?: unknown };
type Serialize = (data: unknown) => string;
type ValidatorFactory = ReturnType<typeof AjvCompiler>;
type SerializerFactory = ReturnType<typeof SerializerSelector>;

export interface LazySchemaCompilers {
  buildValidator: ValidatorFactory;
  buildSerializer: SerializerFactory;
  /** Compiles every schema not compiled yet; throws the first compilation error. Returns how many it compiled. */
  compilePending(): number;
}

export function lazySchemaCompilers(): LazySchemaCompilers {
  const pending = new Set<() => unknown>();
  // Made once, like Fastify's defaults, so that their pools of Ajv instances serve every encapsulated context.
  const validators = AjvCompiler();
  const serializers = SerializerSelector();

  /** A function compiled by `build` on its first use, listed as pending until then. */
  function once<T>(build: () => T): () => T {
    let compiled: T | undefined;
    const compile = () => {
      if (compiled === undefined) {
        compiled = build();
        pending.delete(compile);
      }
      return compiled;
    };
    pending.add(compile);
    return compile;
  }

  const buildValidator = ((externalSchemas, options) => {
    const compileRoute = validators(externalSchemas, options);
    return (route) => {
      const compiled = once(() => compileRoute(route) as Validate);
      // Fastify reads `errors` from the function it called, right after a failed validation.
      const validate: Validate = function (this: unknown, data: unknown) {
        const inner = compiled();
        const valid = inner.call(this, data);
        validate.errors = inner.errors;
        return valid;
      };
      return validate;
    };
  }) as ValidatorFactory;

  const buildSerializer = ((externalSchemas, options) => {
    const compileRoute = serializers(externalSchemas, options);
    return (route) => {
      const compiled = once(() => compileRoute(route) as Serialize);
      return (data: unknown) => compiled()(data);
    };
  }) as SerializerFactory;

  return {
    buildValidator,
    buildSerializer,
    compilePending() {
      const left = [...pending];
      for (const compile of left) compile();
      return left.length;
    },
  };
}
