export { buildReport, renderReport, type EditorReport, type ReportFormat } from './report';
