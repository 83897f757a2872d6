/** Every event a webhook can receive; `webhook.test` is sent only by "Send test". */
export const webhookEventTypes = [
  'alert.raised',
  'commitment.status_changed',
  'trust.changed',
  'pulse.received',
  'webhook.test',
] as const;
/** One webhook event type. */
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** The events an endpoint may subscribe to: every type but the test, which goes to whoever asks. */
export const webhookSubscribableEvents = [
  'alert.raised',
  'commitment.status_changed',
  'trust.changed',
  'pulse.received',
] as const satisfies readonly WebhookEventType[];
/** An event an endpoint can subscribe to. */
export type WebhookSubscribableEvent = (typeof webhookSubscribableEvents)[number];

/** What each event means, for the settings page, the CLI and the API description. */
export const webhookEventLabels: Record<WebhookEventType, string> = {
  'alert.raised': 'An alert is raised, or comes back after it was resolved',
  'commitment.status_changed':
    'A commitment moves along its lifecycle (also when confirmed through a share link)',
  'trust.changed': 'New evidence moves a trust score by at least the workspace threshold',
  'pulse.received': 'The customer answers the pulse through a share link',
  'webhook.test': 'A test event sent on request',
};

/** How a delivery stands: waiting for its next attempt, being sent, done, or given up. */
export const webhookDeliveryStatuses = ['pending', 'delivering', 'delivered', 'failed'] as const;
/** One delivery status. */
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

/** The default trust threshold: a change of 0.10 in expected trust raises `trust.changed`. */
export const defaultTrustChangeThreshold = 0.1;
/** The smallest and largest threshold a workspace may set. */
export const trustChangeThresholdRange = { min: 0.01, max: 1 } as const;
