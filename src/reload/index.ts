export { loadBrain, type Brain } from './brain';
export { BrainCache, brainFingerprint, type CachedBrain } from './brain-cache';
export { startHotReload, type HotReloadOptions, type ReloadResult } from './hot-reload';
