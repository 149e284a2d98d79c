// Builds the compact sentiment lexicons under src/analysis/sentiment/lexicons/ from their licensed sources.
//
// Usage: node bin/run-ts.js bench/build-sentiment-lexicons.ts [--data ../shared/data] [--vader-en FILE]
//   --data      folder holding lexicons/{pattern-fr,vader-fr,umigon-fr} (see its PROVENANCE.md)
//   --vader-en  vader_lexicon.txt from the npm package vader-sentiment@1.1.3 (`npm pack vader-sentiment@1.1.3`)
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { tokenize } from "../src/analysis/sentiment/tokenize.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: resolve(import.meta.dirname, "../../shared/data") },
    "vader-en": { type: "string" },
  },
});
const lexicons = resolve(values.data as string, "lexicons");
const out = resolve(import.meta.dirname, "../src/analysis/sentiment/lexicons");

/** Hand corrections of known translation artefacts and weak entries (valence −1..1). */
const frOverrides: Record<string, number> = {
  cher: -0.15, // VADER-FR translated "dear" (+1.6); in reviews and consultations it means "expensive"
  chère: -0.15,
  chers: -0.1,
  bien: 0.35,
  terrible: -0.5,
  mal: -0.45,
  part: 0, // "share" (+1.8) in VADER-FR; a neutral word in French ("à part", "le train part")
};

/** A lexicon key in token form ("l'équipe" → "l équipe"), or undefined when it holds punctuation. */
function keyOf(term: string): string | undefined {
  const tokens = tokenize(term.trim());
  if (tokens.length === 0 || tokens.length > 4) return undefined;
  if (tokens.some((t) => t === "." || t === "," || t === "!" || t === "?")) return undefined;
  return tokens.join(" ");
}

type Sources = Map<string, number[]>;

function add(sources: Sources, term: string, valence: number): void {
  const key = keyOf(term);
  if (key === undefined || !Number.isFinite(valence)) return;
  const list = sources.get(key) ?? [];
  list.push(Math.max(-1, Math.min(1, valence)));
  sources.set(key, list);
}

async function vaderFr(): Promise<Sources> {
  const sources: Sources = new Map();
  for (const line of (await readFile(`${lexicons}/vader-fr/fr_lexicon.txt`, "utf8")).split("\n")) {
    const at = line.lastIndexOf("->");
    if (at > 0) add(sources, line.slice(0, at), Number(line.slice(at + 2)) / 4);
  }
  return sources;
}

async function patternFr(): Promise<Sources> {
  const sources: Sources = new Map();
  const xml = await readFile(`${lexicons}/pattern-fr/fr-sentiment.xml`, "utf8");
  for (const match of xml.matchAll(/<word form="([^"]+)"[^>]*polarity="([-0-9.]+)"/g)) {
    const polarity = Number(match[2]);
    if (Math.abs(polarity) >= 0.1) add(sources, match[1] as string, polarity);
  }
  return sources;
}

async function umigonFr(): Promise<Sources> {
  const sources: Sources = new Map();
  for (const file of ["1_positive_tone.txt", "2_negative_tone.txt"]) {
    for (const line of (await readFile(`${lexicons}/umigon-fr/${file}`, "utf8")).split("\n")) {
      const [term, , category = ""] = line.split("\t");
      // Categories: 11 positive, 12 negative, "11:12" positive unless its condition fails; skip computed ones.
      const head = category.trim().slice(0, 2);
      if (!term || (head !== "11" && head !== "12")) continue;
      add(sources, term, head === "11" ? 0.5 : -0.5);
    }
  }
  return sources;
}

function merge(parts: Sources[], overrides: Record<string, number>): Record<string, number> {
  const all: Sources = new Map();
  for (const part of parts) {
    for (const [key, list] of part) {
      const mean = list.reduce((a, b) => a + b, 0) / list.length;
      const merged = all.get(key) ?? [];
      merged.push(mean);
      all.set(key, merged);
    }
  }
  const result: Record<string, number> = {};
  for (const key of [...all.keys()].sort()) {
    const list = all.get(key) as number[];
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    if (Math.abs(mean) >= 0.05) result[key] = Math.round(mean * 100) / 100;
  }
  for (const [term, valence] of Object.entries(overrides)) {
    const key = keyOf(term);
    if (key === undefined) continue;
    if (valence === 0) delete result[key];
    else result[key] = valence;
  }
  return result;
}

/** Emoji valence: the mean valence of the French lexicon words in VADER-FR's description of the emoji. */
async function emojiValences(fr: Record<string, number>): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const line of (await readFile(`${lexicons}/vader-fr/emojis_fr.txt`, "utf8")).split("\n")) {
    const [symbol, description] = line.split("\t");
    if (!symbol || !description) continue;
    const tokens = tokenize(symbol);
    // Keycaps (3️⃣) tokenize to their digit: only pictographs are kept.
    if (tokens.length !== 1 || (tokens[0] as string).charCodeAt(0) < 0x2000) continue;
    let sum = 0;
    let hits = 0;
    for (const word of tokenize(description)) {
      const valence = fr[word];
      if (valence !== undefined) {
        sum += valence;
        hits += 1;
      }
    }
    if (hits > 0 && Math.abs(sum / hits) >= 0.05)
      result[tokens[0] as string] = Math.round((sum / hits) * 100) / 100;
  }
  return result;
}

async function vaderEn(file: string): Promise<Record<string, number>> {
  const sources: Sources = new Map();
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    const [term, valence] = line.split("\t");
    if (term && valence) add(sources, term, Number(valence) / 4);
  }
  return merge([sources], {});
}

async function write(name: string, source: string, valence: Record<string, number>): Promise<void> {
  const text = `${JSON.stringify({ source, valence })}\n`;
  await writeFile(`${out}/${name}`, text, "utf8");
  console.error(`${name}: ${Object.keys(valence).length} entries, ${text.length} bytes`);
}

const fr = merge([await vaderFr(), await patternFr(), await umigonFr()], frOverrides);
await write("fr.json", "VADER-FR (MIT), Pattern-FR (PDDL), Umigon-FR (CC BY 4.0); see PROVENANCE.md", fr);
await write("emoji.json", "VADER-FR emoji descriptions (MIT) scored with fr.json", await emojiValences(fr));
if (values["vader-en"]) {
  await write(
    "en.json",
    "VADER (MIT) via npm vader-sentiment 1.1.3 (Apache-2.0)",
    await vaderEn(values["vader-en"]),
  );
}
