// tailwatch status page. Reads the documented JSON API (GET /api/v1/alarms,
// GET /api/v1/status, GET /api/v1/alarm-history, GET /api/v1/deliveries,
// GET /api/v1/patterns, GET /api/v1/anomalies, POST /api/v1/test-pattern)
// every few seconds. Every
// string from the daemon goes into the page through textContent or an
// attribute, never as markup.
'use strict';

const POLL_MS = 3000;
const TOKEN_KEY = 'tailwatch-token';
const SVG_NS = 'http://www.w3.org/2000/svg';
const STATE_ORDER = { ALARM: 0, INSUFFICIENT_DATA: 1, OK: 2 };

let lastAlarms = null;
let lastStatus = null;
let previousStatus = null;
let lastHistory = null;
let lastDeliveries = null;
let lastPatterns = [];  // GET /api/v1/patterns answers, one per group of pattern_log_groups
let lastAnomalies = null;

const TOP_PATTERNS = 10;
const MAX_ANOMALIES = 50;

function $(id) { return document.getElementById(id); }

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}

async function api(path, options) {
  const headers = Object.assign({}, (options && options.headers) || {});
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers['Authorization'] = 'Bearer ' + token;
  const response = await fetch(path, Object.assign({}, options || {}, { headers, cache: 'no-store' }));
  if (response.status === 401) {
    $('token-form').hidden = false;
    throw new Error('the daemon asks for its token');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  return body;
}

function formatDuration(seconds) {
  if (!isFinite(seconds) || seconds < 0) return '';
  seconds = Math.floor(seconds);
  const d = Math.floor(seconds / 86400), h = Math.floor(seconds % 86400 / 3600);
  const m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
  if (d) return d + 'd ' + h + 'h';
  if (h) return h + 'h ' + m + 'm';
  if (m) return m + 'm ' + s + 's';
  return s + 's';
}

function formatNumber(v) {
  if (v === null || v === undefined || !isFinite(v)) return '–';
  if (Math.abs(v) >= 100 || Number.isInteger(v)) return Math.round(v).toLocaleString('en');
  return v.toPrecision(3);
}

function formatBytes(v) {
  if (!isFinite(v)) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; ++i; }
  return (i === 0 ? String(v) : v.toFixed(v >= 100 ? 0 : 1)) + ' ' + units[i];
}

function nowMs() {
  return lastStatus && lastStatus.now ? Date.parse(lastStatus.now) : Date.now();
}

// The band of one datapoint, when the alarm carries one ({band:{low,high}} or
// band_low/band_high); null otherwise.
function bandOf(dp) {
  if (dp.band && isFinite(dp.band.low) && isFinite(dp.band.high)) return [dp.band.low, dp.band.high];
  if (isFinite(dp.band_low) && isFinite(dp.band_high)) return [dp.band_low, dp.band_high];
  return null;
}

// Draws the alarm's datapoints (a path through the non-null ones, in order),
// its threshold and band, and shades the evaluation range (the last
// evaluation_periods periods). The path's points carry data-count so readers
// can check it against the API.
function chart(alarm, width, height, large) {
  const points = alarm.recent_datapoints || [];
  const pad = large ? { l: 48, r: 10, t: 10, b: 22 } : { l: 3, r: 3, t: 3, b: 3 };
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img',
    class: large ? 'chart' : 'sparkline' });
  const title = svgEl('title');
  title.textContent = `${alarm.name}: ${points.filter(p => p.value !== null).length} datapoints` +
    (alarm.threshold !== null && isFinite(alarm.threshold) ? `, threshold ${alarm.threshold}` : '');
  svg.appendChild(title);
  const values = [];
  for (const p of points) {
    if (p.value !== null && isFinite(p.value)) values.push(p.value);
    const band = bandOf(p);
    if (band) values.push(band[0], band[1]);
  }
  if (alarm.threshold !== null && isFinite(alarm.threshold)) values.push(alarm.threshold);
  let lo = values.length ? Math.min(...values) : 0, hi = values.length ? Math.max(...values) : 1;
  if (hi === lo) { hi += 1; lo -= lo === 0 ? 0 : 1; }
  const n = Math.max(points.length, 2);
  const x = i => pad.l + (width - pad.l - pad.r) * i / (n - 1);
  const y = v => pad.t + (height - pad.t - pad.b) * (1 - (v - lo) / (hi - lo));

  const evalPeriods = Math.min(alarm.evaluation_periods || 0, points.length);
  if (evalPeriods > 0) {
    const x0 = x(points.length - evalPeriods) - (evalPeriods === points.length ? 0 : 0);
    svg.appendChild(svgEl('rect', { class: 'range', x: x0.toFixed(1), y: pad.t,
      width: Math.max(x(points.length - 1) - x0, 2).toFixed(1), height: height - pad.t - pad.b }));
  }
  const bandTop = [], bandBottom = [];
  points.forEach((p, i) => {
    const band = bandOf(p);
    if (band) { bandTop.push(`${x(i).toFixed(1)},${y(band[1]).toFixed(1)}`); bandBottom.unshift(`${x(i).toFixed(1)},${y(band[0]).toFixed(1)}`); }
  });
  if (bandTop.length > 1) svg.appendChild(svgEl('polygon', { class: 'band', points: bandTop.concat(bandBottom).join(' ') }));
  if (alarm.threshold !== null && isFinite(alarm.threshold)) {
    svg.appendChild(svgEl('line', { class: 'threshold', x1: pad.l, x2: width - pad.r,
      y1: y(alarm.threshold).toFixed(1), y2: y(alarm.threshold).toFixed(1) }));
  }
  let d = '';
  let count = 0;
  points.forEach((p, i) => {
    if (p.value === null || !isFinite(p.value)) return;
    d += (count ? ' L' : 'M') + x(i).toFixed(1) + ' ' + y(p.value).toFixed(1);
    ++count;
  });
  const path = svgEl('path', { class: 'series', d: d || 'M0 0', 'data-count': count });
  svg.appendChild(path);
  // Dots too, so a lone datapoint shows.
  points.forEach((p, i) => {
    if (p.value === null || !isFinite(p.value)) return;
    const c = svgEl('circle', { class: 'point', cx: x(i).toFixed(1), cy: y(p.value).toFixed(1), r: large ? 3 : 2 });
    const t = svgEl('title');
    t.textContent = `${p.period_start}: ${p.value}`;
    c.appendChild(t);
    svg.appendChild(c);
  });
  if (large) {
    for (const v of [hi, lo]) {
      const label = svgEl('text', { class: 'axis', x: 2, y: (y(v) + 4).toFixed(1) });
      label.textContent = formatNumber(v);
      svg.appendChild(label);
    }
    if (points.length) {
      const first = svgEl('text', { class: 'axis', x: pad.l, y: height - 4 });
      first.textContent = (points[0].period_start || '').slice(11, 16);
      const last = svgEl('text', { class: 'axis', x: width - pad.r - 32, y: height - 4 });
      last.textContent = (points[points.length - 1].period_start || '').slice(11, 16);
      svg.append(first, last);
    }
  }
  return svg;
}

// The alarm's states over time from its transitions (newest first): one
// coloured, titled segment per state, from the oldest transition to now.
function timeline(transitions, width) {
  const svg = svgEl('svg', { viewBox: `0 0 ${width} 34`, role: 'img', class: 'timeline' });
  const title = svgEl('title');
  title.textContent = 'State timeline';
  svg.appendChild(title);
  const steps = transitions.slice().reverse().map(t => ({ time: Date.parse(t.time), to: t.to }));
  if (!steps.length) return svg;
  const start = steps[0].time, end = Math.max(nowMs(), start + 1);
  const x = t => 48 + (width - 58) * (t - start) / (end - start);
  steps.forEach((step, i) => {
    const until = i + 1 < steps.length ? steps[i + 1].time : end;
    const rect = svgEl('rect', { class: 'span span-' + step.to, x: x(step.time).toFixed(1), y: 4,
      width: Math.max(x(until) - x(step.time), 1).toFixed(1), height: 14 });
    const t = svgEl('title');
    t.textContent = `${step.to} from ${new Date(step.time).toISOString()}`;
    rect.appendChild(t);
    svg.appendChild(rect);
  });
  const label = svgEl('text', { class: 'axis', x: 48, y: 31 });
  label.textContent = new Date(start).toISOString().slice(0, 16).replace('T', ' ');
  svg.appendChild(label);
  return svg;
}

function stateBadge(state) {
  return el('span', state, 'state state-' + (STATE_ORDER[state] === undefined ? 'OTHER' : state));
}

function sinceText(alarm) {
  return alarm.last_change ? formatDuration((nowMs() - Date.parse(alarm.last_change)) / 1000) : '';
}

function renderAlarms() {
  const tbody = $('alarms').tBodies[0];
  const alarms = (lastAlarms && lastAlarms.alarms || []).slice().sort((a, b) =>
    ((STATE_ORDER[a.state] ?? 3) - (STATE_ORDER[b.state] ?? 3)) || a.name.localeCompare(b.name));
  const rows = alarms.map(alarm => {
    const tr = el('tr');
    tr.dataset.alarm = alarm.name;
    tr.dataset.state = alarm.state;
    const state = el('td'); state.appendChild(stateBadge(alarm.state));
    const name = el('td');
    const link = el('a', alarm.name);
    link.href = '#/alarm/' + encodeURIComponent(alarm.name);
    name.appendChild(link);
    const spark = el('td'); spark.appendChild(chart(alarm, 192, 40, false));
    tr.append(state, name, el('td', sinceText(alarm)), el('td', alarm.reason, 'reason'), spark);
    return tr;
  });
  if (!rows.length) {
    const tr = el('tr'); const td = el('td', 'No alarms configured.'); td.colSpan = 5; tr.appendChild(td); rows.push(tr);
  }
  tbody.replaceChildren(...rows);
}

function rate(current, previous, key) {
  if (!previous || !lastStatus || !previousStatus) return null;
  const dt = (Date.parse(lastStatus.now) - Date.parse(previousStatus.now)) / 1000;
  if (!(dt > 0)) return null;
  return Math.max(0, (current[key] - previous[key]) / dt);
}

function renderStatus() {
  if (!lastStatus) return;
  $('daemon').textContent = `tailwatchd ${lastStatus.version} · up ${formatDuration(lastStatus.uptime_seconds)} · config: ${lastStatus.config_source}`;
  const before = new Map(((previousStatus && previousStatus.log_groups) || []).map(g => [g.name, g]));
  $('groups').tBodies[0].replaceChildren(...lastStatus.log_groups.map(g => {
    const tr = el('tr');
    tr.dataset.logGroup = g.name;
    const p = before.get(g.name);
    // The time of the last line read (null: none since the daemon started) and the
    // bytes its watched files hold unread.
    const last = el('td', g.last_line_time ? agoText(Date.parse(g.last_line_time)) : 'none yet', 'time last-line');
    if (g.last_line_time) { last.title = g.last_line_time; last.dataset.time = g.last_line_time; }
    const behind = el('td', formatBytes(g.bytes_behind), 'num behind');
    behind.dataset.bytes = String(g.bytes_behind);
    tr.append(el('td', g.name), el('td', formatNumber(rate(g, p, 'lines_read')), 'num'),
      el('td', formatNumber(rate(g, p, 'bytes_read')), 'num'), el('td', g.files_watched, 'num'),
      el('td', formatNumber(g.lines_read), 'num'), last, behind, el('td', g.rotations, 'num'),
      el('td', g.read_errors, 'num'));
    return tr;
  }));
  const key = f => f.filter + '\u0000' + f.log_group;
  const filtersBefore = new Map(((previousStatus && previousStatus.filters) || []).map(f => [key(f), f]));
  $('filters').tBodies[0].replaceChildren(...lastStatus.filters.map(f => {
    const tr = el('tr');
    tr.dataset.filter = f.filter;
    tr.dataset.logGroup = f.log_group;
    // The last lines it matched, newest first: log-derived, so text only.
    const recent = el('ul', null, 'samples recent-lines');
    for (const line of f.recent_lines || []) {
      const li = el('li', null, 'logline');
      li.append(el('span', (line.time || '').slice(11, 19), 'line-time'), ' ',
        el('span', line.message + (line.truncated ? ' …' : ''), 'message'));
      li.title = line.time + (line.source ? ' · ' + line.source : '');
      recent.appendChild(li);
    }
    const lines = el('td');
    lines.appendChild(recent);
    tr.append(el('td', f.filter), el('td', f.log_group),
      el('td', formatNumber(rate(f, filtersBefore.get(key(f)), 'matches')), 'num'),
      el('td', formatNumber(f.matches), 'num'), lines);
    return tr;
  }));
}

function isoOfMs(ms) {
  return isFinite(ms) && ms > 0 ? new Date(ms).toISOString().replace('T', ' ').slice(0, 19) : '';
}

function agoText(ms) {
  return isFinite(ms) && ms > 0 ? formatDuration((nowMs() - ms) / 1000) + ' ago' : '';
}

// A pattern's count per evaluation period (the API's "counts", the open
// period last), drawn as the alarms' sparklines are.
function patternSparkline(p) {
  const counts = p.counts || [];
  const svg = chart({ name: `${p.pattern_id}: per evaluation period`, threshold: null, evaluation_periods: 0,
    recent_datapoints: counts.map(c => ({ period_start: c.start, value: c.count })) }, 192, 40, false);
  // The open period is still counting: a hollow dot, so its lower count reads as partial.
  const dots = svg.querySelectorAll('circle.point');
  if (counts.length && counts[counts.length - 1].open && dots.length) dots[dots.length - 1].classList.add('open');
  return svg;
}

// Per group a log-anomaly detector watches: each detector's largest
// patterns with their counts and a sparkline of their count per evaluation
// period, patterns first seen after learning marked "new"; then the listed
// anomalies with their example lines. Hidden when no detector runs.
function renderPatterns() {
  const groups = (lastStatus && lastStatus.pattern_log_groups) || [];
  $('patterns-section').hidden = groups.length === 0;
  if (!groups.length) return;
  const blocks = [];
  for (const answer of lastPatterns) {
    blocks.push(el('h3', 'Log group ' + answer.log_group));
    for (const d of answer.detectors || []) {
      // The largest, and every new one the answer holds: new ones are rare by nature.
      const patterns = (d.patterns || []).filter((p, i) => i < TOP_PATTERNS || p.new);
      const fresh = patterns.filter(p => p.new).length;
      blocks.push(el('p', `Detector ${d.detector}: ${formatNumber(d.pattern_count)} patterns over ` +
        `${formatNumber(d.lines)} lines` + (fresh ? `; ${fresh} new since learning` : ''),
        'detector-summary'));
      const table = el('table', null, 'patterns');
      table.dataset.logGroup = answer.log_group;
      table.dataset.detector = d.detector;
      const head = el('tr');
      for (const h of ['Pattern', 'Count', 'Per period', 'First seen', 'Last seen']) {
        const th = el('th', h); th.scope = 'col'; head.appendChild(th);
      }
      table.createTHead().appendChild(head);
      const body = table.createTBody();
      for (const p of patterns) {
        const tr = el('tr', null, p.new ? 'new-pattern' : '');
        tr.dataset.patternId = p.pattern_id;
        tr.dataset.count = String(p.count);
        const text = el('td', null, 'logline');
        if (p.new) text.appendChild(el('span', 'new', 'badge-new'));
        text.appendChild(el('span', p.pattern, 'pattern-text'));
        if (p.examples && p.examples.length) text.title = 'e.g. ' + p.examples[0];
        const spark = el('td', null, 'per-period');
        spark.appendChild(patternSparkline(p));
        tr.append(text, el('td', formatNumber(p.count), 'num count'), spark,
          el('td', isoOfMs(p.first_seen), 'time'), el('td', agoText(p.last_seen), 'time'));
        body.appendChild(tr);
      }
      if (!patterns.length) {
        const tr = el('tr'); const td = el('td', 'No patterns learned yet.'); td.colSpan = 5;
        tr.appendChild(td); body.appendChild(tr);
      }
      blocks.push(table);
    }
  }
  $('patterns').replaceChildren(...blocks);

  const anomalies = ((lastAnomalies && lastAnomalies.anomalies) || []).slice()
    .sort((a, b) => (b.lastSeen || 0) - (a.lastSeen || 0));
  const shown = anomalies.slice(0, MAX_ANOMALIES);
  $('anomalies-note').textContent = !anomalies.length ? 'No anomalies listed.'
    : anomalies.length > shown.length ? `The ${shown.length} latest of ${anomalies.length} listed.` : '';
  $('anomalies').hidden = shown.length === 0;
  $('anomalies').tBodies[0].replaceChildren(...shown.map(a => {
    const tr = el('tr');
    tr.dataset.anomalyId = a.anomalyId;
    const arn = a.anomalyDetectorArn || '';
    const detector = arn.includes(':anomaly-detector:') ? arn.split(':anomaly-detector:')[1] : arn;
    const samples = el('ul', null, 'samples');
    for (const s of a.logSamples || []) samples.appendChild(el('li', s.message, 'logline'));
    const cell = el('td'); cell.appendChild(samples);
    tr.append(el('td', a.priority), el('td', a.kind), el('td', detector),
      el('td', a.patternString, 'logline'), el('td', isoOfMs(a.lastSeen), 'time'), cell);
    return tr;
  }));
}

function currentAlarmName() {
  const m = location.hash.match(/^#\/alarm\/(.+)$/);
  return m ? decodeURIComponent(m[1]) : null;
}

function renderAlarmPage(name) {
  const alarm = lastAlarms && (lastAlarms.alarms || []).find(a => a.name === name);
  $('alarm-title').textContent = name;
  document.title = name + ' · tailwatch';
  if (!alarm) {
    $('alarm-reason').textContent = lastAlarms ? 'No alarm of that name.' : 'Loading…';
    $('alarm-chart').replaceChildren();
    return;
  }
  const badge = $('alarm-state');
  badge.textContent = alarm.state;
  badge.className = 'state state-' + alarm.state;
  $('alarm-since').textContent = alarm.last_change ? 'for ' + sinceText(alarm) + ' (since ' + alarm.last_change + ')' : '';
  $('alarm-reason').textContent = alarm.reason;
  $('alarm-rule').textContent = `${alarm.namespace} / ${alarm.metric}: ${alarm.comparison_operator} ${alarm.threshold}` +
    ` for ${alarm.datapoints_to_alarm} of ${alarm.evaluation_periods} periods of ${alarm.period} s`;
  $('alarm-chart').replaceChildren(chart(alarm, 800, 260, true));
  // The persisted history (newest first); the in-memory list until it loads.
  const transitions = lastHistory && lastHistory.alarm === name ? lastHistory.transitions
    : ((lastAlarms && lastAlarms.transitions) || []).filter(t => t.alarm === name).reverse();
  const deliveries = lastDeliveries && lastDeliveries.alarm === name ? lastDeliveries.deliveries : [];
  const rows = transitions.map(t => {
    const tr = el('tr');
    tr.dataset.eventId = t.id;
    const to = el('td'); to.appendChild(stateBadge(t.to));
    // The actions this transition sent and what became of each.
    const sent = el('td', deliveries.filter(d => d.event_id === t.id)
      .map(d => `${d.target}: ${deliveryText(d)}`).join('; '), 'sent');
    tr.append(el('td', t.time), el('td', t.from), to, el('td', t.reason, 'reason'), sent);
    return tr;
  });
  if (!rows.length) {
    const tr = el('tr'); const td = el('td', 'No transitions recorded.'); td.colSpan = 5; tr.appendChild(td); rows.push(tr);
  }
  $('alarm-transitions').tBodies[0].replaceChildren(...rows);
  $('alarm-timeline').replaceChildren(timeline(transitions, 800));
  renderSampleLines(alarm);
  renderActions(alarm);
  renderDeliveries(deliveries, transitions);
}

function deliveryText(d) {
  if (d.state === 'retrying') return `retrying (${d.attempts} attempt${d.attempts === 1 ? '' : 's'})`;
  if (d.state === 'failed') return `failed after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
  return d.state;
}

// Every notification of the alarm's recent transitions (GET
// /api/v1/deliveries, newest first): its target, delivery state, attempts,
// last attempt and last error. Target names and errors are text only.
function renderDeliveries(deliveries, transitions) {
  const times = new Map(transitions.map(t => [t.id, t.time]));
  const rows = deliveries.map(d => {
    const tr = el('tr');
    tr.dataset.eventId = d.event_id;
    tr.dataset.target = d.target;
    tr.dataset.state = d.state;
    tr.dataset.attempts = String(d.attempts);
    const to = el('td'); to.appendChild(stateBadge(d.to));
    const state = el('td', deliveryText(d), 'delivery delivery-' + d.state);
    tr.append(el('td', times.get(d.event_id) || d.created, 'time'), to, el('td', d.target), state,
      el('td', d.attempts, 'num'), el('td', d.last_attempt ? d.last_attempt.replace('T', ' ').slice(0, 19) : '–', 'time'),
      el('td', d.error, 'reason'));
    return tr;
  });
  $('alarm-deliveries-note').textContent = rows.length ? ''
    : 'No notifications sent since the daemon started.';
  $('alarm-deliveries').hidden = rows.length === 0;
  $('alarm-deliveries').tBodies[0].replaceChildren(...rows);
}

// The log lines behind the latest breaching datapoints (while in ALARM).
// Lines are log-derived: text nodes only, never markup.
function renderSampleLines(alarm) {
  const lines = alarm.sample_lines || [];
  const rows = lines.map(l => {
    const tr = el('tr');
    const text = el('td', l.message + (l.truncated ? ' …' : ''), 'logline');
    tr.append(el('td', l.time), el('td', l.source ? l.log_group + ' ' + l.source : l.log_group),
      el('td', formatNumber(l.value)), text);
    return tr;
  });
  $('alarm-lines-note').textContent = lines.length ? ''
    : alarm.state === 'ALARM' ? 'No sample lines kept for this alarm (sample_lines: 0).'
    : 'Shown while the alarm is in ALARM.';
  $('alarm-lines').hidden = rows.length === 0;
  $('alarm-lines').tBodies[0].replaceChildren(...rows);
}

// The alarm's actions per state, each with what waits in its destination's
// notification outbox (events leave the outbox once delivered).
function renderActions(alarm) {
  const pending = new Map(((lastStatus && lastStatus.outbox) || []).map(o => [o.action, o]));
  const rows = [];
  for (const [state, actions] of Object.entries(alarm.actions || {})) {
    for (const action of actions) {
      const tr = el('tr');
      const on = el('td'); on.appendChild(stateBadge(state));
      const o = pending.get(action);
      const delivery = !o ? 'unknown destination'
        : o.pending ? `${o.pending} event(s) waiting in the outbox of ${o.destination}`
        : `outbox of ${o.destination} empty: everything sent was delivered`;
      tr.append(on, el('td', action), el('td', delivery));
      rows.push(tr);
    }
  }
  $('alarm-actions-note').textContent = alarm.actions_enabled === false ? 'Actions are disabled for this alarm.'
    : rows.length ? '' : 'No actions configured.';
  $('alarm-actions').hidden = rows.length === 0;
  $('alarm-actions').tBodies[0].replaceChildren(...rows);
}

function render() {
  const name = currentAlarmName();
  $('overview').hidden = name !== null;
  $('alarm-page').hidden = name === null;
  if (name !== null) {
    renderAlarmPage(name);
  } else {
    document.title = 'tailwatch';
    renderAlarms();
    renderStatus();
    renderPatterns();
  }
}

async function poll() {
  try {
    const name = currentAlarmName();
    const [alarms, status, history, deliveries] = await Promise.all([api('/api/v1/alarms'), api('/api/v1/status'),
      name === null ? null : api('/api/v1/alarm-history?alarm=' + encodeURIComponent(name)),
      name === null ? null : api('/api/v1/deliveries?alarm=' + encodeURIComponent(name))]);
    // Patterns and anomalies only on the overview, and only for the groups
    // a detector watches.
    const patternGroups = name === null ? (status.pattern_log_groups || []) : [];
    const [patterns, anomalies] = await Promise.all([
      Promise.all(patternGroups.map(g => api('/api/v1/patterns?log_group=' + encodeURIComponent(g)))),
      patternGroups.length ? api('/api/v1/anomalies') : null]);
    lastPatterns = patterns;
    lastAnomalies = anomalies;
    lastHistory = history;
    lastDeliveries = deliveries;
    lastAlarms = alarms;
    previousStatus = lastStatus;
    lastStatus = status;
    $('error').hidden = true;
    $('token-form').hidden = true;
  } catch (e) {
    $('error').textContent = 'Cannot read the daemon: ' + e.message;
    $('error').hidden = false;
  }
  render();
  document.body.dataset.polls = String(Number(document.body.dataset.polls || 0) + 1);
}

async function testPattern(event) {
  event.preventDefault();
  const summary = $('test-summary');
  const list = $('test-results');
  summary.textContent = 'Testing…';
  list.replaceChildren();
  try {
    const body = { pattern: $('test-pattern').value, lines: $('test-lines').value };
    if ($('test-value').value.trim()) body.value = $('test-value').value.trim();
    const result = await api('/api/v1/test-pattern', { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    summary.textContent = `${result.matches.length} of ${result.events} lines match.`;
    list.replaceChildren(...result.matches.map(m => {
      const li = el('li');
      li.value = m.eventNumber;
      li.appendChild(el('span', m.eventMessage, 'message'));
      const extracted = Object.entries(m.extractedValues || {}).map(([k, v]) => k + '=' + v);
      if ('value' in m) extracted.push('value=' + (m.value === null ? 'none' : m.value));
      if (extracted.length) li.append(el('br'), el('span', extracted.join('  '), 'extracted'));
      return li;
    }));
  } catch (e) {
    summary.textContent = 'Error: ' + e.message;
  }
}

function init() {
  $('token-form').addEventListener('submit', event => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token').value);
    $('token').value = '';
    poll();
  });
  $('test-form').addEventListener('submit', testPattern);
  window.addEventListener('hashchange', () => { render(); if (currentAlarmName() !== null) poll(); });
  poll();
  setInterval(poll, POLL_MS);
}

document.addEventListener('DOMContentLoaded', init);
