import { shareLinkDefaultDays, shareLinkMaxDays, shareScopes } from '@fulcrum/core';
import { z } from 'zod';

/** Body of POST /api/accounts/{accountId}/share-links. */
export const shareLinkCreateBody = z.strictObject({
  stakeholderId: z
    .string()
    .max(100)
    .nullable()
    .optional()
    .describe('The stakeholder the link is for; pulse answers then speak for them'),
  scope: z
    .enum(shareScopes)
    .default('view')
    .describe('view: the plan and commitments; respond: also confirm, comment, propose and pulse'),
  days: z
    .number()
    .int()
    .min(1)
    .max(shareLinkMaxDays)
    .default(shareLinkDefaultDays)
    .describe(
      `Days until the link expires (default ${shareLinkDefaultDays}, at most ${shareLinkMaxDays})`,
    ),
});
/** Body of POST /api/share-links/{shareLinkId}/reissue; none gives the default expiry. */
export const shareLinkReissueBody = z
  .strictObject({ days: shareLinkCreateBody.shape.days })
  .nullish()
  .describe('The new link’s expiry; the person and access stay as they were');

/** Parsed body of POST /api/accounts/{accountId}/share-links. */
export type ShareLinkCreateBody = z.infer<typeof shareLinkCreateBody>;
