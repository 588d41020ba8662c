export { teamsButton, teamsRenderer } from './render';
export { withoutBotMention } from './mentions';
