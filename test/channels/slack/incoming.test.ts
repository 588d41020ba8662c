import assert from 'node:assert/strict';
import { addressOf, conversationId, messageFromAction, messageFromEvent, plainText } from '../../../src/channels/slack';

describe('Slack events and clicks as user messages', () => {
  const envelope = (event: Record<string, unknown>) => ({ type: 'event_callback', team_id: 'T1', event_id: 'Ev1', event });

  it('a mention in a channel starts a thread on the message', () => {
    const parsed = messageFromEvent(envelope({ type: 'app_mention', user: 'U1', text: '<@UBOT> hi', ts: '10.1', channel: 'C1' }));
    assert.ok('message' in parsed);
    assert.deepEqual(
      { ...parsed.message },
      { channel: 'C1', threadTs: '10.1', user: 'U1', text: '<@UBOT> hi', ts: '10.1', team: 'T1', isDirect: false, files: [], source: 'event' },
    );
  });

  it('a mention inside a thread stays in that thread', () => {
    const parsed = messageFromEvent(envelope({ type: 'app_mention', user: 'U1', text: 'x', ts: '10.5', thread_ts: '10.1', channel: 'C1' }));
    assert.ok('message' in parsed);
    assert.equal(parsed.message.threadTs, '10.1');
  });

  it('a direct message is the DM conversation itself (no thread) unless written in a thread', () => {
    const top = messageFromEvent(envelope({ type: 'message', channel_type: 'im', user: 'U1', text: 'x', ts: '11.1', channel: 'D1' }));
    const threaded = messageFromEvent(envelope({ type: 'message', channel_type: 'im', user: 'U1', text: 'x', ts: '11.2', thread_ts: '11.1', channel: 'D1' }));
    assert.ok('message' in top && 'message' in threaded);
    assert.equal(top.message.threadTs, undefined);
    assert.equal(threaded.message.threadTs, '11.1');
  });

  it('a file shared with a question is answered; the file is only named', () => {
    const parsed = messageFromEvent(envelope({ type: 'message', subtype: 'file_share', channel_type: 'im', user: 'U1', text: 'Gehalt?', ts: '1.1', channel: 'D1', files: [{ name: 'cv.pdf', mimetype: 'application/pdf' }] }));
    assert.ok('message' in parsed);
    assert.deepEqual(parsed.message.files, [{ name: 'cv.pdf', mimetype: 'application/pdf' }]);
  });

  const ignored: [string, Record<string, unknown>][] = [
    ['bot_id', { type: 'message', channel_type: 'im', user: 'U1', bot_id: 'B1', text: 'x', ts: '1.1', channel: 'D1' }],
    ['bot_message', { type: 'message', subtype: 'bot_message', channel_type: 'im', text: 'x', ts: '1.1', channel: 'D1' }],
    ['message_changed', { type: 'message', subtype: 'message_changed', channel_type: 'im', ts: '1.1', channel: 'D1', message: { user: 'U1', text: 'x' } }],
    ['message_deleted', { type: 'message', subtype: 'message_deleted', channel_type: 'im', ts: '1.1', channel: 'D1' }],
    ['channel_join', { type: 'message', subtype: 'channel_join', channel_type: 'channel', user: 'U1', text: 'x', ts: '1.1', channel: 'C1' }],
    ['a channel message (only mentions are for the bot)', { type: 'message', channel_type: 'channel', user: 'U1', text: 'x', ts: '1.1', channel: 'C1' }],
    ['no user', { type: 'app_mention', text: 'x', ts: '1.1', channel: 'C1' }],
  ];
  for (const [what, event] of ignored) {
    it(`ignores ${what}`, () => {
      assert.ok('ignore' in messageFromEvent(envelope(event)));
    });
  }

  it('a button click is the button value, in the thread of the message with the button', () => {
    const parsed = messageFromAction({
      type: 'block_actions',
      user: { id: 'U1', team_id: 'T1' },
      team: { id: 'T1' },
      channel: { id: 'C1' },
      container: { type: 'message', message_ts: '20.2', channel_id: 'C1' },
      message: { ts: '20.2', thread_ts: '20.1' },
      actions: [{ type: 'button', action_id: 'choice-0', value: 'Gehalt', action_ts: '21.0' }],
    });
    assert.ok('message' in parsed);
    assert.deepEqual([parsed.message.channel, parsed.message.threadTs, parsed.message.text, parsed.message.source], ['C1', '20.1', 'Gehalt', 'button']);
  });

  it('ignores interactions that are not button clicks', () => {
    assert.ok('ignore' in messageFromAction({ type: 'view_submission', user: { id: 'U1' } }));
    assert.ok('ignore' in messageFromAction({ type: 'block_actions', user: { id: 'U1' }, channel: { id: 'C1' }, actions: [{ type: 'static_select' }] }));
  });
});

describe('Slack text to plain words', () => {
  const table: [string, string][] = [
    ['<@UBOT> Was verdient ein Backend Developer?', 'Was verdient ein Backend Developer?'],
    ['<@UBOT|careerbot> hi', 'hi'],
    ['Frage an <@UBOT>: Gehalt?', 'Frage an : Gehalt?'],
    ['<@UBOT> R&amp;D &lt;3 &amp;gt;', 'R&D <3 &gt;'],
    ['<@UBOT> siehe <https://example.org|die Seite> und <https://example.org/x>', 'siehe die Seite und https://example.org/x'],
    ['<@UBOT> frag <@U2> in <#C1|general> <!here>', 'frag @U2 in #general here'],
    ['Koch-<!channel>-Berater <!subteam^S123|@devs>', 'Koch-channel-Berater @devs'],
  ];
  for (const [slack, plain] of table) {
    it(`${JSON.stringify(slack)} → ${JSON.stringify(plain)}`, () => {
      assert.equal(plainText(slack, 'UBOT'), plain);
    });
  }

  it('conversation ids round-trip to channel and thread', () => {
    assert.deepEqual(addressOf(conversationId({ channel: 'C1', threadTs: '1.2' })), { channel: 'C1', threadTs: '1.2' });
    assert.deepEqual(addressOf(conversationId({ channel: 'D1' })), { channel: 'D1' });
  });
});
