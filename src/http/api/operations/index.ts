/**
 * Every operation of the HTTP API. A route that express registers but that is missing here fails
 * test/unit/http/openapi-routes.test.ts, which says what to add.
 */
import type { Operation } from '../operation';
import { messageStatusOp, screenMessage, submitMessage } from './messages';
import { claimHold, getHold, listHolds, rejectHold, releaseHold, revealHoldDebtor, unclaimHold } from './holds';
import { confirmException, exceptionCandidates, getException, listExceptions, proposeException, revokeException } from './exceptions';
import { reviewAssets, reviewDashboardOp, reviewPage, reviewSessionOp, reviewVendor } from './review';
import { closePostHoc, getPostHoc, listPostHoc } from './post-hoc';
import { getWatchlist, listDeadLetters, listWatchlistChanges, replaceWatchlist } from './watchlist';
import { docsAssets, docsPage, healthz, metrics, openApiDocument, readyz } from './service';

export const OPERATIONS: readonly Operation[] = [
  submitMessage,
  screenMessage,
  messageStatusOp,
  listHolds,
  getHold,
  revealHoldDebtor,
  releaseHold,
  rejectHold,
  claimHold,
  unclaimHold,
  listExceptions,
  getException,
  exceptionCandidates,
  proposeException,
  confirmException,
  revokeException,
  getWatchlist,
  listWatchlistChanges,
  replaceWatchlist,
  listDeadLetters,
  reviewPage,
  reviewAssets,
  reviewVendor,
  reviewSessionOp,
  reviewDashboardOp,
  listPostHoc,
  getPostHoc,
  closePostHoc,
  healthz,
  readyz,
  metrics,
  openApiDocument,
  docsPage,
  docsAssets,
];
