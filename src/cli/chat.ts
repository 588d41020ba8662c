import { randomUUID } from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../config';
import { createLogger } from '../log';
import { InProcessAdapter } from '../channels';
import { compose } from '../index';

/**
 * Terminal chat with the same bot pipeline, in-process: for knowledge editors to try questions.
 * Suggested actions are shown as numbered choices; typing the number picks one.
 */
async function main(): Promise<void> {
  // Editors' test questions must not end up in the production analytics: own database unless told otherwise.
  const config = loadConfig({ DATABASE_PATH: path.join('data', 'chat.sqlite'), ...process.env });
  const app = await compose(config, createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn'));
  const adapter = new InProcessAdapter();
  adapter.use(...app.middleware);
  const base: Partial<Activity> = {
    channelId: 'terminal',
    serviceUrl: 'terminal://',
    conversation: { id: `terminal-${randomUUID()}` } as Activity['conversation'],
    from: { id: 'user', name: 'You' },
    recipient: { id: 'career-bot', name: 'career-bot' },
  };
  let choices: string[] = [];
  const show = (replies: Partial<Activity>[]): void => {
    choices = [];
    for (const r of replies.filter((a) => a.type === 'message')) {
      process.stdout.write(`\nbot> ${r.text}\n`);
      for (const action of r.suggestedActions?.actions ?? []) {
        choices.push(String(action.value));
        process.stdout.write(`  [${choices.length}] ${action.title}\n`);
      }
    }
    process.stdout.write('\n');
  };

  show(await adapter.process({ ...base, type: 'conversationUpdate', membersAdded: [base.from!] }, (c) => app.bot.run(c)));
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
  process.stdout.write('(Type a question; a number picks a suggestion; Ctrl+D or /quit ends.)\n');
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (input === '/quit') break;
    const pick = /^\d+$/.test(input) ? choices[Number(input) - 1] : undefined;
    if (pick) process.stdout.write(`you> ${pick}\n`);
    show(await adapter.process({ ...base, type: 'message', text: pick ?? input }, (c) => app.bot.run(c)));
    rl.prompt();
  }
  rl.close();
  await app.close();
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
