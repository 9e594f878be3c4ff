import { Router } from 'express';
import type { WatchlistService } from '../../app/watchlist-service';
import type { DeliveryService } from '../../app/delivery-service';
import type { TokenRegistry } from '../tokens';
import { AppError } from '../../errors/app-error';
import { requireRole } from '../auth';
import { rawBody } from '../xml-body';

/** GET/PUT /v1/watchlist, GET /v1/forwards/dead-letters. */
export function adminRoutes(watchlist: WatchlistService, deliveries: DeliveryService, tokens: TokenRegistry, maxBodyBytes: number): Router {
  const r = Router();

  r.get('/v1/watchlist', requireRole(tokens, 'reviewer', 'admin'), (_req, res) => {
    const a = watchlist.info();
    if (!a) throw new AppError('NOT_READY', 'No watchlist is loaded yet');
    res.json({ version: a.version, entries: a.entries, origin: a.origin, loadedAt: a.loadedAt });
  });

  // The list is the body: a JSON array or JSON Lines (docs/screening.md, watchlist format).
  // The bytes go to a file as they came: decoding a list of hundreds of MB into a string here would stall this thread.
  r.put('/v1/watchlist', requireRole(tokens, 'admin'), rawBody(maxBodyBytes), async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (isBlank(body)) throw new AppError('BODY_MISSING', 'Send the watchlist as a JSON array or JSON Lines');
    const a = await watchlist.replace(body, 'upload');
    res.json({ version: a.version, entries: a.entries, origin: a.origin, loadedAt: a.loadedAt });
  });

  r.get('/v1/forwards/dead-letters', requireRole(tokens, 'admin', 'reviewer'), async (_req, res) => {
    res.json({ deadLetters: await deliveries.deadLetters() });
  });
  return r;
}

/** True when the body holds nothing but whitespace (stops at the first other byte, so a real list costs nothing). */
function isBlank(body: Buffer): boolean {
  for (const b of body) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}
