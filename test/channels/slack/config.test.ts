import assert from 'node:assert/strict';
import { loadConfig } from '../../../src/config';
import { ConfigError } from '../../../src/errors';

const problems = (env: Record<string, string>): readonly string[] => {
  try {
    loadConfig(env, '/srv/career-bot');
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.problems;
  }
  return [];
};

describe('Slack configuration', () => {
  it('is off without the Slack variables', () => {
    assert.equal(loadConfig({}, '/srv/career-bot').slack, undefined);
  });

  it("takes the secret and token, with Slack's API URL by default", () => {
    const config = loadConfig({ SLACK_SIGNING_SECRET: 'abc', SLACK_BOT_TOKEN: 'xoxb-1-2-3' }, '/srv/career-bot');
    assert.deepEqual(config.slack, { signingSecret: 'abc', botToken: 'xoxb-1-2-3', apiUrl: 'https://slack.com/api/', messagesPerMinute: 20 });
    assert.ok(Object.isFrozen(config.slack));
  });

  it('adds the trailing slash to SLACK_API_URL', () => {
    const config = loadConfig({ SLACK_SIGNING_SECRET: 'abc', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_API_URL: 'http://127.0.0.1:9999/api' }, '/srv/career-bot');
    assert.equal(config.slack?.apiUrl, 'http://127.0.0.1:9999/api/');
  });

  const table: [string, Record<string, string>, RegExp][] = [
    ['only the signing secret', { SLACK_SIGNING_SECRET: 'abc' }, /SLACK_BOT_TOKEN: required/],
    ['only the token', { SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_SIGNING_SECRET: required/],
    ['a user token instead of the bot token', { SLACK_SIGNING_SECRET: 'abc', SLACK_BOT_TOKEN: 'xoxp-1' }, /xoxb-/],
    ['an API URL that is not http(s)', { SLACK_SIGNING_SECRET: 'abc', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_API_URL: 'ftp://slack.com/api/' }, /SLACK_API_URL/],
    ['an API URL that is not a URL', { SLACK_SIGNING_SECRET: 'abc', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_API_URL: 'slack api' }, /SLACK_API_URL/],
  ];
  for (const [what, env, problem] of table) {
    it(`reports ${what}`, () => {
      const found = problems(env);
      assert.ok(found.some((p) => problem.test(p)), found.join('\n'));
    });
  }
});
