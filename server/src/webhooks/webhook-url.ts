import { limits } from '@fulcrum/core';

/** What is wrong with a webhook address, written for the person fixing it; null when it is fine:
 * an absolute http(s) URL without credentials or a fragment, within the length limit. */
export const checkWebhookUrl = (text: string): string | null => {
  if (text.length > limits.webhookUrlMax)
    return `must be at most ${limits.webhookUrlMax} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute address such as https://example.com/hooks/fulcrum';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `must start with https:// or http://, not ${url.protocol}//`;
  // Credentials in an address end up in logs; the signature is how a receiver knows it is us.
  if (url.username !== '' || url.password !== '')
    return 'must not contain a user name or password; verify requests by their signature instead';
  if (url.hash !== '') return 'must not contain a #fragment: it is never sent';
  if (url.hostname === '') return 'must name a host';
  return null;
};
