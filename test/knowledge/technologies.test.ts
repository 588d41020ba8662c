import assert from 'node:assert/strict';
import path from 'node:path';
import { loadKnowledge, TechnologyFinder } from '../../src/knowledge';

const finder = new TechnologyFinder(loadKnowledge(path.resolve(__dirname, '..', '..', '..', 'knowledge')).technologies.values());
const ids = (text: string): string[] => finder.find(text).map((t) => t.id);

describe('technology finder: names in messages and in the knowledge texts', () => {
  const rows: [string, string[]][] = [
    // Whole names only: Java is not in JavaScript, C++ and C# are different, a trailing sentence mark ends a name.
    ['Brauche ich Java oder JavaScript?', ['java', 'javascript']],
    ['Lieber C++ oder C#?', ['c-plus-plus', 'c-sharp']],
    ['Do I need .NET?', ['dotnet']],
    // A hyphen ends a name, so German compounds name it; a dot inside belongs to it (Node.js, Vue.js).
    ['sicherer Umgang mit SQL-Datenbanken', ['sql']],
    ['Erfahrung mit Node.js und Vue.js', ['nodejs', 'vue']],
    // The longest phrase wins: Spring Boot, not Spring; PySpark is Apache Spark.
    ['Spring Boot und PySpark', ['spring', 'spark']],
    // Case-blind by default, case-matching for the phrases that are everyday words, not for the others of the
    // same technology.
    ['brauche ich linux und sql', ['linux', 'sql']],
    ['Soll ich Go lernen?', ['go']],
    ['Let us go and react to it, windows open', []],
    ['a swift start, bootstrap my career, a restful job, maintenance windows', []],
    ['golang, reactjs, spring boot, apache spark, windows server', ['go', 'react', 'spring', 'spark', 'windows']],
    ['Is R enough, or do I need Python?', ['r', 'python']],
    // Not part of another word or a file name.
    ['Pythonista, mysqldump, script.js', []],
  ];
  for (const [text, expected] of rows) {
    it(`finds ${expected.length > 0 ? expected.join(', ') : 'nothing'} in "${text}"`, () => {
      assert.deepEqual(ids(text), expected);
    });
  }

  it('reports every match with where it stands, a technology as often as it is named', () => {
    const matches = finder.matches('JS-Bibliotheken und JavaScript');
    assert.deepEqual(matches.map((m) => [m.technology.id, m.text, m.index]), [['javascript', 'JS', 0], ['javascript', 'JavaScript', 20]]);
  });
});
