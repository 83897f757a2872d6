/** A field-level error from a problem document, pointing into the request body. */
export type ProblemFieldError = { pointer: string; detail: string };

/** Every non-2xx answer from the API, parsed from its RFC 9457 problem document. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: ProblemFieldError[] | undefined;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail: string;
    errors?: ProblemFieldError[] | undefined;
  }) {
    super(init.detail);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
  }
}

/** Tells whether a thrown value is an ApiProblem. */
export const isApiProblem = (value: unknown): value is ApiProblem => value instanceof ApiProblem;

/** Turns anything thrown into an ApiProblem, so forms show one kind of error. */
export const toApiProblem = (value: unknown): ApiProblem => {
  if (isApiProblem(value)) return value;
  const detail =
    value instanceof Error && value.name !== 'AbortError'
      ? 'The server could not be reached. Check your connection and try again.'
      : 'Something went wrong. Try again.';
  return new ApiProblem({ status: 0, code: 'network-error', title: 'Network error', detail });
};

/** Query values; `undefined` and empty strings are left out of the URL. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

type RequestOptions = {
  query?: QueryParams | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Leave 401 to the caller instead of sending the user to the login page. */
  isUnauthenticatedExpected?: boolean | undefined;
};

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** Remembers the CSRF token from the latest session response; sent on every non-GET request. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** Sets what happens when the API answers 401 (the app navigates to /login). */
export const setUnauthenticatedHandler = (handler: () => void): void => {
  onUnauthenticated = handler;
};

/** Builds `path?query`, skipping empty values. */
export const buildUrl = (path: string, query?: QueryParams): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const parseFieldErrors = (value: unknown): ProblemFieldError[] | undefined => {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.pointer === 'string' && typeof item.detail === 'string'
      ? [{ pointer: item.pointer, detail: item.detail }]
      : [],
  );
};

const parseProblem = async (response: Response): Promise<ApiProblem> => {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, an empty body): fall back to the status line.
  }
  const problem = isRecord(body) ? body : {};
  const title =
    typeof problem.title === 'string' ? problem.title : response.statusText || 'Request failed';
  return new ApiProblem({
    status: response.status,
    code: typeof problem.code === 'string' ? problem.code : `http-${response.status}`,
    title,
    detail:
      typeof problem.detail === 'string'
        ? problem.detail
        : `The request failed (${response.status} ${title}).`,
    errors: parseFieldErrors(problem.errors),
  });
};

/** Sends one request to the API; resolves with the parsed JSON body or throws an ApiProblem. */
export const request = async <T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: RequestOptions = {},
): Promise<T> => {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiProblem(error);
  }

  if (!response.ok) {
    const problem = await parseProblem(response);
    if (response.status === 401 && options.isUnauthenticatedExpected !== true) {
      onUnauthenticated();
    }
    throw problem;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
};

/** The HTTP verbs as functions: `api.get('/api/accounts', { query })`. */
export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
