// One scale measurement in its own process: reads a binary vote file, maps it, prints time and peak memory.
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { computeOpinionMap } from "../src/analysis/opinions/opinion-map.ts";
import type { VoteList } from "../src/analysis/opinions/vote-matrix.ts";

/**
 * The vote file both implementations read: Int32 header (participants, statements, votes, 0), then Int32
 * participant[votes], Int32 statement[votes], Int8 vote[votes], Int8 plantedGroup[participants].
 */
export function decodeVotes(buffer: Buffer): { votes: VoteList; planted: Int8Array } {
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
  const header = new Int32Array(bytes.buffer, 0, 4);
  const [nParticipants, nStatements, length] = [header[0]!, header[1]!, header[2]!];
  let offset = 16;
  const participant = new Int32Array(bytes.buffer, offset, length);
  offset += 4 * length;
  const comment = new Int32Array(bytes.buffer, offset, length);
  offset += 4 * length;
  const value = new Int8Array(bytes.buffer, offset, length);
  offset += length;
  const planted = new Int8Array(bytes.buffer, offset, nParticipants);
  const time = new Float64Array(length);
  for (let i = 0; i < length; i++) time[i] = i;
  return {
    votes: {
      participants: Array.from({ length: nParticipants }, (_, i) => String(i)),
      comments: Array.from({ length: nStatements }, (_, j) => String(j)),
      participant,
      comment,
      value,
      time,
      length,
    },
    planted,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2]) {
  const started = performance.now();
  const { votes, planted } = decodeVotes(await readFile(process.argv[2]));
  const read = performance.now();
  const cpu = process.cpuUsage();
  const map = computeOpinionMap(votes, { seed: 0 });
  const done = performance.now();
  const used = process.cpuUsage(cpu);
  const groupOf = new Int32Array(votes.participants.length).fill(-1);
  map.positions.forEach((p, i) => {
    groupOf[i] = p.group ?? -1;
  });
  const result = {
    readSeconds: (read - started) / 1000,
    computeSeconds: (done - read) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    k: map.k,
    clustered: map.participants.in,
    votes: map.votes,
    pcaIterations: map.pca.iterations,
    groupOf: Array.from(groupOf),
    planted: Array.from(planted),
  };
  process.stdout.write(JSON.stringify(result));
}
