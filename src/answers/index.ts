export { AnswerComposer, type Comparison, type Reply, type Suggestion } from './compose';
export { fill, formatDate, formatFigure, formatMoney, joinList } from './format';
