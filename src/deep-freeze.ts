/**
 * Freezes a value and everything reachable from it, the values of Maps included (a Map itself stays
 * writable: `Object.freeze` does not reach its entries; its type says ReadonlyMap). Frozen first, then
 * descended into, so shared or circular references are visited once.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (value instanceof Map) for (const v of value.values()) deepFreeze(v);
  else for (const v of Object.values(value)) deepFreeze(v);
  return value;
}
