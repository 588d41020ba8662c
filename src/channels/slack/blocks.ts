/**
 * Slack Block Kit rendering of the bot's replies: the answer as mrkdwn sections, follow-up topics as buttons,
 * and a plain `text` fallback (notifications, screen readers, clients without blocks). Used by the direct
 * Slack adapter and for Azure Bot Service's Slack channel (`channelData.blocks`).
 */

/** Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const SLACK_LIMITS = Object.freeze({
  sectionText: 3000,
  actionsPerBlock: 25,
  buttonText: 75,
  buttonValue: 2000,
  blocksPerMessage: 50,
  /** chat.postMessage cuts `text` beyond this. */
  messageText: 40_000,
});

export interface SlackText {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  emoji?: boolean;
  /** mrkdwn only: true turns off Slack's own parsing of `@channel`, `#channel` and links in the text. */
  verbatim?: boolean;
}
export interface SlackSection {
  type: 'section';
  text: SlackText;
}
export interface SlackButton {
  type: 'button';
  action_id: string;
  text: SlackText;
  value: string;
}
export interface SlackActions {
  type: 'actions';
  block_id: string;
  elements: SlackButton[];
}
export type SlackBlock = SlackSection | SlackActions;

/** What a Slack message carries: the fallback text and the blocks Slack shows instead of it. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** A follow-up the user can click; `value` is what the click sends back as the user's words. */
export interface SlackChoice {
  title: string;
  value: string;
}

/** Escapes the three characters Slack treats as control characters in message text. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const MARKDOWN_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;
const MARKDOWN_BOLD = /\*\*(?=\S)([^*\n]+?)\*\*/g;

/**
 * Converts the bot's markdown to Slack mrkdwn: `**bold**` → `*bold*`, `[label](url)` → `<url|label>`,
 * list dashes → bullets; `&`, `<` and `>` in the text are escaped so Slack shows them as typed.
 */
export function toMrkdwn(markdown: string): string {
  // Links first (their URLs must not be escaped like text), then escape the rest piece by piece.
  let out = '';
  let last = 0;
  for (const match of markdown.matchAll(MARKDOWN_LINK)) {
    out += textToMrkdwn(markdown.slice(last, match.index));
    out += slackLink(match[2], match[1]);
    last = match.index! + match[0].length;
  }
  return out + textToMrkdwn(markdown.slice(last));
}

function textToMrkdwn(text: string): string {
  return escapeSlack(text)
    .replace(MARKDOWN_BOLD, '*$1*')
    .replace(/^- /gm, '• ');
}

// Inside <url|label> a `|` or `>` would end the link early; the URL keeps its `&` as Slack itself sends it (&amp;).
function slackLink(url: string, label: string): string {
  const safeUrl = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  const safeLabel = escapeSlack(label.replace(/\*\*/g, '')).replace(/\|/g, '¦');
  return `<${safeUrl}|${safeLabel}>`;
}

/**
 * Cuts mrkdwn into pieces of at most `max` characters: at paragraph breaks where possible, then at line
 * breaks, then between words; never inside a `<url|label>` link or an `&amp;` entity.
 */
export function splitMrkdwn(text: string, max: number = SLACK_LIMITS.sectionText): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function cutPoint(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  for (const separator of ['\n\n', '\n', ' ']) {
    let at = window.lastIndexOf(separator);
    while (at > 0 && insideToken(text, at)) at = window.lastIndexOf(separator, at - 1);
    if (at > 0) return at;
  }
  // One word longer than a section: cut it, but before an unfinished link or entity.
  let at = max;
  while (at > 0 && insideToken(text, at)) at--;
  return at > 0 ? at : max;
}

// True when position `at` lies inside `<...>` or `&...;`, which Slack must receive whole.
function insideToken(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = before.lastIndexOf('<');
  if (open > before.lastIndexOf('>')) return true;
  const amp = before.lastIndexOf('&');
  return amp >= 0 && amp > before.lastIndexOf(';') && /^&[a-z]*$/.test(before.slice(amp));
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The Slack message for a reply: mrkdwn sections (each ≤ 3000 characters), then the choices as buttons in
 * actions blocks of at most 25 (button text ≤ 75 characters, `action_id` unique in the message, `value` the
 * choice's value), within Slack's 50 blocks; `text` is the whole answer as the fallback.
 */
export function slackMessage(markdown: string, choices: readonly SlackChoice[] = []): SlackMessage {
  const mrkdwn = toMrkdwn(markdown);
  const buttons: SlackButton[] = choices.map((c, i) => ({
    type: 'button',
    action_id: `choice-${i}`,
    text: { type: 'plain_text', text: shorten(c.title, SLACK_LIMITS.buttonText), emoji: true },
    value: c.value.slice(0, SLACK_LIMITS.buttonValue),
  }));
  const actions: SlackActions[] = [];
  for (let i = 0; i < buttons.length; i += SLACK_LIMITS.actionsPerBlock) {
    actions.push({ type: 'actions', block_id: `choices-${actions.length}`, elements: buttons.slice(i, i + SLACK_LIMITS.actionsPerBlock) });
  }
  const room = SLACK_LIMITS.blocksPerMessage - actions.length;
  let texts = splitMrkdwn(mrkdwn);
  if (texts.length > room) texts = [...texts.slice(0, room - 1), '…'];
  // verbatim: words a user typed may come back quoted in an answer; Slack must not read "@channel" in them.
  const sections: SlackSection[] = texts.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }));
  return { text: shorten(mrkdwn, SLACK_LIMITS.messageText), blocks: [...sections, ...actions] };
}
