import { featureHash } from "../src/analysis/sentiment/feature-hash.ts";
import { bucketMask } from "../src/analysis/sentiment/linear-model.ts";
import w from "../src/analysis/sentiment/weights/fr.json" with { type: "json" };

const weights = (w as unknown as { weights: Record<string, number[]> }).weights;
for (const f of [
  "ne",
  "pas",
  "¬mauvais",
  "mauvais",
  "¬content",
  "content",
  "§lex",
  "§pos",
  "§neg",
  "est",
  "ce",
  "ne est",
  "est pas",
  "pas ¬mauvais",
  "peur",
  "§e:fear",
  "§e:joy",
  "bien",
  "très",
  "mal",
  "pas mal",
  "film",
]) {
  const h = f.startsWith("§") ? featureHash(f) : featureHash(f);
  console.log(f.padEnd(14), (weights[String(h & bucketMask)] ?? []).map((x) => x.toFixed(2)).join(" "));
}
