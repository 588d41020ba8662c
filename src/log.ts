import pino, { type DestinationStream } from 'pino';
import type { LogLevel } from './config';

/**
 * Structured logging, one JSON object per line (pino). Fields carry codes, ids and counts — never message
 * text or personal data at info level and above.
 */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  /** A logger adding `fields` to every line (e.g. a turn's request id). */
  child(fields: Record<string, unknown>): Logger;
}

/**
 * Creates a pino logger at `level`, writing JSON lines to stderr, or to `write` (one call per line, without
 * the newline) when given. Writes to stderr are synchronous, so the last lines before an exit are not lost.
 */
export function createLogger(level: LogLevel, write?: (line: string) => void): Logger {
  const destination: DestinationStream = write ? { write: (chunk: string) => write(chunk.trimEnd()) } : pino.destination({ dest: 2, sync: true });
  return wrap(
    pino(
      {
        level,
        base: undefined,
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        // Errors keep their code and cause chain (pino's serializer), under any field name.
        serializers: { err: pino.stdSerializers.err, cause: pino.stdSerializers.err },
      },
      destination,
    ),
  );
}

function wrap(p: pino.Logger): Logger {
  return {
    debug: (msg, fields) => p.debug(fields ?? {}, msg),
    info: (msg, fields) => p.info(fields ?? {}, msg),
    warn: (msg, fields) => p.warn(fields ?? {}, msg),
    error: (msg, fields) => p.error(fields ?? {}, msg),
    child: (fields) => wrap(p.child(fields)),
  };
}
