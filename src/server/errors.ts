import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { isSitrepError, type ErrorCode } from '../errors.ts';
import { describeIssues } from './query.ts';

const STATUS_BY_CODE: Readonly<Partial<Record<ErrorCode, ContentfulStatusCode>>> = {
  E_USAGE: 400,
  E_CONFIG: 400,
  E_INPUT_EMPTY: 400,
  E_INPUT_BINARY: 400,
  E_INPUT_ENCODING: 400,
  E_INPUT_JSON: 400,
  E_INPUT_CSV: 400,
  E_INPUT_FORMAT: 400,
  E_INPUT_TOO_LARGE: 413,
  E_INPUT_NOT_FOUND: 404,
  E_NOT_FOUND: 404,
  E_AUTH: 401,
  E_STORE: 503,
  E_BUSY: 503,
};

export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * The one place an exception becomes an HTTP answer. SitrepErrors keep their code and message
 * (they are written for users); anything else is reported as an internal error with no detail,
 * so stack traces, SQL and file paths never reach a client.
 */
export function errorResponse(err: unknown): { status: ContentfulStatusCode; body: ErrorBody; internal: boolean } {
  if (isSitrepError(err)) {
    const status = STATUS_BY_CODE[err.code] ?? 500;
    const internal = status === 500;
    return { status, body: { error: { code: err.code, message: internal ? 'internal error' : err.message } }, internal };
  }
  if (err instanceof ZodError) return { status: 400, body: { error: { code: 'E_USAGE', message: describeIssues(err) } }, internal: false };
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code = status === 413 ? 'E_INPUT_TOO_LARGE' : status === 401 ? 'E_AUTH' : status === 404 ? 'E_NOT_FOUND' : status < 500 ? 'E_USAGE' : 'E_INTERNAL';
    return { status, body: { error: { code, message: err.message || 'request refused' } }, internal: status >= 500 };
  }
  return { status: 500, body: { error: { code: 'E_INTERNAL', message: 'internal error' } }, internal: true };
}
