import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "web/**/*.test.ts", "test/unit/**/*.test.ts"],
          environment: "node",
          // Tests run in UTC (dates in fixtures are read as the CLI reads them under TZ=UTC).
          env: { TZ: "UTC" },
          // npm run check runs the type-check and the lint beside the tests: on a busy machine 5 s is not enough.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/support/global-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One worker runs the files in turn and keeps the modules it loaded: each file starts its own servers and
          // databases' data, and importing the whole server again for each of 50 files cost two minutes per run.
          isolate: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
