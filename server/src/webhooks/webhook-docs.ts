import {
  webhookBaseDelayMs,
  webhookEventLabels,
  webhookEventTypes,
  webhookMaxAttempts,
} from '@fulcrum/core';
import { webhookHeaders, webhookToleranceSeconds } from './signature.ts';
import { webhookTimeoutMs } from './send-webhook.ts';

/** How a receiver checks a request, in Node: the README shows the same code, and a test runs it
 * against real deliveries. */
export const verificationSnippet = `import { createHmac, timingSafeEqual } from 'node:crypto';

// rawBody: the request body exactly as received (string or Buffer), before any JSON parsing.
export function verifyFulcrumWebhook(rawBody, headers, secret) {
  const timestamp = String(headers['${webhookHeaders.timestamp}'] ?? '');
  // Refuse requests older (or newer) than 5 minutes: a replayed request has an old timestamp.
  const ageSeconds = Math.abs(Date.now() / 1000 - Number(timestamp));
  if (!/^\\d+$/.test(timestamp) || ageSeconds > ${webhookToleranceSeconds}) return false;
  const expected = Buffer.from(
    'v1=' + createHmac('sha256', secret).update(\`\${timestamp}.\${rawBody}\`).digest('hex'),
  );
  // Right after a secret is rotated the header carries two signatures, one per secret.
  return String(headers['${webhookHeaders.signature}'] ?? '')
    .split(',')
    .map((signature) => Buffer.from(signature.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}`;

const minutes = (ms: number) => ms / 60_000;
const schedule = Array.from({ length: webhookMaxAttempts - 1 }, (_, index) =>
  minutes(webhookBaseDelayMs * 2 ** index),
);

/** The Webhooks section of the API description. */
export const webhookApiDescription = `Webhooks send workspace events to your systems as signed JSON POST requests.

**Events**: ${webhookEventTypes.map((type) => `\`${type}\` (${webhookEventLabels[type].toLowerCase()})`).join('; ')}. Each body is \`{ id, type, createdAt, workspaceId, data }\`; the \`data\` of each type is described under *Webhooks* in this document.

**Headers**: \`content-type: application/json\`, \`${webhookHeaders.eventId}\` (the same on every retry: use it to ignore duplicates), \`${webhookHeaders.eventType}\`, \`${webhookHeaders.deliveryId}\`, \`${webhookHeaders.timestamp}\` (Unix seconds) and \`${webhookHeaders.signature}\`: \`v1=\` and the hex HMAC-SHA256 of \`\${timestamp}.\${rawBody}\` keyed with the endpoint's secret (shown once, when the webhook is created or its secret rotated). For a day after a rotation the header holds two comma-separated signatures, one per secret.

**Verifying** (Node):

\`\`\`js
${verificationSnippet}
\`\`\`

**Delivery**: a 2xx answer within ${webhookTimeoutMs / 1000} s delivers the event. Anything else, a redirect or a network error is retried after ${schedule.join(', ')} minutes (${webhookMaxAttempts} attempts in all); then the delivery has failed, with its last error in the delivery log, and an admin can retry it. Events are written in the same transaction as the change that caused them, and delivered at least once.`;
