// Volume over time (per UTC day or ISO week) and spikes flagged against the previous window of equal length.

export type Interval = "day" | "week";

const dayMs = 86_400_000;

/** A regular series of counts: bucket i starts at `start + i × step` (UTC milliseconds). */
export interface VolumeSeries {
  interval: Interval;
  start: number;
  step: number;
  counts: Float64Array;
}

/** The start (UTC ms) of the day or ISO week (Monday) that holds `time`. */
export function bucketStart(time: number, interval: Interval): number {
  const day = Math.floor(time / dayMs) * dayMs;
  if (interval === "day") return day;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return day - weekday * dayMs;
}

/**
 * Counts the dates (UTC ms; NaN skipped) per day or week, from the first to the last bucket, empty buckets
 * included so windows are measured in calendar time. `weights` counts each date with a weight (1 when absent);
 * `include` keeps only some rows (e.g. the negative mentions of one brand).
 */
export function volumeSeries(
  dates: ArrayLike<number>,
  interval: Interval,
  options: {
    include?: (row: number) => boolean;
    weights?: ArrayLike<number>;
    from?: number;
    to?: number;
  } = {},
): VolumeSeries {
  const step = interval === "day" ? dayMs : 7 * dayMs;
  let first = options.from === undefined ? Number.POSITIVE_INFINITY : bucketStart(options.from, interval);
  let last = options.to === undefined ? Number.NEGATIVE_INFINITY : bucketStart(options.to, interval);
  if (options.from === undefined || options.to === undefined) {
    for (let i = 0; i < dates.length; i++) {
      const time = dates[i] as number;
      if (Number.isNaN(time) || (options.include && !options.include(i))) continue;
      const bucket = bucketStart(time, interval);
      if (options.from === undefined && bucket < first) first = bucket;
      if (options.to === undefined && bucket > last) last = bucket;
    }
  }
  if (!Number.isFinite(first) || last < first)
    return { interval, start: 0, step, counts: new Float64Array(0) };
  const counts = new Float64Array(Math.round((last - first) / step) + 1);
  for (let i = 0; i < dates.length; i++) {
    const time = dates[i] as number;
    if (Number.isNaN(time) || (options.include && !options.include(i))) continue;
    const index = Math.round((bucketStart(time, interval) - first) / step);
    if (index >= 0 && index < counts.length) {
      counts[index] = (counts[index] as number) + (options.weights ? (options.weights[i] as number) : 1);
    }
  }
  return { interval, start: first, step, counts };
}

export interface SpikeOptions {
  /** Buckets in the reference window before each bucket (default 7 for days, 4 for weeks). */
  window?: number;
  /** Standard deviations above the baseline (default 3). */
  threshold?: number;
  /** A spike is at least this many times the baseline (default 2). */
  ratio?: number;
  /** A spike has at least this many mentions in its bucket (default 5). */
  minimum?: number;
}

/** A run of consecutive flagged buckets. */
export interface Spike {
  /** First bucket's start and last bucket's end (exclusive), ISO 8601 dates (YYYY-MM-DD). */
  start: string;
  end: string;
  mentions: number;
  /** The mentions expected over the same span: the reference mean per bucket × the spike's buckets. */
  baseline: number;
  /** Mentions in the window of equal length just before the spike. */
  previousWindow: number;
  /** The busiest bucket's start (YYYY-MM-DD) and count. */
  peak: string;
  peakMentions: number;
}

/**
 * Flags bucket t when its count c_t exceeds the mean m of the previous `window` buckets by `threshold` standard
 * deviations, with the deviation floored at √m (a Poisson count's own noise, so a flat series does not make every
 * small bump a spike), and when c_t ≥ ratio × m and c_t ≥ minimum:
 * c_t ≥ m + threshold · max(sd, √m). This is the z-score rule behind the "unusual activity" alerts of listening
 * suites (Meltwater, Brandwatch Signals), with the reference window of equal length that their period comparisons
 * use. Buckets without a full reference window are not judged; consecutive flagged buckets form one spike.
 */
export function findSpikes(series: VolumeSeries, options: SpikeOptions = {}): Spike[] {
  const window = options.window ?? (series.interval === "day" ? 7 : 4);
  const threshold = options.threshold ?? 3;
  const ratio = options.ratio ?? 2;
  const minimum = options.minimum ?? 5;
  const { counts } = series;
  const flagged = new Float64Array(counts.length).fill(Number.NaN);
  let sum = 0;
  let sumSquares = 0;
  for (let t = 0; t < counts.length; t++) {
    if (t >= window) {
      const mean = sum / window;
      const sd = Math.sqrt(Math.max(0, sumSquares / window - mean * mean));
      const c = counts[t] as number;
      if (c >= minimum && c >= ratio * mean && c >= mean + threshold * Math.max(sd, Math.sqrt(mean))) {
        flagged[t] = mean;
      }
      const leaving = counts[t - window] as number;
      sum -= leaving;
      sumSquares -= leaving * leaving;
    }
    sum += counts[t] as number;
    sumSquares += (counts[t] as number) ** 2;
  }
  const spikes: Spike[] = [];
  for (let t = 0; t < counts.length; t++) {
    if (Number.isNaN(flagged[t] as number)) continue;
    let end = t;
    while (end + 1 < counts.length && !Number.isNaN(flagged[end + 1] as number)) end += 1;
    let mentions = 0;
    let peak = t;
    for (let i = t; i <= end; i++) {
      mentions += counts[i] as number;
      if ((counts[i] as number) > (counts[peak] as number)) peak = i;
    }
    const span = end - t + 1;
    let previousWindow = 0;
    for (let i = Math.max(0, t - span); i < t; i++) previousWindow += counts[i] as number;
    spikes.push({
      start: isoDay(series.start + t * series.step),
      end: isoDay(series.start + (end + 1) * series.step),
      mentions,
      baseline: round((flagged[t] as number) * span),
      previousWindow,
      peak: isoDay(series.start + peak * series.step),
      peakMentions: counts[peak] as number,
    });
    t = end;
  }
  return spikes;
}

/** YYYY-MM-DD of a UTC time. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
