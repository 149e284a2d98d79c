// The participant × statement vote matrix, stored sparse (CSR) in typed arrays so that 10M votes fit in ~50 MB.

/** A vote: 1 agree, -1 disagree, 0 pass (Pol.is's export convention). */
export type VoteValue = -1 | 0 | 1;

/**
 * Votes as parallel columns: entry i says participant `participants[participant[i]]` voted `value[i]`
 * on statement `comments[comment[i]]` at `time[i]` (any increasing clock; ties resolved by input order).
 */
export interface VoteList {
  participants: string[];
  comments: string[];
  participant: Int32Array;
  comment: Int32Array;
  value: Int8Array;
  time: Float64Array;
  length: number;
}

/** Appends votes into growing typed arrays, interning participant and statement ids. */
export class VoteListBuilder {
  private readonly participantIndex = new Map<string, number>();
  private readonly commentIndex = new Map<string, number>();
  private readonly participants: string[] = [];
  private readonly comments: string[] = [];
  private participant = new Int32Array(1024);
  private comment = new Int32Array(1024);
  private value = new Int8Array(1024);
  private time = new Float64Array(1024);
  private size = 0;

  /** Declares a statement, so that statements nobody voted on still have a column. */
  addComment(id: string): number {
    let index = this.commentIndex.get(id);
    if (index === undefined) {
      index = this.comments.length;
      this.commentIndex.set(id, index);
      this.comments.push(id);
    }
    return index;
  }

  /** Declares a participant, so that participants without votes are still counted. */
  addParticipant(id: string): number {
    let index = this.participantIndex.get(id);
    if (index === undefined) {
      index = this.participants.length;
      this.participantIndex.set(id, index);
      this.participants.push(id);
    }
    return index;
  }

  add(participant: string, comment: string, value: VoteValue, time = this.size): void {
    if (this.size === this.value.length) this.grow();
    this.participant[this.size] = this.addParticipant(participant);
    this.comment[this.size] = this.addComment(comment);
    this.value[this.size] = value;
    this.time[this.size] = time;
    this.size += 1;
  }

  build(): VoteList {
    return {
      participants: this.participants,
      comments: this.comments,
      participant: this.participant.slice(0, this.size),
      comment: this.comment.slice(0, this.size),
      value: this.value.slice(0, this.size),
      time: this.time.slice(0, this.size),
      length: this.size,
    };
  }

  private grow(): void {
    const capacity = this.value.length * 2;
    const participant = new Int32Array(capacity);
    participant.set(this.participant);
    this.participant = participant;
    const comment = new Int32Array(capacity);
    comment.set(this.comment);
    this.comment = comment;
    const value = new Int8Array(capacity);
    value.set(this.value);
    this.value = value;
    const time = new Float64Array(capacity);
    time.set(this.time);
    this.time = time;
  }
}

/** Builds a VoteList from plain records (tests, small inputs); the later record wins on equal times. */
export function voteListOf(
  records: ReadonlyArray<{ participant: string; comment: string; vote: VoteValue; time?: number }>,
  comments: readonly string[] = [],
): VoteList {
  const builder = new VoteListBuilder();
  for (const id of comments) builder.addComment(id);
  records.forEach((record, i) => {
    builder.add(record.participant, record.comment, record.vote, record.time ?? i);
  });
  return builder.build();
}

/**
 * Compressed sparse rows: participant i's votes are `col[rowStart[i]..rowStart[i+1])` (sorted statement
 * indices) with `value` in {-1, 0, 1}. A missing entry means the participant never saw or voted on it.
 */
export interface VoteMatrix {
  nParticipants: number;
  nComments: number;
  rowStart: Int32Array;
  col: Int32Array;
  value: Int8Array;
}

/**
 * Builds the CSR matrix, keeping one vote per participant and statement: the latest by `time`, and on equal
 * times the later in input order (Pol.is keeps a participant's last vote; votes.csv holds every vote event).
 * Two stable counting sorts (by statement, then by participant) put each row in statement order with repeated
 * votes side by side in input order: O(nnz) time, two Int32 scratch arrays.
 */
export function buildVoteMatrix(votes: VoteList): VoteMatrix {
  const nParticipants = votes.participants.length;
  const nComments = votes.comments.length;
  const n = votes.length;
  const byComment = new Int32Array(n);
  const commentStart = new Int32Array(nComments + 1);
  for (let i = 0; i < n; i++) commentStart[votes.comment[i]! + 1]! += 1;
  for (let j = 0; j < nComments; j++) commentStart[j + 1]! += commentStart[j]!;
  for (let i = 0; i < n; i++) byComment[commentStart[votes.comment[i]!]!++] = i;

  const counts = new Int32Array(nParticipants + 1);
  for (let i = 0; i < n; i++) counts[votes.participant[i]! + 1]! += 1;
  for (let p = 0; p < nParticipants; p++) counts[p + 1]! += counts[p]!;
  const fill = counts.slice(0, nParticipants);
  const order = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const i = byComment[r]!;
    order[fill[votes.participant[i]!]!++] = i;
  }

  const rowStart = new Int32Array(nParticipants + 1);
  const col = new Int32Array(n);
  const value = new Int8Array(n);
  let out = 0;
  for (let p = 0; p < nParticipants; p++) {
    rowStart[p] = out;
    const end = counts[p + 1]!;
    let k = counts[p]!;
    while (k < end) {
      const c = votes.comment[order[k]!]!;
      let best = order[k]!;
      let next = k + 1;
      while (next < end && votes.comment[order[next]!] === c) {
        const candidate = order[next]!;
        if (votes.time[candidate]! >= votes.time[best]!) best = candidate;
        next += 1;
      }
      col[out] = c;
      value[out] = votes.value[best]!;
      out += 1;
      k = next;
    }
  }
  rowStart[nParticipants] = out;
  return {
    nParticipants,
    nComments,
    rowStart,
    col: out === n ? col : col.slice(0, out),
    value: out === n ? value : value.slice(0, out),
  };
}
