import { porterStemmerDe } from '../natural';
import type { LanguagePack } from './types';

// Gendered job titles: Entwickler:in, Entwickler*innen, Entwickler/-in, Entwickler(in), Entwickler_in,
// and the -in/-innen feminine of agent nouns (Entwicklerin, Administratorin, Spezialistin, Ingenieurin).
const GENDER_MARK = /(\p{L}{3,})(?::|\*|_|\/-?|\(-?)in(?:nen)?\)?(?!\p{L})/gu;
const FEMININE = /(\p{L}{2,}?(?:er|or|ist|ent|ant|eur|og|ler|ner))in(?:nen)?(?!\p{L})/gu;

/** German language pack. */
export const de: LanguagePack = {
  code: 'de',
  stem: (t) => porterStemmerDe.stem(t),
  rewrites: [
    [GENDER_MARK, '$1'],
    [FEMININE, '$1'],
  ],
  fillers: new Set([
    'und', 'ein', 'eine', 'einen', 'einem', 'einer', 'als', 'der', 'die', 'das', 'den', 'dem', 'wie', 'ist', 'es',
    'mit', 'bei', 'fuer', 'zum', 'zur', 'was', 'denn', 'dann', 'also', 'jetzt', 'noch', 'mal', 'bitte', 'ok', 'okay',
    'gut', 'so', 'sieht', 'aus', 's', 'wies', 'wie', 'beim', 'im', 'in', 'ueber', 'zu', 'auch', 'ich', 'mich',
    'interessiere', 'interessiert', 'beruf', 'job', 'oder', 'aha', 'ah', 'ja', 'hmm', 'nun', 'sonst',
  ]),
  commonWords: [
    'ich', 'du', 'sie', 'wir', 'ihr', 'der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'wie', 'was',
    'wo', 'warum', 'welche', 'welcher', 'kann', 'man', 'mit', 'fuer', 'auf', 'auch', 'noch', 'bitte', 'danke',
    'hallo', 'mir', 'mich', 'dich', 'dir', 'gibt', 'es', 'sind', 'werden', 'wird', 'haben', 'hat', 'zu', 'im',
    'bei', 'als', 'oder', 'aber', 'wenn', 'dass', 'viel', 'mehr', 'gut', 'schon', 'ja', 'nein', 'kein', 'keine',
  ],
  letters: /[äöüß]/i,
};
