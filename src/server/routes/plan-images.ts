// Routes of images uploaded into a plan: upload (JSON with base64 bytes) and read.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { PlanImageBody, PlanImageParams, PlanImageResponse, PlanParams } from "../../contracts/plans.ts";
import { readPlanImage, uploadPlanImage } from "../../domain/plans/upload-plan-image.ts";
import { memberOf } from "../plugins/access.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["plans"];

export const planImageRoutes: FastifyPluginAsyncTypebox<RouteOptions & { dataDir: string }> = async (
  app,
  { context, dataDir },
) => {
  const images = "/workspaces/:workspaceId/plans/:planId/images";

  app.post(
    images,
    {
      bodyLimit: 8 * 1024 * 1024,
      config: { access: { workspace: "plan.edit" } },
      schema: {
        tags,
        summary: "Upload an image into a plan (PNG, JPEG, WebP or GIF, at most 5 MiB, bytes in base64)",
        params: PlanParams,
        body: PlanImageBody,
        response: { 201: PlanImageResponse },
      },
    },
    async (request, reply) => {
      const { workspaceId, planId } = request.params;
      const image = await uploadPlanImage(context(), memberOf(request), dataDir, planId, request.body);
      return reply.code(201).send({
        image: {
          id: image.id,
          url: `/api/v1/workspaces/${workspaceId}/plans/${planId}/images/${image.id}`,
        },
      });
    },
  );

  app.get(
    `${images}/:imageId`,
    {
      config: { access: { workspace: "plan.read" } },
      schema: { tags, summary: "An image of a plan", params: PlanImageParams },
    },
    async (request, reply) => {
      const { planId, imageId } = request.params;
      const image = await readPlanImage(context(), memberOf(request), dataDir, planId, imageId);
      return reply.type(image.mediaType).header("cache-control", "private, max-age=86400").send(image.bytes);
    },
  );
};
