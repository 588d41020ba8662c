import assert from 'node:assert/strict';
import { sharedRecognizer } from '../helpers/app';
import type { OccupationReference } from '../../src/nlu';

describe('recognizer: job titles the knowledge base does not have', () => {
  const recognizer = sharedRecognizer();

  // An unknown title is a word never seen in training; the question around it must still be understood,
  // so the bot can say honestly that it does not know the occupation instead of "I did not understand".
  const titled: [string, string, string][] = [
    ['Was verdient ein Pilot?', 'salary', 'Pilot'],
    ['how much does a pilot earn', 'salary', 'pilot'],
    ['Welche Ausbildung braucht ein Koch?', 'education', 'Koch'],
    // The question form says it is a job title, with no article before it and however unsure the classifier was.
    ['Wie wird man Krankenpfleger?', 'education', 'Krankenpfleger'],
    ['Wie werde ich Pilotin?', 'education', 'Pilotin'],
    ['wie wird man krankenpfleger in berlin', 'education', 'krankenpfleger'],
    ['Wie werde ich ohne Studium Krankenpfleger?', 'education', 'Krankenpfleger'],
    ['Wie werde ich als Quereinsteiger Elektriker?', 'education', 'Elektriker'],
    ['Wie wird man Lehrer ohne Studium?', 'education', 'Lehrer'],
    ['how does one become a registered nurse', 'education', 'registered nurse'],
    ['what do teachers do all day', 'duties', 'teachers'],
    // A qualifier before the noun belongs to the title.
    ['how much does a senior pilot earn', 'salary', 'senior pilot'],
    ['Was verdient ein Junior Pilot?', 'salary', 'Junior Pilot'],
    ['Was verdient ein Koch?', 'salary', 'Koch'],
    // Written all in lower case, a pay question's word is still a job; "eigentlich" asks nothing.
    ['was verdient eigentlich ein fluglotse?', 'salary', 'fluglotse'],
    ['was verdient ein pilot im monat', 'salary', 'pilot'],
    ['Was verdient ein koch?', 'salary', 'koch'], // a phone capitalised the first word only
    // A word the bot knows ("IT") may begin a title it does not know.
    ['Wie wird man IT-Berater?', 'education', 'IT-Berater'],
    ['how does one become an it consultant', 'education', 'it consultant'],
    // The writer's own job is skipped, the one asked about is not.
    ["I'm a teacher, what does a pilot earn?", 'salary', 'pilot'],
  ];
  for (const [text, intent, title] of titled) {
    it(`"${text}": ${intent}, unknown occupation "${title}"`, () => {
      const r = recognizer().recognize(text);
      assert.equal(r.intent, intent);
      assert.equal(r.unknownOccupation, title);
    });
  }

  // The question forms alone make no job title: a word the bot knows, a name word of its own occupations, or a
  // word that is no noun.
  for (const text of [
    'Was macht Spaß an dem Job?', 'what do developers do?', 'Wie wird das Wetter?', 'wie wird man reich', 'how do I become better at coding?', 'Wie kann ich mich bewerben?',
    // Words before one of our own names only qualify it; small words where nouns are capitalised are no nouns;
    // English needs the article; stages of life are no occupations in the plural either.
    'Wie wird man schneller Entwickler?', 'Wie werde ich App Entwickler?', 'Wie werde ich sicherer im Programmieren?', 'Wie wird man immer besser?',
    'Wie wird man Teil des Teams?', 'how can i become smarter', 'what do students do', 'what do beginners do first',
    // Lower case but no pay question: a cat or a black hole "does" things without a job.
    'was macht eine katze', 'was macht ein schwarzes loch',
    // English "an" is no article in a German message; a longer known word does not begin a title.
    'Schreib einen Brief an meinen Vermieter', 'Wie wird man schnell Pilot?',
    // The user's own job in the life story is not the one asked about.
    'Ich arbeite als Krankenschwester. Ich will in die IT. Was muss ich lernen?',
    // ... in one sentence too: career changers name the job they have, then ask about IT.
    'Ich arbeite als Verkäuferin und will in die IT. Welche Ausbildung brauche ich?', 'Ich bin gelernte Friseurin, wie komme ich in die IT?',
    'I work as a nurse. What could I earn in IT?', "I'm a trained carpenter, how do I get into IT?", 'I have been working as a cashier for ten years and want to switch to IT, what degree do I need?',
  ]) {
    it(`"${text}": no unknown occupation`, () => assert.equal(recognizer().recognize(text).unknownOccupation, undefined));
  }

  it('"Ich arbeite seit Jahren als Kellner. Was verdient ein Koch?": the job asked about is the unknown one, not the own', () => {
    assert.equal(recognizer().recognize('Ich arbeite seit Jahren als Kellner. Was verdient ein Koch?').unknownOccupation, 'Koch');
  });

  for (const text of ['Schreib mir ein Gedicht', 'Was ist ein schwarzes Loch?', 'Sing mir ein Lied']) {
    it(`"${text}" stays off-topic (no job title read into it)`, () => {
      const r = recognizer().recognize(text);
      assert.equal(r.intent, 'None');
    });
  }
});

describe('recognizer: questions about the bot itself', () => {
  const recognizer = sharedRecognizer();

  // Out of scope (the intent stays None, as the held-out set labels them), but the reply can say what the bot is.
  const asked: [string, string][] = [
    ['Bist du ein Mensch?', 'nature'],
    ['bist du eigentlich ein echter mensch oder eine ki', 'nature'],
    ['Are you a bot?', 'nature'],
    ['who made you', 'nature'],
    ['Woher hast du die Zahlen?', 'sources'],
    ['woher kommen deine infos', 'sources'],
    ['Woher weißt du das?', 'sources'],
    ['where are these numbers from?', 'sources'],
    ['Sind die Angaben aktuell?', 'sources'],
    ['stimmt das überhaupt?', 'sources'],
    ['Where do you get your numbers from?', 'sources'],
    ['Are these figures reliable?', 'sources'],
    ['Ich will mit einem Menschen reden', 'human'],
    ['Kann ich mit einem echten Berater sprechen?', 'human'],
    ['can i talk to a real person', 'human'],
  ];
  for (const [text, kind] of asked) {
    it(`"${text}": None, about the bot (${kind})`, () => {
      const r = recognizer().recognize(text);
      assert.deepEqual({ intent: r.intent, aboutBot: r.aboutBot }, { intent: 'None', aboutBot: kind });
    });
  }

  // The same words in questions of the bot's own, or off-topic ones that are not about it.
  const not: string[] = [
    'Was verdient ein Data Scientist?',
    'Wie viele Menschen arbeiten als DevOps Engineer?',
    'Wo bekommen Data Scientists ihre Daten her?',
    'Where does the data for a data scientist come from?',
    'Where do you get experience if nobody hires juniors?',
    'How do you know that you are suited for IT?',
    'Is this the right program for me?',
    'Is a DevOps engineer a person who codes?',
    'Bist du müde?',
    // What the bot is for: help.
    'Was bist du für ein Bot und was kann ich mit dir machen?',
    'what is this bot for',
    'talk to me about backend developers',
  ];
  for (const text of not) {
    it(`"${text}": not about the bot`, () => {
      assert.equal(recognizer().recognize(text).aboutBot, undefined);
    });
  }
});

describe('recognizer: a message that only asks why', () => {
  const recognizer = sharedRecognizer();
  const table: [string, boolean][] = [
    ['warum?', true],
    ['Wieso denn?', true],
    ['Warum verdienen Data Scientists so viel?', false],
    ['how come?', true],
    ['Why?', true],
    ['Warum ist der Himmel blau?', false],
    ['Why does my Docker container exit immediately?', false],
  ];
  for (const [text, why] of table) {
    it(`"${text}": ${why ? 'asks why' : 'asks something else'}`, () => {
      const r = recognizer().recognize(text);
      assert.equal(r.asksWhy === true, why);
    });
  }
});

describe('recognizer: a request about the last answer itself', () => {
  const recognizer = sharedRecognizer();
  const table: [string, string | undefined][] = [
    ['kürzer bitte', 'shorter'],
    ['zu lang', 'shorter'],
    ['Das ist mir zu viel Text', 'shorter'],
    ['Kannst du das zusammenfassen?', 'shorter'],
    // A first clause that only asks for less, before a wish the bot can meet only by being shorter.
    ['zu lang, bitte nur eine zahl pro beruf', 'shorter'],
    ['tl;dr', 'shorter'],
    ['too long', 'shorter'],
    ['summary please', 'shorter'],
    ['mehr dazu', 'more'],
    ['kannst du das genauer erklären?', 'more'],
    ['Ich möchte mehr wissen', 'more'],
    ['tell me more', 'more'],
    ['more details please', 'more'],
    ['was meinst du damit?', 'simpler'],
    ['Versteh ich nicht', 'simpler'],
    ['wie ein kind bitte', 'simpler'],
    ["I don't understand", 'simpler'],
    ['can you explain that in simpler terms?', 'simpler'],
    // Session 19's user test: in other words, and in two sentences that both ask.
    ['kurz bitte', 'shorter'],
    ['Könnten Sie das bitte kürzer zusammenfassen?', 'shorter'],
    ['und jetzt nochmal in 2 Sätzen', 'shorter'],
    ['in one sentence please', 'shorter'],
    ['can you sum it up', 'shorter'],
    ['Das verstehe ich nicht. Einfacher bitte.', 'simpler'],
    // A topic, an occupation or a question of its own: not about the last answer.
    ['Erzähl mir mehr über die Ausbildung', undefined],
    ['tell me more about the salary', undefined],
    ['Gibt es mehr Details zum Gehalt?', undefined],
    ['Ich möchte mehr verdienen', undefined],
    ['Ist die Ausbildung zu lang?', undefined],
    ['zu lange Arbeitszeiten?', undefined],
    ['Do I need more experience?', undefined],
    ['Kannst du mir mehr über Data Scientists erzählen?', undefined],
    ['Kannst du kurz erklären, was ein DevOps Engineer macht?', undefined],
    ['Das verstehe ich nicht. Was verdient ein Data Scientist?', undefined],
    ['Weiter, was verdient ein Data Scientist', undefined],
    ['zu lang. Was verdient ein Data Scientist?', undefined],
  ];
  for (const [text, request] of table) {
    it(`"${text}": ${request ?? 'no request about the answer'}`, () => {
      const r = recognizer().recognize(text);
      assert.equal(r.answerRequest, request);
      if (request) assert.equal(r.intent, 'None');
    });
  }
});

describe('recognizer: pointing at an occupation talked about or listed by its place, as the last, or as the other', () => {
  const recognizer = sharedRecognizer();
  const table: [string, OccupationReference | undefined, string?][] = [
    ['was verdient der letzte?', 'last', 'salary'],
    ['und der erste nochmal, wie sind seine aussichten?', 1, 'outlook'],
    ['What does the latter earn?', 'last', 'salary'],
    ['and the first?', 1],
    ['and the skills for the first one?', 1, 'skills'],
    ['ich nehm den ersten. wie bewerbe ich mich?', 1, 'application'],
    ['Und welche Firmen stellen den ersten ein?', 1, 'workplaces'],
    ['der zweite', 2],
    ['den dritten bitte', 3],
    ['the second one', 2],
    ['und der andere?', 'other'],
    ['and the other one?', 'other'],
    ['und der andere, wie sind die Aussichten?', 'other', 'outlook'],
    ['und was macht der zweite genau', 2, 'duties'],
    // Joined to another ordinal: a time, not an occupation.
    ['Was verdient man in den ersten und zweiten Jahren?', undefined],
    ['How much do apprentices get in the first and second year?', undefined],
    // A noun of their own: no occupation meant.
    ['Was ist die letzte Frage?', undefined],
    ['Und die anderen Berufe?', undefined],
    ['Was ist die zweite Option?', undefined],
    ['Was ist der erste Schritt in die IT?', undefined],
    // A name wins.
    ['Was verdient der letzte Data Scientist?', undefined],
  ];
  for (const [text, which, intent] of table) {
    it(`"${text}": ${which ?? 'no pointer'}`, () => {
      const r = recognizer().recognize(text);
      assert.equal(r.refersTo, which);
      if (intent) assert.equal(r.intent, intent);
    });
  }
});

describe('recognizer: session 19 — verdicts, complaints, greetings, words asked in other words, words that are no job titles', () => {
  const recognizer = sharedRecognizer();
  it('asks for a verdict only in a whole message, with the topic its words name', () => {
    assert.equal(recognizer().recognize('also wer jetzt?').asksVerdict, true);
    assert.equal(recognizer().recognize('which one is better?').asksVerdict, true);
    assert.equal(recognizer().recognize('wer verdient denn nun mehr?').asksVerdict, 'salary');
    assert.equal(recognizer().recognize('Welcher ist besser, Backend oder Frontend Developer?').asksVerdict, undefined);
  });
  it('reads insults and ChatGPT as about the bot, and a wave as a greeting', () => {
    assert.equal(recognizer().recognize('Scheiß Bot').aboutBot, 'complaint');
    assert.equal(recognizer().recognize('you are useless').aboutBot, 'complaint');
    assert.equal(recognizer().recognize('Ist die Ausbildung sinnlos ohne Abitur?').aboutBot, undefined);
    assert.equal(recognizer().recognize('bist du chatgpt?').aboutBot, 'nature');
    assert.equal(recognizer().recognize('👋🏽').intent, 'greeting');
  });
  it('gives the words a pack knows answers say otherwise with the parts they say them with', () => {
    const duration = recognizer().recognize('wie lange dauert das?').keywords;
    assert.deepEqual(duration?.map((k) => k.word), ['lange', 'dauert']);
    assert.ok(duration?.[0].said?.includes('jaehrig'));
    assert.ok(recognizer().recognize('reicht mittlere reife?').keywords?.some((k) => k.said?.includes('abitur')));
    assert.deepEqual(recognizer().recognize('do they also do testing?').keywords, [{ word: 'testing' }]);
  });
  it('takes no adjective and no kind of job for a job title, and advice for a fit question', () => {
    assert.equal(recognizer().recognize('Was wäre ein realistischer Einstieg für mich?').unknownOccupation, undefined);
    assert.equal(recognizer().recognize('Ich bin Frau, ist das ein Männerberuf?').unknownOccupation, undefined);
    assert.equal(recognizer().recognize('Was verdient ein Fischer?').unknownOccupation, 'Fischer');
    assert.equal(recognizer().recognize('Was würdest du mir raten?').asksFit, true);
    assert.notEqual(recognizer().recognize('Was würdest du mir raten?').intent, 'privacy');
    assert.equal(recognizer().recognize('Und ein Koch?').unknownOccupation, 'Koch');
    assert.equal(recognizer().recognize('Und ein Praktikum?').unknownOccupation, undefined);
  });
  it('tells a ranking by ease from other rankings', () => {
    assert.equal(recognizer().recognize('Welcher Beruf wäre am einfachsten für Quereinsteiger?').ranksByEase, true);
    assert.equal(recognizer().recognize('which job is easiest to get into?').ranksByEase, true);
    assert.equal(recognizer().recognize('Welcher Beruf verdient am meisten?').ranksByEase, undefined);
  });
});

describe('recognizer: what a person earns', () => {
  const recognizer = sharedRecognizer();

  // Out of scope: the bot knows occupations, not people. Two or three capitalised words where a job title
  // would need an article, and none of them a word the bot knows.
  const people: [string, string][] = [
    ['Wie viel verdient Elon Musk?', 'Elon Musk'],
    ['Was verdient Angela Merkel eigentlich?', 'Angela Merkel'],
    ['How much does Taylor Swift earn?', 'Taylor Swift'],
    ['how much money does Jeff Bezos make per year', 'Jeff Bezos'],
    // Typed in lower case: words never seen in training stand where the name would.
    ['wie viel verdient elon musk', 'elon musk'],
    ['how much does elon musk earn', 'elon musk'],
  ];
  for (const [text, name] of people) {
    it(`"${text}": None, person "${name}"`, () => {
      const r = recognizer().recognize(text);
      assert.deepEqual({ intent: r.intent, person: r.person }, { intent: 'None', person: name });
    });
  }

  // Real pay questions with capitalised words: known occupations and places, titles with an article, plurals.
  const questions: [string, string][] = [
    ['Was verdient ein Data Scientist?', 'salary'],
    ['Was verdient man als Backend Developer in München?', 'salary'],
    ['What does a DevOps Engineer earn?', 'salary'],
    ['What does Frontend Developer earn in Berlin?', 'salary'],
    ['Was verdient Netzwerktechniker in Baden-Württemberg?', 'salary'],
    ['Was verdient ein Software Architekt?', 'salary'],
    ['How much do Product Owners earn?', 'salary'],
    ['How much does IT Support earn?', 'salary'],
  ];
  for (const [text, intent] of questions) {
    it(`"${text}": ${intent}, no person`, () => {
      const r = recognizer().recognize(text);
      assert.deepEqual({ intent: r.intent, person: r.person }, { intent, person: undefined });
    });
  }
});

describe('recognizer: a clear question after a preamble', () => {
  const recognizer = sharedRecognizer();

  // People introduce themselves or add contact details; words never seen in training must not drown the question.
  const table: [string, string][] = [
    ['Ich bin max.mustermann@example.com, was verdient ein Data Scientist?', 'salary'],
    ['Meine Nummer ist 0171 1234567, was verdient ein DevOps Engineer?', 'salary'],
    ['Hi, I am Priya from Chennai. Which skills does a frontend developer need?', 'skills'],
    ['Ich mag Pizza, wie wird das Wetter morgen?', 'None'],
    ['Mein Hund ist krank. Was soll ich tun?', 'None'],
    // Several sentences of life story, then the question: the asking sentence alone decides when the whole is unclear.
    ['Guten Abend! Ich bin Krankenschwester, 41, und sitze seit Monaten abends an Python-Kursen. Meine Kinder sind aus dem Haus. Was macht ein Data Scientist eigentlich den ganzen Tag?', 'duties'],
    ['Hello. I spent ten years as a chef, then taught myself JavaScript during the lockdown. My friends say I am good at it. How much does a frontend developer earn?', 'salary'],
    ['Ich habe drei Kinder und einen Garten. Wie wird das Wetter morgen?', 'None'],
    ['Hallo, wie wird das Wetter morgen?', 'None'],
    // A life story that made the whole look like another topic: the question alone is sure of pay.
    ['Hi. I taught maths for twelve years. Now I want a change. How much does a frontend developer earn?', 'salary'],
  ];
  for (const [text, intent] of table) {
    it(`"${text}" → ${intent}`, () => assert.equal(recognizer().recognize(text).intent, intent));
  }
});

describe('recognizer: real words the training data lacks are not "corrected"', () => {
  const recognizer = sharedRecognizer();

  // The spelling corrector knows the training data's words; a real word it lacks used to become the nearest of
  // them, and the answer followed the wrong word ("bedienen" became "verdienen": a pay answer).
  const table: [text: string, notIntent: string, kept: string][] = [
    ['Muss man als Systemadministrator Kunden bedienen?', 'salary', 'bedienen'],
    ['Ich bin unsicher, ob DevOps das Richtige für mich ist', 'salary', 'unsicher'],
    ['Ich möchte mehr über die Ausbildung erfahren', 'None', 'erfahren'],
    ['Wie viel verdient ein Data Scientist in meiner Stadt?', 'None', 'stadt'],
    ['Ich habe drei Jahre Erfahrung als Netzwerktechniker, was kann ich verdienen?', 'None', 'drei'],
    ['What were the daily duties of a sysadmin?', 'workplaces', 'were'],
    ['I hope to become a data scientist, what do I need to learn?', 'None', 'hope'],
  ];
  for (const [text, notIntent, kept] of table) {
    it(`"${text}": "${kept}" stays, not ${notIntent}`, () => {
      const r = recognizer().recognize(text);
      assert.ok((r.alteredText ?? text.toLowerCase()).split(/[^\p{L}]+/u).includes(kept), `"${kept}" was changed: ${r.alteredText}`);
      // Not the answer, nor one of the two the bot asks to choose from.
      assert.ok(![r.intent, ...(r.ambiguous ?? [])].includes(notIntent as never), `${r.intent} ${r.ambiguous?.join(', ') ?? ''}`);
    });
  }
});

describe('recognizer: chat shorthand', () => {
  const recognizer = sharedRecognizer();
  // Phone-typed shorthand the training data lacks fell back ("thnx", "abt", "u") or lost its occupation's topic.
  const table: [text: string, intent: string][] = [
    ['thnx', 'thanks'],
    ['tell me abt sysadmins', 'overview'],
    ['what jobs u got info on?', 'occupations'],
    ['can u tell me what a devops engineer earns', 'salary'],
  ];
  for (const [text, intent] of table) {
    it(`"${text}" → ${intent}`, () => assert.equal(recognizer().recognize(text).intent, intent));
  }
  it('"vllt als data scientist?" only names the occupation', () => assert.ok(recognizer().recognize('vllt als data scientist?').occupationOnly));

});

describe('recognizer: QA findings of session 11', () => {
  const recognizer = sharedRecognizer();

  const table: [text: string, intent: string, occupation?: string, unknown?: string][] = [
    // Two topics equally likely by the classifier; the topic's own word decides.
    ['Danke. Ich möchte noch mehr zum Gehalt wissen.', 'salary'],
    // Announcing another question asks nothing yet ("one more question" was a comparison for its "more").
    ['one more question - salary?', 'salary'],
    ['do they need a phd', 'education'],
    ["what's the market rate for a sysadmin", 'salary', 'systemadministrator'],
    // One letter short of a six-letter name: still that name.
    ['devps skils', 'skills', 'devops-engineer'],
    // A job noun of the known titles after a word of its own: an unknown title, in full.
    ['what does a mobile developer earn', 'salary', undefined, 'mobile developer'],
    ['and a game developer?', 'overview', undefined, 'game developer'],
    ['Was verdient ein Embedded Entwickler?', 'salary', undefined, 'Embedded Entwickler'],
    // A quality or an aspect before the job noun is no title.
    ['What does a good developer earn?', 'salary'],
  ];
  for (const [text, intent, occupation, unknown] of table) {
    it(`"${text}": ${intent}${occupation ? `, ${occupation}` : ''}${unknown ? `, unknown "${unknown}"` : ''}`, () => {
      const r = recognizer().recognize(text);
      // Not torn between two topics, or the bot would ask which; with a title it does not know it says so first,
      // whichever the topic (the table "unknown job titles are said so" has the conversation).
      const ambiguous = unknown ? undefined : r.ambiguous;
      assert.deepEqual({ intent: r.intent, occupation: r.occupations[0], unknown: r.unknownOccupation, ambiguous }, { intent, occupation, unknown, ambiguous: undefined });
    });
  }
});

describe('recognizer: several questions and their occupations', () => {
  const recognizer = sharedRecognizer();

  const table: [text: string, topics: string[] | undefined, occupations: string[] | undefined][] = [
    ['What does a data scientist do and what do they earn?', ['duties', 'salary'], undefined],
    ['Was macht ein DevOps Engineer und was verdient ein Data Scientist?', ['duties', 'salary'], ['devops-engineer', 'data-scientist']],
    // The same topic twice, for two occupations, beside another topic.
    ['Was verdient ein DevOps Engineer? Was macht ein Data Scientist? Was verdient ein Backend Developer?', ['salary', 'duties', 'salary'], ['devops-engineer', 'data-scientist', 'backend-developer']],
    // A question naming two occupations: whose it is cannot be told, so no pairs.
    ['What does a DevOps engineer do? How much do backend or frontend developers earn?', undefined, undefined],
    // A question about an unknown title is left out (the title is named as unknown): one topic may be left.
    ['Was macht ein Data Scientist und was verdient ein Pilot?', ['duties'], ['data-scientist']],
    ['Was verdient ein Pilot? Was macht ein Data Scientist und was verdient ein DevOps Engineer?', ['duties', 'salary'], ['data-scientist', 'devops-engineer']],
    // One topic for two occupations is a comparison.
    ['Was verdient ein DevOps Engineer und was verdient ein Data Scientist?', undefined, undefined],
  ];
  for (const [text, topics, occupations] of table) {
    it(`"${text}": ${topics?.join(', ') ?? 'no several topics'}${occupations ? ` for ${occupations.join(', ')}` : ''}`, () => {
      const r = recognizer().recognize(text);
      assert.deepEqual({ topics: r.topics, occupations: r.topicOccupations }, { topics, occupations });
    });
  }

  it('names the unknown title of a question of its own beside questions about known occupations', () => {
    const r = recognizer().recognize('What does a DevOps engineer do and what does a nurse earn?');
    assert.deepEqual([r.intent, r.unknownOccupation, r.topicOccupations], ['duties', 'nurse', ['devops-engineer']]);
  });

  // Whether two topics are close depends on the classifier's probabilities, which move with the training data: this
  // probe is close under 7 of 8 training seeds (session 17; sessions 16's probe, "What are the tasks in the
  // apprenticeship?", is close under 6 of 8 now, not under seed 42).
  it('two close topics stay a question when their words are a draw ("tasks" and "apprenticeship")', () => {
    assert.deepEqual([...(recognizer().recognize('What tasks come up in the apprenticeship?').ambiguous ?? [])].sort(), ['duties', 'education']);
  });
});

describe('recognizer: a thanks, then a goodbye', () => {
  const recognizer = sharedRecognizer();
  const table: [string, string][] = [
    ['Danke für die Infos, ich brauche nichts mehr. Tschüss!', 'goodbye'],
    ['Thanks a lot. Bye!', 'goodbye'],
    ['Thanks, that helped a lot.', 'thanks'],
  ];
  for (const [text, intent] of table) it(`"${text}": ${intent}`, () => assert.equal(recognizer().recognize(text).intent, intent));
});

describe('recognizer: acknowledgements', () => {
  const recognizer = sharedRecognizer();

  // Classified, these were questions: "good to know" skills, "understood" overview, "fair enough" education.
  for (const text of ['ok', 'Alles klar!', 'verstehe', 'ah ok', 'Gut zu wissen.', 'macht Sinn', 'i see', 'good to know', 'understood', 'fair enough', 'ok cool', 'Hmm, interessant']) {
    it(`"${text}" only acknowledges`, () => {
      const r = recognizer().recognize(text);
      assert.equal(r.acknowledgement, true);
      assert.equal(r.intent, 'None');
    });
  }
  // An acknowledgement before a question, a thanks or a goodbye leaves that to be understood.
  const lead: [string, string][] = [
    ['I see, thanks', 'thanks'],
    ['ok, und was verdient man da?', 'salary'],
    ['alles klar – welche Ausbildung braucht man?', 'education'],
    ['good to know. how do I apply?', 'application'],
  ];
  for (const [text, intent] of lead) {
    it(`"${text}" → ${intent}`, () => {
      const r = recognizer().recognize(text);
      assert.equal(r.intent, intent);
      assert.equal(r.acknowledgement, undefined);
      assert.equal(r.text, text);
    });
  }
  it('"okay" and "k" keep the conversation\'s language', () => {
    assert.equal(recognizer().recognize('okay', { previousLanguage: 'en' }).language, 'en');
    assert.equal(recognizer().recognize('k', { previousLanguage: 'de' }).language, 'de');
  });
  it('"ok, " a thousand times is still an acknowledgement (no deep recursion)', () => {
    assert.equal(recognizer().recognize('ok, '.repeat(1000) + 'danke').intent, 'thanks');
  });
  for (const text of ['ok google, what is the weather', 'Gut, dass du fragst: wer bist du?', 'cool jobs in berlin?', 'Wie gut verdient ein Admin?']) {
    it(`"${text}" is more than an acknowledgement`, () => assert.equal(recognizer().recognize(text).acknowledgement, undefined));
  }
});

describe('recognizer: occupation names in the plural and inflected', () => {
  const recognizer = sharedRecognizer();

  // Plurals are frequent in the training data; they once counted as plain words and were never matched.
  const table: [string, string, string][] = [
    ['what industries hire data scientists', 'workplaces', 'data-scientist'],
    ['which companies employ network technicians', 'workplaces', 'netzwerktechniker'],
    ['how much do sysadmins earn', 'salary', 'systemadministrator'],
    ['Wie sind die Jobaussichten für Systemadministratoren?', 'outlook', 'systemadministrator'],
    ['Was verdienen Backend-Entwickler?', 'salary', 'backend-developer'],
    ['what tech stack do UI developers need', 'skills', 'frontend-developer'],
    ['any data sci jobs in berlin?', 'jobs', 'data-scientist'],
  ];
  for (const [text, intent, occupation] of table) {
    it(`"${text}" → ${intent} for ${occupation}`, () => {
      const r = recognizer().recognize(text);
      assert.equal(r.intent, intent);
      assert.deepEqual(r.occupations, [occupation]);
    });
  }
  // "DS" is no name of the data scientist: it is the DS-GVO, a DS-Beauftragter, or "das" in a chat.
  for (const text of ['Muss ich die DS-GVO beachten?', 'Was verdient ein DS-Beauftragter?', 'ich find ds gut']) {
    it(`"${text}" names no occupation`, () => assert.deepEqual(recognizer().recognize(text).occupations, []));
  }
});

describe('recognizer: places', () => {
  const recognizer = sharedRecognizer();

  // [message, place id or undefined, place only]
  const table: [string, string | undefined, boolean][] = [
    ['Was verdient ein Backend Developer in München?', 'muenchen', false],
    ['Gehalt Backend Entwickler Munchen', 'muenchen', false],
    ['und in Berlin?', 'berlin', true],
    ['and in the UK?', 'gb', true],
    ['Ich komme aus Österreich, was verdient ein Backend Developer in Deutschland?', 'de', false],
    ['Can you show us a typical salary for a backend developer?', undefined, false],
    ["Wie'n Backend Developer so verdient?", undefined, false],
    ['welche sachen muss ein sysadmin koennen', undefined, false],
  ];
  for (const [text, place, placeOnly] of table) {
    it(`"${text}": place ${place ?? 'none'}${placeOnly ? ', nothing else' : ''}`, () => {
      const r = recognizer().recognize(text);
      assert.equal(r.place, place);
      assert.equal(r.placeOnly, placeOnly);
    });
  }

  it('a place never counts against the question: "what does a backend developer earn in austria" is about pay', () => {
    assert.equal(recognizer().recognize('what does a backend developer earn in austria').intent, 'salary');
  });
});

describe('recognizer: technologies', () => {
  const recognizer = sharedRecognizer();

  // [message, intent (none for a follow-up of nothing but technologies: the dialogue decides), technologies asked
  // about, nothing but technologies]. Technologies are masked for the classifier as occupations are: a question about
  // one the training data never names reads like the others.
  const table: [string, string | undefined, string[] | undefined, boolean][] = [
    ['Braucht ein Sysadmin Windows?', 'skills', ['windows'], false],
    ['Does a DevOps engineer need Jenkins?', 'skills', ['jenkins'], false],
    ['Brauche ich als Backend Developer C++?', 'skills', ['c-plus-plus'], false],
    // Inside an occupation's name, no technology asked about.
    ['Braucht ein Linux-Administrator Bash?', 'skills', ['bash'], false],
    // In a statement before the question, none either.
    ['Ich kann schon Python. Was muss ich noch lernen?', 'skills', undefined, false],
    // A technology's name in a person's name is still the person's.
    ['How much does Taylor Swift earn?', 'None', ['swift'], false],
    ['Wie installiere ich Docker unter Windows?', 'None', ['docker', 'windows'], false],
    ['Und Docker?', undefined, ['docker'], true],
    ['what about Jenkins?', undefined, ['jenkins'], true],
  ];
  for (const [text, intent, technologies, only] of table) {
    it(`"${text}": ${intent ?? 'any intent'}, technologies ${technologies?.join(', ') ?? 'none'}${only ? ', nothing else' : ''}`, () => {
      const r = recognizer().recognize(text);
      assert.deepEqual({ technologies: r.technologies, only: r.technologyOnly ?? false }, { technologies, only });
      if (intent) assert.equal(r.intent, intent);
    });
  }

  it('"Was verdient ein Python-Entwickler?" asks about pay for a title the bot does not know', () => {
    const r = recognizer().recognize('Was verdient ein Python-Entwickler?');
    assert.deepEqual([r.intent, r.unknownOccupation], ['salary', 'Python-Entwickler']);
  });
});

describe('recognizer: the difference between two occupations', () => {
  const recognizer = sharedRecognizer();

  // "What is the difference" asks for a comparison, not an overview: the trace and the editors' report count
  // it as one (the dialogue compares any topic asked of two occupations either way).
  for (const text of [
    'Was ist der Unterschied zwischen Backend Developer und Frontend Developer?',
    'Backend vs Frontend, was ist der Unterschied?',
    "What's the difference between a DevOps engineer and a sysadmin?",
    'difference between backend and fullstack developer',
  ]) {
    it(`"${text}": compare`, () => assert.equal(recognizer().recognize(text).intent, 'compare'));
  }
});

describe('recognizer: aspects no source covers (knowledge/aspects.yaml)', () => {
  const recognizer = sharedRecognizer();

  const table: [string, string | undefined][] = [
    ['Kann man als Backend Developer remote arbeiten?', 'remote'],
    ['Arbeitet man da eher im Büro oder im Homeoffice?', 'remote'],
    ['Gibt es Home-Office-Tage als Frontend Developer?', 'remote'],
    ['can I work from home as a data scientist', 'remote'],
    ['Gibts Teilzeitstellen als Admin?', 'part-time'],
    ['part-time devops jobs', 'part-time'],
    ['Wie viele Überstunden macht ein Sysadmin?', 'working-hours'],
    ['wie viele ueberstunden macht ein sysadmin', 'working-hours'],
    ['wie viele uberstunden macht ein sysadmin', 'working-hours'],
    ['how many hours a week does a network technician work', 'working-hours'],
    ['Do I need to be on-call as a DevOps engineer?', 'on-call'],
    ['Muss man Rufbereitschaft machen?', 'on-call'],
    ['Wie viele Urlaubstage hat ein Systemadministrator?', 'leave'],
    ['Was verdient ein Frontend Developer netto?', 'net-pay'],
    ["what's the take-home pay of a data scientist", 'net-pay'],
    ['Verdienen Frauen als Data Scientist weniger?', 'pay-gap'],
    ['Is there a gender pay gap in IT?', 'pay-gap'],
    // The first one named counts.
    ['Teilzeit im Homeoffice als Backend Developer?', 'part-time'],
    // "<occupation>" in a phrase stands for any occupation's name.
    ['Wie viele Backend Developer gibt es in Deutschland?', 'headcount'],
    ['how many data scientists are there in germany?', 'headcount'],
    ['Wie viele Netzwerktechnikerinnen arbeiten in Bayern?', 'headcount'],
    ['Wie viele Backend Developer Stellen gibt es?', undefined],
    ['how many devops jobs are there in berlin', undefined],
    ['Anzahl der Backend Developer Stellen in Berlin?', undefined],
    // Words that sound like one but ask something the sources do cover.
    ['womit verbringen Backend Entwickler:innen ihre Arbeitszeit', undefined],
    ['Bekommt man als Backend Developer Urlaubsgeld?', undefined],
    ['Does a DevOps engineer need hybrid cloud skills?', undefined],
    ['Welche Lernbereitschaft braucht ein Data Scientist?', undefined],
    ['Braucht man als DevOps Engineer die Bereitschaft, ständig Neues zu lernen?', undefined],
    // Technical terms and names listed as exceptions.
    ['Welche Skills braucht ein Netzwerktechniker für Remote Access VPN?', undefined],
    ['What does a sysadmin do with remote desktops?', undefined],
    ['Was macht ein Data Scientist im Remote Sensing?', undefined],
    ['Ich arbeite bei Netto an der Kasse, kann ich Fachinformatiker werden?', undefined],
    ['I want to switch from home care to system administration', undefined],
    ['Sind Frauen weniger vertreten als DevOps Engineer?', undefined],
    ['Gibt es die 4-Tage-Woche als Frontend Developer?', 'working-hours'],
    ['Wie viele Stunden arbeitet ein Backend Developer pro Woche?', 'working-hours'],
    ['Welche Remote-Tools muss ein Systemadministrator kennen?', undefined],
    ['Was verdient ein Werkstudent im Backend?', 'working-student'],
    ['Was verdient ein Backend Developer?', undefined],
  ];
  for (const [text, aspect] of table) {
    it(`"${text}": ${aspect ?? 'no aspect'}`, () => assert.equal(recognizer().recognize(text).aspect, aspect));
  }

  // The other parts of the message say what else is asked; the aspect's own sentence decides the whole.
  for (const [text, beside] of [
    ['Was macht ein DevOps Engineer? Hat man Rufbereitschaft?', 'duties'],
    ['Welche Aufgaben hat ein Systemadministrator und hat er Rufbereitschaft?', 'duties'],
    ['Kann man als Backend Developer remote arbeiten?', undefined],
  ] as const) {
    it(`"${text}": ${beside ?? 'nothing'} asked beside the aspect`, () => assert.equal(recognizer().recognize(text).besideAspect, beside));
  }
});
