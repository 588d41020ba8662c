export { loadBrain, type Brain } from './brain';
export { startHotReload, type HotReloadOptions, type ReloadResult } from './hot-reload';
