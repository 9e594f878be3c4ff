/**
 * The accept path of an HTTP process: the message reader (inline, or a thread for large bodies), the operator's
 * XSDs in strict mode, and the accept and message use cases over the screening state.
 */
import { MessageReader } from '../runtime/message-reader';
import { loadStrictXsd } from '../strict-xsd';
import { AcceptService } from '../app/accept-service';
import { MessageService } from '../app/message-service';
import type { Core } from './core';
import type { Screening } from './screening';
import { outcomePolicyOf } from './policy';

/** `dispatcherHere`: this process runs the intent dispatcher, so an accept kicks it; otherwise it polls (≤ 50 ms). */
export async function openMessages(core: Core, s: Screening, o: { dispatcherHere: boolean }): Promise<MessageService> {
  const { config, log, now, keys, metrics, store, reports, dispatcher, closers } = core;
  const reader = new MessageReader({
    largeBodyBytes: config.largeBodyBytes,
    threads: 1,
    validate: config.schemaValidation,
    limits: config.xmlLimits,
    onThreadError: (e) => log.error({ error: e.name }, 'message reader thread failed'),
  });
  if (!config.schemaValidation) log.warn('SCHEMA_VALIDATION=off: messages are not validated against their schema (for measurements only)');
  closers.push(() => reader.close());
  const strict = config.strictXsdDir ? await loadStrictXsd(config.strictXsdDir) : undefined;
  if (strict) {
    closers.push(async () => strict.close());
    log.info({ dir: config.strictXsdDir, namespaces: strict.namespaces.length }, 'strict mode: operator XSDs loaded');
  }
  const accept = new AcceptService({
    screening: s.screening,
    store,
    keys,
    ...(o.dispatcherHere ? { dispatcher } : {}),
    suppress: s.exceptions.suppressor(),
    suppressionAudit: (id) => s.exceptions.appliedAuditData(id),
    rescreenLookbackMs: config.rescreenLookbackMs,
    now,
    observeStage: (stage, seconds) => metrics.acceptStage.observe({ stage }, seconds),
    outcomes: outcomePolicyOf(config),
  });
  return new MessageService({ reader, ...(strict ? { strict } : {}), screening: s.screening, reports, store, metrics, accept });
}
