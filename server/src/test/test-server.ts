import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../http/app.ts';
import { getTestDb } from './test-db.ts';

let shared: Promise<{ app: FastifyInstance; baseUrl: string }> | undefined;

/** The HTTP server this test process shares, listening on a free port of the loopback. */
export const getTestServer = () =>
  (shared ??= (async () => {
    // Many tests sign in from the same address; the limit itself is tested on its own app.
    const app = await buildApp({
      db: await getTestDb(),
      signInAttemptsPerMinute: 10_000,
      tokenWritesPerMinute: 10_000,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return { app, baseUrl: `http://127.0.0.1:${port}` };
  })());

/** Credentials a test request is sent with. */
export type As = { headers: Record<string, string> } | null;

/** A response with its body already read. */
export type TestResponse = { status: number; headers: Headers; body: any; text: string };

const send = async (
  method: string,
  path: string,
  as: As,
  body?: unknown,
  raw?: string,
): Promise<TestResponse> => {
  const { baseUrl } = await getTestServer();
  const headers: Record<string, string> = { ...(as?.headers ?? {}) };
  if (body !== undefined || raw !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(baseUrl + path, {
    method,
    headers,
    ...(raw !== undefined
      ? { body: raw }
      : body !== undefined
        ? { body: JSON.stringify(body) }
        : {}),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
};

/** Real HTTP requests against the test server. */
export const api = {
  get: (path: string, as: As) => send('GET', path, as),
  post: (path: string, as: As, body?: unknown) => send('POST', path, as, body),
  put: (path: string, as: As, body?: unknown) => send('PUT', path, as, body),
  patch: (path: string, as: As, body?: unknown) => send('PATCH', path, as, body),
  delete: (path: string, as: As) => send('DELETE', path, as),
  raw: (method: string, path: string, as: As, raw: string) =>
    send(method, path, as, undefined, raw),
};
