import {
  ActivityTypes,
  TeamsActivityHandler,
  type Activity,
  type BotState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import type { Address } from '../address';
import { extend } from '../extend';
import { languageOfLocale, LOCALES, type Language } from '../language';
import type { Logger } from '../log';
import type { Reply } from '../answers';
import { incomingText, type ChannelRenderer } from '../channels';
import type { Recognition } from '../nlu';
import type { Brain } from '../reload';
import { decide, FALLBACK_TOPICS, pointable, type Answered, type DialogueState, type Effect } from './dialogue';
import { ERASE_AFTER_TURN, type TurnLog, type UserDataEraser } from './privacy';
import { cutMessage } from './cut-message';

/** Trace name and value type of the RecognizerResult contract (see DESIGN.md). */
export const RECOGNIZER_TRACE = Object.freeze({
  name: 'RecognizerResult',
  valueType: 'https://www.botframework.com/schemas/recognizerResult',
});

/** Turn state key: the form of address the turn's replies use, for a notice sent after the turn failed. */
export const REPLY_ADDRESS = Symbol('replyAddress');

export interface CareerBotDeps {
  /** The current knowledge, recognizer and composer; a hot reload swaps them between turns. */
  brain: () => Brain;
  conversationState: BotState;
  renderer: ChannelRenderer;
  logger: Logger;
  defaultLanguage: Language;
  /** How visitors are addressed until they write "du" or "Sie" themselves. */
  defaultAddress: Address;
  /** Longer messages are cut to this many characters before recognition (their start and last question kept, see cutMessage). */
  maxMessageChars: number;
  /** Where turns and ratings are recorded for the editors' report. */
  turnLog: TurnLog;
  /** Deletes a user's stored data on request. */
  eraser: UserDataEraser;
  /** Days transcripts are kept, quoted in the privacy notice. */
  retentionDays: number;
}

/**
 * The career bot: recognise -> decide -> answer, the same for every channel. State is saved once per
 * turn, after the reply is sent. A Teams activity handler, so Teams events (a team's channels, installs)
 * are dispatched as Teams sends them; other channels behave as with a plain ActivityHandler.
 */
export class CareerBot extends TeamsActivityHandler {
  private readonly dialogue: StatePropertyAccessor<DialogueState>;
  private readonly welcomed: StatePropertyAccessor<boolean>;

  constructor(private readonly deps: CareerBotDeps) {
    super();
    this.dialogue = deps.conversationState.createProperty<DialogueState>('dialogue');
    this.welcomed = deps.conversationState.createProperty<boolean>('welcomed');
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (isWelcomeMoment(context.activity)) await this.welcome(context);
      await next();
    });
    // Teams announces an install twice (installationUpdate and conversationUpdate); welcome() says it once.
    this.onInstallationUpdate(async (context, next) => {
      if (context.activity.channelId === 'msteams' && context.activity.action === 'add') await this.welcome(context);
      await next();
    });
  }

  /**
   * Teams' version looks every added member up with TeamsInfo.getMember (a call to the channel) before the
   * handlers run; the welcome needs only the ids in the activity, so the handlers run straight away — no
   * network call, nothing to fail or hang when the channel is unreachable.
   */
  protected override async onTeamsMembersAdded(context: TurnContext): Promise<void> {
    await this.handle(context, 'MembersAdded', this.defaultNextEvent(context));
  }

  /** @inheritdoc */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
  }

  // The conversation's language so far, else the client's locale, else the configured default.
  private languageOf(context: TurnContext, state: DialogueState): Language {
    return state.language ?? languageOfLocale(context.activity.locale) ?? this.deps.defaultLanguage;
  }

  // The form the visitor wrote in last (this message's, if it shows one), else the site's. Kept in the turn state for
  // the error notice, should the turn fail after this.
  private replyAddress(context: TurnContext, state: DialogueState, recognition?: Recognition): Address {
    const address = recognition?.address ?? state.address ?? this.deps.defaultAddress;
    context.turnState.set(REPLY_ADDRESS, address);
    return address;
  }

  // Once per conversation: Teams may announce the same install by two activities.
  private async welcome(context: TurnContext): Promise<void> {
    if (await this.welcomed.get(context, false)) return;
    await this.welcomed.set(context, true);
    const state = await this.dialogue.get(context, {});
    const language = this.languageOf(context, state);
    const reply = this.deps.brain().answers[this.replyAddress(context, state)].smallTalk('welcome', language);
    await this.send(context, undefined, { topic: 'welcome', language }, reply);
    await this.dialogue.set(context, extend(state, { language }));
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { recognizer, answers } = this.deps.brain();
    const state = await this.dialogue.get(context, {});
    const language = this.languageOf(context, state);
    const text = cutMessage(messageText(context.activity), this.deps.maxMessageChars);
    if (!text) {
      const hasAttachments = (context.activity.attachments ?? []).length > 0;
      const reply = answers[this.replyAddress(context, state)].notice(hasAttachments ? 'attachment_only' : 'empty_message', language);
      await this.send(context, undefined, { topic: hasAttachments ? 'attachment' : 'empty', language }, reply);
      return;
    }
    const recognition = recognizer.recognize(text, { previousLanguage: language, pointable: pointable(state).length, awaitingOccupation: state.pendingTopic !== undefined });
    const address = this.replyAddress(context, state, recognition);
    const outcome = decide(recognition, state, answers[address], { retentionDays: this.deps.retentionDays });
    this.deps.logger.debug('turn', { intent: recognition.intent, score: recognition.score, answered: outcome.answered });
    if (outcome.effect?.kind === 'delete-user-data') {
      await this.eraseUser(context, outcome.answered, address);
      return;
    }
    if (outcome.effect?.kind === 'feedback') this.recordFeedback(context, outcome.effect);
    this.recordTurn(context, recognition, outcome.answered, text);
    await this.send(context, recognition, outcome.answered, outcome.reply!);
    await this.dialogue.set(context, outcome.state);
  }

  // Deletes now (so the reply can say what went), and once more after the turn, when this turn's own
  // transcript lines have been written too.
  private async eraseUser(context: TurnContext, answered: Answered, address: Address): Promise<void> {
    const userId = context.activity.from?.id;
    const counts = userId ? await this.deps.eraser.deleteUserData(context.activity.channelId, userId) : { state: 0, transcripts: 0, analytics: 0, feedback: 0 };
    await this.deps.conversationState.delete(context);
    context.turnState.set(ERASE_AFTER_TURN, true);
    await this.send(context, undefined, answered, this.deps.brain().answers[address].dataDeleted(counts, answered.language));
  }

  // Analytics must never fail or slow a turn: the write is queued, and the HTTP reply waits for the queue.
  private recordTurn(context: TurnContext, rec: Recognition, answered: Answered, text: string): void {
    const a = context.activity;
    this.deps.turnLog
      .recordTurn({
        channelId: a.channelId,
        conversationId: a.conversation.id,
        userId: a.from?.id,
        language: answered.language,
        intent: rec.command ? `command:${rec.command}` : rec.intent,
        score: rec.score,
        occupation: answered.occupation,
        answeredTopic: answered.topic === 'None' ? undefined : answered.topic,
        fallback: FALLBACK_TOPICS.has(answered.topic),
        text,
      })
      .catch((err: unknown) => this.deps.logger.warn('analytics not recorded', { code: 'ANALYTICS_FAILED', err }));
  }

  private recordFeedback(context: TurnContext, effect: Extract<Effect, { kind: 'feedback' }>): void {
    const a = context.activity;
    this.deps.turnLog
      .recordFeedback({ channelId: a.channelId, conversationId: a.conversation.id, userId: a.from?.id, topic: effect.topic, occupation: effect.occupation, rating: effect.rating })
      .catch((err: unknown) => this.deps.logger.warn('rating not recorded', { code: 'ANALYTICS_FAILED', err }));
  }

  private async send(context: TurnContext, recognition: Recognition | undefined, answered: Answered, reply: Reply): Promise<void> {
    await context.sendActivities([
      recognizerTrace(context.activity, recognition, answered),
      ...this.deps.renderer.render(reply, context.activity.channelId),
    ]);
  }
}

/** The user's words: typed text without the bot's @mention or channel markup, or the text a card button sent in `value`. */
function messageText(activity: Activity): string {
  const value = activity.value as { text?: unknown } | undefined;
  const typed = incomingText(activity).trim();
  return typed || (typeof value?.text === 'string' ? value.text.trim() : '');
}

/**
 * Whether a conversationUpdate calls for the welcome. In Teams: when the bot itself is added — installed in a
 * personal chat, a group chat or a team — not whenever someone joins a team that has it. Elsewhere (Web Chat,
 * Emulator) the user joining the conversation is the moment.
 */
function isWelcomeMoment(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  const added = activity.membersAdded ?? [];
  return activity.channelId === 'msteams' ? added.some((m) => m.id === botId) : added.some((m) => m.id !== botId);
}

function recognizerTrace(activity: Activity, rec: Recognition | undefined, answered: Answered): Partial<Activity> {
  return {
    type: ActivityTypes.Trace,
    name: RECOGNIZER_TRACE.name,
    label: 'career-bot recognizer',
    valueType: RECOGNIZER_TRACE.valueType,
    locale: LOCALES[answered.language],
    value: {
      text: rec?.text ?? activity.text ?? '',
      alteredText: rec?.alteredText,
      // The decided intent carries the recognizer's score, so the highest score in the map is what was decided.
      intents: rec ? { ...Object.fromEntries(rec.intents.map((i) => [i.intent, { score: i.score }])), [rec.intent]: { score: rec.score } } : {},
      entities: { occupation: rec?.occupations ?? [], ...(rec?.place && { place: [rec.place] }), ...(rec?.aspect && { aspect: [rec.aspect] }), ...(rec?.technologies && { technology: rec.technologies }) },
      answered,
    },
  };
}
