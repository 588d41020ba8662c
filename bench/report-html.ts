import type { CrossValidation } from './cross-validate';
import type { Floors } from './floors';
import type { Evaluation } from './metrics';
import { formatSeconds } from './progress';
import { fixed, percent } from './table';

/** Everything `npm run eval` writes to report.json; report.html renders the same object. */
export interface EvalReport {
  generatedAt: string;
  /** Commit (and whether src/, intents/, knowledge/ differ from it) the numbers were measured with. */
  version: string;
  settings: {
    threshold: number;
    trainingUtterances: number;
    testCases: number;
    /** Training time of the recognizer on all training utterances. */
    trainingMs: number;
  };
  heldOut: Evaluation;
  crossValidation: CrossValidation;
  floors: Floors;
  /** Floors missed; empty when the run passes. */
  failures: string[];
}

/**
 * Renders the report as one self-contained HTML page: inline CSS and SVG, no scripts, no external URLs,
 * so it opens from a CI artifact or a mail attachment without a network.
 */
export function renderHtml(report: EvalReport): string {
  const ev = report.heldOut;
  const cv = report.crossValidation;
  const verdict = report.failures.length === 0
    ? '<p class="pass">All floors met.</p>'
    : `<p class="fail">Floors missed:</p><ul class="fail">${report.failures.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>career-bot NLU evaluation</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 3px 7px; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
#confusion-matrix td { text-align: center; min-width: 2.2em; }
#confusion-matrix th.col { writing-mode: vertical-rl; transform: rotate(180deg); font-weight: normal; }
.pass { color: #1a7f37; font-weight: bold; }
.fail { color: #cf222e; font-weight: bold; }
.note { color: #666; }
</style>
</head>
<body>
<h1>career-bot NLU evaluation</h1>
<p class="note">Generated ${esc(report.generatedAt)} from ${esc(report.version)}. Trained on ${report.settings.trainingUtterances} utterances
(${formatSeconds(report.settings.trainingMs)}), tested on ${report.settings.testCases} held-out cases;
out-of-scope threshold ${report.settings.threshold}.</p>
${verdict}

<h2>Summary (held-out test set)</h2>
${summaryTable(report)}

<h2>Per intent</h2>
${intentTable(ev)}

<h2>Confusion matrix</h2>
<p class="note">Rows: expected intent; columns: answered intent. Colour strength is the share of the row:
green on the diagonal (right), red off it (wrong).</p>
${confusionTable(ev)}

<h2>Confidence of the best in-scope intent</h2>
<p class="note">Share of in-scope and of out-of-scope cases per confidence bin; below the dashed threshold
line the bot answers with the fallback. Out-of-scope cases right of the line are false accepts.</p>
${histogramSvg(ev, report.settings.threshold)}

<h2>Misclassified (${ev.misclassified.length})</h2>
${misclassifiedTable(ev)}

<h2>Cross-validation (${cv.k}-fold on the training utterances, seed ${cv.seed})</h2>
${crossValidationTable(cv)}
</body>
</html>
`;
}

function summaryTable(report: EvalReport): string {
  const ev = report.heldOut;
  const rows: [string, string][] = [
    ['intent accuracy (all)', `${percent(ev.accuracy)} (${ev.correct}/${ev.cases})`],
    ...Object.entries(ev.languages).flatMap(([language, m]): [string, string][] => [
      [`intent accuracy ${language} (floor ${percent(report.floors.minAccuracy, 0)})`, `${percent(m.accuracy)} (${m.correct}/${m.cases})`],
      [`None recall ${language} (floor ${percent(report.floors.minOosRecall, 0)})`, `${percent(m.outOfScopeRecall)} of ${m.outOfScopeCases}`],
    ]),
    ['None recall (all)', `${percent(ev.outOfScope.recall)} of ${ev.outOfScope.cases}`],
    ['false-accept rate (None answered in scope)', percent(ev.outOfScope.falseAcceptRate)],
    ['false-reject rate (in scope answered None)', percent(ev.outOfScope.falseRejectRate)],
    ['occupation recognised', `${percent(ev.occupation.accuracy)} (${ev.occupation.correct}/${ev.occupation.cases})`],
    ['occupation found where none is named', `${ev.occupation.spurious} of ${ev.occupation.unnamedCases}`],
    ['macro F1 / weighted F1', `${fixed(ev.macroF1)} / ${fixed(ev.weightedF1)}`],
  ];
  return `<table id="summary">${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td class="n">${esc(v)}</td></tr>`).join('')}</table>`;
}

function intentTable(ev: Evaluation): string {
  const rows = ev.intents
    .map((m) => `<tr><th>${esc(m.intent)}</th><td class="n">${fixed(m.precision)}</td><td class="n">${fixed(m.recall)}</td><td class="n">${fixed(m.f1)}</td><td class="n">${m.support}</td></tr>`)
    .join('\n');
  return `<table id="per-intent"><tr><th>intent</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>\n${rows}</table>`;
}

function confusionTable(ev: Evaluation): string {
  const { labels, counts } = ev.confusion;
  const head = `<tr><th>expected \\ answered</th>${labels.map((l) => `<th class="col">${esc(l)}</th>`).join('')}</tr>`;
  const body = labels.map((label, r) => {
    const total = counts[r].reduce((a, b) => a + b, 0);
    const cells = counts[r].map((n, c) => {
      if (n === 0) return '<td></td>';
      const share = total === 0 ? 0 : n / total;
      const alpha = 0.15 + 0.85 * share;
      const rgb = r === c ? '26, 127, 55' : '207, 34, 46';
      const ink = alpha > 0.55 ? '#fff' : '#222';
      return `<td style="background: rgba(${rgb}, ${alpha.toFixed(2)}); color: ${ink}" title="${esc(label)} → ${esc(labels[c])}: ${n}">${n}</td>`;
    });
    return `<tr><th>${esc(label)}</th>${cells.join('')}</tr>`;
  });
  return `<table id="confusion-matrix">${head}\n${body.join('\n')}</table>`;
}

const IN_SCOPE_COLOUR = '#1f6feb';
const OUT_OF_SCOPE_COLOUR = '#e8590c';

function histogramSvg(ev: Evaluation, threshold: number): string {
  const { bins, inScope, outOfScope } = ev.histogram;
  const width = 680;
  const height = 280;
  const m = { left: 48, right: 16, top: 28, bottom: 40 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  // Shares, not counts: there are several times more in-scope cases, and the shapes are what matter.
  const share = (counts: number[]): number[] => {
    const total = counts.reduce((a, b) => a + b, 0);
    return counts.map((n) => (total === 0 ? 0 : n / total));
  };
  const series = [
    { name: 'in scope', colour: IN_SCOPE_COLOUR, counts: inScope, shares: share(inScope) },
    { name: 'out of scope (None)', colour: OUT_OF_SCOPE_COLOUR, counts: outOfScope, shares: share(outOfScope) },
  ];
  const yMax = Math.max(0.1, Math.ceil(Math.max(...series.flatMap((s) => s.shares)) * 10) / 10);
  const x = (v: number): number => m.left + v * plotW;
  const y = (v: number): number => m.top + plotH - (v / yMax) * plotH;
  const binW = plotW / bins;
  const bars = series.flatMap((s, si) =>
    s.shares.map((v, b) => {
      if (s.counts[b] === 0) return '';
      const lo = b / bins;
      const label = `${s.name}, confidence ${lo.toFixed(2)}–${(lo + 1 / bins).toFixed(2)}: ${s.counts[b]} (${percent(v)})`;
      return `<rect x="${(x(lo) + si * (binW / 2) + 1).toFixed(1)}" y="${y(v).toFixed(1)}" width="${(binW / 2 - 1).toFixed(1)}" height="${(y(0) - y(v)).toFixed(1)}" fill="${s.colour}"><title>${esc(label)}</title></rect>`;
    }),
  );
  const xTicks = [0, 0.25, 0.5, 0.75, 1].map(
    (v) => `<line x1="${x(v)}" y1="${y(0)}" x2="${x(v)}" y2="${y(0) + 5}" stroke="#444"/><text x="${x(v)}" y="${y(0) + 18}" text-anchor="middle">${v}</text>`,
  );
  const yTicks = [0, yMax / 2, yMax].map(
    (v) => `<line x1="${m.left - 5}" y1="${y(v)}" x2="${m.left}" y2="${y(v)}" stroke="#444"/><text x="${m.left - 8}" y="${y(v) + 4}" text-anchor="end">${Math.round(v * 100)} %</text>`,
  );
  const legend = series.map(
    (s, i) => `<rect x="${m.left + 10 + i * 200}" y="8" width="12" height="12" fill="${s.colour}"/><text x="${m.left + 27 + i * 200}" y="18">${esc(s.name)}</text>`,
  );
  return `<svg id="confidence-histogram" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="confidence histogram" font-family="system-ui, sans-serif" font-size="12">
<line x1="${m.left}" y1="${y(0)}" x2="${x(1)}" y2="${y(0)}" stroke="#444"/>
<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${y(0)}" stroke="#444"/>
${bars.filter(Boolean).join('\n')}
${xTicks.join('\n')}
${yTicks.join('\n')}
<line x1="${x(threshold)}" y1="${m.top}" x2="${x(threshold)}" y2="${y(0)}" stroke="#222" stroke-dasharray="5,4"/>
<text x="${x(threshold) + 4}" y="${m.top + 12}">threshold ${threshold}</text>
<text x="${m.left + plotW / 2}" y="${height - 4}" text-anchor="middle">confidence of the best in-scope intent</text>
${legend.join('\n')}
</svg>`;
}

function misclassifiedTable(ev: Evaluation): string {
  if (ev.misclassified.length === 0) return '<p id="misclassified">None.</p>';
  const rows = ev.misclassified
    .map((m) => `<tr><td>${esc(m.text)}</td><td>${m.language}</td><td>${esc(m.expected)}</td><td>${esc(m.got)}</td><td class="n">${fixed(m.score)}</td></tr>`)
    .join('\n');
  return `<table id="misclassified"><tr><th>text</th><th>language</th><th>expected</th><th>got</th><th>score</th></tr>\n${rows}</table>`;
}

function crossValidationTable(cv: CrossValidation): string {
  const folds = cv.folds
    .map((f, i) => `<tr><th>fold ${i + 1}</th><td class="n">${f.train}</td><td class="n">${f.test}</td><td class="n">${percent(f.accuracy)}</td></tr>`)
    .join('\n');
  const pooled = cv.pooled;
  const perLanguage = Object.entries(pooled.languages)
    .map(([l, m]) => `${l} ${percent(m.accuracy)}, None recall ${percent(m.outOfScopeRecall)}`)
    .join('; ');
  return `<table id="cross-validation"><tr><th></th><th>train</th><th>test</th><th>accuracy</th></tr>
${folds}
<tr><th>mean ± sd</th><td></td><td class="n">${pooled.cases}</td><td class="n">${percent(cv.meanAccuracy)} ± ${percent(cv.stdAccuracy)}</td></tr></table>
<p>Pooled: macro F1 ${fixed(pooled.macroF1)}; ${esc(perLanguage)}.</p>
${intentTable(pooled).replace('id="per-intent"', 'id="cv-per-intent"')}`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
