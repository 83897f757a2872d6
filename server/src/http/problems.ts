import { type DomainErrorCode, type FieldError, isDomainError } from '@fulcrum/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** An RFC 9457 problem document as this API writes it. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
};

/** HTTP status and title of each domain error code; a new code without a row fails type-check. */
export const problemFor = (code: DomainErrorCode): { status: number; title: string } => {
  switch (code) {
    case 'validation-failed':
      return { status: 400, title: 'Validation failed' };
    case 'unauthenticated':
      return { status: 401, title: 'Not signed in' };
    case 'forbidden':
      return { status: 403, title: 'Not allowed' };
    case 'not-found':
      return { status: 404, title: 'Not found' };
    case 'conflict':
      return { status: 409, title: 'Conflict' };
    case 'email-taken':
      return { status: 409, title: 'Email already in use' };
    case 'invalid-reference':
      return { status: 422, title: 'Invalid reference' };
    case 'rate-limited':
      return { status: 429, title: 'Too many requests' };
    case 'commitment-transition-not-allowed':
      return { status: 409, title: 'Commitment transition not allowed' };
    case 'business-rule':
      return { status: 422, title: 'Breaks a business rule' };
    default:
      return assertUnreachable(code);
  }
};

const assertUnreachable = (value: never): never => {
  throw new Error(`unhandled error code ${String(value)}`);
};

/** Sends a problem document. */
export const sendProblem = (reply: FastifyReply, problem: Problem) =>
  reply.status(problem.status).type('application/problem+json').send(problem);

const build = (
  request: FastifyRequest,
  code: string,
  status: number,
  title: string,
  detail: string,
  errors?: FieldError[],
): Problem => ({
  type: `/problems/${code}`,
  title,
  status,
  detail,
  code,
  instance: request.url.split('?')[0] ?? request.url,
  ...(errors && errors.length > 0 ? { errors } : {}),
});

/** Turns anything thrown while handling a request into a problem document. Only errors we raised
 * on purpose show their message; anything else is logged and answered with a generic 500. */
export const handleError = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
  if (isDomainError(error)) {
    const { status, title } = problemFor(error.code);
    return sendProblem(
      reply,
      build(request, error.code, status, title, error.detail, error.errors),
    );
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? 'body';
    const errors = error.validation.flatMap((issue) => {
      const base = `${part === 'body' ? '' : `/${part}`}${issue.instancePath}`.replace(/\/$/, '');
      // Point at each unknown field itself, so a form can show it where it belongs.
      const unknownKeys = (issue.params as { keys?: unknown }).keys;
      if (Array.isArray(unknownKeys)) {
        return unknownKeys.map((key) => ({
          pointer: `${base}/${String(key)}`,
          detail: 'is not a field this endpoint accepts',
        }));
      }
      return [{ pointer: base || '/', detail: issue.message ?? 'is not valid' }];
    });
    const first = errors[0];
    const where = first
      ? ` ${first.pointer === '/' ? `the ${part}` : first.pointer}: ${first.detail}`
      : '';
    return sendProblem(
      reply,
      build(
        request,
        'validation-failed',
        400,
        'Validation failed',
        `The request ${part} is not valid:${where}.`,
        errors,
      ),
    );
  }
  const database = explainDatabaseError(error);
  if (database)
    return sendProblem(
      reply,
      build(request, database.code, database.status, database.title, database.detail),
    );
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code =
      status === 413
        ? 'payload-too-large'
        : status === 415
          ? 'unsupported-media-type'
          : status === 429
            ? 'rate-limited'
            : 'bad-request';
    return sendProblem(
      reply,
      build(request, code, status, titleForStatus(status), explainClientError(error)),
    );
  }
  request.log.error({ err: error }, 'unexpected error');
  return sendProblem(
    reply,
    build(
      request,
      'internal-error',
      500,
      'Internal error',
      `Something went wrong on our side. Quote request id ${request.id} if you report it.`,
    ),
  );
};

const titleForStatus = (status: number) =>
  ({
    400: 'Bad request',
    404: 'Not found',
    405: 'Method not allowed',
    413: 'Payload too large',
    415: 'Unsupported media type',
    429: 'Too many requests',
  })[status] ?? 'Bad request';

const explainClientError = (error: FastifyError): string => {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is not valid JSON. Check quotes, commas and brackets, or send no body with no Content-Type.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large. Send at most 1 MB.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the request body as application/json.';
    default:
      return error.message;
  }
};

/** Maps the PostgreSQL errors that bad input can still reach (SQLSTATE classes 22 and 23) to
 * client errors, so a value the schemas let through is never a 500. */
const explainDatabaseError = (
  error: unknown,
): { code: string; status: number; title: string; detail: string } | null => {
  const sqlState = (error as { code?: unknown }).code;
  if (typeof sqlState !== 'string' || !/^[0-9A-Z]{5}$/.test(sqlState)) return null;
  if (sqlState === '22021' || sqlState === '22P05') {
    return {
      code: 'validation-failed',
      status: 400,
      title: 'Validation failed',
      detail: 'Text cannot contain NUL (\\u0000) characters; remove them and send it again.',
    };
  }
  if (sqlState.startsWith('22')) {
    return {
      code: 'validation-failed',
      status: 400,
      title: 'Validation failed',
      detail: 'A value is out of range or malformed for the database; check numbers and dates.',
    };
  }
  if (sqlState === '23505')
    return {
      code: 'conflict',
      status: 409,
      title: 'Conflict',
      detail: 'This would duplicate something that must be unique.',
    };
  if (sqlState === '23503')
    return {
      code: 'invalid-reference',
      status: 422,
      title: 'Invalid reference',
      detail: 'This refers to something that does not exist in your workspace.',
    };
  return null;
};
