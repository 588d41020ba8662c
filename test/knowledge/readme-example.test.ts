import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge';
import { ROOT } from '../helpers/app';

describe('README: adding an occupation', () => {
  it('the complete example in the README is a valid knowledge file that the bot loads', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Adding an occupation'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(example, 'the section has a YAML example');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-bot-readme-'));
    try {
      fs.cpSync(path.join(ROOT, 'knowledge'), dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'it-security-analyst.yaml'), example);
      const kb = loadKnowledge(dir);
      assert.ok(kb.occupations.has('it-security-analyst'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
