import { Router } from 'express';
import type { MessageService } from '../../app/message-service';
import { AppError } from '../../errors/app-error';
import { principalOf } from '../auth';
import { wantsXml } from '../xml-body';
import { JSON_TYPE, XML_TYPE, sendText } from '../plain-http';
import { type PlainHandler, type RouteContext, route } from '../api/route';
import { messageStatusOp, screenMessage, submitMessage } from '../api/operations/messages';

/** Set on the answer to a resend of the identical message: the stored outcome, replayed. */
export const REPLAY_HEADER = 'X-Chokepoint-Replay';

/**
 * POST /v1/messages on Node's own objects: express's route and the direct path (http/hot-route.ts) run it. The
 * answer is written directly: express's res.json / res.send would stringify again through the app's settings,
 * convert, and check freshness headers that a POST never has.
 */
export function submitHandler(messages: MessageService): PlainHandler<typeof submitMessage> {
  return async ({ body }, req, res) => {
    res.locals.wantsXml = wantsXml(req);
    let outcome;
    try {
      outcome = await messages.submit(body, principalOf(req).name);
    } catch (e) {
      // Input the gateway refuses still gets a RJCT status report when the message can be identified.
      if (e instanceof AppError && e.definition.isoReason) res.locals.statusReport = messages.rejectionReport(body, e);
      throw e;
    }
    res.setHeader('X-Chokepoint-Message-Id', outcome.messageId);
    // The identical message was accepted before (the hub resent it, e.g. after 504 STORE_OUTCOME_UNKNOWN): this is the
    // original answer again and nothing was done now.
    if (outcome.replay) res.setHeader(REPLAY_HEADER, 'true');
    if (res.locals.wantsXml) return sendText(res, outcome.httpStatus, XML_TYPE, outcome.statusReport());
    // The result serialised as it is, the two rare fields spliced in after it: no copy of the result to add them.
    let json = outcome.resultJson ?? JSON.stringify(outcome.result);
    if (outcome.replay || outcome.duplicate) {
      const extra = {
        ...(outcome.replay ? { replay: true } : {}),
        ...(outcome.duplicate ? { error: { code: outcome.duplicate, message: 'Seen before: this is the earlier outcome; nothing was done again' } } : {}),
      };
      json = `${json.slice(0, -1)},${JSON.stringify(extra).slice(1)}`;
    }
    sendText(res, outcome.httpStatus, JSON_TYPE, json);
  };
}

/** POST /v1/messages, POST /v1/screen, GET /v1/messages/:id/status. */
export function messageRoutes(messages: MessageService, ctx: RouteContext): Router {
  const r = Router();

  route(r, submitMessage, ctx, submitHandler(messages));

  route(r, screenMessage, ctx, async ({ body }, _req, res) => {
    res.json(await messages.screen(body));
  });

  route(r, messageStatusOp, ctx, async ({ params }, _req, res) => {
    res.json(await messages.status(params.id));
  });
  return r;
}
