import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { AppError, isAppError } from '../errors/app-error';
import type { Metrics } from '../observability/metrics';
import { JSON_TYPE, XML_TYPE, sendText } from './plain-http';

/** Errors of body-parser and friends, mapped onto the catalog. */
function fromFramework(err: { type?: string; status?: number; message?: string }): AppError | undefined {
  switch (err.type) {
    case 'entity.too.large':
      return new AppError('PAYLOAD_TOO_LARGE', 'The body exceeds the size limit (MAX_BODY_BYTES)');
    case 'entity.parse.failed':
      return new AppError('JSON_MALFORMED', `The body is not valid JSON: ${err.message ?? ''}`.trim());
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('MEDIA_TYPE_UNSUPPORTED', err.message ?? 'Unsupported encoding');
    case 'request.aborted':
      return new AppError('REQUEST_INVALID', 'The request was aborted by the client');
    default:
      return undefined;
  }
}

/** Answers an error on Node's own objects (express's error handler and the direct path of POST /v1/messages). */
export type ErrorResponder = (err: unknown, req: IncomingMessage, res: ServerResponse & { locals?: Record<string, unknown> }) => void;

/**
 * The one place that turns errors into responses: { error: { code, message, path?, line?, details? } } with the
 * catalog's HTTP status. A RJCT status report built by the route travels along (as XML when asked for XML).
 * Unexpected errors are logged with their stack and answered 500 without internals; `isStoreUnavailable` tells the
 * errors that mean the durable store cannot be reached (503, may be retried) from the rest.
 */
export function errorResponder(log: Logger, metrics: Metrics, isStoreUnavailable: (e: unknown) => boolean): ErrorResponder {
  return (err, req, res) => {
    const e: AppError = isAppError(err)
      ? err
      : isStoreUnavailable(err)
        ? new AppError('STORE_UNAVAILABLE', 'The durable store (Redis) is not reachable; nothing was accepted, retry later')
        : (fromFramework(err as { type?: string }) ?? new AppError('INTERNAL', 'Internal error; the request was not accepted', { cause: err }));
    if (e.code === 'INTERNAL') log.error({ err, route: pathOf(req) }, 'unhandled error');
    // ids and key ids only: the message of a sealed record's error never holds its content
    else if (e.code === 'RECORD_KEY_UNKNOWN' || e.code === 'RECORD_UNREADABLE')
      log.error({ code: e.code, err: e.message, route: pathOf(req) }, 'a stored record cannot be read');
    metrics.inputErrors.inc({ code: e.code });
    if (res.headersSent) return;
    if (e.code === 'STORE_UNAVAILABLE' || e.code === 'STORE_OUTCOME_UNKNOWN') res.setHeader('Retry-After', '1');
    const report = res.locals?.statusReport as string | undefined;
    if (report && res.locals?.wantsXml) return sendText(res, e.httpStatus, XML_TYPE, report);
    sendText(res, e.httpStatus, JSON_TYPE, JSON.stringify({ error: e.toJSON(), ...(report ? { statusReport: report } : {}) }));
  };
}

/** The error responder as express's error-handling middleware. */
export function errorHandler(respond: ErrorResponder) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => respond(err, req, res);
}

/** The path of a request without its query string, as express's req.path. */
function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}
