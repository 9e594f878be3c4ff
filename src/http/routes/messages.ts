import { Router } from 'express';
import type { MessageService } from '../../app/message-service';
import type { TokenRegistry } from '../tokens';
import { AppError } from '../../errors/app-error';
import { principalOf, requireRole } from '../auth';
import { rawBody, requireBody, requireXml, wantsXml } from '../xml-body';
import { admission } from '../admission';

/** Set on the answer to a resend of the identical message: the stored outcome, replayed. */
export const REPLAY_HEADER = 'X-Chokepoint-Replay';

/** POST /v1/messages, POST /v1/screen, GET /v1/messages/:id/status. */
export function messageRoutes(messages: MessageService, tokens: TokenRegistry, maxBodyBytes: number, maxInFlight = 0): Router {
  const r = Router();
  const body = [requireXml, rawBody(maxBodyBytes), requireBody];

  r.post('/v1/messages', requireRole(tokens, 'submitter'), admission(maxInFlight), ...body, async (req, res) => {
    res.locals.wantsXml = wantsXml(req);
    const bytes = req.body as Buffer;
    let outcome;
    try {
      outcome = await messages.submit(bytes, principalOf(req).name);
    } catch (e) {
      // Input the gateway refuses still gets a RJCT status report when the message can be identified.
      if (e instanceof AppError && e.definition.isoReason) res.locals.statusReport = messages.rejectionReport(bytes, e);
      throw e;
    }
    res.set('X-Chokepoint-Message-Id', outcome.messageId);
    // The identical message was accepted before (the hub resent it, e.g. after 504 STORE_OUTCOME_UNKNOWN): this is the
    // original answer again and nothing was done now.
    if (outcome.replay) res.set(REPLAY_HEADER, 'true');
    if (res.locals.wantsXml) {
      res.status(outcome.httpStatus).type('application/xml').send(outcome.statusReport());
      return;
    }
    res.status(outcome.httpStatus).json({
      ...outcome.result,
      ...(outcome.replay ? { replay: true } : {}),
      ...(outcome.duplicate ? { error: { code: outcome.duplicate, message: 'Seen before: this is the earlier outcome; nothing was done again' } } : {}),
    });
  });

  r.post('/v1/screen', requireRole(tokens, 'submitter', 'reviewer'), ...body, async (req, res) => {
    res.json(await messages.screen(req.body as Buffer));
  });

  r.get('/v1/messages/:id/status', requireRole(tokens, 'submitter', 'reviewer'), async (req, res) => {
    res.json(await messages.status(String(req.params.id)));
  });
  return r;
}
