// Places an opinion map's groups and the viewer on the drawing: positions scaled into the SVG, circles sized by group.

export const MAP_WIDTH = 400;
export const MAP_HEIGHT = 260;
const PADDING = 44;

/** "A", "B", … for group ids 0, 1, …: short names a screen reader and the lists below share. */
export function groupLetter(id: number): string {
  return String.fromCharCode(65 + (id % 26));
}

/**
 * A function from map coordinates to SVG coordinates: the extent (minX, maxX, minY, maxY) fills the drawing inside
 * its padding, keeping the aspect ratio; y grows downwards in SVG, so it is flipped. A flat extent maps to the middle.
 */
export function scaler(extent: readonly number[]): (x: number, y: number) => [number, number] {
  const [minX = 0, maxX = 0, minY = 0, maxY = 0] = extent;
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(
    spanX > 0 ? (MAP_WIDTH - 2 * PADDING) / spanX : Number.POSITIVE_INFINITY,
    spanY > 0 ? (MAP_HEIGHT - 2 * PADDING) / spanY : Number.POSITIVE_INFINITY,
  );
  const k = Number.isFinite(scale) ? scale : 0;
  const midX = (minX + maxX) / 2;
  const midY = (minY + maxY) / 2;
  return (x, y) => [MAP_WIDTH / 2 + (x - midX) * k, MAP_HEIGHT / 2 - (y - midY) * k];
}

/** Circle radius of a group: its area grows with its share of the participants placed in groups (10 to 40 px). */
export function groupRadius(size: number, total: number): number {
  if (total <= 0) return 10;
  return 10 + 30 * Math.sqrt(Math.min(1, size / total));
}

/**
 * The part of the plane worth drawing: the groups' centers and the viewer, widened by a quarter on each side. Drawing
 * every participant's extent instead would let a few outliers squeeze the groups into the middle.
 */
export function drawnExtent(
  points: ReadonlyArray<readonly [number, number]>,
): [number, number, number, number] {
  if (points.length === 0) return [0, 0, 0, 0];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const marginX = (maxX - minX) / 4;
  const marginY = (maxY - minY) / 4;
  return [minX - marginX, maxX + marginX, minY - marginY, maxY + marginY];
}
