/** Keeps data flowing one way: web → server → domain → db; analysis imports nothing of ours. */
module.exports = {
  forbidden: [
    {
      name: "analysis-is-pure",
      comment:
        "src/analysis is a pure engine: it imports nothing else of the project and no I/O module. Threads are allowed: hot loops may run on several cores over shared memory.",
      severity: "error",
      from: { path: "^src/analysis" },
      to: {
        pathNot: ["^src/analysis", "^node_modules", "^(node:)?worker_threads$"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "analysis-no-io",
      severity: "error",
      from: { path: "^src/analysis", pathNot: "\\.test\\.ts$" },
      to: { path: "^(fs|node:fs|net|node:net|http|node:http|child_process|node:child_process)$" },
    },
    {
      name: "domain-not-server",
      comment: "The domain knows nothing of HTTP.",
      severity: "error",
      from: { path: "^src/(domain|db)" },
      to: { path: "^src/(server|cli|web)" },
    },
    {
      name: "domain-not-jobs",
      comment:
        "The domain declares the ports it needs (JobQueue, Analysis in domain/context.ts); jobs/ implements them.",
      severity: "error",
      from: { path: "^src/domain" },
      to: { path: "^src/jobs" },
    },
    {
      name: "jobs-not-server",
      comment: "A worker needs no HTTP server: jobs/ runs without Fastify.",
      severity: "error",
      from: { path: "^src/jobs" },
      to: { path: "^src/(server|cli)" },
    },
    {
      name: "cli-not-server",
      comment:
        "The CLI reaches the server only to start it (cocrea serve): serve.ts is the one allowed edge.",
      severity: "error",
      from: { path: "^src/cli", pathNot: "^src/cli/commands/serve\\.ts$" },
      to: { path: "^src/server" },
    },
    {
      name: "domain-not-io",
      comment: "The domain receives parsed rows or a reader from its caller; file formats live in io/.",
      severity: "error",
      from: { path: "^src/domain" },
      to: { path: "^src/io" },
    },
    {
      name: "routes-not-io",
      comment: "Routes call use cases; a use case, not a route, decides which reader to use.",
      severity: "error",
      from: { path: "^src/server/routes" },
      to: { path: "^src/io" },
    },
    {
      name: "web-only-contracts",
      comment: "The web app talks to the server over HTTP; it may share only contracts and i18n.",
      severity: "error",
      from: { path: "^web" },
      to: { path: "^src", pathNot: ["^src/contracts", "^src/errors\\.ts$"] },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "(^web/dist|node_modules)" },
  },
};
