import type { Request, RequestHandler, Response } from 'restify';
import type { Logger } from '../log';

/**
 * The body's exact bytes, or undefined as soon as it has more than `maxBytes` (reading stops there; a
 * Content-Length over the limit is refused before reading). Rejects when the client goes away mid-body.
 */
export function readRawBody(req: Request, maxBytes: number): Promise<Buffer | undefined> {
  if (Number(req.header('content-length') ?? 0) > maxBytes) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else {
        req.pause();
        resolve(undefined);
      }
    });
    req.once('end', () => resolve(size <= maxBytes ? Buffer.concat(chunks, size) : undefined));
    req.once('error', reject);
    req.once('aborted', () => reject(new Error('request aborted')));
  });
}

/** Answers 413 at once and drops the connection: the rest of an oversized body is never read. */
export function payloadTooLarge(req: Request, res: Response, maxBytes: number): void {
  res.header('Connection', 'close');
  res.once('finish', () => req.destroy());
  res.send(413, { code: 'PayloadTooLarge', message: `the body is larger than ${maxBytes} bytes` });
}

/** Answers 415 for a compressed body (no client of these routes compresses) and says false; true when plain. */
export function plainEncoding(req: Request, res: Response): boolean {
  const encoding = req.header('content-encoding');
  if (!encoding || encoding === 'identity') return true;
  res.send(415, { code: 'UnsupportedMediaType', message: `content encoding ${encoding} is not supported` });
  return false;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * Reads and parses the body of requests to the JSON routes (Bot Framework activities, Direct Line) into
 * `req.body`: JSON for `application/json` (and `…+json`) bodies, the text otherwise, so that the route
 * refuses it with its own reason. Over `maxBytes`: 413; compressed: 415; invalid JSON: 400 with the
 * parser's reason (each logged at info level). Empty bodies, and requests `skip` picks (routes reading
 * their own bytes), leave `req.body` undefined. Written for these routes instead of restify's body parser,
 * which also allocates through the deprecated `Buffer()` constructor on every request.
 */
export function jsonBodyParser(options: { maxBytes: number; skip(req: Request): boolean; logger: Logger }): RequestHandler {
  const refused = (req: Request, status: number, reason: string): void =>
    options.logger.info('request rejected', { code: 'REQUEST_INVALID', path: req.path(), status, reason });
  return (req, res, next) => {
    if (options.skip(req) || (!req.isChunked() && !req.getContentLength())) return next();
    if (!plainEncoding(req, res)) {
      refused(req, 415, 'compressed body');
      return next(false);
    }
    readRawBody(req, options.maxBytes).then(
      (raw) => {
        if (!raw) {
          refused(req, 413, 'body too large');
          payloadTooLarge(req, res, options.maxBytes);
          return next(false);
        }
        if (raw.length === 0) return next();
        const text = raw.toString('utf8');
        if (!JSON_TYPE.test(req.getContentType())) {
          req.body = text;
          return next();
        }
        try {
          req.body = JSON.parse(text) as unknown;
        } catch (err) {
          const reason = `the body is not valid JSON: ${(err as Error).message}`;
          refused(req, 400, reason);
          res.send(400, { code: 'BadRequest', message: reason });
          return next(false);
        }
        return next();
      },
      // The client went away mid-body: nobody to answer.
      () => next(false),
    );
  };
}
