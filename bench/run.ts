// `npm run bench [-- section...]`: runs benchmark sections and rewrites their parts of BENCHMARKS.md.
import { writeBenchSection } from "./benchmarks-file.ts";

/** A benchmark section: a title and a function producing its Markdown body. */
export interface BenchSection {
  title: string;
  run(): Promise<string>;
}

const sections: Record<string, () => Promise<{ section: BenchSection }>> = {
  opinions: () => import("./opinions.bench.ts"),
  sentiment: () => import("./sentiment.bench.ts"),
  supports: () => import("./supports.bench.ts"),
  cluster: () => import("./cluster.bench.ts"),
  "opinion-map-live": () => import("./opinion-map-live.bench.ts"),
  synthesis: () => import("./synthesis.bench.ts"),
  "start-up": () => import("./start-up.bench.ts"),
  listening: () => import("./listening.bench.ts"),
  "listening-topics": () => import("./listening-topics.bench.ts"),
};

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(sections);

for (const name of names) {
  const load = sections[name];
  if (!load) {
    console.error(`unknown bench section "${name}"; known: ${Object.keys(sections).join(", ")}`);
    process.exit(2);
  }
  const { section } = await load();
  console.error(`bench: ${name}…`);
  const body = await section.run();
  await writeBenchSection(name, section.title, body);
}
