import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';

const XML_TYPES = /^(application|text)\/([\w.+-]+\+)?xml$/i;

/** application/xml, text/xml and application/*+xml are accepted; anything else is 415. */
export function requireXml(req: Request, _res: Response, next: NextFunction): void {
  const type = (req.get('content-type') ?? '').split(';')[0]!.trim();
  if (!XML_TYPES.test(type)) {
    return next(new AppError('MEDIA_TYPE_UNSUPPORTED', `Send the message as application/xml (got ${type === '' ? 'no Content-Type' : type})`));
  }
  next();
}

export function requireBody(req: Request, _res: Response, next: NextFunction): void {
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) return next(new AppError('BODY_MISSING', 'The request has no body: send one ISO 20022 message'));
  next();
}

/** true when the client asked for XML rather than JSON. */
export function wantsXml(req: Request): boolean {
  // No 'xml' in Accept (the usual case): JSON, without negotiating.
  const accept = req.headers.accept;
  if (accept === undefined || !/xml/i.test(accept)) return false;
  return req.accepts(['application/json', 'application/xml', 'text/xml']) !== 'application/json';
}
