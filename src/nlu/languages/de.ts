import { porterStemmerDe } from '../natural';
import { DE_LEXICON } from './de-lexicon';
import type { LanguagePack } from './types';

// Gendered job titles: Entwickler:in, Entwickler*innen, Entwickler/-in, Entwickler(in), Entwickler_in,
// and the -in/-innen feminine of agent nouns (Entwicklerin, Administratorin, Spezialistin, Ingenieurin).
const GENDER_MARK = /(\p{L}{3,})(?::|\*|_|\/-?|\(-?)in(?:nen)?\)?(?!\p{L})/gu;
const FEMININE = /(\p{L}{2,}?(?:er|or|ist|ent|ant|eur|og|ler|ner))in(?:nen)?(?!\p{L})/gu;

/** German language pack. */
export const de: LanguagePack = {
  code: 'de',
  stem: (t) => porterStemmerDe.stem(t),
  lexicon: () => DE_LEXICON.split('\n'),
  rewrites: [
    { pattern: GENDER_MARK, replacement: '$1', only: /[:*_/(]-?in/ },
    { pattern: FEMININE, replacement: '$1', only: /(?:er|or|ist|ent|ant|eur|og)in/ },
  ],
  // Chat shorthand, whole words: spelled out before the words are read, in training and recognition alike.
  shorthands: {
    vllt: 'vielleicht', vlt: 'vielleicht', viell: 'vielleicht', evtl: 'eventuell', bzw: 'beziehungsweise', nich: 'nicht', nix: 'nichts',
    jz: 'jetzt', jetz: 'jetzt', haste: 'hast du', biste: 'bist du', kannste: 'kannst du', weisste: 'weißt du', willste: 'willst du', brauchste: 'brauchst du',
    gibts: 'gibt es', wieviel: 'wie viel', wiviel: 'wie viel',
  },
  fillers: new Set([
    'und', 'ein', 'eine', 'einen', 'einem', 'einer', 'als', 'der', 'die', 'das', 'den', 'dem', 'wie', 'ist', 'es',
    'mit', 'bei', 'fuer', 'zum', 'zur', 'was', 'denn', 'dann', 'also', 'jetzt', 'noch', 'mal', 'bitte', 'ok', 'okay',
    'gut', 'so', 'sieht', 'aus', 's', 'wies', 'wie', 'beim', 'im', 'in', 'ueber', 'zu', 'auch', 'ich', 'mich',
    'interessiere', 'interessiert', 'beruf', 'job', 'oder', 'aha', 'ah', 'ja', 'hmm', 'nun', 'sonst', 'bin', 'vielleicht',
    // Spoken short forms of the article: "und ne Data Scientistin?"
    'ne', 'nen', 'nem', 'ner',
    // A greeting before the occupation asks about it: "Hallo! Backend Developer".
    'hallo', 'hi', 'hey', 'moin', 'servus',
  ]),
  greetings: ['hallo', 'hi', 'hey', 'moin', 'servus', 'guten tag', 'guten morgen', 'guten abend', 'grüß gott', 'grüss gott', 'grüezi'],
  questionWords: {
    asking: new Set(['was', 'wie', 'welche', 'welcher', 'welches', 'welchen', 'welchem', 'wo', 'wann', 'warum', 'wieso', 'weshalb', 'wer', 'wieviel', 'ob']),
    afterComma: new Set(['was', 'wie', 'wo', 'wann', 'wieviel']),
    requests: new Set(['wissen', 'erfahren', 'erklaeren', 'erklaere', 'erklaer', 'sagen', 'hoeren']),
    wishes: new Set(['moechte', 'moechten', 'wuerde', 'wuerden', 'will', 'wollen', 'gerne', 'gern', 'kannst', 'koenntest', 'koennen', 'koenntet', 'bitte', 'mir', 'uns']),
  },
  particles: new Set(['eigentlich', 'denn', 'halt', 'eben', 'mal', 'eh', 'ueberhaupt', 'wirklich', 'ungefaehr', 'vielleicht']),
  languageRequests: ['deutsch', 'deutsch bitte', 'auf deutsch', 'auf deutsch bitte', 'bitte auf deutsch', 'kannst du deutsch', 'sprichst du deutsch', 'kannst du auf deutsch antworten', 'in german', 'in german please', 'german please', 'speak german', 'can you speak german', 'do you speak german', 'can you answer in german'],
  languageRequestForm: {
    names: { de: 'deutsch', en: 'englisch' },
    starts: ['und', 'kannst du', 'koenntest du', 'koennen wir', 'koennten wir', 'lass uns', 'bitte', 'sprich', 'antworte', 'schreib', 'sag', 'erklaer'],
    between: ['bitte', 'du', 'wir', 'mir', 'uns', 'das', 'es', 'lieber', 'ab', 'jetzt', 'weiter', 'dann', 'vielleicht', 'mal', 'einfach', 'auch', 'nochmal', 'noch mal'],
    before: ['auf', 'in'],
    ends: ['bitte', 'weiter', 'weitermachen', 'antworten', 'sprechen', 'schreiben', 'reden', 'sagen', 'erklaeren', 'uebersetzen'],
  },
  placeReferences: ['dort', 'dorthin', 'vor ort', 'in der stadt', 'in der gegend', 'in der region'],
  onBehalf: [
    'mein sohn', 'meine tochter', 'mein kind', 'meinem sohn', 'meiner tochter', 'meinem kind', 'meine kinder', 'unser sohn', 'unsere tochter', 'unser kind',
    'unserem sohn', 'unserer tochter', 'mein neffe', 'meine nichte', 'mein enkel', 'meine enkelin', 'mein bruder', 'meine schwester', 'meinem bruder',
    'meiner schwester', 'meine freundin', 'mein freund', 'mein mann', 'meine frau', 'mein partner', 'meine partnerin', 'personalabteilung',
    'stellenanzeige', 'wir suchen', 'recruiter', 'recruiterin', 'meinen sohn', 'unseren sohn', 'meinen neffen', 'meinen enkel', 'meinen bruder',
    'meinen mann', 'meinen freund', 'meinen partner',
  ],
  farewells: ['tschüss', 'tschüs', 'tschau', 'ciao', 'auf wiedersehen', 'bis dann', 'bis bald', 'bis später', "mach's gut", 'machs gut', 'adieu', 'ade',
    'schönen tag noch', 'schönen abend noch', 'einen schönen tag noch', 'bye'],
  signOffs: ['mit freundlichen grüßen', 'freundliche grüße', 'mit freundlichem gruß', 'viele grüße', 'liebe grüße', 'beste grüße', 'schöne grüße', 'herzliche grüße', 'mfg', 'lg', 'vg', 'hochachtungsvoll'],
  whyQuestions: ['warum', 'wieso', 'weshalb', 'warum das', 'wieso das', 'und warum', 'aber warum', 'warum denn', 'wieso denn', 'warum eigentlich', 'warum ist das so', 'wieso ist das so', 'wie kommt das', 'woran liegt das', 'und wieso', 'aber wieso'],
  verdictQuestions: ['also wer jetzt', 'und wer jetzt', 'wer jetzt', 'wer denn nun', 'wer denn jetzt', 'also welcher jetzt', 'welcher jetzt', 'welcher denn nun', 'welcher denn jetzt', 'wer gewinnt', 'und wer gewinnt', 'wer hat gewonnen', 'wer liegt vorn', 'wer liegt vorne', 'welcher ist besser', 'und welcher ist besser', 'welcher ist denn besser', 'welcher ist jetzt besser', 'welcher ist nun besser', 'welcher von beiden ist besser', 'welcher davon ist besser', 'was ist besser', 'und was ist besser', 'was ist denn besser', 'was ist jetzt besser', 'was ist nun besser', 'fazit', 'und dein fazit', 'dein fazit', 'was ist dein fazit', 'und was ist dein fazit', 'was ist dein urteil', 'dein urteil',
    // Naming the topic: a verdict only after a comparison on it.
    'wer verdient denn nun mehr', 'wer verdient jetzt mehr', 'wer verdient nun mehr', 'also wer verdient mehr', 'wer verdient denn jetzt mehr', 'und wer verdient jetzt mehr'],
  answerRequests: {
    shorter: [
      // Not "geht das auch kürzer?", which after the way in asks whether the training can be shortened.
      /^(?:(?:bitte|das|es|etwas|ein|bisschen|noch|viel|mal|kannst|du|koenntest|koennten|koennen|wuerdest|wuerden|sie|sag|mir|schreib|und|aber|jetzt|nochmal|nur|nun)\s)*(?:kuerzer|knapper|kompakter|kurz|kurzfassung|zusammenfassung|zusammengefasst|fass(?:en)? (?:sie |du )?(?:das |es )?(?:bitte )?(?:(?:kurz|knapp|in (?:einem|1|zwei|2|drei|3|wenigen) (?:satz|saetzen|worten)) )?zusammen|zusammenfassen|kurz und knapp|kurz gesagt|in (?:einem|1|zwei|2|drei|3|wenigen|ein paar) (?:satz|saetzen|worten|zeilen)|tl dr|tldr)(?:\s(?:bitte|fassen|sagen|schreiben|machen|erklaeren|formulieren|antworten|halten|das|es|noch|danke|zusammen|zusammenfassen))*$/,
      // "zu lang" leads a wish the bot can only meet by being shorter ("zu lang, bitte nur eine Zahl").
      // "Das ist zu lang", not "Ist das zu lange?" (the training, asked).
      /^(?:das (?:ist|war) )?(?:(?:mir|viel|echt|etwas|ein|bisschen|einfach|sorry|aber|ganz|schoen)\s)*zu (?:lang|lange|viel|viel text|langer text|ausfuehrlich)(?:\s(?:bitte|sorry|echt|hier|alles|text|gelesen|zum lesen|lol|haha))*$/,
    ],
    more: [
      /^(?:(?:und|bitte|kannst|du|koenntest|sag|erzaehl|erzaehle|mir|noch|etwas|ein|bisschen|gerne|gern|mal|was|ich|will|moechte|haette|wuerde|hast|gibt|es|das|geht)\s)*(?:mehr|genauer|ausfuehrlicher|detaillierter|naeher|weiter|mehr infos|mehr details|details)(?:\s(?:dazu|darueber|davon|drauf|darauf|infos|informationen|details|bitte|erklaeren|sagen|erzaehlen|wissen|hoeren|ausfuehren|eingehen|beschreiben|das|danke))*$/,
    ],
    simpler: [
      /^(?:(?:und|aber|ich|hab|habe|das|es|ist|war|viel|echt|bitte|kannst|du|koenntest|koennten|sie|sag|erklaer|erklaere|erklaers|mir|noch|nochmal|mal|etwas|ein|bisschen|sorry)\s)*(?:was meinst du(?: damit| mit)?|zu kompliziert|zu schwierig|zu schwer|zu technisch|zu komplex|wie meinst du das|versteh(?:e)? (?:ich|das) nicht|versteh(?:e)? (?:nix|nichts|kein wort)|verstehe ich das nicht|nicht verstanden|hae|haeh|einfacher|verstaendlicher|in einfachen worten|in einfacher sprache|wie (?:einem|ein|fuer ein|fuer einen) (?:kind|laien|fuenfjaehrigen)|was heisst das|was bedeutet das|was soll das heissen)(?:\s(?:bitte|erklaeren|sagen|formulieren|ausdruecken|damit|genau|denn|jetzt|danke|sorry|nicht))*$/,
    ],
  },
  keywordSenses: [
    { asked: ['lange', 'wie lang', 'dauer*', 'zeit', 'jahre', 'monate', 'wochen'], said: ['dauer', 'jahr', 'jaehrig', 'monat', 'woche', 'semester'] },
    { asked: ['abi', 'abitur', 'fachabi*', 'hochschulreife', 'fachhochschulreife', 'matura', 'schulabschluss', 'realschul*', 'hauptschul*', 'mittlere reife', 'mittleren reife'], said: ['abitur', 'hochschulreife', 'schulabschluss', 'realschul', 'hauptschul', 'reife', 'matura'] },
    { asked: ['studium', 'studier*', 'uni', 'unis', 'universitaet', 'hochschule', 'hochschulen', 'fh', 'bachelor*', 'master*', 'akademisch*'], said: ['studium', 'studier', 'studiengang', 'hochschule', 'universit', 'bachelor', 'master', 'akademi'] },
    { asked: ['kostet', 'kosten', 'kostenlos', 'gebuehr*', 'teuer', 'preis*'], said: ['kost', 'gebuehr', 'preis'] },
    // "und der zweite?" pointing at nothing (one occupation talked about) asks for the second year, month, …
    { asked: ['zweite', 'zweiten', 'dritte', 'dritten'], said: ['zweit', 'dritt'] },
    // "gibts da nen Einstellungstest?" after an answer naming an "Online-Eignungstest" (not "-test" alone: "solltest").
    { asked: ['einstellungstest*', 'eignungstest*', 'aufnahmetest*'], said: ['einstellungstest', 'eignungstest', 'aufnahmetest', 'testverfahren'] },
  ],
  pronouns: new Set(['er', 'ihn', 'ihm']),
  occupationReferences: {
    ordinals: [
      ['erste', 'ersten', 'erster', 'erstere', 'ersteren'],
      ['zweite', 'zweiten', 'zweiter'],
      ['dritte', 'dritten', 'dritter'],
      ['vierte', 'vierten', 'vierter'],
      ['fünfte', 'fünften', 'fünfter'],
      ['sechste', 'sechsten', 'sechster'],
      ['siebte', 'siebten', 'siebter', 'siebente', 'siebenten'],
      ['achte', 'achten', 'achter'],
    ],
    last: ['letzte', 'letzten', 'letzter', 'letztere', 'letzteren'],
    other: ['andere', 'anderen', 'anderer'],
    articles: ['der', 'den', 'dem', 'die', 'des'],
    // Not "und" or "oder": "in den ersten und zweiten Jahren", "der erste oder der zweite".
    // A question after a full stop lost with the punctuation ("ich nehm den ersten. wie bewerbe ich mich?"), a verb's
    // particle ("Welche Firmen stellen den ersten ein?").
    then: ['nochmal', 'noch', 'mal', 'bitte', 'denn', 'da', 'dann', 'so', 'eigentlich', 'genau', 'ueberhaupt', 'in', 'verdient', 'verdienen', 'macht', 'machen', 'braucht', 'brauchen', 'ein', 'an', 'wie', 'was', 'welche', 'wo'],
  },
  commonWords: [
    'ich', 'du', 'sie', 'wir', 'ihr', 'der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'wie', 'was',
    'wo', 'warum', 'welche', 'welcher', 'kann', 'man', 'mit', 'fuer', 'auf', 'auch', 'noch', 'bitte', 'danke',
    'hallo', 'mir', 'mich', 'dich', 'dir', 'gibt', 'es', 'sind', 'werden', 'wird', 'haben', 'hat', 'zu', 'im',
    'bei', 'an', 'als', 'oder', 'aber', 'wenn', 'dass', 'viel', 'mehr', 'gut', 'schon', 'ja', 'nein', 'kein', 'keine',
    // Known to the speller ("raten" was "corrected" to "Daten"), and how people ask, never what about: left out of
    // the words a narrower follow-up is matched by.
    'raten', 'raetst', 'bekommt', 'bekomme', 'bekommst', 'kriegt', 'kriege', 'kriegst', 'viele', 'vielen', 'etwas',
    'dafuer', 'dafur', 'dazu', 'damit', 'davon', 'darauf', 'dabei', 'dann', 'reicht', 'reichen', 'muss', 'musst',
    // Greetings German speakers share with English: no evidence either way, so "Hi" keeps the site's language.
    'hi', 'hey',
  ],
  jobTitle: {
    followUps: ['und', 'und als', 'als', 'und was ist mit', 'was ist mit', 'und wie ist es mit', 'und wie sieht es mit', 'und für', 'und bei'],
    before: new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'als']),
    receivers: new Set(['mir', 'uns', 'dir', 'ihnen']),
    // Folded, gender already removed: baecker, friseur, pfleger, anwalt, lehrer, elektriker, kauffrau ...
    suffix: /(?:er|eur|ist|ant|ent|loge|arzt|mann|frau|kraft|meister|walt|rin|ger|eur)$/,
    capitalisedNouns: true,
    // "Ist das ein Männerberuf?", "ein realistischer Einstieg", "ein kaufmännischer Beruf".
    notTitleEndings: /(?:beruf|berufe|job|jobs|abschluss|zeugnis|(?<!^f)ischer|(?<!^f)ische|(?<!^f)ischen|licher|liche|lichen)$/,
    notOccupations: new Set([
      // Qualities, not jobs: "a good developer", "ein erfahrener Entwickler".
      'gut', 'gute', 'guter', 'guten', 'erfahrene', 'erfahrener', 'erfahrenen', 'typischer', 'typischen', 'neuer', 'junger', 'aelterer', 'deutscher',
      'einsteiger', 'berufseinsteiger', 'quereinsteiger', 'anfaenger', 'berufsanfaenger', 'junior', 'senior', 'student',
      'frage', 'fragen', 'tochter', 'sohn', 'kind', 'kinder', 'eltern', 'bruder', 'schwester', 'absolvent', 'azubi', 'auszubildender', 'praktikant', 'werkstudent', 'trainee', 'freelancer', 'freiberufler',
      'selbststaendiger', 'angestellter', 'mitarbeiter', 'fachkraft', 'experte', 'profi', 'mutter', 'vater', 'frau', 'mann', 'mensch', 'person', 'leute',
      'teilzeitkraft', 'berufsrueckkehrer', 'schueler', 'abiturient', 'neuling', 'quereinstieg', 'einstieg', 'berlin', 'muenchen',
      'hamburg', 'deutschland', 'jahr', 'monat', 'stunde', 'woche', 'durchschnitt', 'durchschnittliche', 'normale', 'andere',
      // after "wie wird man / werde ich", but no job: "Wie wird man besser?", "Wie werde ich Mitglied?"
      'immer', 'wieder', 'aber', 'oder', 'hier', 'sehr', 'mehr', 'weiter', 'besser', 'schneller', 'sicherer', 'lieber',
      'eher', 'spaeter', 'juenger', 'aelter', 'selber', 'reich', 'teil', 'mitglied', 'kunde', 'kundin', 'single',
    ]),
    questions: [
      // wie wird man / werde ich / wurdest du (zum, zur) Krankenpfleger(in)
      // ... also with a condition first: "Wie werde ich ohne Studium Krankenpfleger?", "als Quereinsteiger"
      /(?:^| )wie (?:wird|werde|wirst|wurde|wurdest) (?:man|ich|du) (?:eigentlich |denn |am besten )?(?:(?:ohne|mit|als|nach) \S+ )?(?:zum |zur |ein |eine )?(?<title>\S+(?: \S+){0,2})/,
      // wie kann / könnte / muss ich (ein) Elektriker werden
      /(?:^| )wie (?:kann|koennte|muss|soll|sollte) (?:man|ich) (?:eigentlich |denn |am besten )?(?:ein |eine )?(?<title>\S+(?: \S+){0,2}) werden(?: |$)/,
      // was macht / tut (eigentlich) ein(e) Bäcker(in); the article is needed: "Was macht Spaß?" asks no occupation
      /(?:^| )was (?:macht|tut) (?:eigentlich |denn |so )?(?:ein|eine) (?<title>\S+(?: \S+){0,2})/,
    ],
    payQuestions: [
      // was / wie viel verdient (eigentlich) ein(e) Koch / Köchin; the article is needed: "Was verdient Elon Musk?"
      // asks about a person (see personQuestions)
      /(?:^| )(?:was|wieviel|wie viel) (?:verdient|verdiente) (?:eigentlich |denn |so )?(?:man )?(?:ein|eine|als) (?<title>\S+(?: \S+){0,2})/,
    ],
    ownJob: {
      statements: [
        // ich arbeite (seit zehn Jahren / derzeit / in der Pflege) als Verkäuferin; not across a new clause
        // ("Ich arbeite Vollzeit. Kann ich als Elektriker …"), whose words are joined without punctuation here
        /(?:^| )ich (?:arbeite|arbeitete|jobbe|jobbte) (?:(?!ich |kann |will |moechte |soll )\S+ ){0,3}?als (?<title>\S+(?: \S+){0,2})/,
        // ich bin / war (gelernte, ausgebildete) Bäckerin, ich bin eine Krankenschwester
        /(?:^| )ich (?:bin|war) (?:eigentlich |derzeit |momentan |aktuell |noch |von beruf )?(?:ein |eine )?(?:gelernter? |ausgebildeter? )?(?<title>\S+(?: \S+){0,1})/,
      ],
      moving: /(?:^| )(?:in die it|in der it|in die informatik|it bereich|quereinst\S*|umschul\S*|umsteig\S*|umstieg\S*|wechsel\S*|neu orientier\S*|umorientier\S*)(?: |$)/,
    },
    compared: {
      joins: new Set(['oder', 'vs', 'versus', 'und', 'gegen', 'gegenueber', 'vergleich']),
      contrasts: new Set(['oder', 'vs', 'versus', 'gegen', 'gegenueber', 'vergleich']),
      // Not "als" alone: "Was verdient ein Backend Developer als Berater?" compares nothing.
      than: new Set(['als']),
      comparatives: new Set(['mehr', 'weniger', 'besser', 'schlechter', 'lieber', 'eher', 'hoeher', 'niedriger']),
      between: new Set(['bezahlt', 'verdient', 'im', 'in']),
      articles: new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'zu', 'zum', 'zur', 'dem', 'den', 'der', 'die']),
      oneSided: new Set(['vergleich']),
      pair: new Set(['beiden', 'beide', 'zwei']),
      differences: new Set(['unterschied', 'unterschiede', 'unterscheiden', 'unterscheidet']),
      which: new Set(['welcher', 'welche', 'welchen', 'welchem', 'wer']),
      occupationWords: ['beruf', 'job', 'taetigkeit', 'stelle', 'karriere'],
      // Not "am schnellsten": "In welchem Beruf findet man am schnellsten eine Stelle?" asks for the job market.
      easeWords: ['einfachst', 'leichtest', 'einfacher', 'leichter'],
    },
  },
  personQuestions: [
    // (wie viel / was) verdient Elon Musk: a job title there has an article or "man als" before it (a plural
    // job title without one, "was verdienen Product Owner", goes with the plural verb, which is left out)
    /(?:^| )(?:verdient|verdiente) (?<name>\S+ \S+(?: \S+)?)/,
  ],
  definitionQuestions: [/(?:^| )was (?:ist|sind|genau ist) (?:(?:ein|eine|der|die|das|denn|eigentlich|genau) )*<occupation>(?: |$)/],
  botQuestions: {
    nature: [
      // A yes/no question: "Was bist du für ein Bot?" asks what it can do (help).
      /^(?:(?:hallo|hi|hey|sag|mal|ehrlich|also|und|oder) )*(?:bist du|sind sie)(?: \S+){0,3} (?:mensch|bot|roboter|ki|maschine|programm|chatbot|computer|chatgpt|gpt|openai|siri|alexa|sprachmodell)(?: |$)/,
      // Not "Ist das hier das richtige Programm für mich?".
      /^(?:(?:hallo|hi|hey|sag|mal|ehrlich|also|und|oder) )*ist das hier (?:ein |eine )?(?:echter )?(?:mensch|bot|roboter|ki|chatbot)(?: |$)/,
      /(?:^| )wer hat (?:dich|sie) (?:\S+ )?(?:gebaut|programmiert|entwickelt|gemacht|erstellt)(?: |$)/,
    ],
    sources: [
      // The bot must be the one asked ("du", "deine"): "Wo bekommen Data Scientists ihre Daten her?" is not about it.
      /(?:^| )(?:woher|wo) (?:hast du|haben sie|bekommst du|bekommen sie|nimmst du|nehmen sie|(?:kommen|stammen|sind) (?:deine|ihre|die|diese))(?: \S+){0,3} (?:zahlen|infos|informationen|daten|angaben|antworten|quellen|her)(?: |$)/,
      /(?:^| )woher (?:weisst du|wissen sie) (?:das|des|dies)(?: |$)/,
      /(?:^| )(?:was|welche) (?:sind|ist) (?:deine|ihre|die) quellen?(?: |$)/,
      /(?:^| )(?:sind|stimmen) (?:die|deine|ihre|diese) (?:zahlen|infos|informationen|daten|angaben|antworten) (?:\S+ )?(?:aktuell|zuverlaessig|richtig|korrekt|verlaesslich|wahr|belegt|echt)(?: |$)/,
      /^(?:und )?stimmt (?:das|des)(?: (?:ueberhaupt|wirklich|auch|denn|so))*$/,
      // Doubting the answer or its source: "Bist du dir sicher?", "hast du keine neutralere Quelle?", "welcher Zahl soll ich glauben?".
      /^(?:(?:und|aber|also|ehrlich|echt|wirklich) )*(?:bist du (?:dir )?(?:da )?(?:sicher|ganz sicher)|sind sie (?:sich )?(?:da )?sicher)$/,
      /(?:^| )(?:hast du|haben sie|gibt es) (?:\S+ ){0,2}(?:neutrale|neutralere|neutraleren|andere|anderen|bessere|besseren|unabhaengige|unabhaengigere|unabhaengigeren|serioese|serioesere|serioeseren|aktuellere|aktuelleren|weitere) quellen?(?: |$)/,
      /(?:^| )(?:welche|welcher|welchen) (?:zahl|zahlen|quelle|quellen|angabe|angaben) (?:soll|sollte|kann) ich (?:glauben|trauen|vertrauen|nehmen)(?: |$)/,
      /(?:^| )(?:welche|welcher) (?:zahl|quelle|angabe) stimmt(?: |$)/,
    ],
    // Insults and complaints, the whole message: "Scheiß Bot", "du bist echt nutzlos".
    complaint: [
      /^(?:(?:du|bist|sie|sind|echt|voll|total|so|wirklich|einfach|ganz|ein|eine|ne|was|fuer|ist|das|der|die|dieser|diese|mann|boah|alter|oh|man|mal|wieder|doch|aber|ja|eh|nur)\s)*(?:nutzlos|dumm|doof|bloed|scheisse|scheiss|unbrauchbar|mist|kacke|sinnlos|ueberfluessig|dummer|doofer|bloeder|nutzloser|mieser|schlechter|dumme|doofe|bloede|nutzlose|miese|schlechte|nervig|nervst|schrott|muell|peinlich|idiot|idiotisch)(?:\s(?:bot|chatbot|ki|maschine|ding|teil|programm|echt|oder|hier|du|bist|ey))*$/,
    ],
    human: [/(?:^| )(?:einem|einer|einen) (?:echten |richtigen |menschlichen )?(?:menschen|mitarbeiter\S*|berater\S*|person|ansprechpartner\S*)(?: \S+){0,2} (?:reden|sprechen|chatten|schreiben|verbinden|kontaktieren|telefonieren)(?: |$)/],
    // The whole message, after a greeting: "Guten Morgen, wie geht es Ihnen?", "na, alles klar bei dir?".
    wellbeing: [
      /^(?:(?:hallo|hi|hey|na|moin|servus|gruess gott|gruezi|guten (?:morgen|tag|abend)|zusammen|bot|lieber bot|und|also|ach|so) )*(?:wie (?:geht es|gehts|geht s|laeuft es|laeufts|laeuft s)(?: (?:dir|ihnen|euch))?|geht es (?:dir|ihnen|euch) gut|alles (?:klar|gut|fit|okay|ok) bei (?:dir|ihnen|euch))(?: (?:denn|so|heute|eigentlich|mal|soweit|so weit|gerade|bei dir|bei ihnen|bei euch))*$/,
    ],
  },
  conjunctions: ['und', 'sowie', 'außerdem', 'ausserdem', 'und auch'],
  yes: ['ja', 'jap', 'jep', 'jo', 'jawohl', 'ja bitte', 'ja, bitte', 'ja gerne', 'ja, gerne', 'ja gern', 'gerne', 'klar', 'sicher', 'ja, löschen', 'ja löschen', 'bitte löschen', 'löschen'],
  no: ['nein', 'ne', 'nee', 'nö', 'abbrechen', 'lieber nicht', 'nein danke', 'nein, danke', 'doch nicht'],
  acknowledgements: [
    'ok', 'okay', 'okey', 'oki', 'k', 'alles klar', 'schon klar', 'verstehe', 'ich verstehe', 'verstanden',
    'aha', 'ah', 'ach', 'ach so', 'achso', 'oh', 'hm', 'hmm', 'mhm', 'aso', 'gut', 'na gut', 'gut zu wissen', 'cool',
    'interessant', 'spannend', 'macht sinn', 'ergibt sinn', 'klingt gut', 'krass', 'wow', 'nice', 'jut', 'passt',
    'in ordnung', 'geht klar', 'alles klar soweit', 'top', 'super', 'prima', 'klasse', 'perfekt', 'sehr gut',
    // Announcing a question asks nothing yet either: the reply invites the question (asking for more: `answerRequests`).
    'frage', 'kurze frage', 'eine frage', 'ne frage', 'ich habe eine frage', 'ich hab eine frage', 'ich hab ne frage',
    'hab ne frage', 'ich hätte eine frage', 'ich hätte da eine frage', 'noch eine frage', 'kurze frage noch',
    'hab ne kurze frage', 'ich hab ne kurze frage', 'ich habe eine kurze frage', 'noch eine sache', 'eine sache noch', 'noch was', 'letzte frage',
    'eine letzte frage', 'noch eine letzte frage', 'ich hätte eine kurze frage', 'ich habe da eine frage', 'ich habe ein paar fragen',
    'ich hätte ein paar fragen', 'ich habe einige fragen', 'ich habe mehrere fragen', 'ich habe fragen', 'ich hätte fragen', 'darf ich etwas fragen',
    'darf ich was fragen', 'darf ich dich etwas fragen', 'darf ich dich was fragen', 'darf ich sie etwas fragen', 'darf ich eine frage stellen',
    'darf ich ihnen eine frage stellen', 'kann ich dich etwas fragen', 'kann ich dich was fragen', 'kann ich sie etwas fragen',
    'kann ich eine frage stellen', 'kann ich ihnen eine frage stellen',
    // Asking to go on ("und dann?" read like "bis dann", a goodbye).
    'und dann', 'und danach', 'und später', 'und jetzt', 'und sonst',
  ],
  fitReasonStops: new Set(['mag', 'moegen', 'liebe', 'liebt', 'lieben', 'gern', 'gerne', 'gut', 'stark', 'interessiere', 'interessiert',
    'interessieren', 'begeistert', 'begeistere', 'spass', 'macht', 'faszinieren', 'fasziniert', 'leidenschaft', 'kann', 'koennen', 'bin', 'ist', 'arbeite', 'arbeiten', 'beschaeftige', 'mache', 'machen', 'sehr', 'echt', 'richtig', 'total', 'ziemlich', 'besonders', 'lust', 'will', 'moechte']),
  fitReasonNegations: new Set(['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'ohne', 'schlecht', 'hasse', 'hass']),
  capitalisedNouns: true,
  fitQuestions: ['passt zu mir', 'passt am besten zu mir', 'passt besser zu mir', 'passt eher zu mir', 'passen zu mir', 'für mich geeignet', 'das richtige für mich', 'der richtige für mich', 'etwas für mich', 'passt das zu mir', 'passt der beruf zu mir', 'passt der job zu mir', 'passt dieser beruf zu mir', 'passt dieser job zu mir', 'passt am besten', 'welcher beruf passt', 'welcher job passt', 'soll ich werden', 'sollte ich werden', 'soll ich wählen', 'empfiehlst du mir', 'würdest du mir empfehlen',
    // Colloquial and about one's child: "Welcher IT-Beruf ist was für mich?", "Was könnte sie werden?" (not "Was für mich wichtig ist").
    'ist was für mich', 'wäre was für mich', 'was könnte ich werden', 'was könnte sie werden', 'was könnte er werden', 'was kann ich werden', 'was kann sie werden', 'was kann er werden', 'welchen würdest du empfehlen', 'welchen empfiehlst du',
    // Asking for advice: "Was würdest du mir raten?" (not the privacy notice of a misread "Daten").
    'würdest du mir raten', 'was würdest du raten', 'was rätst du mir', 'was rätst du', 'würden sie mir raten', 'was raten sie mir', 'kannst du mir raten', 'einen rat geben', 'was würdest du an meiner stelle', 'was würdest du mir empfehlen', 'was empfiehlst du',
    // Not knowing what to do: "ich bin 16 und weiss nicht was ich machen soll nach der schule".
    'weiß nicht was ich machen soll', 'weiß nicht was ich werden soll', 'weiß nicht was ich werden will', 'weiß nicht welchen beruf', 'weiß nicht welcher beruf', 'keine ahnung was ich machen soll', 'keine ahnung was ich werden soll', 'was soll ich nach der schule machen', 'was soll ich beruflich machen',
    'könnte er beruflich machen', 'könnte sie beruflich machen', 'kann er beruflich machen', 'kann sie beruflich machen', 'soll er beruflich machen', 'soll sie beruflich machen', 'könnte ich beruflich machen', 'kann ich beruflich machen',
    'nach der schule machen soll', 'nach dem abi machen soll', 'nach dem abitur machen soll', 'nach der schule werden soll', 'würden sie mir empfehlen', 'was empfehlen sie mir', 'was würden sie mir raten',
    // A choice between two (names are left out, so "Soll ich Data Scientist oder DevOps Engineer werden?" reads "soll ich
    // oder werden"), or asking the bot to choose. Not "was soll ich nehmen": "Ich hab Kopfschmerzen, was soll ich nehmen?".
    'soll ich oder werden', 'sollte ich oder werden', 'soll ich eher oder werden', 'soll ich lieber oder werden', 'soll ich oder machen', 'soll ich oder lernen',
    'welchen soll ich nehmen', 'welchen sollte ich nehmen', 'welchen soll ich wählen', 'welchen sollte ich wählen', 'welchen würdest du nehmen', 'welchen würdest du wählen', 'welchen nehme ich', 'welchen nehm ich',
    'welchen würden sie nehmen', 'welchen würden sie wählen', 'welchen würden sie empfehlen', 'welchen empfehlen sie',
    'sag einfach einen', 'sag mir einfach einen', 'nenn mir einfach einen', 'entscheide du', 'entscheide für mich', 'entscheid du', 'du entscheidest', 'such du einen aus', 'such mir einen aus', 'wähl du', 'wähl einen für mich', 'nimm du einen'],
  fitReferences: ['der beruf', 'dieser beruf', 'den beruf', 'der job', 'dieser job', 'so ein job', 'so ein beruf', 'das', 'so was', 'sowas'],
  fitWhich: ['welcher', 'welche', 'welches', 'welchen', 'welchem'],
  thanks: ['danke', 'danke dir', 'danke euch', 'vielen dank', 'danke schön', 'dankeschön', 'danke sehr', 'herzlichen dank', 'merci', 'super danke', 'ok danke', 'okay danke', 'danke für die info', 'danke für die antwort', 'thx'],
  topicHints: {
    salary: ['gehalt', 'gehaelt', 'verdien', 'verdient', 'lohn', 'bezahl', 'bestbezahl', 'zahlt', 'kohle', 'einkommen', 'brutto', 'geld'],
    education: ['ausbild', 'studi', 'abschluss', 'weiterbild', 'quereinst', 'bootcamp', 'umschul'],
    skills: ['kenntnis', 'skill', 'faehigkeit', 'koennen', 'anforderung', 'voraussetzung'],
    duties: ['aufgabe', 'taetigkeit', 'arbeitsalltag', 'alltag'],
    workplaces: ['arbeitgeber', 'firma', 'firmen', 'unternehm', 'branche'],
    outlook: ['aussicht', 'zukunft', 'karriere', 'perspektive', 'chance', 'nachfrage'],
    application: ['bewerb'],
    jobs: ['stellen', 'stellenangebot', 'vakanz', 'jobs'],
  },
  letters: /[äöüß]/i,
};
