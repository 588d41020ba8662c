/**
 * The conversations the HTTP load benchmark sends: eight short scripts (four German, four English) of what
 * visitors ask — pay, education, duties, follow-ups without the occupation, small talk, an occupation the
 * bot does not know, off-topic questions, a comparison. Each turn names the topic the bot must answer,
 * so the benchmark can check sampled replies: a fast bot that answers wrongly must not look good.
 */
export interface ScriptedTurn {
  text: string;
  /** `answered.topic` of the RecognizerResult trace the reply must carry. */
  topic: string;
}

export const LOAD_SCRIPTS: readonly (readonly ScriptedTurn[])[] = Object.freeze([
  [
    { text: 'Hallo', topic: 'greeting' },
    { text: 'Was verdient ein Backend Developer?', topic: 'salary' },
    { text: 'Und welche Ausbildung braucht man dafür?', topic: 'education' },
    { text: 'Welche Aufgaben hat man da?', topic: 'duties' },
    { text: 'Danke!', topic: 'thanks' },
  ],
  [
    { text: 'Was macht ein Fachinformatiker für Anwendungsentwicklung?', topic: 'duties' },
    { text: 'Wie lange dauert die Ausbildung?', topic: 'education' },
    { text: 'und das gehalt?', topic: 'salary' },
    { text: 'Wie sind die Berufsaussichten?', topic: 'outlook' },
    { text: 'Wie bewerbe ich mich am besten?', topic: 'application' },
  ],
  [
    { text: 'Was verdient ein Pilot?', topic: 'unknown-occupation' },
    { text: 'Welche Kenntnisse braucht ein DevOps Engineer?', topic: 'skills' },
    { text: 'Wo arbeiten DevOps Engineers?', topic: 'workplaces' },
    { text: 'Gibt es offene Stellen?', topic: 'jobs' },
    { text: 'Tschüss', topic: 'goodbye' },
  ],
  [
    { text: 'Wie wird das Wetter morgen?', topic: 'None' },
    { text: 'Gehalt Systemadministrator', topic: 'salary' },
    { text: 'Was muss ein Netzwerktechniker können?', topic: 'skills' },
    { text: 'Unterschied zwischen Frontend und Backend Entwickler?', topic: 'compare' },
    { text: 'Wie werde ich Frontend Entwicklerin?', topic: 'education' },
  ],
  [
    { text: 'Hi there', topic: 'greeting' },
    { text: 'How much does a data scientist earn?', topic: 'salary' },
    { text: 'What education do I need for that?', topic: 'education' },
    { text: 'What does a typical day look like?', topic: 'duties' },
    { text: 'Thanks a lot', topic: 'thanks' },
  ],
  [
    { text: 'What does a fullstack developer do?', topic: 'duties' },
    { text: 'Which skills are needed?', topic: 'skills' },
    { text: 'and the salary?', topic: 'salary' },
    { text: 'What are the job prospects?', topic: 'outlook' },
    { text: 'bye', topic: 'goodbye' },
  ],
  [
    { text: 'How much does a chef make?', topic: 'unknown-occupation' },
    { text: 'Tell me about frontend developers', topic: 'overview' },
    { text: 'Where do they work?', topic: 'workplaces' },
    { text: 'Are there any open positions?', topic: 'jobs' },
    { text: 'How do I apply?', topic: 'application' },
  ],
  [
    { text: 'What is the capital of France?', topic: 'None' },
    { text: 'Do I need a degree to become a DevOps engineer?', topic: 'education' },
    { text: 'salary sysadmin', topic: 'salary' },
    { text: 'compare data scientist and backend developer', topic: 'compare' },
    { text: 'what can you do?', topic: 'help' },
  ],
]);

/**
 * The turn of the `n`-th request: requests go round-robin over `conversations` conversations, and each
 * conversation walks through its script (conversation `c` uses script `c mod 8`), starting over at its end.
 */
export function scriptedTurn(n: number, conversations: number): { conversation: number; turn: ScriptedTurn } {
  const conversation = n % conversations;
  const script = LOAD_SCRIPTS[conversation % LOAD_SCRIPTS.length];
  return { conversation, turn: script[Math.floor(n / conversations) % script.length] };
}

/** Expected topic per question text (every text occurs once in the scripts). */
export const EXPECTED_TOPIC: ReadonlyMap<string, string> = new Map(LOAD_SCRIPTS.flat().map((t) => [t.text, t.topic]));
