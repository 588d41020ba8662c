export { createMetrics, channelLabel, type Metrics } from './metrics';
export { TurnTelemetryMiddleware, TURN_ID } from './turn-telemetry';
