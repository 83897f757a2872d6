/** Every error the domain can raise; the HTTP layer maps each to a status. */
export const domainErrorCodes = [
  'validation-failed',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'email-taken',
  'invalid-reference',
  'rate-limited',
  'commitment-transition-not-allowed',
  'business-rule',
] as const;
/** One of the closed set of domain error codes. */
export type DomainErrorCode = (typeof domainErrorCodes)[number];

/** A field-level problem, pointing into the request body with a JSON pointer. */
export type FieldError = { pointer: string; detail: string };

/** An error the domain raised on purpose; its `detail` is written for the person who reads it. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;

  constructor(code: DomainErrorCode, detail: string, errors?: FieldError[]) {
    super(detail);
    this.name = 'DomainError';
    this.code = code;
    this.detail = detail;
    this.errors = errors;
  }
}

/** Tells whether a value is a DomainError (also across module copies). */
export const isDomainError = (value: unknown): value is DomainError =>
  value instanceof DomainError || (value instanceof Error && value.name === 'DomainError');
