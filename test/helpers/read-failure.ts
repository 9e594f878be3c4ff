/** The AppError readMessage throws for a body (the test fails when the body is accepted or something else is thrown). */
import { readMessage } from '../../src/iso20022';
import { AppError } from '../../src/errors/app-error';

export function readFailure(body: string): AppError {
  try {
    readMessage(body);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('accepted');
}
