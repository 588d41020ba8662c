import type { Response } from 'restify';

/**
 * A stand-in for the HTTP response that records what the Bot Framework adapter sends and replays it on
 * `release()`. The server releases it only after the turn's writes are committed, so a reply the client
 * received always describes stored data — even if the process is killed right after.
 */
export function holdResponse(res: Response): { response: Response; release(): void } {
  const calls: ((r: Response) => void)[] = [];
  const response = {
    status: (code: number) => (calls.push((r) => r.status(code)), code),
    header: (name: string, value: string) => calls.push((r) => r.header(name, value)),
    send: (body?: unknown) => calls.push((r) => r.send(body)),
    end: () => calls.push((r) => r.end()),
  } as unknown as Response;
  return {
    response,
    release: () => {
      for (const call of calls) call(res);
      // The adapter may only set a status (e.g. 200 without a body); an unfinished response would hang.
      if (!res.headersSent) res.send();
    },
  };
}
