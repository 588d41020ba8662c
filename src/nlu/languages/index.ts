import type { Language } from '../../language';
import { de } from './de';
import { en } from './en';
import type { LanguagePack } from './types';

export type { LanguagePack } from './types';

/** The language packs, one per supported language. */
export const LANGUAGE_PACKS: Readonly<Record<Language, LanguagePack>> = Object.freeze({ de, en });
