import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';
import type { PlainMiddleware } from './plain-http';

const XML_TYPES = /^(application|text)\/([\w.+-]+\+)?xml$/i;

/** application/xml, text/xml and application/*+xml are accepted; anything else is 415. */
export const requireXml: PlainMiddleware = (req, _res, next) => {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
  if (!XML_TYPES.test(type)) {
    return next(new AppError('MEDIA_TYPE_UNSUPPORTED', `Send the message as application/xml (got ${type === '' ? 'no Content-Type' : type})`));
  }
  next();
};

export const requireBody: PlainMiddleware = (req, _res, next) => {
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) return next(new AppError('BODY_MISSING', 'The request has no body: send one ISO 20022 message'));
  next();
};

/**
 * false when the request's Accept cannot prefer XML (no 'xml' in it, the usual case): JSON, without negotiating.
 * Only such requests take the direct path of POST /v1/messages; the others are negotiated by express (wantsXml).
 */
export function mayWantXml(req: IncomingMessage): boolean {
  const accept = req.headers.accept;
  return accept !== undefined && /xml/i.test(accept);
}

/** true when the client asked for XML rather than JSON. */
export function wantsXml(req: IncomingMessage): boolean {
  if (!mayWantXml(req)) return false;
  return (req as Request).accepts(['application/json', 'application/xml', 'text/xml']) !== 'application/json';
}
