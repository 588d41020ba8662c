import assert from 'node:assert/strict';
import { startupLog } from '../helpers/start';

describe('heap growth bound (HEAP_GROWING_PERCENT)', function () {
  this.timeout(60_000);
  const bounded = (log: Record<string, unknown>[]): unknown => log.find((l) => l.msg === 'heap growth bounded')?.heapGrowingPercent;

  it('the started bot bounds V8 heap growth at 50 % by default, and at the configured value', async () => {
    assert.equal(bounded(await startupLog([])), 50);
    assert.equal(bounded(await startupLog([], { HEAP_GROWING_PERCENT: '120' })), 120);
  });

  it("leaves V8's own growth with 0, and an operator's node --heap-growing-percent wins", async () => {
    assert.equal(bounded(await startupLog([], { HEAP_GROWING_PERCENT: '0' })), undefined);
    assert.equal(bounded(await startupLog(['--heap-growing-percent=80'])), undefined);
  });
});
