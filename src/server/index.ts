export { createServer, type ServerDeps } from './app';
export { activityProblem } from './validate-activity';
