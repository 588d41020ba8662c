import assert from 'node:assert/strict';
import { extend } from '../src/extend';

describe('extend: a spread without the per-object hidden class', () => {
  interface State {
    topic?: string;
    occupation?: string;
    misses?: number;
  }

  it('copies base with extra set, as { ...base, ...extra } would, and leaves base alone', () => {
    const base: State = { topic: 'salary', occupation: 'backend-developer', misses: 1 };
    const next = extend(base, { topic: 'education', misses: undefined });
    assert.deepEqual(next, { ...base, topic: 'education', misses: undefined });
    assert.deepEqual(Object.keys(next), ['topic', 'occupation', 'misses']);
    assert.deepEqual(base, { topic: 'salary', occupation: 'backend-developer', misses: 1 });
    assert.notEqual(next, base);
  });

  it('refuses a key the type does not have, so a misspelt state key fails to compile', () => {
    const base: State = { topic: 'salary' };
    // @ts-expect-error — "pendingTopc" is no key of State (the build fails if this compiles).
    const next = extend(base, { pendingTopc: 'salary' });
    assert.equal(next.topic, 'salary');
  });
});
