import { z } from "zod";

/**
 * HubSpot's answers, checked before use. Anything that does not fit is an upstream fault (502),
 * never a crash deeper in. Instants are checked as ISO date-times; amounts stay strings until the
 * goal model turns them into exact decimals.
 */
const instant = z.iso.datetime({ offset: true });

export const wireRecord = z.object({
  id: z.string().regex(/^\d+$/),
  properties: z.record(z.string(), z.string().nullable()),
  createdAt: instant,
  updatedAt: instant,
  archived: z.boolean().default(false),
  archivedAt: instant.optional(),
});
export type WireRecord = z.infer<typeof wireRecord>;

const nextPage = z.object({ next: z.object({ after: z.string(), link: z.string().optional() }).optional() });

export const listPage = z.object({ results: z.array(wireRecord), paging: nextPage.optional() });

export const searchPage = z.object({
  total: z.number().int().nonnegative(),
  results: z.array(wireRecord),
  paging: nextPage.optional(),
});
export type SearchPage = z.infer<typeof searchPage>;

export const batchResult = z.object({
  status: z.string(),
  results: z.array(wireRecord),
  numErrors: z.number().optional(),
  errors: z
    .array(z.object({ message: z.string(), context: z.record(z.string(), z.array(z.string())).optional() }))
    .optional(),
});

export const ownersPage = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      userId: z.number().int().nullable().optional(),
      email: z.string().nullable().optional(),
      firstName: z.string().nullable().optional(),
      lastName: z.string().nullable().optional(),
      archived: z.boolean().default(false),
      teams: z.array(z.object({ id: z.string(), name: z.string().optional() })).optional(),
    }),
  ),
  paging: nextPage.optional(),
});

export const usersPage = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      email: z.string().nullable().optional(),
      firstName: z.string().nullable().optional(),
      lastName: z.string().nullable().optional(),
      primaryTeamId: z.string().nullable().optional(),
      secondaryTeamIds: z.array(z.string()).nullable().optional(),
    }),
  ),
  paging: nextPage.optional(),
});

export const teamsList = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      userIds: z.array(z.string()).default([]),
      secondaryUserIds: z.array(z.string()).default([]),
    }),
  ),
});

/** `GET /crm/v3/pipelines/{objectType}`: only what Goalboard shows, a pipeline's id and label. */
export const pipelinesList = z.object({
  results: z.array(z.object({ id: z.string(), label: z.string(), archived: z.boolean().default(false) })),
});

export const accountDetails = z.object({
  portalId: z.number().int(),
  timeZone: z.string(),
  companyCurrency: z.string(),
  utcOffset: z.string(),
  uiDomain: z.string().nullable().optional(),
});

/** HubSpot's error body: every field optional, as their docs advise. */
export const errorBody = z
  .object({
    status: z.string().optional(),
    message: z.string().optional(),
    category: z.string().optional(),
    correlationId: z.string().optional(),
    policyName: z.string().optional(),
    errorType: z.string().optional(),
    errors: z
      .array(
        z.object({
          message: z.string().optional(),
          context: z.record(z.string(), z.array(z.string())).optional(),
        }),
      )
      .optional(),
  })
  .passthrough();
export type HubSpotErrorBody = z.infer<typeof errorBody>;
