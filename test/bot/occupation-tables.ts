import { answerStart as a } from '../helpers/app';
import { FALLBACK_DE, FALLBACK_EN, NO_FIGURES, type Turn } from './tables';

/** Conversation tables for several occupations: lists, unknown occupations, comparisons, related roles. */
export const occupationTables: Record<string, Turn[]> = {
  'the bot lists every occupation it knows, as buttons': [
    {
      user: 'Welche Berufe kennst du?',
      says: ['Backend Developer', 'Data Scientist', 'DevOps Engineer', 'Fachinformatiker/in Anwendungsentwicklung', 'Frontend Developer', 'Fullstack Developer', 'Netzwerktechniker/in', 'Systemadministrator/in'],
      buttons: ['Backend Developer', 'Data Scientist', 'Systemadministrator/in'],
      answered: { topic: 'occupations' },
    },
    { user: 'which jobs do you know?', says: ['Full-Stack Developer', 'Network Technician'], locale: 'en-US', answered: { topic: 'occupations' } },
  ],
  'an occupation the knowledge base does not have gets an honest answer and no figure': [
    { user: 'Was verdient ein Bäcker?', says: ['„Bäcker“', 'keine Informationen', 'Backend Developer', 'Data Scientist'], not: NO_FIGURES, answered: { topic: 'unknown-occupation' } },
    { user: 'How much does a plumber make?', says: ['"plumber"', 'no information'], not: NO_FIGURES, locale: 'en-US' },
  ],
  'a career changer’s own job is not the one asked about: the bot asks which occupation, or answers the one asked': [
    { user: 'Ich arbeite als Verkäuferin und will in die IT. Welche Ausbildung brauche ich?', says: ['Zu welchem Beruf'], not: ['„Verkäuferin“', FALLBACK_DE], buttons: ['Backend Developer'] },
  ],
  'a career changer’s own job (English): the pay asked about is the new one’s': [
    { user: 'I work as a nurse. What could I earn in IT?', says: ['Which occupation'], not: ['"nurse"', 'no information', FALLBACK_EN], locale: 'en-US' },
    { user: 'Data Scientist', not: ['"nurse"', FALLBACK_EN], answered: { topic: 'salary', occupation: 'data-scientist' } },
  ],
  'a career changer asking about another job they do not know either: that one is named': [
    { user: 'Ich arbeite seit Jahren als Kellner. Was verdient ein Koch?', says: ['„Koch“', 'keine Informationen'], not: ['„Kellner“', ...NO_FIGURES], answered: { topic: 'unknown-occupation' } },
  ],
  'an unknown occupation after talking about another never gets the other one’s answer': [
    { user: 'Was verdient ein Backend Developer?', says: ['47.700 €'] },
    { user: 'Und was verdient eine Friseurin?', says: ['„Friseurin“', 'keine Informationen'], not: [...NO_FIGURES, a('backend-developer', 'salary', 'de')], answered: { topic: 'unknown-occupation' } },
    { user: 'Was verdient ein Pilot?', says: ['„Pilot“', 'keine Informationen'], not: NO_FIGURES, answered: { topic: 'unknown-occupation' } },
    { user: 'Und ein Koch?', not: NO_FIGURES },
    { user: 'Was verdient eine Architektin?', says: ['„Architektin“'], not: NO_FIGURES, answered: { topic: 'unknown-occupation' } },
    { user: 'Was verdient man als Einsteiger?', says: ['47.700 €'], answered: { topic: 'salary', occupation: 'backend-developer' } },
  ],
  'how to become an occupation the knowledge base does not have, or what it does: the honest answer naming it, article or not': [
    { user: 'Wie wird man Krankenpfleger?', says: ['„Krankenpfleger“', 'keine Informationen', 'Backend Developer'], not: [FALLBACK_DE, ...NO_FIGURES], locale: 'de-DE', answered: { topic: 'unknown-occupation' } },
    { user: 'Wie werde ich Krankenpflegerin?', says: ['„Krankenpflegerin“'], not: [FALLBACK_DE, ...NO_FIGURES], answered: { topic: 'unknown-occupation' } },
    { user: 'wie werde ich bäckerin', says: ['„bäckerin“'], not: [FALLBACK_DE, ...NO_FIGURES], answered: { topic: 'unknown-occupation' } },
    { user: 'Wie kann ich Elektriker werden?', says: ['„Elektriker“'], not: [FALLBACK_DE, ...NO_FIGURES], answered: { topic: 'unknown-occupation' } },
    { user: 'Wie wird man zur Pilotin?', says: ['„Pilotin“'], not: [FALLBACK_DE, ...NO_FIGURES], answered: { topic: 'unknown-occupation' } },
    { user: 'Was macht eine Elektrikerin?', says: ['„Elektrikerin“'], not: [FALLBACK_DE, ...NO_FIGURES], answered: { topic: 'unknown-occupation' } },
    { user: 'How do I become a nurse?', says: ['"nurse"', 'no information', 'Backend Developer'], not: [FALLBACK_EN, ...NO_FIGURES], locale: 'en-US', answered: { topic: 'unknown-occupation' } },
    { user: 'how does one become a plumber', says: ['"plumber"'], not: [FALLBACK_EN, ...NO_FIGURES], answered: { topic: 'unknown-occupation' } },
    { user: 'what do teachers do all day?', says: ['"teachers"'], not: [FALLBACK_EN, ...NO_FIGURES], answered: { topic: 'unknown-occupation' } },
  ],
  'how to become an unknown occupation, after talking about a known one: never the known one’s answer; the question waits for one': [
    { user: 'Was verdient ein Backend Developer?', says: ['47.700 €'] },
    { user: 'Und wie wird man Bäcker?', says: ['„Bäcker“', 'keine Informationen'], not: [...NO_FIGURES, a('backend-developer', 'education', 'de')], answered: { topic: 'unknown-occupation' } },
    { user: 'Backend Developer', says: [a('backend-developer', 'education', 'de')], answered: { topic: 'education', occupation: 'backend-developer' } },
    { user: 'What does a plumber do?', says: ['"plumber"'], not: [a('backend-developer', 'duties', 'en')], answered: { topic: 'unknown-occupation' } },
  ],
  'after an unknown occupation, a picked occupation answers the question asked; "tell me about" one asks for its overview': [
    { user: 'How much does a chef make?', says: ['"chef"', 'no information'], not: NO_FIGURES, locale: 'en-US', answered: { topic: 'unknown-occupation' } },
    { user: 'Tell me about frontend developers', says: [a('frontend-developer', 'overview', 'en')], not: NO_FIGURES, answered: { topic: 'overview', occupation: 'frontend-developer' } },
    { user: 'How much does a pilot earn?', says: ['"pilot"', 'no information'], not: NO_FIGURES, answered: { topic: 'unknown-occupation' } },
    { user: 'Data Scientist', says: [a('data-scientist', 'salary', 'en')], answered: { topic: 'salary', occupation: 'data-scientist' } },
  ],
  'what a person earns: the bot says it knows occupations, not people, and never gives the last occupation’s pay': [
    { user: 'Was verdient ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')], answered: { topic: 'salary', occupation: 'data-scientist' } },
    { user: 'Wie viel verdient Elon Musk?', says: ['„Elon Musk“', 'nicht, was einzelne Menschen verdienen', 'Backend Developer'], not: [...NO_FIGURES, a('data-scientist', 'salary', 'de')], locale: 'de-DE', answered: { topic: 'unknown-person' } },
    { user: 'Und was verdient ein DevOps Engineer?', says: [a('devops-engineer', 'salary', 'de')], answered: { topic: 'salary', occupation: 'devops-engineer' } },
    { user: 'wie viel verdient elon musk', says: ['„elon musk“'], not: [...NO_FIGURES, a('devops-engineer', 'salary', 'de')], answered: { topic: 'unknown-person' } },
    // The name slot also catches a job title without an article: the answer must not call it a person.
    { user: 'Was verdient Product Owner?', says: ['Zu „Product Owner“ habe ich leider keine Informationen'], not: ['Person', ...NO_FIGURES], answered: { topic: 'unknown-person' } },
    { user: 'How much does Taylor Swift earn?', says: ['"Taylor Swift"', 'not what individual people earn'], not: [...NO_FIGURES, a('devops-engineer', 'salary', 'en')], locale: 'en-US', answered: { topic: 'unknown-person' } },
    { user: 'What does a DevOps Engineer earn?', says: [a('devops-engineer', 'salary', 'en')], answered: { topic: 'salary', occupation: 'devops-engineer' } },
    { user: 'Was verdient man als Backend Developer in München?', says: ['Eigene Zahlen für München habe ich nicht', '47.700 €'], answered: { topic: 'salary', occupation: 'backend-developer' } },
  ],
  'what a person earns, as the first question: no question back about which occupation': [
    { user: 'Wie viel verdient Elon Musk eigentlich?', says: ['„Elon Musk“'], not: ['Zu welchem Beruf', ...NO_FIGURES], answered: { topic: 'unknown-person' } },
    { user: 'Backend Developer', says: [a('backend-developer', 'overview', 'de')], answered: { topic: 'overview', occupation: 'backend-developer' } },
  ],
  'who earns more: both occupations’ figures side by side, each with its source, nothing computed': [
    {
      user: 'Wer verdient mehr, Backend oder Frontend Developer?',
      says: ['im Vergleich – Gehalt', 'Backend Developer:', 'Frontend Developer:', '47.700 €', '53.424 €', 'Quelle', 'nur bedingt miteinander vergleichbar'],
      answered: { topic: 'compare' },
    },
    // A comparison naming neither compares the two from before.
    { user: 'welcher von beiden hat bessere Aussichten?', says: ['Backend Developer und Frontend Developer im Vergleich – Berufsaussichten'], not: ['Welche Berufe möchtest du vergleichen?'], answered: { topic: 'compare' } },
    { user: 'Which of the two earns more?', says: ['Backend Developer and Frontend Developer compared – Salary'], locale: 'en-US', answered: { topic: 'compare' } },
  ],
  'differences between occupations are compared side by side, in German and English': [
    { user: 'Unterschied zwischen Frontend und Backend?', says: ['Frontend Developer und Backend Developer im Vergleich – Überblick', a('frontend-developer', 'overview', 'de').slice(0, 40)], answered: { topic: 'compare' } },
    { user: 'DevOps vs Systemadministrator', says: ['DevOps Engineer und Systemadministrator/in im Vergleich'], answered: { topic: 'compare' } },
    { user: 'und die Ausbildung?', says: ['im Vergleich – Ausbildung'], answered: { topic: 'compare' } },
    { user: 'What is the difference between a data scientist and a fullstack developer?', says: ['Data Scientist and Full-Stack Developer compared'], locale: 'en-US' },
  ],
  'a comparison with an occupation the bot does not know says so and never compares with the one in context': [
    { user: 'Was macht ein Frontend Developer?', answered: { topic: 'duties', occupation: 'frontend-developer' } },
    {
      user: 'Wer verdient mehr, Lehrer oder Data Scientist?',
      says: ['Zum Beruf „Lehrer“ habe ich leider keine Informationen, einen Vergleich kann ich dir deshalb nicht geben', a('data-scientist', 'salary', 'de').slice(0, 40)],
      not: ['Frontend Developer', 'im Vergleich'],
      answered: { topic: 'salary', occupation: 'data-scientist' },
    },
    { user: 'Data Scientist oder ein Koch – was ist besser?', says: ['„Koch“'], not: ['Frontend Developer', 'im Vergleich'], answered: { topic: 'overview', occupation: 'data-scientist' } },
    {
      user: 'Who earns more, a nurse or a devops engineer?',
      says: ['I\'m afraid I have no information on "nurse"', a('devops-engineer', 'salary', 'en').slice(0, 40)],
      not: ['compared', 'Data Scientist'],
      locale: 'en-US',
      answered: { topic: 'salary', occupation: 'devops-engineer' },
    },
    // A comparison phrased as a pay question, and "than" after the verb.
    { user: 'Verdient ein Bäcker mehr als ein Backend Developer?', says: ['„Bäcker“', '47.700 €'], not: ['im Vergleich'], locale: 'de-DE', answered: { topic: 'salary', occupation: 'backend-developer' } },
    { user: 'Does a devops engineer earn more than a nurse?', says: ['"nurse"', a('devops-engineer', 'salary', 'en').slice(0, 40)], not: ['compared'], locale: 'en-US', answered: { topic: 'salary', occupation: 'devops-engineer' } },
    // "als" without a comparative compares nothing.
    { user: 'Was verdient ein Backend Developer als Berater?', says: ['47.700 €'], not: ['Berater'], locale: 'de-DE', answered: { topic: 'salary', occupation: 'backend-developer' } },
    // Two known occupations are still compared.
    { user: 'Wer verdient mehr, Sysadmin oder Netzwerktechniker?', says: ['im Vergleich – Gehalt'], not: ['keine Informationen'], answered: { topic: 'compare' } },
  ],
  'the unknown side of a comparison is found after a place, "im Vergleich zu", "better paid than", and in follow-ups': [
    { user: 'Wer verdient mehr, Backend oder Frontend Developer?', answered: { topic: 'compare' } },
    { user: 'Und im Vergleich zum Lehrer?', says: ['„Lehrer“'], not: ['im Vergleich –', '€'], answered: { topic: 'unknown-occupation' } },
    { user: 'Verdient ein Fullstack Developer in München mehr als ein Bäcker?', says: ['„Bäcker“'], not: ['im Vergleich –'] },
    { user: 'Was ist der Unterschied zwischen Krankenpfleger und Systemadministrator?', says: ['„Krankenpfleger“'], not: ['nicht verstanden'] },
    { user: 'Is a data scientist better paid than a lawyer?', says: ['"lawyer"'], not: ['compared –'], locale: 'en-US' },
    // Not jobs: an average, a person.
    { user: 'Verdient ein Netzwerktechniker mehr als der Durchschnitt?', not: ['Zum Beruf'], locale: 'de-DE', answered: { topic: 'salary', occupation: 'netzwerktechniker' } },
    { user: 'Verdient ein Backend Developer mehr als Elon Musk?', not: ['Zum Beruf'], answered: { topic: 'salary', occupation: 'backend-developer' } },
  ],
  'an unknown side without an article or job ending, and what is no comparison of jobs': [
    { user: 'Was verdient ein Frontend Developer?', answered: { topic: 'salary', occupation: 'frontend-developer' } },
    { user: 'Wer verdient mehr, Koch oder Data Scientist?', says: ['„Koch“'], not: ['Frontend Developer und Data Scientist im Vergleich'] },
    { user: 'Ich arbeite als Verkäuferin oder Kassiererin und will in die IT.', not: ['„Verkäuferin“', '„Kassiererin“'] },
    { user: 'Verdient man mehr im Sommer oder im Winter?', not: ['„Sommer“', '„Winter“'] },
  ],
  'two unknown occupations compared after a known one never get the known one\'s answer': [
    { user: 'Was verdient ein DevOps Engineer?', answered: { topic: 'salary', occupation: 'devops-engineer' } },
    { user: 'Wer verdient mehr, Lehrer oder Polizist?', says: ['„Lehrer“'], not: NO_FIGURES, answered: { topic: 'unknown-occupation' } },
  ],
  'a comparison of where the jobs are compares the job market': [
    { user: 'Wo gibt es mehr Jobs, Frontend oder Backend?', says: ['im Vergleich – Jobs'], answered: { topic: 'compare' } },
  ],
  'a comparison needs two occupations': [
    { user: 'Kannst du mir zwei Berufe vergleichen?', says: ['Welche Berufe möchtest du vergleichen?'], not: NO_FIGURES, answered: { topic: 'compare' } },
  ],
  'switching occupation keeps the topic': [
    { user: 'Was verdient ein Backend Developer?', says: ['47.700 €'], answered: { topic: 'salary', occupation: 'backend-developer' } },
    { user: 'Und ein Data Scientist?', says: [a('data-scientist', 'salary', 'de')], answered: { topic: 'salary', occupation: 'data-scientist' } },
    { user: 'und als Sysadmin?', says: [a('systemadministrator', 'salary', 'de')], answered: { topic: 'salary', occupation: 'systemadministrator' } },
    { user: 'What about a network technician?', says: [a('netzwerktechniker', 'salary', 'en')], locale: 'en-US', answered: { topic: 'salary', occupation: 'netzwerktechniker' } },
  ],
  'abbreviations, gendered forms and typos name the right occupation': [
    { user: 'Wie lange dauert die Ausbildung zum FIAE?', says: [a('fachinformatiker-anwendungsentwicklung', 'education', 'de')], answered: { topic: 'education', occupation: 'fachinformatiker-anwendungsentwicklung' } },
    { user: 'Was macht eine Datenwissenschaftlerin?', answered: { topic: 'duties', occupation: 'data-scientist' } },
    { user: 'Aufgaben einer Netzwerkadministratorin', answered: { topic: 'duties', occupation: 'netzwerktechniker' } },
    { user: 'skills for a frontend develper', locale: 'en-US', answered: { topic: 'skills', occupation: 'frontend-developer' } },
    { user: 'Gehalt Full-Stack-Entwickler:in', answered: { topic: 'salary', occupation: 'fullstack-developer' } },
  ],
  'a spoken article ("ne") before the occupation keeps the topic': [
    { user: 'Was verdient ein Backend Developer?', answered: { topic: 'salary', occupation: 'backend-developer' } },
    { user: 'und ne Data Scientistin?', says: [a('data-scientist', 'salary', 'de')], answered: { topic: 'salary', occupation: 'data-scientist' } },
  ],
  'an occupation in the story before the question is not asked about': [
    {
      user: 'Eine Freundin von mir arbeitet als Data Scientist bei einer Versicherung und ist begeistert. Was verdient man denn als Systemadministratorin ungefähr?',
      says: [a('systemadministrator', 'salary', 'de')],
      not: ['im Vergleich', 'Data Scientist'],
      answered: { topic: 'salary', occupation: 'systemadministrator' },
    },
    { user: 'Mein Bruder ist Backend Developer. Was macht eigentlich ein Netzwerktechniker?', says: [a('netzwerktechniker', 'duties', 'de')], not: ['im Vergleich'], answered: { topic: 'duties', occupation: 'netzwerktechniker' } },
    // Two questions ask about both.
    { user: 'Was verdient ein Data Scientist? Und was ein Backend Developer?', says: ['im Vergleich – Gehalt'], answered: { topic: 'compare' } },
  ],
  'words of skills and fields are no occupations, and a join meaning "as" compares nothing': [
    { user: 'Braucht ein Backend Developer Data-Science-Kenntnisse?', not: ['im Vergleich', 'Data Scientist'], answered: { topic: 'skills', occupation: 'backend-developer' } },
    { user: 'Wie viel Administration macht ein DevOps Engineer?', not: ['im Vergleich', 'Systemadministrator'] },
    { user: 'Wer verdient mehr: Männer oder Frauen als Data Scientist?', not: ['„Frauen“', '„Männer“'] },
  ],
  'a related role is answered for its occupation with a note, or the bot asks which one': [
    { user: 'Was verdient ein Platform Engineer?', says: ['„Platform Engineer“ ist eine verwandte Rolle', a('devops-engineer', 'salary', 'de').slice(0, 40)], answered: { topic: 'salary', occupation: 'devops-engineer' } },
    { user: 'Was macht ein FiSi?', says: ['„FiSi“ ist mit mehreren Berufen verwandt', 'Welchen meinst du?'], not: NO_FIGURES, buttons: ['Netzwerktechniker/in', 'Systemadministrator/in'], answered: { topic: 'ask-related' } },
    { user: 'Systemadministrator/in', says: [a('systemadministrator', 'duties', 'de')], answered: { topic: 'duties', occupation: 'systemadministrator' } },
  ],
  'the umbrella names of programmers ask which of the developer occupations is meant, then answer the question asked': [
    { user: 'Was verdient eine Softwareentwicklerin?', says: ['„Softwareentwicklerin“ ist mit mehreren Berufen verwandt'], not: [FALLBACK_DE, ...NO_FIGURES], buttons: ['Backend Developer', 'Frontend Developer', 'Fullstack Developer'], answered: { topic: 'ask-related' } },
    { user: 'Backend Developer', says: ['47.700 €'], answered: { topic: 'salary', occupation: 'backend-developer' } },
    { user: 'How much does a software engineer make?', says: ['"software engineer"'], not: [FALLBACK_EN, 'no information', ...NO_FIGURES], buttons: ['Backend Developer', 'Full-Stack Developer'], answered: { topic: 'ask-related' } },
  ],
  'saying which occupation one has names it: the bot answers about it and keeps it for follow-ups': [
    { user: 'Ich bin Data Scientist', not: [/Tschüss/, FALLBACK_DE], answered: { topic: 'overview', occupation: 'data-scientist' } },
    { user: 'und was verdiene ich so?', answered: { topic: 'salary', occupation: 'data-scientist' } },
  ],
};
