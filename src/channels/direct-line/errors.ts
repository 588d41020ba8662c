import { CareerBotError } from '../../errors';

/** Why a Direct Line call was refused; each maps to one HTTP status. */
export type DirectLineErrorCode =
  | 'DIRECTLINE_TOKEN_MISSING'
  | 'DIRECTLINE_TOKEN_INVALID'
  | 'DIRECTLINE_FORBIDDEN'
  | 'DIRECTLINE_NOT_FOUND'
  | 'DIRECTLINE_BAD_ACTIVITY'
  | 'DIRECTLINE_TOO_LARGE'
  | 'DIRECTLINE_UNAVAILABLE'
  | 'DIRECTLINE_UPSTREAM_FAILED';

const STATUS: Record<DirectLineErrorCode, number> = {
  DIRECTLINE_TOKEN_MISSING: 401,
  DIRECTLINE_TOKEN_INVALID: 401,
  DIRECTLINE_FORBIDDEN: 403,
  DIRECTLINE_NOT_FOUND: 404,
  DIRECTLINE_BAD_ACTIVITY: 400,
  DIRECTLINE_TOO_LARGE: 413,
  DIRECTLINE_UNAVAILABLE: 503,
  DIRECTLINE_UPSTREAM_FAILED: 502,
};

/** A refused Direct Line request: `message` is the reason given to the client, `status` its HTTP status. */
export class DirectLineError extends CareerBotError {
  readonly status: number;

  constructor(
    readonly reason: DirectLineErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    const status = STATUS[reason];
    super(status === 502 ? 'UPSTREAM_FAILED' : status === 503 ? 'SERVICE_UNAVAILABLE' : 'REQUEST_INVALID', message, options);
    this.name = 'DirectLineError';
    this.status = status;
  }
}
