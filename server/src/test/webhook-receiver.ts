import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, with its body exactly as it arrived. */
export type ReceivedWebhook = {
  headers: IncomingHttpHeaders;
  rawBody: string;
  body: { id: string; type: string; createdAt: string; workspaceId: string; data: any };
};

/** A real HTTP listener on a free loopback port standing in for a customer's endpoint. It answers
 * each request with the next status of `statuses` (repeating the last one). */
export const startWebhookReceiver = async (statuses: readonly number[] = [200]) => {
  const received: ReceivedWebhook[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const status = statuses[Math.min(received.length, statuses.length - 1)] ?? 200;
      received.push({
        headers: request.headers,
        rawBody,
        body: JSON.parse(rawBody) as ReceivedWebhook['body'],
      });
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(status < 300 ? 'thanks' : `receiver says no (${status})`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/fulcrum`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
