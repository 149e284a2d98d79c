// Images uploaded into a plan: type and size checked against the bytes themselves, stored under the data folder.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { planImageMaxBytes } from "../../contracts/plan-document.ts";
import { planImages } from "../../db/schema/plans.ts";
import { openPlanStore } from "../../db/stores/plan-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertCan } from "../permissions.ts";
import { takeWriteBudget } from "../write-limits/take-write-budget.ts";

/** The first bytes each accepted type starts with (its file signature). */
const signatures: Record<string, (bytes: Buffer) => boolean> = {
  "image/png": (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/gif": (b) =>
    b.subarray(0, 6).toString("latin1") === "GIF87a" || b.subarray(0, 6).toString("latin1") === "GIF89a",
  "image/webp": (b) =>
    b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
};

const folderOf = (dataDir: string) => join(dataDir, "plan-images");

/** Stores an image of a plan; refuses one over 5 MiB or whose bytes are not of the declared type, storing nothing. */
export async function uploadPlanImage(
  ctx: Context,
  actor: MemberActor,
  dataDir: string,
  planId: string,
  input: { mediaType: string; data: string },
): Promise<{ id: string }> {
  assertCan(actor.role, "plan.edit");
  const bytes = Buffer.from(input.data, "base64");
  if (bytes.length > planImageMaxBytes) {
    throw new AppError("body-too-large", `An image may weigh at most ${planImageMaxBytes} bytes.`, {
      field: "data",
      details: { limit: planImageMaxBytes, size: bytes.length },
    });
  }
  if (!signatures[input.mediaType]?.(bytes)) {
    throw new AppError("invalid-file", `The file is not a ${input.mediaType} image.`, { field: "data" });
  }
  if (!(await openPlanStore(ctx.db, actor.workspaceId).plan(planId))) {
    throw new AppError("not-found", "This plan does not exist in this workspace.");
  }
  const [row] = await ctx.db.transaction(async (tx) => {
    await takeWriteBudget(tx, ctx, actor.userId, "plan-image");
    return tx
      .insert(planImages)
      .values({
        workspaceId: actor.workspaceId,
        planId,
        mediaType: input.mediaType,
        bytes: bytes.length,
        uploadedBy: actor.userId,
      })
      .returning({ id: planImages.id });
  });
  if (!row) throw new Error("image insert returned nothing");
  try {
    await mkdir(folderOf(dataDir), { recursive: true });
    await writeFile(join(folderOf(dataDir), row.id), bytes);
  } catch (error) {
    await ctx.db.delete(planImages).where(eq(planImages.id, row.id));
    throw error;
  }
  return row;
}

/** An image of a plan with its type, or not-found. */
export async function readPlanImage(
  ctx: Context,
  actor: MemberActor,
  dataDir: string,
  planId: string,
  imageId: string,
): Promise<{ mediaType: string; bytes: Buffer }> {
  assertCan(actor.role, "plan.read");
  const [row] = await ctx.db
    .select()
    .from(planImages)
    .where(
      and(
        eq(planImages.id, imageId),
        eq(planImages.planId, planId),
        eq(planImages.workspaceId, actor.workspaceId),
      ),
    );
  if (!row) throw new AppError("not-found", "This image is not in this plan.");
  return { mediaType: row.mediaType, bytes: await readFile(join(folderOf(dataDir), row.id)) };
}
