export { loadBrain, type Brain } from './brain';
export { ModelCache, modelFingerprint } from './model-cache';
export { startHotReload, type HotReloadOptions, type ReloadResult } from './hot-reload';
