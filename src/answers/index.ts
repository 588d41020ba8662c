export { AnswerComposer, type Comparison, type Reply, type Suggestion } from './compose';
export { fill, formatDate, formatFigure, formatFigureParts, formatMoney, joinList } from './format';
