import type { Permission, Principal, Role, TokenRegistry } from './tokens';
import { AppError } from '../errors/app-error';
import type { PlainMiddleware } from './plain-http';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
  }
}

/** 401 without a valid bearer token, 403 when the token's role is not among `roles` or it lacks `permission`. */
export function requireRole(tokens: TokenRegistry, roles: readonly Role[], permission?: Permission): PlainMiddleware {
  return (req, res, next) => {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const principal = m ? tokens.identify(m[1]!) : undefined;
    if (!principal) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="chokepoint"');
      return next(new AppError('AUTH_REQUIRED', m ? 'The bearer token is not valid' : 'Send Authorization: Bearer <token>'));
    }
    if (!roles.includes(principal.role)) {
      return next(new AppError('FORBIDDEN', `This needs the role ${roles.join(' or ')}; the token "${principal.name}" is a ${principal.role}`));
    }
    if (permission && !principal.permissions.includes(permission)) {
      return next(
        new AppError(
          'FORBIDDEN',
          `This needs the permission ${permission}, which the token "${principal.name}" does not have (tokens file: "permissions": ["${permission}"])`,
        ),
      );
    }
    req.principal = principal;
    next();
  };
}

export function principalOf(req: { principal?: Principal }): Principal {
  if (!req.principal) throw new AppError('AUTH_REQUIRED', 'Send Authorization: Bearer <token>');
  return req.principal;
}
