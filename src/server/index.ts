export { createServer, type Readiness, type ServerDeps } from './app';
export { activityProblem } from './validate-activity';
export { CorsPolicy } from './cors';
export { RateLimiter } from './rate-limit';
export { attachDirectLineStream } from './direct-line-stream';
export { ReusingBotFrameworkAuthentication } from './reusing-authentication';
