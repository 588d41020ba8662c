export { AnswerComposer, type Comparison, type FigureFacts, type Reply, type SourceRef, type Suggestion, type TopicAnswer } from './compose';
export { fill, formatDate, formatFigure, formatFigureParts, formatMoney, joinList } from './format';
