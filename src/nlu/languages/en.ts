import { porterStemmerEn } from '../natural';
import type { LanguagePack } from './types';

/** English language pack. */
export const en: LanguagePack = {
  code: 'en',
  stem: (t) => porterStemmerEn.stem(t),
  rewrites: [
    // what's -> whats, don't -> dont: one token, as most people type them anyway.
    [/(\p{L})['’](s|t|re|ve|ll|d|m)(?!\p{L})/gu, '$1$2'],
  ],
  fillers: new Set([
    'and', 'a', 'an', 'the', 'what', 'about', 'how', 'for', 'as', 'then', 'so', 'ok', 'okay', 'now', 'please',
    'pls', 'is', 'it', 'of', 'with', 'being', 'be', 'to', 'become', 'i', 'im', 'am', 'interested', 'in', 'job',
    'occupation', 'or', 'also', 'too', 'hmm', 'well', 'yes', 'ah', 'oh', 'tell', 'me', 'more',
  ]),
  commonWords: [
    'i', 'you', 'we', 'they', 'the', 'a', 'an', 'and', 'is', 'are', 'not', 'what', 'how', 'where', 'why', 'which',
    'can', 'do', 'does', 'with', 'for', 'on', 'also', 'please', 'thanks', 'thank', 'hello', 'me', 'my', 'your',
    'there', 'it', 'be', 'will', 'have', 'has', 'to', 'in', 'of', 'as', 'or', 'but', 'if', 'that', 'much', 'more',
    'good', 'yes', 'no', 'any', 'about', 'should',
  ],
};
