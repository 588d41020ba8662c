import type { Activity } from 'botbuilder';
import { answerStart as a } from '../helpers/app';

/** One row of a conversation table: what the user says and what the bot must (not) say. */
export interface Turn {
  user: string | Partial<Activity>;
  says?: (string | RegExp)[];
  not?: (string | RegExp)[];
  locale?: 'de-DE' | 'en-US';
  answered?: { topic: string; occupation?: string };
  /** Titles the suggested actions must include. */
  buttons?: string[];
}

export const NO_FIGURES = [/\d{2}[.,]\d{3}/, /€/];
export const FALLBACK_DE = /Dabei kann ich dir leider nicht helfen|nicht verstanden/;
/** Words that address the visitor informally: never in a reply to someone who writes "Sie". */
export const INFORMAL_DE = /(?<!\p{L})(?:du|dir|dich|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer|frag|wähle)(?!\p{L})/iu;
export const FALLBACK_EN = /can't help with that|didn't get that|still didn't understand/;
const BACKEND = 'backend-developer';

/** Conversation tables of the foundation: (user says -> bot must say / must not say). */
export const tables: Record<string, Turn[]> = {
  'German questions about every topic get the Backend Developer answer in German': [
    { user: 'Was ist ein Backend Developer?', says: [a(BACKEND, 'overview', 'de')], locale: 'de-DE', answered: { topic: 'overview', occupation: BACKEND } },
    { user: 'Welche Aufgaben hat eine Backend-Entwicklerin?', says: [a(BACKEND, 'duties', 'de')], answered: { topic: 'duties', occupation: BACKEND } },
    { user: 'Muss ich studieren um Backend Entwickler:in zu werden?', says: [a(BACKEND, 'education', 'de')], answered: { topic: 'education' } },
    { user: 'welche kenntnisse braucht man als backendentwickler', says: [a(BACKEND, 'skills', 'de')], answered: { topic: 'skills' } },
    { user: 'Was verdient ein Backend Developer?', says: ['47.700 €', '40.900 € bis 58.100 €', 'Compensation Partner', '47.000 €', 'Quellen:', 'Spesen'], not: ['Netzwerktechniker', '€47,700'], answered: { topic: 'salary' } },
    { user: 'Bei welchen Firmen arbeiten Backend-Entwickler?', says: [a(BACKEND, 'workplaces', 'de')], answered: { topic: 'workplaces' } },
    { user: 'Wie sind die Zukunftsaussichten im Backend?', says: [a(BACKEND, 'outlook', 'de')], answered: { topic: 'outlook' } },
    { user: 'Wie bewerbe ich mich als Backend Developer?', says: [a(BACKEND, 'application', 'de')], answered: { topic: 'application' } },
    { user: 'Gibt es offene Stellen als Backend Developer?', says: [a(BACKEND, 'jobs', 'de'), '125'], answered: { topic: 'jobs' } },
  ],
  'English questions about every topic get the Backend Developer answer in English': [
    { user: 'What is a backend developer?', says: [a(BACKEND, 'overview', 'en')], locale: 'en-US', answered: { topic: 'overview', occupation: BACKEND } },
    { user: 'what does a back-end engineer do all day', says: [a(BACKEND, 'duties', 'en')], answered: { topic: 'duties' } },
    { user: 'Do I need a degree to become a backend developer?', says: [a(BACKEND, 'education', 'en')], answered: { topic: 'education' } },
    { user: 'which skills does a backend dev need', says: [a(BACKEND, 'skills', 'en')], answered: { topic: 'skills' } },
    { user: 'How much does a backend developer earn?', says: ['€47,700', '€40,900 to €58,100', '€47,000', 'Sources:'], not: ['47.700 €', 'Netzwerktechniker'], answered: { topic: 'salary' } },
    { user: 'who hires backend developers', says: [a(BACKEND, 'workplaces', 'en')], answered: { topic: 'workplaces' } },
    { user: 'what are the career prospects for backend developers', says: [a(BACKEND, 'outlook', 'en')], answered: { topic: 'outlook' } },
    { user: 'how do I apply as a backend developer', says: [a(BACKEND, 'application', 'en')], answered: { topic: 'application' } },
    { user: 'are there any backend developer vacancies', says: [a(BACKEND, 'jobs', 'en')], answered: { topic: 'jobs' } },
  ],
  'a long life story (over MAX_MESSAGE_CHARS) is answered by its question at the end': [
    {
      user: `Guten Tag, ich bin 44 und arbeite im Callcenter. ${'Die Arbeit ist anstrengend, die Schichten sind lang und ich möchte mich verändern. '.repeat(14)}Wie viel verdient man als Netzwerktechniker?`,
      says: [a('netzwerktechniker', 'salary', 'de')],
      not: [FALLBACK_DE, '„Callcenter“'],
      answered: { topic: 'salary', occupation: 'netzwerktechniker' },
    },
  ],
  'a follow-up without an occupation keeps the one from before': [
    { user: 'Was macht ein Backend Developer?', says: [a(BACKEND, 'duties', 'de')] },
    { user: 'Und was verdient man da?', says: ['47.700 €'], answered: { topic: 'salary', occupation: BACKEND } },
    { user: 'und die ausbildung?', says: [a(BACKEND, 'education', 'de')], answered: { topic: 'education', occupation: BACKEND } },
  ],
  '"more about" a topic, after a thanks, is a follow-up on that topic': [
    { user: 'Was macht ein Backend Developer?', says: [a(BACKEND, 'duties', 'de')] },
    { user: 'Danke. Ich möchte noch mehr zum Gehalt wissen.', says: ['47.700 €'], not: [FALLBACK_DE], answered: { topic: 'salary', occupation: BACKEND } },
    { user: 'Erzähl mir mehr über die Ausbildung', says: [a(BACKEND, 'education', 'de')], not: [FALLBACK_DE], answered: { topic: 'education', occupation: BACKEND } },
    { user: 'tell me more about the prospects', says: [a(BACKEND, 'outlook', 'en')], not: [FALLBACK_EN], answered: { topic: 'outlook', occupation: BACKEND } },
  ],
  'a keyword question before a thanks is answered': [
    { user: 'Gehalt Data Scientist. Danke', locale: 'de-DE', says: [a('data-scientist', 'salary', 'de')], not: ['Gern geschehen'] },
    { user: 'Ich brauche Infos zur Ausbildung als Data Scientist. Danke!', says: [a('data-scientist', 'education', 'de')], not: ['Gern geschehen'] },
  ],
  'a thanks and goodbye that mention the information or a need ask nothing': [
    { user: 'Danke für die Infos, ich brauche nichts mehr. Tschüss!', locale: 'de-DE', says: ['Tschüss'], not: [FALLBACK_DE] },
    { user: 'I would tell my friends about you. Thanks!', locale: 'en-US', says: ["You're welcome"] },
  ],
  'an occupation named before the question stays for it, after a greeting or a message not understood': [
    // Without the greeting the announcement is a close call between greeting and out of scope (2 of 8 training seeds).
    { user: 'Hallo! Ich hätte eine Frage zum Systemadministrator', locale: 'de-DE', says: ['Systemadministrator/in wissen?'], not: [FALLBACK_DE], answered: { topic: 'greeting', occupation: 'systemadministrator' } },
    { user: 'Was verdient der?', says: [a('systemadministrator', 'salary', 'de')], not: ['Zu welchem Beruf'], answered: { topic: 'salary', occupation: 'systemadministrator' } },
    { user: 'Ist Data Scientist etwas für mich?', says: ['Ob Data Scientist zu dir passt, kann ich nicht beurteilen', a('data-scientist', 'overview', 'de')] },
    { user: 'Brauche ich einen Master?', says: [a('data-scientist', 'education', 'de')], not: ['Zu welchem Beruf'], answered: { topic: 'education', occupation: 'data-scientist' } },
    // Asking to go on is no goodbye ("und dann?" read like "bis dann").
    { user: 'und dann?', says: ['Was möchtest du noch über Data Scientist wissen?'], not: ['Tschüss'] },
  ],
  'asking for the other language switches the conversation to it, and the occupation stays': [
    { user: 'Was verdient ein Backend Developer?', locale: 'de-DE', says: ['47.700 €'] },
    // Right after an answer: that answer again, in the language asked for.
    { user: 'english please', says: ['€47,700'], not: [FALLBACK_EN, FALLBACK_DE, '47.700 €'], answered: { topic: 'salary', occupation: BACKEND } },
    { user: 'and the education?', says: [a(BACKEND, 'education', 'en')], answered: { topic: 'education', occupation: BACKEND } },
    { user: 'auf Deutsch bitte', says: [a(BACKEND, 'education', 'de')], not: [FALLBACK_DE] },
    { user: 'und das Gehalt?', says: ['47.700 €'], not: ['€47,700'] },
    // In other words, ending in the language's name; a question about the language is none.
    { user: 'sorry, my German is bad, can we speak English?', says: ['€47,700'], not: [FALLBACK_EN], answered: { topic: 'salary', occupation: BACKEND } },
    // With no answer right before: what the bot can do, in that language (a thanks keeps the answer it thanks for).
    { user: 'Hallo', says: ['Hallo'], locale: 'de-DE' },
    { user: 'can you answer in german please', says: ['Ich beantworte Fragen zu diesen Berufen'], not: [FALLBACK_EN, FALLBACK_DE], answered: { topic: 'help' } },
    { user: 'Können wir bitte auf Englisch weitermachen?', says: ['I answer questions about these occupations'], answered: { topic: 'help' } },
    { user: 'Do I need to speak German as a backend developer?', says: [a(BACKEND, 'skills', 'en')], answered: { topic: 'skills', occupation: BACKEND } },
  ],
  'asking for the other language right after a comparison gives the comparison in it': [
    { user: 'Wer verdient mehr, Backend Developer oder Data Scientist?', locale: 'de-DE', says: ['im Vergleich', '47.700 €'] },
    { user: 'english please', says: ['compared', '€47,700', '€53,140'], not: [FALLBACK_EN, '47.700 €'], answered: { topic: 'compare', occupation: `${BACKEND},data-scientist` } },
  ],
  'asking for an answer shorter, in full or more simply: about the last answer, never a fallback': [
    { user: 'Was macht ein DevOps Engineer?', locale: 'de-DE', says: [a('devops-engineer', 'duties', 'de'), 'Oft treibst du auch die Einführung agiler Methoden'] },
    { user: 'kürzer bitte', says: ['Kurz gesagt', 'Im Kern baust und betreibst du CI/CD-Pipelines', 'Quellen:'], not: ['Oft treibst du auch', FALLBACK_DE], buttons: ['Mehr dazu'], answered: { topic: 'duties', occupation: 'devops-engineer' } },
    { user: 'Mehr dazu', says: [a('devops-engineer', 'duties', 'de'), 'Oft treibst du auch die Einführung agiler Methoden'], not: ['Kurz gesagt'], answered: { topic: 'duties', occupation: 'devops-engineer' } },
    // After the whole text: the sources say no more, their links lead on.
    { user: 'mehr dazu', says: ['Mehr als das sagen meine Quellen zum Thema „Aufgaben“ bei DevOps Engineer nicht', 'unbyte.de'], not: ['Oft treibst du auch', 'Gern. Was möchtest du'], answered: { topic: 'about-answer', occupation: 'devops-engineer' } },
    { user: 'was meinst du damit?', says: ['Einfacher sagen als meine Quellen kann ich es leider nicht', 'Der Kern in zwei Sätzen', 'Im Kern baust'], not: ['Oft treibst du auch', FALLBACK_DE] },
    { user: 'zu lang, bitte nur eine Zahl', says: ['Kürzer geht es nicht'], not: [FALLBACK_DE] },
    { user: 'Wer verdient mehr, Backend Developer oder Data Scientist?', says: ['im Vergleich', '47.700 €'] },
    // A comparison lists each figure with its source: none can be left out.
    { user: 'kürzer bitte', says: ['Kürzer geht es nicht, ohne etwas wegzulassen'], not: [...NO_FIGURES, FALLBACK_DE], answered: { topic: 'about-answer' } },
    { user: 'mehr dazu', says: ['Backend Developer – Gehalt', 'Data Scientist – Gehalt', 'Spesen'], not: ['im Vergleich'] },
    { user: 'und die Ausbildung?', says: ['im Vergleich – Ausbildung'], answered: { topic: 'compare', occupation: `${BACKEND},data-scientist` } },
  ],
  'a shorter answer in English, and its button for all of it': [
    { user: 'Which skills does a data scientist need?', locale: 'en-US', says: [a('data-scientist', 'skills', 'en')] },
    { user: 'too long', says: ['In short', 'On the technical side, you mainly need R and Python'], not: ['According to an AI consultancy', FALLBACK_EN], buttons: ['Tell me more'] },
    { user: { type: 'message', text: 'Tell me more' }, says: [a('data-scientist', 'skills', 'en'), 'According to an AI consultancy'], not: ['In short'], answered: { topic: 'skills', occupation: 'data-scientist' } },
  ],
  'a narrower question right after an answer gets the sentences about it, or that there is no more, not the same text again': [
    { user: 'Wie werde ich Systemadministrator?', locale: 'de-DE', says: [a('systemadministrator', 'education', 'de')] },
    // A duration is said in years, also inside a word ("dreijährigen").
    { user: 'wie lange dauert das?', says: ['Aus meiner Antwort zu Systemadministrator/in („Ausbildung“) die Sätze dazu', 'dauern im Schnitt ein Jahr', 'der dreijährigen dualen Ausbildung'], not: [a('systemadministrator', 'education', 'de')], buttons: ['Mehr dazu'], answered: { topic: 'education', occupation: 'systemadministrator' } },
    { user: 'Mehr dazu', says: [a('systemadministrator', 'education', 'de')], not: ['die Sätze dazu'] },
    { user: 'braucht man dafür Abitur?', says: ['Genauer als in meiner letzten Antwort sagen meine Quellen zum Thema „Ausbildung“ dazu nichts'], not: [FALLBACK_DE], answered: { topic: 'about-answer', occupation: 'systemadministrator' } },
    // Asked again in the same words: the whole answer (nothing narrower is asked).
    { user: 'Was verdient man da?', says: [a('systemadministrator', 'salary', 'de')] },
    { user: 'und wie viel verdient man da so?', says: [a('systemadministrator', 'salary', 'de')], answered: { topic: 'salary', occupation: 'systemadministrator' } },
    // Not understood on its own, but the way in just given speaks to it: those sentences, not the fallback.
    { user: 'Wie wird man Fachinformatiker Anwendungsentwicklung?', says: [a('fachinformatiker-anwendungsentwicklung', 'education', 'de')] },
    { user: 'reicht mittlere reife?', says: ['die Sätze dazu', 'empfiehlt die Mittlere Reife'], not: [FALLBACK_DE, 'Die Ausbildung dauert drei Jahre und läuft dual'], answered: { topic: 'education', occupation: 'fachinformatiker-anwendungsentwicklung' } },
    // Asking nothing but a cost the answer does not name: that there is no more, not the fallback.
    { user: 'was kostet das?', says: ['Genauer als in meiner letzten Antwort sagen meine Quellen zum Thema „Ausbildung“ dazu nichts'], not: [FALLBACK_DE] },
    { user: 'Wie wird man Fachinformatiker Anwendungsentwicklung?', says: [a('fachinformatiker-anwendungsentwicklung', 'education', 'de')] },
    // A word of its own the answer does not name: it may be about anything.
    { user: 'Wie lange dauert ein Flug?', says: [FALLBACK_DE] },
    { user: 'How do I become a system administrator?', locale: 'en-US', says: [a('systemadministrator', 'education', 'en')] },
    { user: 'how long does it take?', says: ['the sentences on that', 'three-year dual apprenticeship', 'take about a year'], not: [a('systemadministrator', 'education', 'en')] },
    { user: 'What does a frontend developer do?', locale: 'en-US', says: [a('frontend-developer', 'duties', 'en')] },
    { user: 'do they also do testing?', says: ['From my answer on Frontend Developer ("Duties"), the sentences on that', 'unit tests'], not: ['You coordinate closely with backend developers'], buttons: ['Tell me more'] },
    // Naming the occupation again asks the whole question again.
    { user: 'What does a frontend developer do all day?', says: [a('frontend-developer', 'duties', 'en')] },
  ],
  'the first or the last occupation talked about, pointed at': [
    { user: 'Was macht ein Fachinformatiker Anwendungsentwicklung?', locale: 'de-DE', says: [a('fachinformatiker-anwendungsentwicklung', 'duties', 'de')] },
    { user: 'Und ein Systemadministrator?', says: [a('systemadministrator', 'duties', 'de')] },
    { user: 'und der erste nochmal, wie sind seine aussichten?', says: [a('fachinformatiker-anwendungsentwicklung', 'outlook', 'de')], not: [FALLBACK_DE], answered: { topic: 'outlook', occupation: 'fachinformatiker-anwendungsentwicklung' } },
    { user: 'Wer verdient mehr, Systemadministrator oder Netzwerktechniker?', says: ['im Vergleich'] },
    { user: 'was macht der letzte?', says: [a('netzwerktechniker', 'duties', 'de')], not: [FALLBACK_DE], answered: { topic: 'duties', occupation: 'netzwerktechniker' } },
    { user: 'und ein DevOps Engineer?', says: [a('devops-engineer', 'duties', 'de')] },
    { user: 'was verdient der letzte?', says: [a('devops-engineer', 'salary', 'de')], not: [FALLBACK_DE], answered: { topic: 'salary', occupation: 'devops-engineer' } },
  ],
  'which occupation a child or oneself could take up is not for the bot to judge, in other words too': [
    { user: 'Meine Tochter ist 16 und interessiert sich für Computer. Was könnte sie werden?', locale: 'de-DE', says: ['Welcher Beruf zu dir passt, kann ich nicht beurteilen'], not: [FALLBACK_DE] },
    { user: 'ich bin 15 und mag zocken. welcher IT beruf ist was für mich?', says: ['Welcher Beruf zu dir passt, kann ich nicht beurteilen'], not: ['Welche Berufe möchtest du vergleichen'] },
    { user: 'Wäre DevOps was für mich?', says: ['Ob DevOps Engineer zu dir passt, kann ich nicht beurteilen', a('devops-engineer', 'overview', 'de')] },
  ],
  'user test of session 19: a verdict after a comparison is declined with the reason, not the fallback or the comparison again': [
    { user: 'Wer verdient mehr, Backend Developer oder Frontend Developer?', locale: 'de-DE', says: ['im Vergleich – Gehalt'] },
    { user: 'also wer jetzt?', says: ['Wer von beiden mehr verdient, entscheide ich nicht', 'nur bedingt vergleichbar'], not: [FALLBACK_DE, 'im Vergleich', ...NO_FIGURES], answered: { topic: 'not-covered', occupation: 'backend-developer,frontend-developer' } },
    // The same comparison again, right after it: the same note, not the figures again.
    { user: 'und welcher ist besser?', says: ['entscheide ich nicht'], not: ['im Vergleich'] },
    { user: 'Was machen die beiden?', says: ['im Vergleich – Aufgaben'] },
    { user: 'which one is better?', says: ['I won\'t decide for you which of the two is better on "Duties"'], not: ['compared'] },
    // Naming another topic compares on it.
    { user: 'wer verdient denn nun mehr?', says: ['im Vergleich – Gehalt'], not: [FALLBACK_DE] },
  ],
  'user test of session 19: without a comparison before, a verdict question asks which two': [
    { user: 'Was verdient ein Data Scientist?', locale: 'de-DE', says: [a('data-scientist', 'salary', 'de')] },
    { user: 'also wer jetzt?', says: [FALLBACK_DE], not: ['entscheide ich nicht'] },
  ],
  'user test of session 19: asking for advice, insults, ChatGPT and a wave': [
    { user: 'Was würdest du mir raten?', locale: 'de-DE', says: ['Welcher Beruf zu dir passt, kann ich nicht beurteilen'], not: ['Was ich speichere'] },
    { user: 'Ich schwanke zwischen Frontend Developer und Data Scientist. Was würdest du mir raten?', says: ['Ob Frontend Developer oder Data Scientist zu dir passt, kann ich nicht beurteilen', 'im Vergleich – Überblick'] },
    { user: 'bist du chatgpt?', says: ['Ich bin ein Chatbot, kein Mensch'], not: [FALLBACK_DE] },
    { user: 'Scheiß Bot', says: ['Schade, dass ich dir nicht weiterhelfen konnte', 'Was verdient ein Backend Developer?'], not: [FALLBACK_DE] },
    { user: 'you are useless', says: ['Sorry I couldn\'t help you'], not: [FALLBACK_EN] },
    // In the language of the conversation.
    { user: '👋', says: ['Hello'], not: [FALLBACK_DE, FALLBACK_EN] },
  ],
  'user test of session 19: shorter and simpler in other words': [
    { user: 'Was macht ein DevOps Engineer?', locale: 'de-DE', says: [a('devops-engineer', 'duties', 'de')] },
    { user: 'kurz bitte', says: ['Kurz gesagt'], not: [a('devops-engineer', 'overview', 'de'), 'Oft treibst du auch die Einführung agiler Methoden'], buttons: ['Mehr dazu'] },
    { user: 'Mehr dazu', says: [a('devops-engineer', 'duties', 'de')] },
    { user: 'Könnten Sie das bitte kürzer zusammenfassen?', says: ['Kurz gesagt'], not: [a('devops-engineer', 'overview', 'de')] },
    // Asked with "Sie", the bot says "Sie" from then on.
    { user: 'Mehr dazu', says: [a('devops-engineer', 'duties', 'de', 'formal')] },
    { user: 'Das verstehe ich nicht. Einfacher bitte.', says: ['Einfacher sagen als meine Quellen kann ich es leider nicht'], not: [FALLBACK_DE, 'Oft treibst du auch die Einführung agiler Methoden'] },
    { user: 'What does a data scientist do?', locale: 'en-US', says: [a('data-scientist', 'duties', 'en')] },
    { user: 'in one sentence please', says: ['In short'], not: [FALLBACK_EN], buttons: ['Tell me more'] },
  ],
  'user test of session 19: a follow-up torn between the last topic and another stays with the last answer': [
    { user: 'Was verdient ein Frontend Developer?', locale: 'de-DE', says: [a('frontend-developer', 'salary', 'de')] },
    { user: 'in münchen mehr?', says: ['Eigene Zahlen für München habe ich nicht'], not: ['Meinst du', a('frontend-developer', 'salary', 'de')] },
    { user: 'How do I become a data scientist?', locale: 'en-US', says: [a('data-scientist', 'education', 'en')] },
    { user: 'how many years does it take?', says: ['My sources say nothing more specific on that than my last answer on "Education"'], not: ['Did you mean', a('data-scientist', 'education', 'en')] },
  ],
  'user test of session 19: pointing at the first one, also before a question or a verb\'s particle': [
    { user: 'whats the difference between frontend and backend developer', locale: 'en-US', says: ['compared'] },
    { user: 'and the skills for the first one?', says: [a('frontend-developer', 'skills', 'en')], not: ['compared', a('backend-developer', 'skills', 'en')] },
    { user: 'Was macht ein Backend Developer?', locale: 'de-DE', says: [a('backend-developer', 'duties', 'de')] },
    { user: 'und ein DevOps Engineer?', says: [a('devops-engineer', 'duties', 'de')] },
    { user: 'ich nehm den ersten. wie bewerbe ich mich?', says: [a('backend-developer', 'application', 'de')], not: ['im Vergleich', a('devops-engineer', 'application', 'de')] },
    { user: 'Was verdient ein Systemadministrator?', says: [a('systemadministrator', 'salary', 'de')] },
    { user: 'und ein Netzwerktechniker?', says: [a('netzwerktechniker', 'salary', 'de')] },
    { user: 'Und welche Firmen stellen den ersten ein?', says: [a('systemadministrator', 'workplaces', 'de')], not: ['im Vergleich'] },
  ],
  'user test of session 19: topics no source covers, and words that are no job titles': [
    { user: 'Ist Frontend Developer ein sicherer Beruf oder wird das bald durch KI ersetzt?', locale: 'de-DE', says: ['Zu den Folgen von KI für den Beruf habe ich keine belegten Angaben', a('frontend-developer', 'outlook', 'de')] },
    { user: 'Ich habe Rückenprobleme. Ist Systemadministrator trotzdem was für mich?', says: ['Zu körperlichen Anforderungen und Gesundheit habe ich keine belegten Angaben'] },
    { user: 'Und wie hoch ist die Arbeitslosigkeit bei Netzwerktechnikern?', says: ['Zu Arbeitslosenzahlen habe ich keine belegten Angaben'], not: ['Zum Beruf'] },
    { user: 'Mein Diplom wird anerkannt?', says: ['Anerkennungsfragen bei ausländischen Abschlüssen'], not: [FALLBACK_DE] },
    { user: 'Ich bin Frau, ist das ein Männerberuf?', says: ['Frauenanteil'], not: ['Männerberuf“'] },
    { user: 'Was wäre ein realistischer Einstieg für mich?', not: ['„realistischer“'] },
    { user: 'Was verdient ein Fischer?', says: ['Zum Beruf „Fischer“ habe ich leider keine Informationen'] },
  ],
  'user test of session 19: not knowing what to do, a ranking by ease, and a bare title after an article': [
    { user: 'ich bin 16 und weiss nicht was ich machen soll nach der schule', locale: 'de-DE', says: ['Welcher Beruf zu dir passt, kann ich nicht beurteilen'], not: [FALLBACK_DE] },
    { user: 'Welcher Beruf wäre am einfachsten für Quereinsteiger?', says: ['Welcher Beruf am leichtesten zu erreichen ist, sagen meine Quellen nicht'], not: ['Rangliste'] },
    // The two named next are compared on the way in.
    { user: 'DevOps oder Data Scientist?', says: ['DevOps Engineer und Data Scientist im Vergleich – Ausbildung'] },
    { user: 'which job is easiest to get into?', locale: 'en-US', says: ['Which occupation is easiest to get into is not something my sources say'], not: ['Which occupation would you like'] },
    { user: 'Was verdient ein Elektriker?', locale: 'de-DE', says: ['„Elektriker“'] },
    { user: 'Und ein Koch?', says: ['Zum Beruf „Koch“ habe ich leider keine Informationen'], not: [FALLBACK_DE] },
    { user: 'Und ein Praktikum?', not: ['„Praktikum“'] },
  ],
  'review of session 19: a narrower follow-up about something the answer does not name gets no quotes': [
    { user: 'Wie werde ich Systemadministrator?', locale: 'de-DE', says: [a('systemadministrator', 'education', 'de')] },
    { user: 'Wie lange dauert die Probezeit?', not: ['die Sätze dazu', 'dreijährigen'] },
    { user: 'Wie werde ich Systemadministrator?', says: [a('systemadministrator', 'education', 'de')] },
    { user: 'wie lange dauert ein Arbeitstag?', not: ['die Sätze dazu'] },
    { user: 'Wie werde ich Systemadministrator?', says: [a('systemadministrator', 'education', 'de')] },
    { user: 'Wie viel kostet der IHK-Lehrgang?', not: ['die Sätze dazu', 'dauern im Schnitt ein Jahr'] },
    { user: 'Wie bewerbe ich mich als Systemadministrator?', says: [a('systemadministrator', 'application', 'de')] },
    { user: 'Wie lange dauert das Bewerbungsverfahren?', not: ['die Sätze dazu', 'Minuten'] },
    // A duration said all over the answer counts by its own forms: "dauert" finds "dauern".
    { user: 'Wie werde ich Netzwerktechniker?', says: [a('netzwerktechniker', 'education', 'de')] },
    { user: 'wie lange dauert die Ausbildung?', says: ['die Sätze dazu', 'Beide Ausbildungen dauern 3 Jahre'], buttons: ['Mehr dazu'] },
    // The sentence naming all the words asked about.
    { user: 'Wie wird man Fachinformatiker Anwendungsentwicklung?', says: [a('fachinformatiker-anwendungsentwicklung', 'education', 'de')] },
    { user: 'Wie lange dauert die Prüfung?', says: ['Die Abschlussprüfung ist gestreckt'], not: ['Die Ausbildung dauert drei Jahre und läuft dual'] },
    // A degree named by most sentences counts by its own word.
    { user: 'Wie werde ich Data Scientist?', says: [a('data-scientist', 'education', 'de')] },
    { user: 'braucht man dafür ein studium?', says: ['Am direktesten führt ein Data-Science-Studium'] },
    { user: 'How do I become a data scientist?', locale: 'en-US', says: [a('data-scientist', 'education', 'en')] },
    { user: 'do I need a degree?', says: ['degree in data science'], not: ['From my answer on Data Scientist ("Education"), the sentences on that\n\n- “Many'] },
  ],
  'review of session 19: a comparison naming no topic of its own is no verdict question, and other forms of the new rules': [
    { user: 'Wer verdient mehr, Backend Developer oder Frontend Developer?', locale: 'de-DE', says: ['im Vergleich – Gehalt'] },
    { user: 'welcher ist einfacher?', not: ['Wer von beiden mehr verdient, entscheide ich nicht'] },
    { user: 'ich weiß nicht, was ich nach der Schule machen soll', says: ['Welcher Beruf zu dir passt, kann ich nicht beurteilen'] },
    { user: 'Sie sind nutzlos', says: ['Schade, dass ich dir nicht weiterhelfen konnte'] },
    { user: 'Was macht ein Netzwerktechniker?', says: [a('netzwerktechniker', 'duties', 'de')] },
    { user: 'Fassen Sie das bitte in einem Satz zusammen.', says: ['Kurz gesagt'] },
    { user: 'Ist die Arbeit körperlich?', says: ['Zu körperlichen Anforderungen und Gesundheit habe ich keine belegten Angaben'] },
    { user: 'Ersetzt künstliche Intelligenz bald Systemadministratoren?', says: ['Zu den Folgen von KI für den Beruf habe ich für Systemadministrator/in leider keine belegten Informationen'] },
  ],
  'review of session 18: the new rules stay out of questions they do not fit': [
    { user: 'Was verdient ein Backend Developer?', locale: 'de-DE', says: ['47.700 €'] },
    { user: 'Und ein Fachinformatiker Anwendungsentwicklung?', says: [a('fachinformatiker-anwendungsentwicklung', 'salary', 'de')] },
    // "den ersten und zweiten" is a time, not the first occupation talked about.
    { user: 'Was verdient man in den ersten und zweiten Jahren?', says: [a('fachinformatiker-anwendungsentwicklung', 'salary', 'de')], not: ['47.700 €'] },
    { user: 'Was verdient ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')] },
    // Who pays most asks the pay, not who pays for training.
    { user: 'Wer zahlt am meisten?', not: ['Förderung'] },
    { user: 'Does a frontend developer need to know about accessibility for disabled users?', locale: 'en-US', not: ['disability'] },
    { user: 'Do sysadmins grant access rights to users?', not: ['funding'] },
    { user: 'What does a data scientist earn at Visa?', not: ['visas'] },
    // A word most of the answer's sentences name: the whole answer, never "nothing more specific".
    { user: 'Wie werde ich Systemadministrator?', locale: 'de-DE', says: [a('systemadministrator', 'education', 'de')] },
    { user: 'braucht man ein Studium?', not: ['Genauer als in meiner letzten Antwort'] },
    // A topic's label asks the whole topic.
    { user: 'Wer stellt Systemadministratoren ein?', says: [a('systemadministrator', 'workplaces', 'de')] },
    { user: 'Arbeitgeber', says: [a('systemadministrator', 'workplaces', 'de')], not: ['die Sätze dazu'] },
    // The button for the whole answer still works after a turn that only reacts to it.
    { user: 'Was verdient ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')] },
    { user: 'kürzer bitte', says: ['Kurz gesagt'] },
    { user: 'und in Berlin?', says: ['Eigene Zahlen für Berlin habe ich nicht – die in meiner letzten Antwort'] },
    { user: 'Mehr dazu', says: [a('data-scientist', 'salary', 'de')], not: ['Mehr als das sagen meine Quellen'] },
    // After the way in, "kürzer" asks whether the training can be shortened.
    { user: 'Welche Ausbildung braucht ein Fachinformatiker Anwendungsentwicklung?', says: [a('fachinformatiker-anwendungsentwicklung', 'education', 'de')] },
    { user: 'geht das auch kürzer?', not: ['Kurz gesagt'] },
  ],
  'with no answer before, asking for more invites a question and asking for less is not understood': [
    { user: 'mehr dazu', locale: 'de-DE', says: ['Frag mich zu einem IT-Beruf'], not: [FALLBACK_DE] },
    { user: 'kürzer bitte', says: [FALLBACK_DE] },
  ],
  'asking for the language the answer is already in does not repeat it': [
    { user: 'Was verdient ein Backend Developer?', locale: 'de-DE', says: ['47.700 €'] },
    { user: 'auf Deutsch bitte', says: ['Ich antworte schon auf Deutsch'], not: ['47.700 €', FALLBACK_DE] },
    { user: 'kannst du mir das auf englisch sagen?', says: ['€47,700'], not: [FALLBACK_DE, '47.700 €'], answered: { topic: 'salary', occupation: BACKEND } },
  ],
  'wanting to become one asks the way in; titles near the known ones are named as related roles': [
    { user: 'ich will Data Scientist werden', locale: 'de-DE', says: [a('data-scientist', 'education', 'de')], answered: { topic: 'education', occupation: 'data-scientist' } },
    { user: 'Was verdient ein Administrator?', says: ['„Administrator“ ist eine verwandte Rolle', a('systemadministrator', 'salary', 'de')] },
    { user: 'Was macht ein Fachinformatiker für Daten- und Prozessanalyse?', says: ['ist eine verwandte Rolle', a('fachinformatiker-anwendungsentwicklung', 'duties', 'de')] },
    { user: 'what does a mobile developer earn', locale: 'en-US', says: ['mobile developer'], not: NO_FIGURES },
  ],
  'a topic question with no occupation asks which one, then answers the original question': [
    { user: 'Was verdient man so?', says: ['Zu welchem Beruf'], not: NO_FIGURES, buttons: ['Backend Developer'], answered: { topic: 'ask-occupation' } },
    { user: 'Backend Developer', says: ['47.700 €'], answered: { topic: 'salary', occupation: BACKEND } },
  ],
  'the which-occupation question works in English and with a clicked button': [
    { user: 'what are the duties?', says: ['Which occupation'], not: NO_FIGURES, locale: 'en-US', buttons: ['Backend Developer'] },
    { user: { type: 'message', text: 'Backend Developer' }, says: [a(BACKEND, 'duties', 'en')], locale: 'en-US', answered: { topic: 'duties', occupation: BACKEND } },
  ],
  'suggested follow-up topics are buttons that work when clicked': [
    { user: 'Was verdient ein Backend Developer?', buttons: ['Arbeitgeber', 'Berufsaussichten', 'Jobs'] },
    { user: 'Berufsaussichten', says: [a(BACKEND, 'outlook', 'de')], answered: { topic: 'outlook', occupation: BACKEND } },
  ],
  'typos, missing umlauts and gendered titles are understood': [
    { user: 'was verdint eine backend entwicklerin', says: ['47.700 €'] },
    { user: 'Aufgaben Backend-Entwickler*in?', says: [a(BACKEND, 'duties', 'de')] },
    { user: 'wie werde ich bakcend entwickler', says: [a(BACKEND, 'education', 'de')] },
    { user: 'Taetigkeiten als Backendentwicklerin', says: [a(BACKEND, 'duties', 'de')] },
  ],
  'switching language mid-conversation answers in the new language': [
    { user: 'Was verdient ein Backend Developer?', says: ['47.700 €'], locale: 'de-DE' },
    { user: 'And what about the education you need?', says: [a(BACKEND, 'education', 'en')], locale: 'en-US', answered: { topic: 'education', occupation: BACKEND } },
    { user: 'Und welche Kenntnisse braucht man?', says: [a(BACKEND, 'skills', 'de')], locale: 'de-DE' },
  ],
  'greeting, help, thanks and goodbye in German': [
    { user: 'Hallo', says: ['Hallo!'], locale: 'de-DE', answered: { topic: 'greeting' } },
    { user: 'Was kann ich dich fragen?', says: ['Backend Developer', 'Gehalt'.toLowerCase() === 'gehalt' ? 'verdient' : ''], answered: { topic: 'help' } },
    { user: 'Danke dir!', says: ['Gern geschehen'], answered: { topic: 'thanks' } },
    { user: 'Tschüss', says: ['Tschüss'], answered: { topic: 'goodbye' } },
  ],
  'greetings and thanks around a question are politeness; a shared "Hi" keeps the site\'s language': [
    {
      user: 'Guten Tag! Ich hätte gern gewusst, welche Ausbildung man als Data Scientist braucht. Vielen Dank und LG',
      says: [a('data-scientist', 'education', 'de')],
      not: ['Gern geschehen'],
      locale: 'de-DE',
      answered: { topic: 'education', occupation: 'data-scientist' },
    },
    { user: 'Hallo! Ich würde gerne wissen, welche Aufgaben ein DevOps Engineer hat. Danke und viele Grüße', says: [a('devops-engineer', 'duties', 'de')], not: ['Gern geschehen'] },
    // A thanks, then a goodbye: the visitor is leaving.
    { user: 'Danke für die Infos zum Gehalt. Tschüss!', says: ['Tschüss'], not: NO_FIGURES, answered: { topic: 'goodbye' } },
    { user: 'Hi there, could you tell me what a sysadmin earns? Many thanks!', says: [a('systemadministrator', 'salary', 'en')], locale: 'en-US', answered: { topic: 'salary', occupation: 'systemadministrator' } },
    // A sentence that asks nothing is no question, however topical.
    { user: 'Danke für deine Hilfe. Das Gehalt eines Data Scientist hat mich überzeugt. Schönen Tag noch!', says: ['Tschüss'], not: NO_FIGURES, answered: { topic: 'goodbye' } },
  ],
  'a "Hi" on the German site is answered in German': [
    { user: 'Hi', locale: 'de-DE', says: ['Hallo'], answered: { topic: 'greeting' } },
    { user: 'Backend Developer', says: [a(BACKEND, 'overview', 'de')], answered: { topic: 'overview', occupation: BACKEND } },
  ],
  'a greeting with an occupation or a topic label asks about it': [
    { user: 'Hello! Data scientist', locale: 'en-US', says: [a('data-scientist', 'overview', 'en')], answered: { topic: 'overview', occupation: 'data-scientist' } },
    { user: 'Guten Morgen! Gehalt Data Scientist?', locale: 'de-DE', says: [a('data-scientist', 'salary', 'de')], answered: { topic: 'salary', occupation: 'data-scientist' } },
  ],
  'a comment on the answer just given, closing with a thanks or goodbye, is that thanks or goodbye': [
    { user: 'Was verdient ein Backend Developer?', locale: 'de-DE', answered: { topic: 'salary', occupation: BACKEND } },
    { user: 'Danke, das Gehalt klingt gut. Tschüss!', says: ['Tschüss'], not: NO_FIGURES, answered: { topic: 'goodbye' } },
    { user: 'What skills does a data scientist need?', locale: 'en-US', answered: { topic: 'skills', occupation: 'data-scientist' } },
    { user: 'Great, the skills part was helpful. Goodbye!', says: ['Goodbye'], not: [a('data-scientist', 'skills', 'en')], answered: { topic: 'goodbye' } },
    // A new request with the thanks is answered.
    { user: 'Ich möchte mehr über die Ausbildung erfahren. Danke!', locale: 'de-DE', says: [a('data-scientist', 'education', 'de')], answered: { topic: 'education', occupation: 'data-scientist' } },
    { user: 'What does a backend developer earn?', locale: 'en-US', answered: { topic: 'salary', occupation: BACKEND } },
    { user: 'Thanks, now I know the salary. Goodbye!', says: ['Goodbye'], not: ['€'], answered: { topic: 'goodbye' } },
  ],
  'announcing a question invites it, asking for more after an answer says where to read on: no goodbye, no privacy notice': [
    { user: 'Was verdient ein Backend Developer?', locale: 'de-DE', answered: { topic: 'salary', occupation: BACKEND } },
    { user: 'kurze Frage', says: ['Was möchtest du noch über Backend Developer wissen?'], not: ['Was ich speichere'], answered: { topic: 'acknowledged', occupation: BACKEND } },
    { user: 'Hab ne kurze Frage', says: ['Was möchtest du noch über Backend Developer wissen?'], answered: { topic: 'acknowledged', occupation: BACKEND } },
    // An acknowledgement keeps the answer it acknowledges: asking for more is still about it.
    { user: 'mehr dazu?', says: ['Mehr als das sagen meine Quellen zum Thema „Gehalt“ bei Backend Developer nicht'], not: ['Tschüss', FALLBACK_DE], answered: { topic: 'about-answer', occupation: BACKEND } },
    { user: 'weiter', says: ['Mehr als das sagen meine Quellen'], not: [FALLBACK_DE] },
    { user: 'mehr bitte', says: ['Mehr als das sagen meine Quellen'], not: [FALLBACK_DE] },
    { user: 'Kurze Frage: was macht ein Sysadmin?', says: [a('systemadministrator', 'duties', 'de')], answered: { topic: 'duties', occupation: 'systemadministrator' } },
    { user: 'top', not: [FALLBACK_DE], answered: { topic: 'acknowledged', occupation: 'systemadministrator' } },
    { user: 'tell me more', says: [/My sources say no more than that on "Duties" for System Administrator|Mehr als das sagen meine Quellen zum Thema „Aufgaben“/], answered: { topic: 'about-answer', occupation: 'systemadministrator' } },
  ],
  'greeting, help, thanks and goodbye in English': [
    { user: 'Hello there', says: ['Hello!'], locale: 'en-US', answered: { topic: 'greeting' } },
    { user: 'what can you do?', says: ['I answer questions about these occupations: Backend Developer'], answered: { topic: 'help' } },
    { user: 'thank you so much', says: ["You're welcome"], answered: { topic: 'thanks' } },
    { user: 'bye', says: ['Goodbye'], answered: { topic: 'goodbye' } },
  ],
  'off-topic messages get an honest fallback, never a knowledge answer': [
    { user: 'Wie wird das Wetter?', says: [FALLBACK_DE, 'IT-Berufen'], not: NO_FIGURES, answered: { topic: 'None' } },
    { user: 'Schreib mir ein Gedicht', says: [FALLBACK_DE], not: NO_FIGURES, answered: { topic: 'None' } },
    { user: 'asdfgh', says: [FALLBACK_DE], not: NO_FIGURES, answered: { topic: 'None' } },
    { user: '🙂', says: [FALLBACK_DE], not: NO_FIGURES, answered: { topic: 'None' } },
    { user: 'Wie hoch ist der Mindestlohn?', says: [FALLBACK_DE], not: NO_FIGURES, answered: { topic: 'None' } },
    { user: 'Übersetz mir bitte einen Brief an meinen Vermieter', says: [FALLBACK_DE], not: NO_FIGURES, answered: { topic: 'None' } },
  ],
  'writing a CV is a question about applying: the bot asks for which occupation': [
    { user: 'Wie schreibe ich einen Lebenslauf?', says: ['Zu welchem Beruf', 'Bewerbung'], not: [FALLBACK_DE] },
    { user: 'Frontend', says: [a('frontend-developer', 'application', 'de')], answered: { topic: 'application', occupation: 'frontend-developer' } },
  ],
  'off-topic in English, also after an occupation was discussed': [
    { user: 'how much does a backend developer earn', says: ['€47,700'] },
    { user: 'write me a poem about the sea', says: [FALLBACK_EN], not: NO_FIGURES, locale: 'en-US', answered: { topic: 'None' } },
    { user: 'how do I quit my job', says: [FALLBACK_EN], not: NO_FIGURES, answered: { topic: 'None' } },
    { user: 'and what are the prospects?', says: [a(BACKEND, 'outlook', 'en')], answered: { topic: 'outlook', occupation: BACKEND } },
  ],
  'several questions in one message are all answered, in order': [
    { user: 'Was verdient ein Data Scientist und welche Ausbildung braucht man?', says: [a('data-scientist', 'salary', 'de'), a('data-scientist', 'education', 'de')], answered: { topic: 'salary,education', occupation: 'data-scientist' } },
    { user: 'what are the duties of a backend developer and what skills do I need?', says: [a('backend-developer', 'duties', 'en'), a('backend-developer', 'skills', 'en')], locale: 'en-US' },
    // A pronoun in the second question stands for the occupation of the first.
    { user: 'Was macht ein DevOps Engineer und was verdient er?', locale: 'de-DE', says: [a('devops-engineer', 'duties', 'de'), a('devops-engineer', 'salary', 'de')], answered: { topic: 'duties,salary', occupation: 'devops-engineer' } },
    // Each question about its own occupation: each answered for it, headed with whose it is; no comparison.
    {
      user: 'Was macht ein DevOps Engineer und was verdient ein Data Scientist?',
      says: ['DevOps Engineer – Aufgaben:', a('devops-engineer', 'duties', 'de'), 'Data Scientist – Gehalt:', a('data-scientist', 'salary', 'de')],
      not: ['im Vergleich', a('devops-engineer', 'salary', 'de')],
      answered: { topic: 'duties,salary', occupation: 'devops-engineer,data-scientist' },
    },
  ],
  'a second miss in a row explains how to ask and lists the topics': [
    { user: 'Wie wird das Wetter morgen?', says: ['Dabei kann ich dir leider nicht helfen'], answered: { topic: 'None' } },
    { user: 'Und was gibt es zum Mittagessen?', says: ['wieder nicht verstanden', 'Was verdient ein Backend Developer?', 'Gehalt'], not: NO_FIGURES, buttons: ['Überblick', 'Aufgaben'] },
    { user: 'Was verdient ein Backend Developer?', says: ['47.700 €'] },
    { user: 'Erzähl mir einen Witz', says: ['nicht verstanden'], not: ['wieder nicht verstanden'] },
  ],
  'empty and attachment-only messages get a polite answer': [
    { user: { type: 'message', text: '   ' }, says: ['Deine Nachricht war leer'], answered: { topic: 'empty' } },
    { user: { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1/x.png' }] }, says: ['Bilder kann ich leider nicht lesen'], answered: { topic: 'attachment' } },
  ],
  'a card button click with the question in value is answered like typed text': [
    { user: { type: 'message', value: { text: 'Was verdient ein Backend Developer?' } }, says: ['47.700 €'] },
  ],
  'no pay figures for a place, but another section has some: the note says where': [
    {
      user: 'Was verdient ein Frontend Developer in München?',
      says: ['Eigene Zahlen für München habe ich nicht', 'Zahlen für München nennen meine Quellen zu Frontend Developer unter: Arbeitgeber und Berufsaussichten.'],
      locale: 'de-DE',
      answered: { topic: 'salary', occupation: 'frontend-developer' },
    },
    { user: 'Und in Köln?', says: ['Eigene Zahlen für Köln habe ich nicht'], not: ['Zahlen für Köln nennen'] },
    // München's figures carry Bavaria's code; they are not Nürnberg's.
    { user: 'Und in Nürnberg?', says: ['Eigene Zahlen für Nürnberg habe ich nicht'], not: ['Zahlen für Nürnberg nennen'] },
    { user: 'What does a backend developer earn in Hamburg?', says: ['I have no figures for Hamburg in particular'], not: ['My sources give figures for Hamburg'], locale: 'en-US' },
  ],
  'which occupations the bot knows': [
    { user: 'Welche Berufe kennst du?', says: ['Backend Developer'], buttons: ['Backend Developer'], answered: { topic: 'occupations' } },
    { user: 'which jobs do you know about?', says: ['I know about these occupations'], locale: 'en-US' },
  ],
  'a place asked about: figures that are not for it are said to be from elsewhere, follow-ups keep the place': [
    { user: 'Was verdient ein Backend Developer in München?', says: ['Eigene Zahlen für München habe ich nicht', 'gelten für Deutschland', '47.700 €'], locale: 'de-DE', answered: { topic: 'salary', occupation: BACKEND } },
    // Right after the answer for elsewhere: the note points back to it rather than give it again.
    { user: 'und in Berlin?', says: ['Eigene Zahlen für Berlin habe ich nicht – die in meiner letzten Antwort gelten für Deutschland.'], not: ['München', '47.700 €', FALLBACK_DE], answered: { topic: 'not-covered', occupation: BACKEND } },
    { user: 'Und ein DevOps Engineer?', says: ['Eigene Zahlen für Berlin habe ich nicht'], answered: { topic: 'salary', occupation: 'devops-engineer' } },
    { user: 'Was verdient ein Backend Developer?', says: ['47.700 €'], not: ['Eigene Zahlen', 'Berlin'] },
    { user: 'Was macht ein Backend Developer in Hamburg?', says: [a(BACKEND, 'duties', 'de')], not: ['Eigene Zahlen'], answered: { topic: 'duties', occupation: BACKEND } },
    { user: 'Wer verdient mehr in Köln, Backend oder Frontend Entwickler?', says: ['Eigene Zahlen für Köln habe ich nicht', 'Backend Developer:', 'Frontend Developer:'], answered: { topic: 'compare' } },
  ],
  'a place right after the answer: the note points back to it, and figures for the place elsewhere are pointed to': [
    { user: 'Was verdient ein Frontend Developer?', locale: 'de-DE', says: [a('frontend-developer', 'salary', 'de')] },
    { user: 'und in München?', says: ['Eigene Zahlen für München habe ich nicht – die in meiner letzten Antwort', 'Zahlen für München nennen meine Quellen zu Frontend Developer unter'], not: [a('frontend-developer', 'salary', 'de')], answered: { topic: 'not-covered', occupation: 'frontend-developer' } },
    // Another occupation, or the same question in another language: the whole answer, with the place's note.
    { user: 'Und ein Data Scientist?', says: ['Eigene Zahlen für München habe ich nicht – die folgenden Angaben', a('data-scientist', 'salary', 'de')], answered: { topic: 'salary', occupation: 'data-scientist' } },
    { user: 'and in Hamburg?', locale: 'en-US', says: ['I have no figures for Hamburg in particular – the ones below', a('data-scientist', 'salary', 'en')], answered: { topic: 'salary', occupation: 'data-scientist' } },
    // A comparison too.
    { user: 'Wer verdient mehr, Backend Developer oder Data Scientist?', locale: 'de-DE', says: ['im Vergleich'] },
    { user: 'und in Köln?', says: ['Eigene Zahlen für Köln habe ich nicht – die in meiner letzten Antwort'], not: ['im Vergleich', ...NO_FIGURES], answered: { topic: 'not-covered', occupation: `${BACKEND},data-scientist` } },
  ],
  'a place in English, and figures that are for the place asked about': [
    { user: 'what does a backend developer earn in austria', says: ['I have no figures for Austria in particular', 'for Germany', '€47,700'], not: [FALLBACK_EN], locale: 'en-US', answered: { topic: 'salary', occupation: BACKEND } },
    { user: 'How much does a data scientist earn in the US?', says: ['US median'], not: ['no figures for'], answered: { topic: 'salary', occupation: 'data-scientist' } },
    { user: 'and in munich?', says: ['I have no figures for Munich in particular – the ones in my last answer are for Germany and the US.'], not: NO_FIGURES, answered: { topic: 'not-covered', occupation: 'data-scientist' } },
    { user: 'Gehalt Backend Entwickler Muenchen', says: ['Eigene Zahlen für München habe ich nicht'], answered: { topic: 'salary', occupation: BACKEND } },
    // A city inside a country with a figure: the US figure is no figure for New York.
    { user: 'What does a data scientist make in New York?', says: ['I have no figures for New York in particular', 'for Germany and the US'], not: [FALLBACK_EN], locale: 'en-US', answered: { topic: 'salary', occupation: 'data-scientist' } },
    { user: 'and in London?', says: ['I have no figures for London in particular – the ones in my last answer'], answered: { topic: 'not-covered', occupation: 'data-scientist' } },
  ],
  'a place: one note for several questions, a note where one of two compared has no figure for it, none beside other topics': [
    { user: 'Was verdient ein Frontend-Entwickler in Hamburg und wie sind die Aussichten?', says: ['Eigene Zahlen für Hamburg habe ich nicht'], not: [/Eigene Zahlen[\s\S]*Eigene Zahlen/], locale: 'de-DE', answered: { topic: 'salary,outlook', occupation: 'frontend-developer' } },
    // Only Backend Developer lacks a US figure: the note names it, since the Data Scientist list has one.
    { user: 'Wer verdient mehr in den USA, Data Scientist oder Backend Developer?', says: ['Zu Backend Developer habe ich keine eigenen Zahlen für die USA – die Angaben dazu unten gelten für Deutschland.'], not: ['Eigene Zahlen für die USA habe ich nicht'], answered: { topic: 'compare' } },
    { user: 'Wer verdient in München mehr, Backend oder Fullstack Developer?', says: ['Zu Backend Developer habe ich keine eigenen Zahlen für München'], not: ['Eigene Zahlen für München habe ich nicht'], answered: { topic: 'compare' } },
    { user: 'Wo arbeiten Frontend-Entwickler in München?', not: ['Eigene Zahlen'], answered: { topic: 'workplaces', occupation: 'frontend-developer' } },
  ],
  'a rating or a thanks after a pay answer for a place keeps the place and the occupation for the next follow-up': [
    { user: 'Was verdient ein Sysadmin in München?', says: ['Eigene Zahlen für München habe ich nicht'], locale: 'de-DE', answered: { topic: 'salary', occupation: 'systemadministrator' } },
    { user: '👍', says: ['Danke für deine Bewertung'] },
    { user: 'und ein DevOps Engineer?', says: ['Eigene Zahlen für München habe ich nicht'], answered: { topic: 'salary', occupation: 'devops-engineer' } },
    { user: 'danke', says: ['Gern geschehen'], not: NO_FIGURES, answered: { topic: 'thanks' } },
    { user: 'und ein Data Scientist?', says: ['Eigene Zahlen für München habe ich nicht'], answered: { topic: 'salary', occupation: 'data-scientist' } },
    { user: 'Danke!', answered: { topic: 'thanks' } },
    { user: 'und die Aussichten?', not: ['Eigene Zahlen'], answered: { topic: 'outlook', occupation: 'data-scientist' } },
    { user: 'und das Gehalt?', says: ['Eigene Zahlen für München habe ich nicht'], answered: { topic: 'salary', occupation: 'data-scientist' } },
  ],
  'a thanks or a rating in English keeps the place too': [
    { user: 'what does a backend developer earn in austria', says: ['I have no figures for Austria in particular'], locale: 'en-US' },
    { user: 'thanks a lot', says: ["You're welcome"], answered: { topic: 'thanks' } },
    { user: 'and a devops engineer?', says: ['I have no figures for Austria in particular'], answered: { topic: 'salary', occupation: 'devops-engineer' } },
    { user: '👎', answered: { topic: 'feedback', occupation: 'devops-engineer' } },
    { user: 'and a frontend developer?', says: ['I have no figures for Austria in particular'], answered: { topic: 'salary', occupation: 'frontend-developer' } },
  ],
  'a thanks naming a place asks for that place, and the place is kept': [
    { user: 'Was verdient ein Data Scientist in München?', says: ['Eigene Zahlen für München habe ich nicht'], locale: 'de-DE' },
    { user: 'Danke, und in Hamburg?', says: ['Eigene Zahlen für Hamburg habe ich nicht – die in meiner letzten Antwort'], not: ['Gern geschehen'], answered: { topic: 'not-covered', occupation: 'data-scientist' } },
    { user: 'Danke!', answered: { topic: 'thanks' } },
    { user: 'Und als Backend Developer?', says: ['Eigene Zahlen für Hamburg habe ich nicht'], not: ['München'], answered: { topic: 'salary', occupation: BACKEND } },
  ],
  'a place is kept only while the talk is about occupations, and a bare place never answers a stale question': [
    { user: 'Was verdient ein Backend Developer in Berlin?', says: ['Eigene Zahlen für Berlin'], locale: 'de-DE' },
    { user: 'Hallo', not: ['Berlin'] },
    { user: 'Und das Gehalt?', says: ['47.700 €'], not: ['Eigene Zahlen'], answered: { topic: 'salary', occupation: BACKEND } },
    { user: 'Was verdient ein Pilot?', not: NO_FIGURES, answered: { topic: 'unknown-occupation' } },
    { user: 'Und in Berlin?', not: [...NO_FIGURES, 'Eigene Zahlen'] },
  ],
  'a question about something no source covers gets "no sourced information", never the nearest topic': [
    {
      user: 'Kann man als Backend Developer remote arbeiten?',
      says: ['Zu Homeoffice und Remote-Arbeit habe ich für Backend Developer leider keine belegten Informationen', 'Gehalt, Arbeitgeber'],
      not: [a(BACKEND, 'workplaces', 'de'), ...NO_FIGURES],
      buttons: ['Überblick', 'Gehalt'],
      answered: { topic: 'not-covered', occupation: BACKEND },
    },
    { user: 'Und als DevOps Engineer?', says: ['für DevOps Engineer leider keine belegten Informationen'], not: NO_FIGURES, answered: { topic: 'not-covered', occupation: 'devops-engineer' } },
    { user: 'Und was verdient man da?', says: [a('devops-engineer', 'salary', 'de')], not: ['Homeoffice'], answered: { topic: 'salary', occupation: 'devops-engineer' } },
    { user: 'Wie viele Urlaubstage hat ein Systemadministrator?', says: ['Zu Urlaub habe ich für Systemadministrator/in leider keine'], not: NO_FIGURES, answered: { topic: 'not-covered', occupation: 'systemadministrator' } },
  ],
  'taxes, starting pay and freelance rates: said not covered, or the section that does say something': [
    { user: 'Wie viel Steuern zahlt ein DevOps Engineer?', says: ['Zu Steuern und Abgaben habe ich keine belegten Angaben', a('devops-engineer', 'salary', 'de')], answered: { topic: 'salary', occupation: 'devops-engineer' } },
    // The aspect's words can make the whole look out of scope; without them it asks the pay.
    { user: 'Was verdient ein Frontend Developer nach Steuern?', says: ['Zu Nettogehältern habe ich keine belegten Angaben', a('frontend-developer', 'salary', 'de')], answered: { topic: 'salary', occupation: 'frontend-developer' } },
    { user: 'Does a data scientist work with tax data?', not: ['taxes and deductions'], locale: 'en-US' },
    { user: 'Muss ein Data Scientist Steuern zahlen?', says: ['Zu Steuern und Abgaben habe ich für Data Scientist leider keine belegten Informationen'], not: [FALLBACK_DE], locale: 'de-DE' },
    { user: 'How much does a backend developer make an hour?', says: ['I have no sourced information on hourly pay'], locale: 'en-US', answered: { topic: 'salary', occupation: BACKEND } },
    // The aspect's part still asks the pay it helps with.
    { user: 'Was macht ein Data Scientist und was verdient er netto?', says: ['Zu Nettogehältern habe ich keine belegten Angaben', a('data-scientist', 'duties', 'de'), a('data-scientist', 'salary', 'de')], locale: 'de-DE' },
    { user: 'How much tax does a data scientist pay?', says: ['I have no sourced information on taxes and deductions'], locale: 'en-US', answered: { topic: 'salary', occupation: 'data-scientist' } },
    // Since session 20 the backend pay has a starting salary of its own (Compensation Partner).
    { user: 'Einstiegsgehalt Backend Developer?', says: ['Zu Einstiegsgehältern habe ich nur, was meine Quellen im Abschnitt „Gehalt“ sagen', '47.700 €'], not: ['keine belegten Angaben'], locale: 'de-DE', answered: { topic: 'salary', occupation: BACKEND } },
    { user: 'Was verdient ein Junior Frontend Developer?', says: ['Zu Einstiegsgehältern habe ich nur, was meine Quellen im Abschnitt „Gehalt“ sagen', a('frontend-developer', 'salary', 'de')], answered: { topic: 'salary', occupation: 'frontend-developer' } },
    { user: 'Stundensatz als freiberuflicher Backend Developer?', says: ['Zu freiberuflicher Arbeit und Stundensätzen habe ich nur, was meine Quellen im Abschnitt „Arbeitgeber“ sagen', a(BACKEND, 'workplaces', 'de')], not: [a(BACKEND, 'outlook', 'de')] },
    { user: 'Wie viele Frauen arbeiten als DevOps Engineer?', says: ['Zu Beschäftigtenzahlen und dem Frauenanteil habe ich für DevOps Engineer leider keine belegten Informationen'], not: NO_FIGURES, locale: 'de-DE' },
    { user: 'wie lang dauert eine umschulung zum Fachinformatiker?', says: ['Zu Umschulungen habe ich keine belegten Angaben', a('fachinformatiker-anwendungsentwicklung', 'education', 'de')], locale: 'de-DE' },
    // A retraining in the story before a pay question asks nothing about it.
    { user: 'Ich mache eine Umschulung zur Kauffrau. Was verdient ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')], not: ['Umschulungen'], locale: 'de-DE' },
    { user: 'Wie viele Data Scientists gibt es? Und was verdient ein Data Scientist?', says: ['Zu Beschäftigtenzahlen und dem Frauenanteil', a('data-scientist', 'salary', 'de')], locale: 'de-DE' },
    { user: 'Wie viele Backend Developer gibt es in Deutschland?', says: ['Zu Beschäftigtenzahlen und dem Frauenanteil habe ich für Backend Developer leider keine belegten Informationen'], not: NO_FIGURES, locale: 'de-DE' },
    // "selbstständiges Arbeiten" is a skill, not self-employment; an hour is no pay outside a pay question.
    { user: 'Muss man als Data Scientist selbstständig arbeiten können?', not: ['freiberuflicher Arbeit'] },
    { user: 'What skills does a sysadmin need if servers must be fixed within an hour?', says: [a('systemadministrator', 'skills', 'en')], not: ['freelance', 'hourly'], locale: 'en-US', answered: { topic: 'skills', occupation: 'systemadministrator' } },
    { user: 'Kann man als DevOps Engineer freiberuflich arbeiten?', says: ['Zu freiberuflicher Arbeit und Stundensätzen habe ich nur, was meine Quellen im Abschnitt „Arbeitgeber“ sagen'], locale: 'de-DE' },
    { user: 'Wie hoch ist der Stundenlohn eines Data Scientists?', says: ['Zu Stundenlöhnen habe ich nur, was meine Quellen im Abschnitt „Gehalt“ sagen'], not: ['freiberuflicher Arbeit'], answered: { topic: 'salary', occupation: 'data-scientist' } },
  ],
  'age is no topic of the sources: a note, then what helps; a question behind a life story is still answered': [
    { user: 'Bin ich mit 50 zu alt, um noch Frontend-Entwickler zu werden?', says: ['Zu Altersfragen beim Einstieg habe ich keine belegten Angaben', a('frontend-developer', 'education', 'de')], not: [FALLBACK_DE], locale: 'de-DE', answered: { topic: 'education', occupation: 'frontend-developer' } },
    { user: 'Hallo, ich heiße Sabine, bin 52, war lange Sekretärin in einer Anwaltskanzlei und habe jetzt Zeit für etwas Neues. Mein Sohn meint, ich soll Systemadministratorin werden. Was muss ich dafür lernen und ist das in meinem Alter realistisch?', says: ['Zu Altersfragen beim Einstieg habe ich keine belegten Angaben', a('systemadministrator', 'skills', 'de')], not: [FALLBACK_DE], answered: { topic: 'skills', occupation: 'systemadministrator' } },
    { user: 'Was verdient ein DevOps Engineer?', says: [a('devops-engineer', 'salary', 'de')] },
    // After the pay, not a pay question: the note and the topics.
    { user: 'ist das in meinem Alter noch realistisch?', says: ['Zu Altersfragen beim Einstieg habe ich für DevOps Engineer leider keine belegten Informationen'], not: [a('devops-engineer', 'salary', 'de'), FALLBACK_DE] },
    { user: 'What does a DevOps engineer earn at my age?', says: ['I have no sourced information on whether age matters', a('devops-engineer', 'salary', 'en')], locale: 'en-US' },
    // Not about anyone's age: a technology, the figures, a pay qualifier.
    { user: 'Ist Java zu alt, um es als Backend Developer noch zu lernen?', not: ['Altersfragen'], locale: 'de-DE' },
    { user: 'Was verdient ein Backend Developer mit Mitte 20?', says: [a(BACKEND, 'salary', 'de')], not: ['Altersfragen'] },
    { user: 'am I too old to become a data scientist?', says: ['I have no sourced information on whether age matters', a('data-scientist', 'education', 'en')], locale: 'en-US' },
    // "Alter" alone is slang, and an age in a story asks nothing.
    { user: 'Alter, was verdient ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')], not: ['Altersfragen'], locale: 'de-DE' },
    { user: 'Ich bin 45. Was macht ein Netzwerktechniker?', says: [a('netzwerktechniker', 'duties', 'de')], not: ['Altersfragen'] },
  ],
  'certificates: the section that names them, after a note; right after it, the note pointing back; not in pay questions': [
    { user: 'Brauche ich als Netzwerktechniker Zertifikate?', says: ['Zu Zertifikaten und Zertifizierungen habe ich nur, was meine Quellen im Abschnitt „Bewerbung“ sagen:', a('netzwerktechniker', 'application', 'de')], locale: 'de-DE' },
    { user: 'Welche Ausbildung braucht ein DevOps Engineer?', says: [a('devops-engineer', 'education', 'de')] },
    { user: 'und Zertifikate?', says: ['Zu Zertifikaten und Zertifizierungen habe ich nur, was meine Quellen im Abschnitt „Ausbildung“ sagen – das steht in meiner letzten Antwort.'], not: [a('devops-engineer', 'education', 'de')] },
    { user: 'Welche Zertifikate brauche ich als Data Scientist?', says: ['Zu Zertifikaten und Zertifizierungen habe ich keine belegten Angaben', a('data-scientist', 'education', 'de')] },
    { user: 'Gehalt DevOps Engineer mit AWS-Zertifizierung?', says: [a('devops-engineer', 'salary', 'de')], not: ['Zertifikaten'] },
    { user: 'Which certifications help a sysadmin?', says: ['On certificates and certifications, all I have is what my sources say in the "Education" section', a('systemadministrator', 'education', 'en')], locale: 'en-US' },
  ],
  'a pay qualifier counts only in a pay question, and where an occupation has figures for it, they are answered': [
    { user: 'Was verdient ein Werkstudent im Backend Development?', says: ['Zu Vergütungen für Werkstudenten und Praktika habe ich keine belegten Angaben', '47.700 €'], answered: { topic: 'salary', occupation: BACKEND } },
    { user: 'Brauche ich als Backend Developer Berufserfahrung für die Bewerbung?', says: [a(BACKEND, 'application', 'de')], not: ['keine belegten'], answered: { topic: 'application', occupation: BACKEND } },
    { user: 'What does a senior data scientist earn?', says: ['I have no sourced information on pay by years of experience', a('data-scientist', 'salary', 'en')], answered: { topic: 'salary', occupation: 'data-scientist' } },
    { user: 'Was verdient ein Frontend Developer mit 8 Jahren Erfahrung?', says: ['Zu Gehältern nach Berufserfahrung habe ich nur, was meine Quellen im Abschnitt „Gehalt“ sagen', a('frontend-developer', 'salary', 'de')], answered: { topic: 'salary', occupation: 'frontend-developer' } },
  ],
  'what immigrants, career changers and parents ask that no source covers gets a note, never another topic passed off as the answer': [
    { user: 'Ich habe einen Informatik-Abschluss aus Indien. Wird der in Deutschland anerkannt?', locale: 'de-DE', says: ['Zu Anerkennungsfragen bei ausländischen Abschlüssen habe ich keine belegten Angaben, bei keinem Beruf', 'Zu welchem Beruf'], not: ['Zu Deutschland im Besonderen'] },
    // "in Deutschland" is where the texts are from: no note on the place.
    { user: 'Data Scientist', says: ['Zu Anerkennungsfragen bei ausländischen Abschlüssen habe ich keine belegten Angaben', a('data-scientist', 'education', 'de')], not: ['Zu Deutschland im Besonderen'], answered: { topic: 'education', occupation: 'data-scientist' } },
    { user: 'Ist der Job als Systemadministrator stressig?', says: ['Zu Stress und Belastung im Beruf habe ich'], not: [FALLBACK_DE] },
    // The note alone, in the other language.
    { user: 'english please', says: ['no sourced information on stress and workload in the job for System Administrator'], not: ['I answer questions about these occupations'] },
    { user: 'auf Deutsch bitte', locale: 'de-DE', says: ['Zu Stress und Belastung im Beruf habe ich'] },
    { user: 'Wer bezahlt die Umschulung zum Fachinformatiker?', says: ['Zu Förderung und Kostenübernahme habe ich keine belegten Angaben'], not: ['Zu Umschulungen'] },
    { user: 'do I need a visa to work in germany as a developer', locale: 'en-US', says: ['no sourced information on visas and work permits'], not: [FALLBACK_EN] },
    { user: 'I use a wheelchair. Can I work as a network technician?', says: ['no sourced information on accessibility and working with a disability'] },
    // A recognised training occupation is no foreign degree.
    { user: 'Ist Fachinformatiker Anwendungsentwicklung ein anerkannter Ausbildungsberuf?', locale: 'de-DE', not: ['Anerkennungsfragen'] },
  ],
  'an aspect asked with a related role or without an occupation is kept until the occupation is named': [
    { user: 'Können Programmierer remote arbeiten?', says: ['„Programmierer“ ist mit mehreren Berufen verwandt'], answered: { topic: 'ask-related' } },
    { user: 'Backend Developer', says: ['Zu Homeoffice und Remote-Arbeit habe ich für Backend Developer leider keine belegten Informationen'], not: [a(BACKEND, 'workplaces', 'de')], answered: { topic: 'not-covered', occupation: BACKEND } },
  ],
  'a pay question about an aspect without an occupation asks which one, then answers with the note': [
    { user: 'Was verdient man netto?', says: ['Zu welchem Beruf'], answered: { topic: 'ask-occupation' } },
    { user: 'Data Scientist', says: ['Zu Nettogehältern habe ich keine belegten Angaben', a('data-scientist', 'salary', 'de')], answered: { topic: 'salary', occupation: 'data-scientist' } },
    { user: 'Und in Berlin?', says: ['Zu Nettogehältern habe ich keine belegten Angaben', 'Eigene Zahlen für Berlin habe ich nicht'], answered: { topic: 'salary', occupation: 'data-scientist' } },
  ],
  'what the sources do say about an aspect comes with the topic asked, also in comparisons': [
    {
      user: 'Wie viel verdient ein Systemadministrator mit Rufbereitschaft?',
      says: ['Zu Rufbereitschaft und Schichtdienst habe ich nur, was meine Quellen im Abschnitt „Arbeitgeber“ sagen', 'am Wochenende', a('systemadministrator', 'salary', 'de')],
      answered: { topic: 'workplaces,salary', occupation: 'systemadministrator' },
    },
    {
      user: 'Sysadmin oder Data Scientist: wer hat mehr Rufbereitschaft?',
      says: ['im Abschnitt „Arbeitgeber“', 'am Wochenende', 'Zu Rufbereitschaft und Schichtdienst habe ich für Data Scientist leider keine belegten Informationen'],
      answered: { topic: 'compare', occupation: 'systemadministrator,data-scientist' },
    },
    {
      user: 'Was verdient ein Systemadministrator im Vergleich zum Netzwerktechniker mit Rufbereitschaft?',
      says: ['im Abschnitt „Arbeitgeber“', 'Systemadministrator/in und Netzwerktechniker/in im Vergleich – Gehalt'],
      not: ['keine belegten'],
      answered: { topic: 'compare' },
    },
    { user: 'Welche Aufgaben hat ein Systemadministrator und hat er Rufbereitschaft?', says: ['im Abschnitt „Arbeitgeber“', a('systemadministrator', 'duties', 'de')], answered: { occupation: 'systemadministrator', topic: 'workplaces,duties' } },
    { user: 'Was macht ein DevOps Engineer? Hat man Rufbereitschaft?', says: ['Zu Rufbereitschaft und Schichtdienst habe ich keine belegten Angaben', a('devops-engineer', 'duties', 'de')], answered: { topic: 'duties', occupation: 'devops-engineer' } },
    { user: 'Kann man die Weiterbildung zum Netzwerktechniker in Teilzeit machen?', says: ['Zu Teilzeit habe ich nur, was meine Quellen im Abschnitt „Ausbildung“ sagen', 'Teilzeit'], answered: { topic: 'education', occupation: 'netzwerktechniker' } },
  ],
  'an off-topic question about an aspect is about the occupation in context; a refusal is nothing to rate': [
    { user: 'Was macht ein Data Scientist?', says: [a('data-scientist', 'duties', 'de')] },
    { user: 'Geht das auch in Teilzeit?', says: ['Zu Teilzeit habe ich für Data Scientist leider keine belegten Informationen'], answered: { topic: 'not-covered', occupation: 'data-scientist' } },
    { user: '👎', says: ['Es gibt gerade keine Antwort, die du bewerten könntest'], answered: { topic: 'feedback' } },
  ],
  'with no occupation named or talked about, it says so and lists the occupations; a pay question asks which one first': [
    { user: 'Wie viele Urlaubstage stehen mir gesetzlich zu?', says: ['Zu Urlaub habe ich leider keine belegten Informationen'], not: NO_FIGURES, answered: { topic: 'not-covered' } },
    { user: 'Is there a gender pay gap in IT?', says: ['Which occupation'], not: ['"gender"', ...NO_FIGURES], buttons: ['Data Scientist'], answered: { topic: 'ask-occupation' } },
    { user: 'Data Scientist', says: ['I have no sourced information on pay differences between women and men', a('data-scientist', 'salary', 'en')], answered: { topic: 'salary', occupation: 'data-scientist' } },
    { user: 'Do women earn less as network technicians?', says: ['I have no sourced information on pay differences between women and men', a('netzwerktechniker', 'salary', 'en')], answered: { topic: 'salary', occupation: 'netzwerktechniker' } },
  ],
  'a topic that still helps is answered after saying what is not covered; a section that says something is named': [
    { user: 'Was verdient ein Frontend Developer netto?', says: ['Zu Nettogehältern habe ich keine belegten Angaben', a('frontend-developer', 'salary', 'de')], answered: { topic: 'salary', occupation: 'frontend-developer' } },
    { user: 'remote jobs as a fullstack developer', says: ['no sourced information on remote work', a('fullstack-developer', 'jobs', 'en')], answered: { topic: 'jobs', occupation: 'fullstack-developer' } },
    // The part about the aspect asks no topic of its own (it got the employers' text before).
    { user: 'Was verdient ein Backend Developer und kann man remote arbeiten?', says: ['Zu Homeoffice und Remote-Arbeit habe ich keine belegten Angaben', '47.700 €'], not: [a(BACKEND, 'workplaces', 'de')], answered: { occupation: BACKEND, topic: 'salary' } },
    { user: 'Muss ein Systemadministrator nachts Bereitschaftsdienst machen?', says: ['Zu Rufbereitschaft und Schichtdienst habe ich nur, was meine Quellen im Abschnitt „Arbeitgeber“ sagen', 'am Wochenende'], answered: { topic: 'workplaces', occupation: 'systemadministrator' } },
  ],
  'an acknowledgement keeps the talk where it was and invites the next question': [
    { user: 'Was verdient ein Data Scientist in München?', says: ['Eigene Zahlen für München habe ich nicht'], locale: 'de-DE', answered: { topic: 'salary', occupation: 'data-scientist' } },
    { user: 'ok', says: ['Was möchtest du noch über Data Scientist wissen?'], not: [FALLBACK_DE, ...NO_FIGURES], answered: { topic: 'acknowledged', occupation: 'data-scientist' }, buttons: ['Ausbildung', 'Jobs'] },
    { user: '👍', says: ['Danke für deine Bewertung'], answered: { topic: 'feedback', occupation: 'data-scientist' } },
    { user: 'Gut zu wissen.', says: ['Was möchtest du noch über Data Scientist wissen?'], not: ['Kenntnisse'] },
    { user: 'und ein DevOps Engineer?', says: ['Eigene Zahlen für München habe ich nicht'], answered: { topic: 'salary', occupation: 'devops-engineer' } },
    { user: 'okay', says: ['Was möchtest du noch über DevOps Engineer wissen?'], not: [FALLBACK_DE] },
    { user: 'nein danke', says: ['Gern geschehen'], not: [FALLBACK_DE], answered: { topic: 'thanks' } },
    { user: 'alles klar, und die Ausbildung?', not: ['Gern.'], answered: { topic: 'education', occupation: 'devops-engineer' } },
  ],
  'a follow-up naming only a pay qualifier gets the note, pointing back to the pay just given instead of repeating it': [
    { user: 'Was verdient ein Backend Developer?', says: ['47.700 €'], locale: 'de-DE' },
    { user: 'und als Senior?', says: ['Zu Gehältern nach Berufserfahrung habe ich keine belegten Angaben. Was meine Quellen zum Thema „Gehalt“ sagen, steht in meiner letzten Antwort.'], not: [a(BACKEND, 'outlook', 'de'), ...NO_FIGURES], buttons: ['Arbeitgeber'], answered: { topic: 'not-covered', occupation: BACKEND } },
    { user: 'und netto?', says: ['Zu Nettogehältern habe ich keine belegten Angaben', 'steht in meiner letzten Antwort'], not: NO_FIGURES, answered: { topic: 'not-covered', occupation: BACKEND } },
    { user: 'Was verdient ein Frontend Developer?', says: [a('frontend-developer', 'salary', 'de')] },
    { user: 'und mit 5 Jahren Erfahrung?', says: ['Zu Gehältern nach Berufserfahrung habe ich nur, was meine Quellen im Abschnitt „Gehalt“ sagen – das steht in meiner letzten Antwort.'], not: [FALLBACK_DE, a('frontend-developer', 'salary', 'de')] },
    // Naming the occupation again is a question of its own: the pay, after the note.
    { user: 'Was verdient ein Frontend Developer mit 8 Jahren Erfahrung?', says: ['Zu Gehältern nach Berufserfahrung habe ich nur, was meine Quellen im Abschnitt „Gehalt“ sagen:', a('frontend-developer', 'salary', 'de')] },
    // A pay qualifier after another topic asks nothing about the pay.
    { user: 'Welche Ausbildung braucht ein Data Scientist?', says: [a('data-scientist', 'education', 'de')] },
    { user: 'und als Senior?', not: ['Gehältern nach Berufserfahrung'] },
    { user: 'How much does a backend developer earn?', locale: 'en-US' },
    { user: 'and as a senior developer?', says: ['I have no sourced information on pay by years of experience. What my sources say on "Salary" is in my last answer.'], not: NO_FIGURES },
    { user: 'is that gross or net?', says: ['take-home (net) pay', 'in my last answer'], not: NO_FIGURES },
  ],
  'a life story before a question: the question decides': [
    { user: 'I want to switch into IT. What does a frontend developer earn?', says: [a('frontend-developer', 'salary', 'en')], not: [a('frontend-developer', 'education', 'en')], locale: 'en-US' },
  ],
  'pay at a named employer: the general figures, after saying that none are for that employer': [
    { user: 'Was verdient ein Data Scientist bei SAP?', says: ['Zu Gehältern bei einzelnen Arbeitgebern habe ich keine belegten Angaben', a('data-scientist', 'salary', 'de')], locale: 'de-DE', answered: { topic: 'salary', occupation: 'data-scientist' } },
    { user: 'How much does a DevOps engineer earn at Google?', says: ['I have no sourced information on pay at individual employers', a('devops-engineer', 'salary', 'en')], locale: 'en-US' },
    // Only in pay questions; "SAP Berater" is a job title.
    { user: 'Wie bewerbe ich mich bei SAP als Data Scientist?', says: [a('data-scientist', 'application', 'de')], not: ['einzelnen Arbeitgebern'], locale: 'de-DE' },
    { user: 'Was verdient ein SAP Berater?', says: ['Zum Beruf „SAP Berater“ habe ich leider keine Informationen'], not: ['einzelnen Arbeitgebern', ...NO_FIGURES] },
    // "google" alone is out of scope in training; the pay question is still one.
    { user: 'Was verdient ein Data Scientist bei Google?', says: ['Zu Gehältern bei einzelnen Arbeitgebern', a('data-scientist', 'salary', 'de')], not: [FALLBACK_DE] },
    { user: 'devops salary at google', says: ['pay at individual employers', a('devops-engineer', 'salary', 'en')], locale: 'en-US' },
    // An employer in the story, a certification provider: no note.
    // Other aspects count in the story too.
    { user: 'Ich möchte in Teilzeit arbeiten. Geht das als Backend Developer?', says: ['Teilzeit'], locale: 'de-DE' },
    { user: 'Does a backend developer need C# and .NET?', says: [a(BACKEND, 'skills', 'en')], not: ['net) pay'], locale: 'en-US' },
    { user: 'Ich arbeite bei Siemens als Elektriker. Was verdient ein Netzwerktechniker?', says: [a('netzwerktechniker', 'salary', 'de')], not: ['einzelnen Arbeitgebern'], locale: 'de-DE' },
    { user: 'Was verdient ein DevOps Engineer mit Zertifizierung bei AWS?', says: [a('devops-engineer', 'salary', 'de')], not: ['einzelnen Arbeitgebern'] },
  ],
  'a question about an unknown title beside others: it is named, the others are answered': [
    { user: 'Was macht ein Data Scientist und was verdient ein Pilot?', says: ['Zum Beruf „Pilot“ habe ich leider keine Informationen', a('data-scientist', 'duties', 'de')], not: [a('data-scientist', 'salary', 'de')], locale: 'de-DE', answered: { topic: 'duties', occupation: 'data-scientist' } },
    { user: 'What does a DevOps engineer do and what does a nurse earn?', says: ['no information on "nurse"', a('devops-engineer', 'duties', 'en')], not: [a('devops-engineer', 'salary', 'en')], locale: 'en-US' },
    // Lower case, no article, another form of question: the unknown part never gets the known occupation's answer.
    { user: 'was macht ein data scientist und was verdient ein pilot', says: ['„pilot“', a('data-scientist', 'duties', 'de')], not: [a('data-scientist', 'salary', 'de')], locale: 'de-DE' },
    { user: 'what does a devops engineer do and how much do teachers earn?', says: ['"teachers"', a('devops-engineer', 'duties', 'en')], not: [a('devops-engineer', 'salary', 'en')], locale: 'en-US' },
    { user: 'Was macht ein Frontend Developer und wie wird man Tischler?', says: ['„Tischler“', a('frontend-developer', 'duties', 'de')], not: [a('frontend-developer', 'education', 'de')], locale: 'de-DE' },
    { user: 'Was macht ein Data Scientist und was verdient eine Krankenpflegerin?', says: ['„Krankenpflegerin“', a('data-scientist', 'duties', 'de')], not: [FALLBACK_DE] },
    // No job in the other part: an aspect's word, a noun that is no job.
    { user: 'Was macht ein Data Scientist und was verdient man als Minijobber?', says: [a('data-scientist', 'duties', 'de')], not: ['„Minijobber“'] },
    { user: 'Was verdient ein Data Scientist und braucht man dafür einen Führerschein?', not: ['„Führerschein“'] },
  ],
  'a follow-up naming only an unknown job title says so, article or not': [
    { user: 'What does a backend developer do?', locale: 'en-US' },
    { user: 'what about ios developers', says: ['"ios developers"'], not: [a(BACKEND, 'duties', 'en'), 'Which occupation would you like'], answered: { topic: 'unknown-occupation' } },
    { user: 'und iOS Entwickler?', says: ['„iOS Entwickler“'], answered: { topic: 'unknown-occupation' } },
    { user: 'und Lehrer?', says: ['„Lehrer“'], not: [FALLBACK_DE], answered: { topic: 'unknown-occupation' } },
    // Only a noun written as one: "and containers?" after a skills answer names no job.
    { user: 'and containers?', not: ['"containers"'] },
    { user: 'und im Sommer?', not: ['„Sommer“'] },
  ],
  'a topic waiting for an occupation is no comparison\'s topic; a declined ranking\'s is': [
    { user: 'Was verdient man?', says: ['Zu welchem Beruf'], locale: 'de-DE' },
    { user: 'Was ist der Unterschied zwischen Frontend und Backend Developer?', says: ['im Vergleich – Überblick'] },
  ],
  'a ranking of occupations is declined with the reason; two can be set side by side': [
    { user: 'Welcher IT-Beruf verdient am meisten?', says: ['Eine Rangliste nach „Gehalt“ gebe ich dir lieber nicht', 'Nenne mir zwei Berufe'], not: NO_FIGURES, locale: 'de-DE', answered: { topic: 'compare' } },
    { user: 'which job pays more?', says: ['I\'d rather not rank the occupations by "Salary"'], not: NO_FIGURES, locale: 'en-US' },
    // The two named next are compared on the ranking's topic.
    { user: 'ok dann devops oder data scientist', says: ['DevOps Engineer und Data Scientist im Vergleich – Gehalt'], locale: 'de-DE' },
  ],
  'a ranking in other words, with or without an occupation talked about, is declined on its topic': [
    { user: 'welcher Job zahlt am besten?', says: ['Eine Rangliste nach „Gehalt“ gebe ich dir lieber nicht'], not: NO_FIGURES, locale: 'de-DE', answered: { topic: 'compare' } },
    { user: 'what is the best paid job?', says: ['I\'d rather not rank the occupations by "Salary"'], not: [...NO_FIGURES, FALLBACK_EN], locale: 'en-US' },
    { user: 'highest paying IT job?', says: ['I\'d rather not rank the occupations by "Salary"'], not: NO_FIGURES },
    { user: 'Was macht ein Data Scientist?', says: [a('data-scientist', 'duties', 'de')], locale: 'de-DE' },
    { user: 'Welcher IT-Job hat die besten Zukunftsaussichten?', says: ['Eine Rangliste nach „Berufsaussichten“'], not: [a('data-scientist', 'outlook', 'de')] },
    { user: 'which occupation has the most openings', says: ['I\'d rather not rank the occupations by "Jobs"'], locale: 'en-US' },
  ],
  'a comparison within one occupation of the technologies it names gets what its sources say about them': [
    { user: 'does a devops engineer need Kubernetes AND Docker or just one of them?', says: ['What my sources on DevOps Engineer say about Kubernetes and Docker'], locale: 'en-US', answered: { topic: 'skills', occupation: 'devops-engineer' } },
  ],
  'a comparison naming none that points back at two compares the last two talked about; a ranking does not': [
    { user: 'waß verdiehnt ein sistemadministrator', says: [a('systemadministrator', 'salary', 'de')], locale: 'de-DE' },
    { user: 'und ne netzwerktechnikerin?', says: [a('netzwerktechniker', 'salary', 'de')] },
    { user: 'wer verdient mehr von den beiden', says: ['Systemadministrator/in und Netzwerktechniker/in im Vergleich – Gehalt'], not: ['Nenne mir zwei Berufe'], answered: { topic: 'compare', occupation: 'systemadministrator,netzwerktechniker' } },
    { user: 'What does a data scientist do?', says: [a('data-scientist', 'duties', 'en')], locale: 'en-US' },
    { user: 'And a DevOps engineer?', says: [a('devops-engineer', 'duties', 'en')] },
    { user: 'which job pays the most?', says: ['I\'d rather not rank the occupations by "Salary"'], not: ['compared'] },
    { user: 'which of the two has better prospects?', says: ['Data Scientist and DevOps Engineer compared – Prospects'] },
  ],
  'what an occupation is asks the overview, also after another topic; "what about" asks that topic again': [
    { user: 'What does a data scientist do?', says: [a('data-scientist', 'duties', 'en')], locale: 'en-US' },
    { user: 'What is a DevOps engineer?', says: [a('devops-engineer', 'overview', 'en')], not: [a('devops-engineer', 'duties', 'en')], answered: { topic: 'overview', occupation: 'devops-engineer' } },
    { user: 'Was verdient ein Frontend Developer?', says: [a('frontend-developer', 'salary', 'de')], locale: 'de-DE' },
    { user: 'Was ist eigentlich ein Fachinformatiker?', says: [a('fachinformatiker-anwendungsentwicklung', 'overview', 'de')], answered: { topic: 'overview', occupation: 'fachinformatiker-anwendungsentwicklung' } },
    { user: 'Was verdient ein Backend Developer?', says: [a(BACKEND, 'salary', 'de')] },
    { user: 'Und was ist mit dem Data Scientist?', says: [a('data-scientist', 'salary', 'de')], answered: { topic: 'salary', occupation: 'data-scientist' } },
  ],
  '"warum?" after an answer: reasons only where the sources give them; without an answer, or about something else, the fallback': [
    { user: 'warum?', says: [FALLBACK_DE], locale: 'de-DE' },
    { user: 'Was verdient ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')] },
    { user: 'warum?', says: ['Eine Begründung nenne ich nur, wo meine Quellen eine geben', '„Gehalt“ bei Data Scientist', 'steht in meiner letzten Antwort'], not: [FALLBACK_DE, ...NO_FIGURES], answered: { topic: 'not-covered', occupation: 'data-scientist' } },
    { user: 'und das Gehalt als DevOps Engineer?', says: [a('devops-engineer', 'salary', 'de')] },
    { user: 'How come?', says: ['I only give reasons where my sources give them', '"Salary" for DevOps Engineer'], locale: 'en-US' },
    { user: 'Why is the sky blue?', not: ['I only give reasons'] },
    { user: 'Wer verdient mehr, DevOps Engineer oder Data Scientist?', says: ['DevOps Engineer und Data Scientist im Vergleich – Gehalt'], locale: 'de-DE' },
    { user: 'wieso?', says: ['„Gehalt“ bei DevOps Engineer und Data Scientist', 'steht in meiner letzten Antwort'], not: [FALLBACK_DE] },
  ],
  'review of session 17: the new rules stay out of questions they do not fit': [
    // The note pointing back only in the language of the answer it points to.
    { user: 'Was verdient ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')], locale: 'de-DE' },
    { user: 'is that gross or net?', says: ['take-home (net) pay', a('data-scientist', 'salary', 'en')], not: ['in my last answer'], locale: 'en-US' },
    // A greeting announcing a question, then the question.
    { user: 'Hallo, ich hätte da eine Frage: was verdient ein DevOps Engineer?', says: [a('devops-engineer', 'salary', 'de')], locale: 'de-DE' },
    // A comparative naming no occupations as a class ranks nothing and points back at nothing.
    { user: 'Und ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')] },
    { user: 'Verdient man als Quereinsteiger weniger?', says: [a('data-scientist', 'salary', 'de')], not: ['im Vergleich', 'Rangliste'] },
    { user: 'Wo verdient man mehr, in Berlin oder in München?', says: ['Eigene Zahlen für München habe ich nicht – die in meiner letzten Antwort'], not: ['im Vergleich', 'Rangliste'] },
    // "die beiden" asks its own topic.
    { user: 'Was machen die beiden?', says: ['DevOps Engineer und Data Scientist im Vergleich – Aufgaben'] },
    // A language's name inside a question is no request to switch.
    { user: 'Which IT jobs can you get without speaking German?', not: ['Ich beantworte Fragen zu diesen Berufen', 'I answer questions about these occupations'], locale: 'en-US' },
    { user: 'Welche Jobs gibt es für mich, bitte auf Deutsch', not: ['Ich beantworte Fragen zu diesen Berufen'], locale: 'de-DE' },
    // An aspect alone after the pay: the note, pointing back to the pay rather than repeating it.
    { user: 'Was verdient ein DevOps Engineer?', says: [a('devops-engineer', 'salary', 'de')] },
    { user: 'wie sieht es mit remote aus?', says: ['Zu Homeoffice und Remote-Arbeit habe ich keine belegten Angaben'], not: [a('devops-engineer', 'salary', 'de')] },
    // Words of the bot questions in other questions.
    { user: 'Where do you get experience if nobody hires juniors?', not: ['My answers come from'], locale: 'en-US' },
    { user: 'Is this the right program for me?', not: ["I'm a chatbot, not a person"] },
  ],
  'questions about the bot itself get a plain answer, not the fallback; the occupation talked about stays': [
    { user: 'Was verdient ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')], locale: 'de-DE' },
    { user: 'Woher hast du die Zahlen?', says: ['Unter jeder Antwort zu einem Beruf stehen ihre Quellen mit Link und, wo bekannt, Datum', 'Zahlen schätze ich nie selbst'], not: [FALLBACK_DE, ...NO_FIGURES], answered: { topic: 'about-bot' } },
    { user: 'bist du eigentlich ein mensch?', says: ['Ich bin ein Chatbot, kein Mensch'], not: [FALLBACK_DE], answered: { topic: 'about-bot' } },
    { user: 'Ich will mit einem Menschen reden', says: ['Mit einem Menschen verbinden kann ich dich leider nicht'], not: [FALLBACK_DE], answered: { topic: 'about-bot' } },
    { user: 'und was braucht man dafür für eine Ausbildung?', says: [a('data-scientist', 'education', 'de')], answered: { topic: 'education', occupation: 'data-scientist' } },
    { user: 'Are you a bot?', says: ["I'm a chatbot, not a person"], not: [FALLBACK_EN], locale: 'en-US', answered: { topic: 'about-bot' } },
    { user: 'Where do you get your numbers from?', says: ['Every answer about an occupation lists its sources with link and, where known, date'], answered: { topic: 'about-bot' } },
    { user: 'can i talk to a real person', says: ["I can't put you through to a person"], answered: { topic: 'about-bot' } },
  ],
  'the name of a field stands for its occupation': [
    { user: 'Data Science', says: [a('data-scientist', 'overview', 'de')], not: ['vergleichen', 'compare'], locale: 'de-DE', answered: { topic: 'overview', occupation: 'data-scientist' } },
    { user: 'Was macht man in der Anwendungsentwicklung?', says: [a('fachinformatiker-anwendungsentwicklung', 'duties', 'de')], answered: { topic: 'duties', occupation: 'fachinformatiker-anwendungsentwicklung' } },
    // Beside a job title the field is a word of the question, unless the two are set against each other.
    { user: 'Braucht ein Backend Developer Data-Science-Kenntnisse?', says: [a(BACKEND, 'skills', 'de')], not: ['im Vergleich'], answered: { topic: 'skills', occupation: BACKEND } },
    { user: 'Braucht ein DevOps Engineer Kenntnisse in Systemadministration?', says: [a('devops-engineer', 'skills', 'de')], not: ['im Vergleich'], answered: { topic: 'skills', occupation: 'devops-engineer' } },
    { user: 'Data Science oder Backend Developer?', says: ['Data Scientist und Backend Developer im Vergleich'], answered: { topic: 'compare', occupation: 'data-scientist,backend-developer' } },
  ],
  'a thanks before a question is politeness: the question is answered': [
    { user: 'Was macht ein DevOps Engineer?', locale: 'de-DE' },
    { user: "thanks, one more thing: what's the salary?", says: [a('devops-engineer', 'salary', 'en')], not: ['Which occupations would you like to compare'], answered: { topic: 'salary', occupation: 'devops-engineer' } },
    { user: 'danke! noch eine Sache: welche Ausbildung braucht man?', says: [a('devops-engineer', 'education', 'de')], answered: { topic: 'education', occupation: 'devops-engineer' } },
  ],
  'an acknowledgement in English, before any occupation, and while a question waits for one': [
    { user: 'hello', locale: 'en-US', answered: { topic: 'greeting' } },
    { user: 'i see', says: ['Sure. Ask me about an IT occupation', 'Data Scientist'], not: [FALLBACK_EN, 'Goodbye'], answered: { topic: 'acknowledged' } },
    { user: 'What is the salary?', says: ['Which occupation'], answered: { topic: 'ask-occupation' } },
    { user: 'got it', says: ['Which occupation'], answered: { topic: 'ask-occupation' } },
    { user: 'Frontend Developer', answered: { topic: 'salary', occupation: 'frontend-developer' } },
    { user: 'good to know', says: ['What else would you like to know about Frontend Developer?'], not: ['Skills'], buttons: ['Education', 'Jobs', 'Duties'] },
    { user: 'I see, thanks', says: ["You're welcome"], not: ['Goodbye'], answered: { topic: 'thanks' } },
  ],
  'a "ja" answers what the last answer offered; with nothing offered it agrees': [
    { user: 'Gibt es offene Stellen als Systemadministrator?', says: ['Gern erzähle ich dir aber, wo Systemadministratoren arbeiten'], locale: 'de-DE', buttons: ['Arbeitgeber', 'Berufsaussichten'], answered: { topic: 'jobs', occupation: 'systemadministrator' } },
    { user: 'ja gerne', says: [a('systemadministrator', 'workplaces', 'de'), a('systemadministrator', 'outlook', 'de')], not: [FALLBACK_DE], answered: { topic: 'workplaces,outlook', occupation: 'systemadministrator' } },
    // The offer was answered: another "ja" only agrees.
    { user: 'ja', says: ['Was möchtest du noch über Systemadministrator/in wissen?'], not: [FALLBACK_DE], answered: { topic: 'acknowledged' } },
    { user: 'are there jobs for sysadmins?', locale: 'en-US', answered: { topic: 'jobs' } },
    { user: 'yes please', says: [a('systemadministrator', 'workplaces', 'en')], not: [FALLBACK_EN], answered: { topic: 'workplaces,outlook' } },
    { user: 'Was verdient ein Data Scientist?', locale: 'de-DE', answered: { topic: 'salary' } },
    { user: 'ja', says: ['Was möchtest du noch über Data Scientist wissen?'], not: [FALLBACK_DE], answered: { topic: 'acknowledged' } },
  ],
  'pay after years, in the public sector, and bootcamps: the note that no figure is for it comes first': [
    { user: 'Was verdient ein Netzwerktechniker nach 20 Jahren?', says: ['Zu Gehältern nach Berufserfahrung habe ich keine belegten Angaben'], locale: 'de-DE', answered: { topic: 'salary', occupation: 'netzwerktechniker' } },
    { user: 'how much does a devops engineer make after 10 years?', says: ['pay by years of experience'], locale: 'en-US', answered: { topic: 'salary' } },
    { user: 'Was verdient ein Systemadministrator im öffentlichen Dienst?', says: ['Zu Gehältern im öffentlichen Dienst habe ich keine belegten Angaben', 'Gehalt'], locale: 'de-DE', answered: { topic: 'salary', occupation: 'systemadministrator' } },
    // Where an occupation's text names the public sector as an employer, that is what the bot has.
    { user: 'Was verdient ein Netzwerktechniker im öffentlichen Dienst?', says: ['Zu Gehältern im öffentlichen Dienst habe ich nur, was meine Quellen im Abschnitt „Arbeitgeber“ sagen'] },
    { user: 'Reicht ein Bootcamp für Frontend?', says: ['Zu Bootcamps habe ich keine belegten Angaben', a('frontend-developer', 'education', 'de')], answered: { topic: 'education', occupation: 'frontend-developer' } },
    { user: 'Kann ich mit einem Bootcamp Data Scientist werden?', says: ['Zu Bootcamps habe ich nur, was meine Quellen im Abschnitt „Ausbildung“ sagen'] },
    // Numbers alone qualify nothing.
    { user: 'Was verdient ein Data Scientist mit 30?', not: ['Berufserfahrung'], answered: { topic: 'salary' } },
  ],
  '"how to become a …" asks for the way in, not for the overview': [
    { user: 'how to become a sysadmin', says: [a('systemadministrator', 'education', 'en')], locale: 'en-US', answered: { topic: 'education', occupation: 'systemadministrator' } },
    { user: 'how to become a data scientist', says: [a('data-scientist', 'education', 'en')], answered: { topic: 'education', occupation: 'data-scientist' } },
  ],
  'a place in a question about jobs, employers or prospects: said when the answer does not speak of it': [
    { user: 'Jobs als DevOps Engineer in Berlin', says: ['Zu Berlin im Besonderen sagen meine Quellen hierzu nichts', a('devops-engineer', 'jobs', 'de')], locale: 'de-DE', answered: { topic: 'jobs', occupation: 'devops-engineer' } },
    { user: 'und in Hamburg?', says: ['Zu Hamburg im Besonderen sagen meine Quellen hierzu nichts – meine letzte Antwort gilt allgemein.'], not: ['Berlin', a('devops-engineer', 'jobs', 'de')], answered: { topic: 'not-covered' } },
    { user: 'Who hires data scientists in Frankfurt?', says: ['My sources say nothing about Frankfurt in particular here'], locale: 'en-US', answered: { topic: 'workplaces', occupation: 'data-scientist' } },
    // The frontend employers' text has talent.io's München figures: no note.
    { user: 'Wer stellt Frontend Developer in München ein?', says: [a('frontend-developer', 'workplaces', 'de')], not: ['im Besonderen'], locale: 'de-DE', answered: { topic: 'workplaces' } },
    // What the work is does not depend on the place.
    { user: 'Was macht ein Systemadministrator in Berlin?', says: [a('systemadministrator', 'duties', 'de')], not: ['im Besonderen'], answered: { topic: 'duties' } },
  ],
  'a keyword query or question about a job the bot does not know names it, with no figures': [
    { user: 'Gehalt IT-Projektmanager', says: ['Zum Beruf „IT-Projektmanager“ habe ich leider keine Informationen'], not: NO_FIGURES, locale: 'de-DE', answered: { topic: 'unknown-occupation' } },
    { user: 'Ausbildung Mechatroniker', says: ['Zum Beruf „Mechatroniker“ habe ich leider keine Informationen'], not: NO_FIGURES },
    { user: 'Was macht ein Product Owner?', says: ['Zum Beruf „Product Owner“'] },
    // A topic's name and a place or an aspect is no job title.
    { user: 'Gehalt Einsteiger', not: ['Zum Beruf „'] },
  ],
  'a question naming a technology gets what the sources say about it, or that they do not name it': [
    // Quoted, with the topic each sentence comes from and the sources; not the whole skills text.
    { user: 'Brauche ich als Data Scientist SQL?', says: ['Das sagen meine Quellen zu SQL beim Beruf Data Scientist:', '„Technisch brauchst du vor allem R und Python, sicheren Umgang mit SQL-Datenbanken', '(Kenntnisse)', 'Quellen:'], not: ['Unterschätze die sozialen Fähigkeiten'], locale: 'de-DE', buttons: ['Kenntnisse'], answered: { topic: 'skills', occupation: 'data-scientist' } },
    // Another occupation alone asks the same about it; its texts do not name SQL, so its skills follow the note.
    { user: 'Und als DevOps Engineer?', says: ['SQL nennen meine Quellen zum Beruf DevOps Engineer nicht ausdrücklich', a('devops-engineer', 'skills', 'de')], answered: { topic: 'skills', occupation: 'devops-engineer' } },
    { user: 'Brauche ich Java oder reicht Python als Data Scientist?', says: ['zu Python beim Beruf Data Scientist', 'Java nennen sie nicht ausdrücklich'] },
    { user: 'Muss ich als Netzwerktechniker Cisco können?', says: ['Cisco nennen meine Quellen zum Beruf Netzwerktechniker/in nicht ausdrücklich – dazu kann ich dir deshalb nichts sagen', a('netzwerktechniker', 'skills', 'de')] },
    // In duties and education, not in the skills text: found there, and said where.
    { user: 'Do sysadmins need Linux?', says: ['What my sources on System Administrator say about Linux:', 'Windows, Linux and Mac systems', '(Duties)'], not: ["don't name"], locale: 'en-US' },
    // Part of an occupation's name is no technology asked about.
    { user: 'Was macht ein Linux-Administrator?', says: [a('systemadministrator', 'duties', 'de')], not: ['Das sagen meine Quellen zu'], locale: 'de-DE' },
    { user: 'Ich kann Python, was verdient ein Data Scientist?', says: ['Quellen:', '€'], not: ['Das sagen meine Quellen zu'] },
    // What a statement before the question names is not asked about; nor is the setting of a duties question.
    { user: 'Ich kann schon Python. Was muss ich als Data Scientist noch lernen?', says: [a('data-scientist', 'skills', 'de')], not: ['Das sagen meine Quellen zu'] },
    { user: 'Was macht ein DevOps Engineer bei AWS?', says: [a('devops-engineer', 'duties', 'de')], not: ['Das sagen meine Quellen zu'] },
    // Each technology is looked for in every text, though only three sentences are quoted.
    { user: 'Brauche ich als Frontend Developer JavaScript und Git?', says: ['zu JavaScript und Git beim Beruf Frontend Developer', 'Git/GitHub'], not: ['nennen sie nicht ausdrücklich'] },
    { user: 'Brauche ich als Backend Developer C++?', says: ['zu C++ beim Beruf Backend Developer'] },
  ],
  'a technology asked about without an occupation names the occupations whose sources name it': [
    { user: 'Welche Berufe brauchen Docker?', says: ['Docker nennen meine Quellen bei diesen Berufen: DevOps Engineer und Fullstack Developer.'], not: ['Data Scientist'], locale: 'de-DE', buttons: ['DevOps Engineer', 'Fullstack Developer'], answered: { topic: 'ask-occupation' } },
    { user: 'DevOps Engineer', says: ['Das sagen meine Quellen zu Docker beim Beruf DevOps Engineer:', 'Docker und Kubernetes'], answered: { topic: 'skills', occupation: 'devops-engineer' } },
    // Asked as a list of jobs or a ranking, the same.
    { user: 'Which of these jobs use SQL the most?', says: ['My sources name SQL for these occupations: Data Scientist and Full-Stack Developer.'], not: ['DevOps'] },
  ],
  'a technology only one occupation\'s sources name gets what they say, right away': [
    { user: 'Welche Berufe brauchen Kubernetes?', says: ['Kubernetes nennen meine Quellen nur beim Beruf DevOps Engineer.', 'Das sagen meine Quellen zu Kubernetes beim Beruf DevOps Engineer:', 'Docker und Kubernetes'], not: ['Zu welchem möchtest du'], locale: 'de-DE', answered: { topic: 'skills', occupation: 'devops-engineer' } },
    // The occupation is the one talked about now.
    { user: 'Und was verdient man da?', says: [a('devops-engineer', 'salary', 'de').slice(0, 60)] },
  ],
  'nothing but a technology after an answer asks about it for the occupation talked about': [
    { user: 'Was macht ein DevOps Engineer?', says: [a('devops-engineer', 'duties', 'de')], locale: 'de-DE' },
    { user: 'Und Jenkins?', says: ['Das sagen meine Quellen zu Jenkins beim Beruf DevOps Engineer:'], answered: { topic: 'skills', occupation: 'devops-engineer' } },
    { user: 'was ist mit React?', says: ['React nennen meine Quellen zum Beruf DevOps Engineer nicht ausdrücklich'] },
    // Technologies set against each other: for the occupation talked about, not a comparison of occupations.
    { user: 'Python oder Go?', says: ['Das sagen meine Quellen zu Python und Go beim Beruf DevOps Engineer:'], not: ['Welche Berufe möchtest du vergleichen'] },
  ],
  'a job title and a technology, nothing else, is a question about the technology': [
    { user: 'Backend Developer Java', says: ['Das sagen meine Quellen zu Java beim Beruf Backend Developer:'], not: [FALLBACK_DE], locale: 'de-DE' },
  ],
  'a question about a tool itself is no question about a job, with or without an occupation talked about': [
    { user: 'Was ist Docker?', says: [FALLBACK_DE], not: ['nennen meine Quellen'], locale: 'de-DE' },
    { user: 'Was macht ein Data Scientist?', says: [a('data-scientist', 'duties', 'de')] },
    { user: 'Was ist Docker?', says: [FALLBACK_DE], not: ['nennen meine Quellen'] },
    { user: 'Go for it!', says: [FALLBACK_EN], not: ['DevOps'] },
  ],
  'two tools set against each other with no occupation talked about: a question about the tools': [
    { user: "What's the difference between Docker and Kubernetes?", says: [FALLBACK_EN], not: ['My sources name'], locale: 'en-US' },
  ],
  'two technologies after a comparison: what the sources of both occupations say about them, not the comparison again': [
    { user: 'Vergleich Data Scientist und Backend Developer beim Gehalt', says: ['im Vergleich'], locale: 'de-DE' },
    { user: 'Was ist besser, Python oder Java?', says: ['zu Python beim Beruf Data Scientist', 'beim Beruf Backend Developer'], not: ['im Vergleich'] },
  ],
  'a technology with another topic and no occupation: the occupations naming it, then that topic for the one picked': [
    { user: 'Für welche Jobs brauche ich Java?', says: ['Java nennen meine Quellen bei diesen Berufen: Backend Developer, DevOps Engineer und Fullstack Developer.'], locale: 'de-DE', answered: { topic: 'ask-occupation' } },
    // A title of a technology and one of our job nouns: where the sources name the technology, not all eight.
    { user: 'Wie werde ich Java-Entwickler?', says: ['Java nennen meine Quellen bei diesen Berufen:'], not: ['Netzwerktechniker'] },
    { user: 'Wie viel verdient man mit Python?', says: ['Python nennen meine Quellen bei diesen Berufen:'], answered: { topic: 'ask-occupation' } },
    { user: 'Data Scientist', says: [a('data-scientist', 'salary', 'de').slice(0, 60)], answered: { topic: 'salary', occupation: 'data-scientist' } },
  ],
  'a technology only one occupation names, with another topic: that occupation\'s answer at once, after a note': [
    { user: 'Was verdient man mit Kubernetes?', says: ['Kubernetes nennen meine Quellen nur beim Beruf DevOps Engineer.', a('devops-engineer', 'salary', 'de').slice(0, 60)], locale: 'de-DE', answered: { topic: 'salary', occupation: 'devops-engineer' } },
  ],
  'several technologies without an occupation: which occupation names which': [
    { user: 'Welche Berufe brauchen Docker und Kubernetes?', says: ['DevOps Engineer (Docker, Kubernetes) und Fullstack Developer (Docker)'], locale: 'de-DE' },
    // Only one occupation names any: the note names only what it names, the rest is said not to be named.
    { user: 'Welche Berufe brauchen Kubernetes und Tableau?', says: ['Kubernetes nennen meine Quellen nur beim Beruf DevOps Engineer.', 'Tableau nennen sie nicht ausdrücklich'], not: ['Kubernetes und Tableau nennen meine Quellen nur'] },
  ],
  'nothing but a technology without an occupation talked about: where the sources name it': [
    { user: 'Docker?', says: ['Docker nennen meine Quellen bei diesen Berufen: DevOps Engineer und Fullstack Developer.'], locale: 'de-DE' },
  ],
  'a question naming a technology the training data never names is read as a skills question': [
    { user: 'Braucht ein Sysadmin Windows?', says: ['zu Windows beim Beruf Systemadministrator'], not: [FALLBACK_DE], locale: 'de-DE' },
    { user: 'Brauche ich als DevOps Engineer Jenkins?', says: ['zu Jenkins beim Beruf DevOps Engineer'], not: ['Meinst du'] },
    { user: 'Does a DevOps engineer need Terraform?', says: ['What my sources on DevOps Engineer say about Terraform:'] },
    // Not a question about a job: still out of scope.
    { user: 'Wie installiere ich Docker unter Windows?', says: [FALLBACK_DE], not: ['nennen meine Quellen'] },
  ],
  'two occupations asked about one technology get each one\'s sentences': [
    { user: 'Brauchen Frontend und Backend Developer JavaScript?', says: ['zu JavaScript beim Beruf Frontend Developer', 'JavaScript nennen meine Quellen zum Beruf Backend Developer nicht ausdrücklich'], locale: 'de-DE', answered: { topic: 'skills', occupation: 'frontend-developer,backend-developer' } },
  ],
  'a fit question pointing back at the occupation talked about gets that occupation\'s overview': [
    { user: 'Was macht ein DevOps Engineer?', says: [a('devops-engineer', 'duties', 'de')], locale: 'de-DE' },
    { user: 'Wäre der Beruf etwas für mich?', says: ['Ob DevOps Engineer zu dir passt, kann ich nicht beurteilen', a('devops-engineer', 'overview', 'de')], not: ['Welcher Beruf zu dir passt'], answered: { topic: 'overview', occupation: 'devops-engineer' } },
    { user: 'Passt das zu mir?', says: ['Ob DevOps Engineer zu dir passt'] },
    // Asked with a topic, the topic is answered for it.
    { user: 'Wie viel verdient man da? Ist das etwas für mich?', says: ['Quellen:'], not: ['kann ich nicht beurteilen', FALLBACK_DE] },
    { user: 'Welcher IT-Beruf passt zu mir?', says: ['Welcher Beruf zu dir passt, kann ich nicht beurteilen'] },
  ],
  'a fit question pointing back works in English too': [
    { user: 'What does a data scientist do?', says: [a('data-scientist', 'duties', 'en')], locale: 'en-US' },
    { user: 'Is this job right for me?', says: ['Whether Data Scientist suits you is not something I can judge', a('data-scientist', 'overview', 'en')] },
    { user: 'Honestly, what do you think: is this job right for me?', says: ['Whether Data Scientist suits you'] },
  ],
  '"was für mich" in another sentence asks no fit question': [
    { user: 'Was macht ein Data Scientist?', says: [a('data-scientist', 'duties', 'de')], locale: 'de-DE' },
    { user: 'Was für mich wichtig ist: Welche Kenntnisse braucht man?', says: [a('data-scientist', 'skills', 'de')], not: ['kann ich nicht beurteilen'] },
  ],
  'without an occupation talked about, a fit question pointing back is the general one': [
    { user: 'Wäre das etwas für mich?', says: ['Welcher Beruf zu dir passt, kann ich nicht beurteilen'], locale: 'de-DE' },
  ],
  'which occupation suits me is not for the bot to judge: it says so and offers the occupations': [
    { user: 'Welcher IT-Beruf passt zu mir?', says: ['Welcher Beruf zu dir passt, kann ich nicht beurteilen', 'Data Scientist'], not: ['Welche Berufe möchtest du vergleichen', ...NO_FIGURES], locale: 'de-DE', buttons: ['Backend Developer'], answered: { topic: 'occupations' } },
    { user: 'Ich mag Mathe und Statistik, welcher Beruf passt?', says: ['kann ich nicht beurteilen'] },
    { user: 'which job suits me?', says: ['Which occupation suits you is not something I can judge'], locale: 'en-US' },
    // Naming one: the same, then what the work is like, to judge it oneself.
    { user: 'Passt Data Scientist zu mir?', says: ['Ob Data Scientist zu dir passt, kann ich nicht beurteilen', a('data-scientist', 'overview', 'de')], not: ['Welcher Beruf zu dir passt'], locale: 'de-DE', answered: { topic: 'overview', occupation: 'data-scientist' } },
    { user: 'Would DevOps engineering be a good fit for me?', says: ['Whether DevOps Engineer suits you is not something I can judge', a('devops-engineer', 'overview', 'en')], locale: 'en-US' },
    { user: 'Passt Datenanalyst zu mir?', says: ['Ob Data Scientist zu dir passt, kann ich nicht beurteilen'], locale: 'de-DE' },
    // A topic, a place or a second question asked with it is answered as asked.
    { user: 'Passt Data Scientist zu mir? Was macht man da?', says: [a('data-scientist', 'duties', 'de')], not: ['kann ich nicht beurteilen'] },
    { user: 'Gibt es in Berlin etwas für mich als Data Scientist?', says: ['Berlin'], not: ['kann ich nicht beurteilen'] },
    { user: 'Ist die Ausbildung zum Fachinformatiker das Richtige für mich?', says: [a('fachinformatiker-anwendungsentwicklung', 'education', 'de')], not: ['kann ich nicht beurteilen'], locale: 'de-DE' },
  ],
  'session 20: "der zweite" picks from the occupations just offered as buttons': [
    { user: 'Welche Berufe kennst du?', says: ['Data Scientist'], locale: 'de-DE', buttons: ['Backend Developer'] },
    { user: 'der zweite', says: [a('data-scientist', 'overview', 'de')], not: [FALLBACK_DE, 'Zu welchem Beruf'], answered: { topic: 'overview', occupation: 'data-scientist' } },
  ],
  'session 20: an ordinal answers a topic asked without an occupation': [
    { user: 'Was verdient man?', says: ['Zu welchem Beruf möchtest du das wissen'], locale: 'de-DE' },
    { user: 'den dritten bitte', says: [a('devops-engineer', 'salary', 'de')], not: [FALLBACK_DE] },
  ],
  'session 20: the same in English': [
    { user: 'which jobs do you know?', says: ['Data Scientist'], locale: 'en-US' },
    { user: 'the second one', says: [a('data-scientist', 'overview', 'en')], not: [FALLBACK_EN, 'compare'] },
  ],
  'session 20: an ordinal picks from the occupations naming a technology': [
    { user: 'Wo braucht man Python?', says: ['Python nennen meine Quellen bei diesen Berufen: Backend Developer, Data Scientist'], locale: 'de-DE' },
    { user: 'der zweite', says: ['Das sagen meine Quellen zu Python beim Beruf Data Scientist'], not: [FALLBACK_DE] },
  ],
  'session 20: "der andere" after a question about one of two compared is the other one': [
    { user: 'Backend oder Frontend Developer, was verdienen die?', says: ['im Vergleich – Gehalt'], locale: 'de-DE' },
    { user: 'und der erste, wie sind die Aussichten?', says: [a('backend-developer', 'outlook', 'de')] },
    { user: 'und der andere?', says: [a('frontend-developer', 'outlook', 'de')], not: [FALLBACK_DE, a('backend-developer', 'outlook', 'de')], answered: { topic: 'outlook', occupation: 'frontend-developer' } },
    { user: 'und die anderen Berufe?', not: [a('backend-developer', 'outlook', 'de'), a('frontend-developer', 'outlook', 'de')] },
  ],
  'session 20: "the other one" in English': [
    { user: 'backend or frontend developer, what do they earn?', says: ['compared – Salary'], locale: 'en-US' },
    { user: 'and the first one, what are the prospects?', says: [a('backend-developer', 'outlook', 'en')] },
    { user: 'and the other one?', says: [a('frontend-developer', 'outlook', 'en')], not: [FALLBACK_EN] },
  ],
  'session 20: asked to choose between the two compared, the bot says it cannot judge': [
    { user: 'Backend oder Frontend Developer, was machen die?', says: ['im Vergleich'], locale: 'de-DE' },
    { user: 'welchen soll ich nehmen?', says: ['kann ich nicht beurteilen'], not: [FALLBACK_DE] },
    { user: 'sag einfach einen', says: ['kann ich nicht beurteilen'], not: [FALLBACK_DE] },
    { user: 'und welchen würdest du nehmen?', says: ['kann ich nicht beurteilen'], not: [FALLBACK_DE] },
    { user: 'just pick one', says: ['not something I can judge'], not: [FALLBACK_EN] },
    // "was soll ich nehmen" is no choice between jobs.
    { user: 'Ich hab Kopfschmerzen, was soll ich nehmen?', says: [FALLBACK_DE], not: ['kann ich nicht beurteilen'] },
  ],
  'session 20: "Soll ich X oder Y werden?" gets the note first, then the two side by side': [
    { user: 'Soll ich Data Scientist oder DevOps Engineer werden?', says: ['Ob Data Scientist oder DevOps Engineer zu dir passt, kann ich nicht beurteilen', 'im Vergleich – Überblick'], locale: 'de-DE', answered: { topic: 'compare' } },
  ],
  'user test of session 20: "How long is the training?" quotes the duration; the topic\'s own word narrows nothing': [
    { user: 'My daughter wants to become a Fachinformatikerin. Is that a good choice?', locale: 'en-US' },
    { user: 'How long is the training?', says: ['the sentences on that', 'The apprenticeship takes three years'], not: [FALLBACK_EN] },
  ],
  'user test of session 20: a school-leaving certificate is no job title and no certification': [
    { user: 'Was macht ein Frontend Developer?', says: [a('frontend-developer', 'duties', 'de')], locale: 'de-DE' },
    { user: 'Klingt gut. Was brauch ich dafür für einen Schulabschluss?', not: ['Zum Beruf „Schulabschluss“', FALLBACK_DE] },
    { user: 'Can I do an apprenticeship as Fachinformatiker?', locale: 'en-US' },
    { user: 'what school certificate do I need?', says: ['Abitur'], not: ['certificates and certifications'] },
  ],
  'user test of session 20: a parent asking what the child could do gets the note, not the fallback': [
    { user: 'Mein Sohn ist 16 und sitzt ständig am Computer. Was könnte er beruflich machen?', says: ['kann ich nicht beurteilen'], not: [FALLBACK_DE], locale: 'de-DE' },
  ],
  'user test of session 20: "shorter" and "simpler" in more words': [
    { user: 'Was verdient ein Data Scientist?', locale: 'de-DE' },
    { user: 'das ist zu lang, kannst du das kürzer sagen?', says: ['Kurz gesagt'], not: ['Ich beantworte Fragen zu diesen Berufen'] },
    { user: 'Was macht ein Data Scientist?' },
    { user: 'zu lang lol. kurz bitte', says: ['Kurz gesagt'] },
    { user: 'zu kompliziert', says: ['Einfacher sagen als meine Quellen kann ich es leider nicht'], not: [FALLBACK_DE] },
    { user: 'What does a data scientist earn?', locale: 'en-US' },
    { user: 'that is too technical', says: ["can't put it more simply"], not: [FALLBACK_EN] },
  ],
  'user test of session 20: comparing pay lists apprentice pay after the pay of people in the job': [
    { user: 'was ist besser bezahlt, fachinformatiker oder systemadministrator', says: ['Fachinformatiker/in Anwendungsentwicklung:\n- Einstieg: 3.110 € pro Monat'], locale: 'de-DE' },
  ],
  'user test of session 20: "welcher mehr?" after two single answers compares the two': [
    { user: 'wie viel verdient man so als sysadmin', says: [a('systemadministrator', 'salary', 'de')], locale: 'de-DE' },
    { user: 'und als devops', says: [a('devops-engineer', 'salary', 'de')] },
    { user: 'welcher mehr', says: ['Systemadministrator/in und DevOps Engineer im Vergleich – Gehalt'], not: [a('devops-engineer', 'salary', 'de')] },
  ],
  'user test of session 20: a test named in other words than the answer\'s': [
    { user: 'Wie bewerbe ich mich als Fachinformatiker?', says: [a('fachinformatiker-anwendungsentwicklung', 'application', 'de')], locale: 'de-DE' },
    { user: 'gibts da nen einstellungstest?', says: ['die Sätze dazu', 'Online-Eignungstest'], not: ['Meinst du', FALLBACK_DE, 'bewerben solltest du dich etwa zwölf Monate vorher'] },
    { user: 'How do I apply as a Fachinformatiker?', locale: 'en-US' },
    { user: 'is there an aptitude test?', says: ['the sentences on that', 'online aptitude test'], not: [FALLBACK_EN] },
  ],
  'user test of session 20: doubting an answer or its source gets where the answers come from': [
    { user: 'Was verdient ein Backend Developer?', locale: 'de-DE' },
    { user: 'Das ist doch von einer Zeitarbeitsfirma, hast du keine neutralere Quelle?', says: ['Meine Antworten stammen aus einer gepflegten Sammlung veröffentlichter Quellen'], not: [FALLBACK_DE, a('backend-developer', 'salary', 'de')] },
    { user: 'Bist du dir sicher?', says: ['Meine Antworten stammen aus'], not: [FALLBACK_DE] },
    { user: 'What does a DevOps engineer earn?', locale: 'en-US' },
    { user: "that's a lot of numbers. which one should I trust?", says: ['My answers come from'], not: [a('devops-engineer', 'skills', 'en')] },
    { user: 'are you sure?', says: ['My answers come from'] },
  ],
  'user test of session 20: a pronoun in a short question no name is in points at the occupation talked about': [
    { user: 'Was ist Fachinformatiker für Anwendungsentwicklung?', locale: 'de-DE' },
    { user: 'Verdient er in der Ausbildung schon was?', says: [a('fachinformatiker-anwendungsentwicklung', 'salary', 'de'), 'Ausbildungsvergütung'], not: [FALLBACK_DE] },
    { user: 'Was verdient ein Netzwerktechniker?', says: [a('netzwerktechniker', 'salary', 'de')] },
    { user: 'Was macht er?', says: [a('netzwerktechniker', 'duties', 'de')], not: [FALLBACK_DE] },
    // About somebody else, long: still out of scope.
    { user: 'Mein Chef schreit immer, was soll ich tun wenn er wieder schreit?', says: [FALLBACK_DE] },
  ],
  'user test of session 20: an aspect no source covers, for an occupation without an answer on the topic that would help, gets one "no"': [
    { user: 'Gibt es Systemadministrator auch in Teilzeit?', says: ['Zu Teilzeit habe ich für Systemadministrator/in leider keine belegten Informationen'], not: ['Zu aktuellen offenen Stellen', 'Hier ist, was meine Quellen zum Thema „Jobs“ sagen'], locale: 'de-DE' },
  ],
  'user test of session 20: a second topic asked before naming the occupation is kept beside the first': [
    { user: 'Is there an apprenticeship I could do?', says: ['Which occupation would you like to know that for'], locale: 'en-US' },
    { user: 'How much would I earn?', says: ['Noted (Education and Salary). Just tell me the occupation'], not: ['Which occupation would you like to know that for'] },
    { user: 'Application Developer (Fachinformatiker/in)', says: [a('fachinformatiker-anwendungsentwicklung', 'education', 'en'), a('fachinformatiker-anwendungsentwicklung', 'salary', 'en')] },
  ],
  'user test of session 20: a related role named as the writer\'s own job before a question is not asked about': [
    { user: 'Ich bin Softwareentwickler aus der Ukraine und lebe seit einem Jahr in Deutschland. Wird mein Abschluss anerkannt?', says: ['Zu Anerkennungsfragen bei ausländischen Abschlüssen habe ich keine belegten Angaben'], not: ['Welchen meinst du?'], locale: 'de-DE' },
    { user: 'Was verdient ein Softwareentwickler?', says: ['Welchen meinst du?'] },
  ],
  'user test of session 20: German language skills and who pays are not covered by any source': [
    { user: 'How much does a backend developer earn?', locale: 'en-US' },
    { user: 'Do I need to speak German?', says: ['I have no sourced information on German language skills', 'Skills'], not: [a('backend-developer', 'salary', 'en')] },
    // Asking the bot to speak German gives the last answer again in German, not the note on German skills for a job.
    { user: 'Kannst du Deutsch sprechen?', says: ['Zu Deutschkenntnissen habe ich keine belegten Angaben', 'Kenntnisse'], not: ['I have no sourced'] },
    { user: 'Gibt es Umschulungen zum Netzwerktechniker?' },
    { user: 'Zahlt das die Arbeitsagentur?', says: ['Zu Förderung und Kostenübernahme habe ich'], not: ['Gehaltsstatistik'] },
  ],
  'review of session 20: an ordinal pointing at nothing is a word of the question; "other" asks for more': [
    { user: 'Was verdient ein Fachinformatiker?', says: [a('fachinformatiker-anwendungsentwicklung', 'salary', 'de')], locale: 'de-DE' },
    { user: 'und der zweite?', says: ['die Sätze dazu', 'im zweiten'], not: [FALLBACK_DE] },
    { user: 'What does an application developer earn?', locale: 'en-US' },
    { user: 'and the second?', says: ['the sentences on that', 'second'], not: [FALLBACK_EN, a('fachinformatiker-anwendungsentwicklung', 'overview', 'en')] },
    { user: 'What skills does a frontend developer need?', says: [a('frontend-developer', 'skills', 'en')] },
    { user: 'other skills?', not: [a('frontend-developer', 'skills', 'en')] },
  ],
  'review of session 20: R is a language, not "are"; "welcher" with words of its own compares nothing': [
    { user: 'Do data scientists still use R these days?', says: ['What my sources on Data Scientist say about R'], not: [FALLBACK_EN], locale: 'en-US' },
    { user: 'Was verdient ein Data Scientist?', locale: 'de-DE' },
    { user: 'und ein Backend Developer?', says: [a('backend-developer', 'salary', 'de')] },
    { user: 'Welche Stadt zahlt am meisten?', not: ['im Vergleich'] },
    { user: 'Wer verdient mehr, Männer oder Frauen?', not: ['im Vergleich'] },
  ],
  'review of session 20: "vielleicht" colours a question and changes nothing': [
    { user: 'vllt was verdient ein Data Scientist', says: [a('data-scientist', 'salary', 'de')], locale: 'de-DE' },
  ],
  'unknown job titles are said so, also in a follow-up the classifier is torn on': [
    { user: 'What does a data scientist earn?', locale: 'en-US' },
    { user: 'and a game developer?', says: ['I\'m afraid I have no information on "game developer"'], not: ['Did you mean'] },
  ],
  'a visitor who writes "Sie" is answered with "Sie", one who writes "du" with "du"': [
    {
      user: 'Guten Tag, können Sie mir sagen, was ein Data Scientist verdient?',
      says: [a('data-scientist', 'salary', 'de', 'formal')],
      not: [INFORMAL_DE, FALLBACK_DE],
      locale: 'de-DE',
      answered: { topic: 'salary', occupation: 'data-scientist' },
    },
    // The form stays for messages that show none.
    { user: 'Und welche Ausbildung braucht man?', says: [a('data-scientist', 'education', 'de', 'formal')], not: [INFORMAL_DE] },
    { user: 'Wie bewirbt man sich?', says: [a('data-scientist', 'application', 'de', 'formal'), 'Ihr Portfolio'], not: [INFORMAL_DE] },
    { user: 'Was ist mit Homeoffice?', says: ['Zu Homeoffice'], not: [INFORMAL_DE] },
    { user: 'blablub', says: ['kann ich Ihnen etwas sagen'], not: [INFORMAL_DE] },
    { user: 'Danke Ihnen!', says: ['Wenn Sie noch etwas wissen möchten, fragen Sie einfach'], not: [INFORMAL_DE], buttons: ['Welche Berufe gibt es hier?'] },
    // Switching to "du" switches the replies.
    { user: 'kannst du mir noch sagen, was ein Backend Developer macht?', says: [a(BACKEND, 'duties', 'de')], not: [a(BACKEND, 'duties', 'de', 'formal'), FALLBACK_DE] },
    { user: 'danke dir', says: ['Wenn du noch etwas wissen möchtest'] },
  ],
  '"Kannst du mir sagen, was …" asks the question after the request, with or without a comma': [
    { user: 'Kannst du mir sagen, was ein Data Scientist verdient?', says: [a('data-scientist', 'salary', 'de')], not: [FALLBACK_DE], locale: 'de-DE' },
    { user: 'kannst du mir sagen was ein sysadmin verdient', says: [a('systemadministrator', 'salary', 'de')], not: [FALLBACK_DE] },
    { user: 'Hallo, kannst du mir bitte sagen, welche Ausbildung man als Netzwerktechniker braucht?', says: [a('netzwerktechniker', 'education', 'de')], not: [FALLBACK_DE] },
  ],
  'user test of session 21: a visitor may ask for "Sie" or "du", which changes the form and nothing else': [
    { user: 'Hallo, kannst du mir sagen was ein Data Scientist macht?', says: [a('data-scientist', 'duties', 'de')], locale: 'de-DE' },
    {
      user: 'Bitte siezen Sie mich.',
      says: ['Selbstverständlich, ab jetzt spreche ich Sie mit „Sie“ an.', 'Was möchten Sie noch über Data Scientist wissen?'],
      not: ['Soll ich wirklich alles löschen', INFORMAL_DE],
      answered: { topic: 'address' },
    },
    { user: 'Was verdient man da?', says: [a('data-scientist', 'salary', 'de', 'formal')], not: [INFORMAL_DE] },
    { user: 'Sie dürfen mich gerne duzen.', says: ['Alles klar, dann duzen wir uns.', 'Was möchtest du noch über Data Scientist wissen?'] },
    { user: 'und die Ausbildung?', says: [a('data-scientist', 'education', 'de')] },
    { user: 'Bitte duzen Sie mich nicht.', says: ['ab jetzt spreche ich Sie mit „Sie“ an'] },
    { user: 'Können wir beim Sie bleiben?', says: ['ab jetzt spreche ich Sie mit „Sie“ an'], not: [FALLBACK_DE] },
  ],
  'user test of session 21: formal visitors who write in lower case, or only in a letter\'s formulas, get "Sie"': [
    { user: 'haben sie infos zum devops engineer?', says: [a('devops-engineer', 'overview', 'de', 'formal')], not: [INFORMAL_DE], locale: 'de-DE' },
    { user: 'vielen dank fuer ihre hilfe', says: ['Wenn Sie noch etwas wissen möchten'], not: [INFORMAL_DE] },
  ],
  'user test of session 21: a letter to the bot': [
    { user: 'Sehr geehrte Damen und Herren, was verdient ein DevOps Engineer?', says: [a('devops-engineer', 'salary', 'de', 'formal')], not: [INFORMAL_DE], locale: 'de-DE' },
    { user: 'Mit freundlichen Grüßen', says: ['Auf Wiedersehen und viel Erfolg bei Ihren nächsten Schritten!'], not: [FALLBACK_DE] },
  ],
  'user test of session 21: a question while the bot waits for "really delete?" cancels the deletion and is answered': [
    { user: 'Löschen Sie meine Daten', says: ['Soll ich wirklich alles löschen, was zu Ihnen gespeichert ist'], locale: 'de-DE' },
    { user: 'Was verdient ein Backend Developer?', says: ['In Ordnung, ich habe nichts gelöscht.', a(BACKEND, 'salary', 'de', 'formal')], answered: { topic: 'salary', occupation: BACKEND } },
    { user: 'ja', not: ['Ihre Daten', 'gelöscht'] },
  ],
  'user test of session 21: a greeting before a question is no greeting': [
    { user: 'Grüß Gott, können Sie mir sagen, was ein Data Scientist verdient?', says: [a('data-scientist', 'salary', 'de', 'formal')], not: ['Schön, dass Sie da sind'], locale: 'de-DE' },
    { user: 'Guten Tag. Mit wem spreche ich hier? Sind Sie ein Mensch?', says: ['Ich bin ein Chatbot, kein Mensch'], not: ['Schön, dass Sie da sind'] },
    { user: 'Guten Tag, könnten Sie mir sagen, wie das Wetter morgen wird?', says: ['kann ich Ihnen etwas sagen'], not: ['Schön, dass Sie da sind'] },
    { user: 'Mein Drucker druckt nicht mehr, kannst du mir helfen?', says: [FALLBACK_DE], not: ['Du kannst mich zum Beispiel fragen'] },
    // Review of session 21: a greeting's words start a story here, not a greeting.
    { user: 'guten tag ich bin 52 und war lange lkw fahrer. ich haette gerne gewusst ob man in meinem alter noch programmieren lernen kann', says: ['Zu Altersfragen beim Einstieg habe ich'], not: ['Schön, dass'] },
    { user: 'hey whats a cloud engineer', says: ['"cloud engineer" is a related role', a('devops-engineer', 'overview', 'en')], not: ['What else would you like to know'], locale: 'en-US' },
    { user: 'Mit freundlichen Grüßen, K. Weber', says: ['Auf Wiedersehen und viel Erfolg bei Ihren nächsten Schritten'], not: [FALLBACK_DE] },
  ],
  'user test of session 21: a thing asked for is no job title': [
    { user: 'Was verdient ein Netzwerktechniker?', says: [a('netzwerktechniker', 'salary', 'de')], locale: 'de-DE' },
    { user: 'Können Sie mir eine genaue Zahl für Hamburg nennen?', not: ['„genaue Zahl“'] },
    { user: 'Könnten Sie mir einen Entwurf für die Stellenanzeige schreiben?', not: ['„Entwurf“'] },
    { user: 'Und was verdient ein Pilot?', says: ['„Pilot“'] },
  ],
  'user test of session 21: someone asking for another person is told once whom the answers speak to': [
    {
      user: 'Meine Tochter ist 17 und will Fachinformatikerin werden. Was verdient sie in der Ausbildung?',
      says: ['Meine Antworten sprechen die Person an, die den Beruf lernt oder ausübt – das „du“ meint also die Person, um die es dir geht.', a('fachinformatiker-anwendungsentwicklung', 'salary', 'de')],
      locale: 'de-DE',
    },
    { user: 'Und welche Ausbildung braucht sie?', says: [a('fachinformatiker-anwendungsentwicklung', 'education', 'de')], not: ['Meine Antworten sprechen'] },
  ],
  'user test of session 21: an HR department writing formally': [
    {
      user: 'Sehr geehrte Damen und Herren, wir suchen einen DevOps Engineer. Welche Kenntnisse sollte ein Bewerber mitbringen?',
      says: ['das „Sie“ meint also die Person, um die es Ihnen geht', a('devops-engineer', 'skills', 'de', 'formal')],
      not: [INFORMAL_DE],
      locale: 'de-DE',
    },
  ],
  'user test of session 21: a job title alone answers "which occupation?", and one the bot does not know is said so': [
    { user: 'Was lernt man in der Ausbildung?', says: ['Zu welchem Beruf möchtest du das wissen (Ausbildung)?'], locale: 'de-DE' },
    { user: 'Wirtschaftsinformatiker', says: ['Zum Beruf „Wirtschaftsinformatiker“ habe ich leider keine Informationen'], not: ['Zu welchem Beruf'] },
    // The way in still waits for an occupation the bot knows.
    { user: 'Was verdient man so?', says: ['Notiert (Ausbildung und Gehalt). Nenne mir noch den Beruf'] },
    { user: 'Lehrer', says: ['Zum Beruf „Lehrer“ habe ich leider keine Informationen'], not: [FALLBACK_DE] },
    { user: 'Was verdient man so?', says: ['Zu welchem Beruf möchtest du das wissen (Gehalt)?'] },
    // A word with a job's ending that is none keeps the question waiting.
    { user: 'Super', says: ['Zu welchem Beruf möchtest du das wissen (Gehalt)?'], not: ['„Super“'] },
    { user: 'Netzwerktechniker', says: [a('netzwerktechniker', 'salary', 'de')] },
  ],
  'user test of session 21: another topic asked while the occupation is still to come is noted, not asked about again': [
    { user: 'Können Sie mir sagen, was man da verdient?', says: ['Zu welchem Beruf möchten Sie das wissen (Gehalt)?'], locale: 'de-DE' },
    // The same topic again is asked about as before: nothing new to note.
    { user: 'Und was verdient man so?', says: ['Zu welchem Beruf möchten Sie das wissen (Gehalt)?'], not: ['Notiert'] },
    { user: 'Und wie sieht es mit der Ausbildung aus?', says: ['Notiert (Gehalt und Ausbildung). Nennen Sie mir noch den Beruf, dann beantworte ich Ihnen alles auf einmal.'], not: ['Zu welchem Beruf', INFORMAL_DE] },
    // An "ok" or a greeting announcing a question keeps every question waiting.
    { user: 'ok', says: ['Zu welchem Beruf möchten Sie das wissen (Gehalt und Ausbildung)?'] },
    { user: 'Wie bewirbt man sich?', says: ['Notiert (Gehalt, Ausbildung und Bewerbung).'], not: [INFORMAL_DE] },
    { user: 'Hallo, noch eine Frage', says: ['Zu welchem Beruf möchten Sie das wissen (Gehalt, Ausbildung und Bewerbung)?'], not: ['Schön, dass'] },
    { user: 'Data Scientist', says: [a('data-scientist', 'salary', 'de', 'formal'), a('data-scientist', 'education', 'de', 'formal'), a('data-scientist', 'application', 'de', 'formal')] },
  ],
  'user test of session 21: asked how it is, the bot says it is a chatbot and what it can tell': [
    { user: 'Guten Morgen, wie geht es Ihnen?', says: ['Danke der Nachfrage! Als Chatbot', 'helfe Ihnen gern'], not: [FALLBACK_DE, INFORMAL_DE], locale: 'de-DE' },
    { user: 'Wie geht es weiter nach der Ausbildung?', says: ['Zu welchem Beruf möchten Sie das wissen (Ausbildung)?'], not: ['Danke der Nachfrage'] },
    { user: "Hi, wie geht's dir?", says: ['Danke der Nachfrage! Als Chatbot', 'helfe dir gern'], locale: 'de-DE' },
    { user: 'Hi, how are you doing today?', says: ['Thanks for asking! As a chatbot'], locale: 'en-US' },
    { user: "hey there, how's it going?", says: ['Thanks for asking! As a chatbot'] },
    { user: 'how is it going to change with AI?', not: ['Thanks for asking'] },
  ],
  'held-out errors of session 22: a greeting that announces a question invites it': [
    { user: 'hello! i have a quick question', says: ['Hello! Nice to have you here. What would you like to know?'], not: ["Sorry, I can't help with that"], locale: 'en-US' },
    { user: 'can I ask you something?', says: ['Sure. Ask me about an IT occupation'] },
    { user: "hi, I've got a question", says: ['Hello! Nice to have you here.'] },
    { user: 'Guten Tag, darf ich Ihnen eine Frage stellen?', says: ['Guten Tag! Schön, dass Sie da sind.'], locale: 'de-DE' },
  ],
  'review of session 22: an announcement in a sentence of one language is answered in it': [
    { user: 'Hallo', says: ['Hallo! Schön, dass du da bist.'], locale: 'de-DE' },
    { user: 'Can I ask you a question?', says: ['Sure. Ask me about an IT occupation'] },
    // "ok" belongs to both languages: the conversation's stays.
    { user: 'Was verdient ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')] },
    { user: 'ok', not: ['Sure.'] },
  ],
  'user test of session 21: a fit question with a reason names the occupations whose texts name it, without a verdict': [
    { user: 'Welchen Beruf würden Sie mir empfehlen, wenn ich gut in Statistik bin?', says: ['kann ich nicht beurteilen', 'Etwas dazu steht in meinen Quellen: zu „Statistik“ bei Data Scientist (Kenntnisse).'], not: ['Netzwerktechniker', 'Frontend', INFORMAL_DE], locale: 'de-DE' },
    // Each reason with its own occupations; "interessiere", "sehr" and "gut" are none.
    { user: 'Ich interessiere mich sehr für Netzwerke und Statistik, welcher Beruf passt zu mir?', says: ['zu „Netzwerke“ bei Netzwerktechniker/in (Kenntnisse) und Systemadministrator/in (Kenntnisse); zu „Statistik“ bei Data Scientist (Kenntnisse)'], not: ['„sehr“', '„interessiere“'] },
    { user: 'Ich arbeite gern mit Hardware, welcher Beruf passt zu mir?', says: ['zu „Hardware“ bei Systemadministrator/in (Kenntnisse)'], not: ['„arbeite“'] },
    // A verb is no reason in a message that capitalises its nouns ("spielst Updates ein" is no gaming); a compound
    // names no part of it ("englischsprachige" is no English); what the writer dislikes points nowhere.
    { user: 'Ich spiele gerne Computerspiele, welcher Beruf passt zu mir?', says: ['Ich kenne: Backend Developer'], not: ['Etwas dazu steht'] },
    { user: 'Welcher Beruf passt zu mir, wenn ich keine Lust auf Mathe habe?', says: ['Ich kenne: Backend Developer'], not: ['Etwas dazu steht'] },
    { user: 'Welcher IT-Beruf passt zu mir?', says: ['kann ich nicht beurteilen', 'Ich kenne: Backend Developer'], not: ['Etwas dazu steht'] },
    { user: "Which job suits me if I'm good at maths?", says: ['My sources touch on it: on “maths” for Data Scientist (Skills) and Application Developer (Fachinformatiker/in; Skills).'], locale: 'en-US' },
    { user: 'Which job suits me if I am good at English?', not: ['Full-Stack Developer (Duties'] },
    { user: "Which job suits me? I'm not good at maths.", not: ['“maths”'] },
    // What the writer's words say of their liking ("loves") is no reason of its own.
    { user: 'My daughter loves design. Which job would suit her?', not: ['“loves”'] },
  ],
  'user test of session 22: a thanks that ends in a farewell says goodbye': [
    { user: 'Was verdient ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')], locale: 'de-DE' },
    { user: 'danke tschau', says: ['Tschüss und viel Erfolg'], not: ['Gern geschehen'] },
    { user: 'thank you so much, goodbye', says: ['Goodbye, and good luck'], not: ["You're welcome"] },
    // A thanks alone stays one.
    { user: 'Danke!', says: ['Gern geschehen!'] },
  ],
  'user test of session 22: an insult in chat German gets the apology': [
    { user: 'du bist doch eh nur ne dumme ki', says: ['Schade, dass ich dir nicht weiterhelfen konnte'], locale: 'de-DE' },
  ],
  'user test of session 22: "wie lang" asks the duration': [
    { user: 'Wie wird man Fachinformatiker?', says: [a('fachinformatiker-anwendungsentwicklung', 'education', 'de')], locale: 'de-DE' },
    { user: 'wie lang dauert die ausbildung', says: ['„Die Ausbildung dauert drei Jahre'], not: ['Genauer als in meiner letzten Antwort'] },
  ],
  'user test of session 22: questions parted by commas are all answered': [
    { user: 'What is a data scientist?', says: [a('data-scientist', 'overview', 'en')], locale: 'en-US' },
    { user: 'What skills, what salary, and how do I apply?', says: [a('data-scientist', 'skills', 'en'), a('data-scientist', 'salary', 'en'), a('data-scientist', 'application', 'en')] },
    // A comma before "if" opens no question of its own.
    { user: 'What does a data scientist earn, if I have a master?', says: [a('data-scientist', 'salary', 'en')], not: [a('data-scientist', 'education', 'en')] },
  ],
  'user test of session 22: a place asked before gets no note on another topic, but does on the same one again': [
    { user: 'Jobs als Backend Developer in Berlin', says: ['Zu Berlin im Besonderen sagen meine Quellen hierzu nichts'], locale: 'de-DE' },
    { user: 'Und als DevOps?', says: ['Zu Berlin im Besonderen sagen meine Quellen hierzu nichts', a('devops-engineer', 'jobs', 'de')] },
    { user: 'Und wie sind die Aussichten?', says: [a('devops-engineer', 'outlook', 'de')], not: ['Berlin'] },
  ],
  'user test of session 22: a comparison for beginners does not deny the starting salary it then lists': [
    { user: 'frontend or backend for a beginner?', not: ['no sourced information on starting salaries for Backend Developer'], locale: 'en-US' },
  ],
  'user test of session 22: "was ist der Unterschied?" after two occupations compares them': [
    { user: 'Was verdient ein Frontend Developer?', says: [a('frontend-developer', 'salary', 'de')], locale: 'de-DE' },
    { user: 'Und ein Backend Developer?', says: [a('backend-developer', 'salary', 'de')] },
    { user: 'was ist der unterschied', says: ['Frontend Developer und Backend Developer im Vergleich – Gehalt'], not: [FALLBACK_DE] },
  ],
  'user test of session 22: "whats the difference?" after two occupations compares them; alone it asks which two': [
    { user: 'What does a DevOps engineer do?', says: [a('devops-engineer', 'duties', 'en')], locale: 'en-US' },
    { user: 'And a sysadmin?', says: [a('systemadministrator', 'duties', 'en')] },
    { user: 'whats the difference?', says: ['DevOps Engineer and System Administrator compared – Duties'] },
  ],
  'user test of session 22: confusion with nothing to explain gets what the bot does': [
    { user: 'hä', says: ['Ich beantworte Fragen zu diesen Berufen'], not: [FALLBACK_DE], locale: 'de-DE' },
    { user: 'was ist der unterschied', says: ['Welche Berufe möchtest du vergleichen?'] },
  ],
  'user test of session 22: a follow-up the answer speaks to in its own words quotes it, one it does not falls back': [
    { user: 'How do I become an application developer?', says: [a('fachinformatiker-anwendungsentwicklung', 'education', 'en')], locale: 'en-US' },
    // "exam", not "example".
    { user: 'what is the exam like?', says: ['“The final exam comes in two parts'], not: ['for example, the Abitur', "Sorry, I didn't get that"] },
    { user: 'What skills does a data scientist need?', says: [a('data-scientist', 'skills', 'en')] },
    { user: 'what is the weather like?', says: ["Sorry, I didn't get that"] },
  ],
  'user test of session 22: "Bereitschaft am Wochenende" and "in Schichten" ask about on-call duty and shift work; asking for one\'s son is noted': [
    { user: 'Was macht ein Netzwerktechniker?', says: [a('netzwerktechniker', 'duties', 'de')], locale: 'de-DE' },
    { user: 'bereitschaft am wochenende?', says: ['Zu Rufbereitschaft und Schichtdienst habe ich nur, was meine Quellen im Abschnitt „Arbeitgeber“ sagen'], not: [FALLBACK_DE] },
    { user: 'Arbeitet man da in Schichten?', says: ['Zu Rufbereitschaft und Schichtdienst habe ich nur, was meine Quellen im Abschnitt „Arbeitgeber“ sagen'] },
    { user: 'Hat man als Backend Developer eine Bereitschaft zum Lernen nötig?', not: ['Rufbereitschaft'] },
    { user: 'Ich frage für meinen Sohn: Was verdient ein Data Scientist?', says: ['das „du“ meint also die Person, um die es dir geht', a('data-scientist', 'salary', 'de')] },
    { user: 'Was ist eine Schicht in der Softwarearchitektur?', not: ['Rufbereitschaft'] },
  ],
  'review of session 22: a place pointed back at keeps its note': [
    { user: 'Was verdient ein Systemadministrator in Hamburg?', locale: 'de-DE' },
    { user: 'Wie sind die Jobchancen dort?', says: ['Zu Hamburg im Besonderen sagen meine Quellen hierzu nichts'] },
  ],
  'review of session 22: "Unterschied" with one occupation talked about asks for two': [
    { user: 'Was verdient ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')], locale: 'de-DE' },
    { user: 'Was ist der Unterschied?', says: ['Welche Berufe möchtest du vergleichen?'], not: [a('data-scientist', 'salary', 'de')] },
  ],
  'review of session 22: a short word asked about is not the beginning of a longer one, and a comma after a statement parts no questions': [
    { user: 'How do I become an application developer?', says: [a('fachinformatiker-anwendungsentwicklung', 'education', 'en')], locale: 'en-US' },
    { user: 'what about other countries?', not: ['among other things'] },
    { user: 'Ich habe eine Ausbildung als Fachinformatiker, was kann ich verdienen?', says: [a('fachinformatiker-anwendungsentwicklung', 'salary', 'de')], not: [a('fachinformatiker-anwendungsentwicklung', 'education', 'de')] },
    { user: 'Was macht ein DevOps Engineer, wie viel verdient er?', says: [a('devops-engineer', 'duties', 'de'), a('devops-engineer', 'salary', 'de')] },
  ],
};
