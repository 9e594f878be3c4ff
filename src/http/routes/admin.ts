import express, { Router } from 'express';
import type { WatchlistService } from '../../app/watchlist-service';
import type { MessageStore } from '../../store/message-store';
import type { TokenRegistry } from '../../auth/tokens';
import { AppError } from '../../errors/app-error';
import { requireRole } from '../auth';

/** GET/PUT /v1/watchlist, GET /v1/forwards/dead-letters. */
export function adminRoutes(watchlist: WatchlistService, store: MessageStore, tokens: TokenRegistry, maxBodyBytes: number): Router {
  const r = Router();

  r.get('/v1/watchlist', requireRole(tokens, 'reviewer', 'admin'), (_req, res) => {
    const a = watchlist.info();
    if (!a) throw new AppError('NOT_READY', 'No watchlist is loaded yet');
    res.json({ version: a.version, entries: a.entries, origin: a.origin, loadedAt: a.loadedAt });
  });

  // The list is the body: a JSON array or JSON Lines (DESIGN 3.4).
  r.put('/v1/watchlist', requireRole(tokens, 'admin'), express.text({ type: () => true, limit: maxBodyBytes }), async (req, res) => {
    const text = typeof req.body === 'string' ? req.body : '';
    if (text.trim() === '') throw new AppError('BODY_MISSING', 'Send the watchlist as a JSON array or JSON Lines');
    const a = await watchlist.replace(text, 'upload');
    res.json({ version: a.version, entries: a.entries, origin: a.origin, loadedAt: a.loadedAt });
  });

  r.get('/v1/forwards/dead-letters', requireRole(tokens, 'admin', 'reviewer'), async (_req, res) => {
    res.json({ deadLetters: await store.deadLetters() });
  });
  return r;
}
