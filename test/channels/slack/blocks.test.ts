import assert from 'node:assert/strict';
import { SLACK_LIMITS, slackMessage, splitMrkdwn, toMrkdwn } from '../../../src/channels/slack';

describe('Slack mrkdwn conversion', () => {
  const table: [string, string, string][] = [
    ['plain text stays', 'Was verdient ein Backend Developer?', 'Was verdient ein Backend Developer?'],
    ['bold', 'Das ist **wichtig**.', 'Das ist *wichtig*.'],
    ['two bold spans', '**A** und **B**', '*A* und *B*'],
    ['a link', 'Quelle: [Berufenet](https://web.arbeitsagentur.de/berufenet)', 'Quelle: <https://web.arbeitsagentur.de/berufenet|Berufenet>'],
    ['a link with & in its URL', '[Gehalt](https://example.org/?a=1&b=2)', '<https://example.org/?a=1&amp;b=2|Gehalt>'],
    ['a link label with a pipe and brackets', '[A | B (C)](https://example.org/x)', '<https://example.org/x|A ¦ B (C)>'],
    ['a link label with <, > and &', '[A <b> & c](https://example.org/)', '<https://example.org/|A &lt;b&gt; &amp; c>'],
    ['escapes &, < and > in text', 'R&D <script> 3 > 2', 'R&amp;D &lt;script&gt; 3 &gt; 2'],
    ['does not turn a gendered star into bold', 'Entwickler*innen und Designer*innen', 'Entwickler*innen und Designer*innen'],
    ['list dashes become bullets', 'Gehalt:\n- Durchschnitt: 47.700 €\n- Spanne', 'Gehalt:\n• Durchschnitt: 47.700 €\n• Spanne'],
    ['a dash inside a line stays', 'Backend – Frontend - Fullstack', 'Backend – Frontend - Fullstack'],
    ['a text that looks like a Slack link is escaped, not linked', '<https://evil.example|click>', '&lt;https://evil.example|click&gt;'],
    ['a user mention cannot be forged', '<!channel> <@U123>', '&lt;!channel&gt; &lt;@U123&gt;'],
  ];
  for (const [what, markdown, mrkdwn] of table) {
    it(`${what}: ${JSON.stringify(markdown)} → ${JSON.stringify(mrkdwn)}`, () => {
      assert.equal(toMrkdwn(markdown), mrkdwn);
    });
  }
});

describe('Slack Block Kit limits', () => {
  it('puts a short answer in one section and the choices in one actions block', () => {
    const { text, blocks } = slackMessage('**Gehalt**: 47.700 €', [{ title: 'Ausbildung', value: 'Ausbildung' }]);
    assert.equal(text, '*Gehalt*: 47.700 €');
    assert.deepEqual(blocks, [
      { type: 'section', text: { type: 'mrkdwn', text: '*Gehalt*: 47.700 €', verbatim: true } },
      { type: 'actions', block_id: 'choices-0', elements: [{ type: 'button', action_id: 'choice-0', text: { type: 'plain_text', text: 'Ausbildung', emoji: true }, value: 'Ausbildung' }] },
    ]);
  });

  it('has no actions block without choices', () => {
    assert.deepEqual(slackMessage('Tschüss!').blocks.map((b) => b.type), ['section']);
  });

  it('splits a long answer into sections of at most 3000 characters at paragraph breaks, losing nothing', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Absatz ${i}: ${'Backend Entwicklung '.repeat(40).trim()}`);
    const markdown = paragraphs.join('\n\n');
    const sections = slackMessage(markdown).blocks.filter((b) => b.type === 'section');
    assert.ok(sections.length > 1);
    for (const s of sections) assert.ok(s.text.text.length <= SLACK_LIMITS.sectionText, `section of ${s.text.text.length}`);
    assert.equal(sections.map((s) => s.text.text).join('\n\n'), markdown);
    for (const s of sections) assert.match(s.text.text, /^Absatz \d+:/, 'each section starts at a paragraph');
  });

  it('splits one huge paragraph between words and never inside a link or an entity', () => {
    const link = '[Quelle mit einem längeren Titel](https://example.org/a/very/long/path?x=1&y=2)';
    const markdown = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? link : `Wort${i} &`)).join(' ');
    const pieces = splitMrkdwn(toMrkdwn(markdown));
    assert.ok(pieces.length > 1);
    for (const p of pieces) {
      assert.ok(p.length <= SLACK_LIMITS.sectionText);
      assert.equal((p.match(/</g) ?? []).length, (p.match(/>/g) ?? []).length, 'links whole');
      assert.doesNotMatch(p, /&[a-z]*$/, 'no entity cut at the end');
      assert.doesNotMatch(p, /^[a-z]*;/, 'no entity cut at the start');
    }
    assert.equal(pieces.join(' '), toMrkdwn(markdown));
  });

  it('cuts a single word longer than a section', () => {
    const pieces = splitMrkdwn('x'.repeat(7000));
    assert.deepEqual(pieces.map((p) => p.length), [3000, 3000, 1000]);
  });

  it('puts at most 25 buttons in an actions block, with unique action_ids and the values as given', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ title: `Thema ${i}`, value: `Wert ${i}` }));
    const actions = slackMessage('Welche?', choices).blocks.filter((b) => b.type === 'actions');
    assert.deepEqual(actions.map((a) => a.elements.length), [25, 5]);
    const buttons = actions.flatMap((a) => a.elements);
    assert.equal(new Set(buttons.map((b) => b.action_id)).size, 30);
    assert.equal(new Set(actions.map((a) => a.block_id)).size, 2);
    assert.deepEqual(buttons.map((b) => b.value), choices.map((c) => c.value));
  });

  it('shortens button text to 75 characters but keeps the full value', () => {
    const title = 'Fachinformatiker/in Anwendungsentwicklung mit Schwerpunkt auf sehr langen Bezeichnungen';
    const [button] = slackMessage('?', [{ title, value: title }]).blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements);
    assert.equal([...button.text.text].length, 75);
    assert.ok(button.text.text.endsWith('…'));
    assert.equal(button.value, title);
  });

  it('counts emoji as one character when shortening', () => {
    const [button] = slackMessage('?', [{ title: '👍'.repeat(80), value: '👍' }]).blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements);
    assert.equal([...button.text.text].length, 75);
  });

  it('stays within 50 blocks for an enormous answer', () => {
    const markdown = Array.from({ length: 100 }, () => 'y'.repeat(2900)).join('\n\n');
    const { blocks } = slackMessage(markdown, [{ title: 'a', value: 'a' }]);
    assert.equal(blocks.length, SLACK_LIMITS.blocksPerMessage);
    assert.equal(blocks.at(-1)!.type, 'actions');
  });
});
