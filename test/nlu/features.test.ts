import assert from 'node:assert/strict';
import { DEFAULT_CLASSIFIER, SoftmaxClassifier } from '../../src/nlu/classifier';
import { DEFAULT_FEATURES, FeatureEncoder, Vocabulary, type FeatureOptions } from '../../src/nlu/features';
import { LANGUAGE_PACKS } from '../../src/nlu';

const stemmers = [LANGUAGE_PACKS.de.stem, LANGUAGE_PACKS.en.stem];
const training: [string[], string][] = [
  [['what', 'is', 'the', 'salary'], 'salary'],
  [['how', 'much', 'does', 'occ', 'earn'], 'salary'],
  [['pay', 'and', 'salary', 'please'], 'salary'],
  [['which', 'degree', 'do', 'i', 'need'], 'education'],
  [['how', 'do', 'i', 'become', 'occ'], 'education'],
  [['tell', 'me', 'a', 'joke'], 'None'],
];
// Unknown words, a repeated word and words sharing character n-grams with each other.
const messages = [['salary', 'salary', 'please'], ['degree', 'for', 'occ'], ['zebra', 'crossing', 'salaries'], ['how', 'much'], ['quux']];

/** A recognizer's classifier and encoder, trained on the tiny set above as the recognizer trains them. */
function trained(opts: FeatureOptions): { encoder: FeatureEncoder; classifier: SoftmaxClassifier } {
  const vocabulary = new Vocabulary();
  let encoder = new FeatureEncoder(vocabulary, stemmers, opts);
  let vectors = training.map(([tokens]) => encoder.encode(tokens, true));
  if (opts.idf) {
    vocabulary.weighByDocumentFrequency(vectors);
    encoder = new FeatureEncoder(vocabulary, stemmers, opts);
    vectors = training.map(([tokens]) => encoder.encode(tokens));
  }
  const classifier = SoftmaxClassifier.train(training.map(([, label], i) => ({ features: vectors[i], label })), vocabulary);
  return { encoder: new FeatureEncoder(vocabulary, stemmers, opts), classifier };
}

describe('features and classifier', () => {
  it('idf weighting: a feature in fewer training messages weighs more; an unknown one weighs most', () => {
    const vocabulary = new Vocabulary();
    const encoder = new FeatureEncoder(vocabulary, [], { words: true, stems: false, bigrams: false, charGrams: [] });
    vocabulary.weighByDocumentFrequency([encoder.encode(['how', 'salary'], true), encoder.encode(['how', 'degree'], true), encoder.encode(['how', 'pay'], true)]);
    const idf = vocabulary.idf!;
    assert.ok(idf[vocabulary.id('w:salary')!] > idf[vocabulary.id('w:how')!]);
    assert.equal(vocabulary.unknownIdf, Math.max(...idf));
  });

  it('feature vectors are L2-normalised, and unknown words count towards the norm only', () => {
    const { encoder } = trained(DEFAULT_FEATURES);
    const known = encoder.encode(['what', 'is', 'the', 'salary']);
    assert.ok(Math.abs(known.values.reduce((a, v) => a + v * v, 0) - 1) < 1e-9);
    const partly = encoder.encode(['salary', 'zebra']);
    const sum = partly.values.reduce((a, v) => a + v * v, 0);
    assert.ok(sum > 0 && sum < 0.9, `squared norm of the known part ${sum}`);
  });

  for (const bigrams of [false, true]) {
    it(`scoring word by word gives exactly the classifier's probabilities of the whole vector${bigrams ? ' (with bigrams)' : ''}`, () => {
      const { encoder, classifier } = trained({ ...DEFAULT_FEATURES, bigrams });
      const sums = new Float64Array(classifier.labels.length);
      for (const tokens of messages) {
        const whole = classifier.classify(encoder.encode(tokens));
        // Twice: the second time the words' scores come from the memo.
        for (let round = 0; round < 2; round++) {
          const byWord = classifier.classifySums(sums, encoder.scoreWords(tokens, classifier.score, sums));
          assert.deepEqual(byWord.map((s) => s.label), whole.map((s) => s.label), tokens.join(' '));
          byWord.forEach((s, i) => assert.ok(Math.abs(s.score - whole[i].score) < 1e-9, `${tokens.join(' ')}: ${s.score} vs ${whole[i].score}`));
        }
      }
    });
  }

  it('a serialised classifier (with its idf weights) classifies exactly like the original', () => {
    const { encoder, classifier } = trained(DEFAULT_FEATURES);
    const copy = SoftmaxClassifier.deserialize(classifier.serialize());
    const copyEncoder = new FeatureEncoder(copy.vocabulary, stemmers, DEFAULT_FEATURES);
    for (const tokens of messages) assert.deepEqual(copy.classify(copyEncoder.encode(tokens)), classifier.classify(encoder.encode(tokens)), tokens.join(' '));
    assert.throws(() => SoftmaxClassifier.deserialize(classifier.serialize().subarray(0, 100)));
  });

  it('averaged models score as the mean of models trained on different orders, reproducibly for a seed', () => {
    const vocabulary = new Vocabulary();
    const encoder = new FeatureEncoder(vocabulary, stemmers, DEFAULT_FEATURES);
    const samples = training.map(([tokens, label]) => ({ features: encoder.encode(tokens, true), label }));
    const opts = { ...DEFAULT_CLASSIFIER, models: 3, seed: 7 };
    const averaged = SoftmaxClassifier.train(samples, vocabulary, opts);
    assert.deepEqual(SoftmaxClassifier.train(samples, vocabulary, opts).serialize(), averaged.serialize());
    const members = [0, 1, 2].map((m) => SoftmaxClassifier.train(samples, vocabulary, { ...opts, models: 1, seed: 7 + m * 7919 }));
    for (const tokens of messages) {
      const { ids, values } = encoder.encode(tokens);
      const mean = members.map((c) => c.score(ids, values)).reduce((sum, s) => sum.map((v, i) => v + s[i] / members.length), new Float64Array(averaged.labels.length));
      averaged.score(ids, values).forEach((v, i) => assert.ok(Math.abs(v - mean[i]) < 1e-5, `${tokens.join(' ')}: ${v} against ${mean[i]}`));
    }
    assert.equal(averaged.classify(encoder.encode(['salary', 'please']))[0].label, 'salary');
  });
});
