import { ERROR_CATALOG, ErrorCode, ErrorDefinition } from './catalog';

export interface ErrorLocation {
  /** XPath-like location inside the message, e.g. /Document/FIToFICstmrCdtTrf/CdtTrfTxInf[2]/Cdtr/Nm */
  readonly path?: string;
  /** 1-based line in the submitted body. */
  readonly line?: number;
  readonly column?: number;
}

/** One problem found in the input; an AppError may carry many (all schema violations of a message). */
export interface ErrorDetail extends ErrorLocation {
  readonly code: ErrorCode;
  readonly message: string;
}

/**
 * The error type of the whole product. Carries a catalog code, a message that names what is wrong and where,
 * and optionally the list of individual problems. Never carries personal data: messages name paths, not values.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
  readonly details: readonly ErrorDetail[];
  /** What could be identified of the offending message, so a RJCT status report can still be built. */
  readonly context?: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    message: string,
    options: ErrorLocation & { details?: readonly ErrorDetail[]; context?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.path = options.path;
    this.line = options.line;
    this.column = options.column;
    this.details = options.details ?? [];
    this.context = options.context;
  }

  get definition(): ErrorDefinition {
    return ERROR_CATALOG[this.code];
  }

  get httpStatus(): number {
    return this.definition.httpStatus;
  }

  toJSON(): { code: ErrorCode; message: string; path?: string; line?: number; details?: ErrorDetail[] } {
    return {
      code: this.code,
      message: this.message,
      ...(this.path !== undefined ? { path: this.path } : {}),
      ...(this.line !== undefined ? { line: this.line } : {}),
      ...(this.details.length > 0 ? { details: [...this.details] } : {}),
    };
  }
}

/**
 * An AppError without a stack trace, for refusals that are expected and frequent (503 OVERLOADED past capacity): the
 * trace cost more CPU than the rest of the answer, at the moment CPU is what is short, and nothing reads it.
 */
export function refusal(code: ErrorCode, message: string): AppError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new AppError(code, message);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/**
 * An AppError as plain data, to cross a worker-thread boundary: structured clone keeps only the message of an
 * Error, and the code, place and details are what the caller answers with.
 */
export interface AppErrorData {
  readonly code: ErrorCode;
  readonly message: string;
  readonly path?: string;
  readonly line?: number;
  readonly details: readonly ErrorDetail[];
  readonly context?: Record<string, unknown>;
}

export function toAppErrorData(e: AppError): AppErrorData {
  return {
    code: e.code,
    message: e.message,
    ...(e.path !== undefined ? { path: e.path } : {}),
    ...(e.line !== undefined ? { line: e.line } : {}),
    details: e.details,
    ...(e.context ? { context: { ...e.context } } : {}),
  };
}

export function fromAppErrorData(d: AppErrorData): AppError {
  return new AppError(d.code, d.message, {
    ...(d.path !== undefined ? { path: d.path } : {}),
    ...(d.line !== undefined ? { line: d.line } : {}),
    details: d.details,
    ...(d.context ? { context: d.context } : {}),
  });
}
