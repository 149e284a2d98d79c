// The shape of one route's contract in the API's route table (api-routes.ts).
import type { TSchema } from "@sinclair/typebox";

/** What one route declares: the schemas of its path parameters, query string, body and success response. */
export interface RouteContract {
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  response: Partial<Record<200 | 201 | 202 | 204, TSchema>>;
}
