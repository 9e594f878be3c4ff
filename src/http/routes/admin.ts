import { Router } from 'express';
import type { WatchlistService } from '../../app/watchlist-service';
import type { DeliveryService } from '../../app/delivery-service';
import { AppError } from '../../errors/app-error';
import { type RouteContext, route } from '../api/route';
import { getWatchlist, listDeadLetters, listWatchlistChanges, replaceWatchlist } from '../api/operations/watchlist';
import { watchlistChanges, watchlistStatus } from '../../model/watchlist';

/** GET/PUT /v1/watchlist, GET /v1/watchlist/changes, GET /v1/forwards/dead-letters. */
export function adminRoutes(watchlist: WatchlistService, deliveries: DeliveryService, ctx: RouteContext): Router {
  const r = Router();

  route(r, getWatchlist, ctx, async (_input, _req, res) => {
    const status = await watchlist.status();
    if (!status) throw new AppError('NOT_READY', 'No watchlist is loaded yet');
    res.json(watchlistStatus.parse(status));
  });

  route(r, listWatchlistChanges, ctx, async ({ query }, _req, res) => {
    // checked on the way out: the page and the API description rely on this shape
    res.json(
      watchlistChanges.parse(
        await watchlist.changes({ since: query.since, limit: query.limit, ...(query.cursor !== undefined ? { cursor: query.cursor } : {}) }),
      ),
    );
  });

  // The list is the body: a JSON array or JSON Lines (docs/screening.md, watchlist format).
  // The bytes go to a file as they came: decoding a list of hundreds of MB into a string here would stall this thread.
  route(r, replaceWatchlist, ctx, async ({ body }, _req, res) => {
    if (isBlank(body)) throw new AppError('BODY_MISSING', 'Send the watchlist as a JSON array or JSON Lines');
    const a = await watchlist.replace(body, 'upload');
    res.json({ version: a.version, entries: a.entries, origin: a.origin, loadedAt: a.loadedAt });
  });

  route(r, listDeadLetters, ctx, async (_input, _req, res) => {
    const [forwards, statusReports] = await Promise.all([deliveries.deadLetters(), deliveries.statusDeadLetters()]);
    res.json({ deadLetters: forwards, statusReports });
  });
  return r;
}

/** True when the body holds nothing but whitespace (stops at the first other byte, so a real list costs nothing). */
function isBlank(body: Buffer | undefined): boolean {
  if (!body) return true;
  for (const b of body) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}
