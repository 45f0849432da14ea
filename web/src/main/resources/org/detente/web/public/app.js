/* This file is part of detente. SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dyad page. Served by `detente serve`, it reads the REST API; inlined into a report by
 * `detente report`, it reads the data embedded in the file (window.DETENTE_REPORT) and needs no server.
 */
'use strict';
(function () {
  const REPORT = window.DETENTE_REPORT || null;
  const QUADS = [
    { key: 'verbalCooperation', name: 'Verbal cooperation', color: '#7fbf7b' },
    { key: 'materialCooperation', name: 'Material cooperation', color: '#1b7837' },
    { key: 'verbalConflict', name: 'Verbal conflict', color: '#f4a582' },
    { key: 'materialConflict', name: 'Material conflict', color: '#b2182b' },
  ];
  const PAGE = 100;
  // empty periods between the first and the last are drawn when there are at most this many periods
  const MAX_FILLED = 400;
  const PRECISION = { day: 'day', month: 'month only', year: 'year only', doc: 'publication date' };

  const $ = (id) => document.getElementById(id);
  const state = { dyad: null, interval: 'month', from: '', to: '', periods: [], period: null, next: null, event: null };

  // ---------------------------------------------------------------- data: the API, or the embedded report
  const api = {
    async get(path, params) {
      const q = new URLSearchParams();
      Object.entries(params || {}).forEach(([k, v]) => { if (v !== '' && v !== null && v !== undefined) q.set(k, v); });
      const url = path + (q.toString() ? '?' + q : '');
      const r = await fetch(url, { headers: { Accept: 'application/json' } });
      const body = await r.json().catch(() => ({ error: r.status + ' ' + r.statusText }));
      if (!r.ok) throw new Error(body.error || r.statusText);
      return body;
    },
    series(d, interval, from, to) {
      return this.get('/api/dyads/' + encodeURIComponent(d.a) + '-' + encodeURIComponent(d.b) + '/series',
        { interval, from, to });
    },
    events(d, from, to, cursor) {
      return this.get('/api/events', { dyad: d.a + '-' + d.b, from, to, limit: PAGE, cursor });
    },
    document(id) { return this.get('/api/documents/' + encodeURIComponent(id)); },
    dyads(limit) { return this.get('/api/dyads', { limit }); },
    actors(q) { return this.get('/api/actors', { q, limit: 12 }); },
  };

  const embedded = REPORT && {
    async series(d, interval, from, to) {
      const s = REPORT.series[interval];
      return Object.assign({}, s, { periods: s.periods.filter((p) => (!from || p.end >= from) && (!to || p.start <= to)) });
    },
    async events(d, from, to, cursor) {
      const all = REPORT.events.filter((e) => inRange(e, from, to));
      const at = cursor ? Number(cursor) : 0;
      const page = all.slice(at, at + PAGE);
      return { events: page, limit: PAGE, next: at + PAGE < all.length ? String(at + PAGE) : null };
    },
  };
  const data = embedded || api;

  /** The first day an event's date stands for: 2015 is 2015-01-01, 2015-09 is 2015-09-01. */
  function firstDay(text) {
    if (!text) return null;
    if (text.length === 4) return text + '-01-01';
    if (text.length === 7) return text + '-01';
    return text;
  }

  function inRange(e, from, to) {
    const d = firstDay(e.date);
    if (!d) return !from && !to;
    return (!from || d >= from) && (!to || d <= to);
  }

  // ---------------------------------------------------------------- small helpers
  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  /** A link target only for web addresses: a document's URL is data, and javascript: is not a place. */
  function safeUrl(u) {
    return /^https?:\/\//i.test(u || '') ? u : '';
  }

  function show(message) {
    const m = $('message');
    if (!m) return;
    m.textContent = message || '';
    m.hidden = !message;
  }

  function fail(e) {
    show(e && e.message ? e.message : String(e));
  }

  function actorLabel(side) {
    // a one-actor event has an empty side: the text named no source or no target
    if (!side.code) {
      return '(unnamed)';
    }
    return side.name ? side.name + ' (' + side.code + ')' : side.code;
  }

  function dyadName(d) {
    const n = (k) => (d.names && d.names[k] ? d.names[k] + ' (' + k + ')' : k);
    return n(d.a) + ' – ' + n(d.b);
  }

  // ---------------------------------------------------------------- periods: fill the gaps, in UTC
  function parseDay(s) {
    const [y, m, d] = s.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }

  function day(dt) {
    return dt.toISOString().slice(0, 10);
  }

  function step(dt, interval, n) {
    const x = new Date(dt.getTime());
    if (interval === 'week') x.setUTCDate(x.getUTCDate() + 7 * n);
    else if (interval === 'month') x.setUTCMonth(x.getUTCMonth() + n);
    else x.setUTCFullYear(x.getUTCFullYear() + n);
    return x;
  }

  function emptyPeriod(start, interval) {
    const end = step(start, interval, 1);
    end.setUTCDate(end.getUTCDate() - 1);
    const s = day(start);
    const label = interval === 'week' ? s : interval === 'month' ? s.slice(0, 7) : s.slice(0, 4);
    const p = { start: s, end: day(end), label, events: 0, meanGoldstein: null, netCooperation: null, imprecise: 0, empty: true };
    QUADS.forEach((q) => { p[q.key] = 0; });
    return p;
  }

  /** The periods with events, and the empty ones between them when that stays readable. */
  function filled(periods, interval) {
    if (periods.length < 2) return { periods, gaps: false };
    const first = parseDay(periods[0].start);
    const last = parseDay(periods[periods.length - 1].start);
    let span = 0;
    for (let t = first; t <= last && span <= MAX_FILLED; t = step(t, interval, 1)) span++;
    if (span > MAX_FILLED) return { periods, gaps: true };
    const byStart = new Map(periods.map((p) => [p.start, p]));
    const out = [];
    for (let t = first; t <= last; t = step(t, interval, 1)) out.push(byStart.get(day(t)) || emptyPeriod(t, interval));
    return { periods: out, gaps: false };
  }

  // ---------------------------------------------------------------- the chart
  const chart = echarts.init($('chart'), null, { renderer: 'canvas' });
  window.addEventListener('resize', () => chart.resize());

  function drawChart(series) {
    const f = filled(series.periods, state.interval);
    state.periods = f.periods;
    const ps = f.periods;
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter(items) {
          const p = ps[items[0].dataIndex];
          const lines = ['<b>' + esc(p.label) + '</b>: ' + p.events + ' events'];
          QUADS.forEach((q) => { if (p[q.key]) lines.push(esc(q.name) + ': ' + p[q.key]); });
          if (p.events) {
            lines.push('Mean Goldstein: ' + p.meanGoldstein + ', net cooperation: ' + p.netCooperation);
            if (p.imprecise) lines.push(p.imprecise + ' dated less precisely than the ' + state.interval);
          }
          return lines.join('<br>');
        },
      },
      legend: { top: 0 },
      grid: { left: 44, right: 52, top: 40, bottom: ps.length > 30 ? 70 : 36 },
      xAxis: { type: 'category', data: ps.map((p) => p.label), axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } },
      ],
      dataZoom: ps.length > 30 ? [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }] : [],
      series: QUADS.map((q) => ({
        name: q.name, type: 'bar', stack: 'events', itemStyle: { color: q.color }, emphasis: { focus: 'none' },
        data: ps.map((p) => p[q.key] || 0),
      })).concat([{
        name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, connectNulls: false, symbolSize: 6,
        itemStyle: { color: '#333' }, lineStyle: { width: 1.5 },
        data: ps.map((p) => (p.events ? p.meanGoldstein : null)),
      }]),
    }, true);
    const notes = [];
    if (!series.periods.length) notes.push('No dated events between these actors' + (state.from || state.to ? ' in this range.' : '.'));
    if (f.gaps) notes.push('Only the ' + series.periods.length + ' periods with events are drawn: the span is too long to show every '
      + state.interval + ' (narrow it with from/to, or count per year).');
    if (series.undated) notes.push(series.undated + ' events have no date and are not charted.');
    const imprecise = series.periods.reduce((n, p) => n + p.imprecise, 0);
    if (imprecise) notes.push(imprecise + ' events are dated less precisely than a ' + state.interval
      + ' and are counted in the period of their first day.');
    $('chart-note').textContent = notes.join(' ');
    drawSeriesTable(series.periods);
  }

  function drawSeriesTable(periods) {
    const body = document.querySelector('#series-table tbody');
    body.innerHTML = periods.map((p) => '<tr data-start="' + esc(p.start) + '"><td>' + esc(p.label) + '</td><td>' + p.events
      + '</td>' + QUADS.map((q) => '<td>' + p[q.key] + '</td>').join('') + '<td>' + p.meanGoldstein + '</td><td>'
      + p.netCooperation + '</td></tr>').join('');
  }

  // a click anywhere in a period's column selects it, not only on the bar itself
  chart.getZr().on('click', (ev) => {
    const pt = [ev.offsetX, ev.offsetY];
    if (!chart.containPixel({ gridIndex: 0 }, pt)) return;
    const value = chart.convertFromPixel({ gridIndex: 0 }, pt);
    const i = Array.isArray(value) ? Math.round(value[0]) : -1;
    if (i >= 0 && i < state.periods.length) selectPeriod(i);
  });

  $('series-table').addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr[data-start]');
    if (!tr) return;
    const i = state.periods.findIndex((p) => p.start === tr.dataset.start);
    if (i >= 0) selectPeriod(i);
  });

  // ---------------------------------------------------------------- dyad and range
  async function selectDyad(a, b, keepRange) {
    state.dyad = { a: a.toUpperCase(), b: b.toUpperCase(), names: {} };
    if (!keepRange) {
      state.from = $('from').value = '';
      state.to = $('to').value = '';
    }
    $('actor-a').value = state.dyad.a;
    $('actor-b').value = state.dyad.b;
    await loadSeries();
  }

  async function loadSeries() {
    if (!state.dyad) return;
    show('');
    remember();
    try {
      const s = await data.series(state.dyad, state.interval, state.from, state.to);
      state.dyad.names = { [s.a.key]: s.a.name, [s.b.key]: s.b.name };
      $('dyad-title').textContent = dyadName(state.dyad);
      state.period = null;
      drawChart(s);
      clearEvents();
      updateDownloads();
    } catch (e) {
      fail(e);
    }
  }

  function remember() {
    if (REPORT || !state.dyad) return;
    const q = new URLSearchParams({ dyad: state.dyad.a + '-' + state.dyad.b, interval: state.interval });
    if (state.from) q.set('from', state.from);
    if (state.to) q.set('to', state.to);
    history.replaceState(null, '', '#' + q);
  }

  // ---------------------------------------------------------------- events of a period
  function clearEvents() {
    document.querySelector('#events tbody').innerHTML = '';
    $('events-title').textContent = 'Events';
    $('more').hidden = true;
    state.next = null;
  }

  async function selectPeriod(i) {
    const p = state.periods[i];
    state.period = p;
    chart.dispatchAction({ type: 'downplay' });
    chart.dispatchAction({ type: 'highlight', seriesIndex: [0, 1, 2, 3], dataIndex: i });
    clearEvents();
    $('events-title').textContent = 'Events in ' + p.label + ' (' + p.events + ')';
    updateDownloads();
    if (!p.events) {
      $('events-note').textContent = 'No events in ' + p.label + '.';
      return;
    }
    $('events-note').textContent = 'Click an event to read ' + (REPORT ? 'its details.' : 'its article.');
    await loadEvents();
  }

  async function loadEvents() {
    const p = state.period;
    try {
      const page = await data.events(state.dyad, p ? p.start : state.from, p ? p.end : state.to, state.next);
      appendEvents(page.events);
      state.next = page.next;
      $('more').hidden = !page.next;
    } catch (e) {
      fail(e);
    }
  }

  function appendEvents(events) {
    const body = document.querySelector('#events tbody');
    events.forEach((e) => {
      const tr = document.createElement('tr');
      tr.className = 'event mode-' + e.mode;
      tr.dataset.id = e.id;
      const precision = e.datePrecision ? PRECISION[e.datePrecision] : '';
      tr.innerHTML = '<td class="date">' + esc(e.date || 'no date')
        + (precision ? '<span class="precision precision-' + esc(e.datePrecision) + '">' + esc(precision) + '</span>' : '')
        + '</td><td><span class="quad quad-' + e.quadClass + '" title="' + esc(e.quadName) + '"></span><span class="code">'
        + esc(e.code) + '</span> ' + esc(e.codeName) + '</td><td><span class="mode mode-' + esc(e.mode) + '">' + esc(e.mode)
        + '</span></td><td>' + esc(actorLabel(e.source)) + ' → ' + esc(actorLabel(e.target)) + '</td><td class="evidence">'
        + marked(e.evidence, e.start, e.highlights.filter((h) => h.kind !== 'sentence')) + '</td>';
      tr.addEventListener('click', () => selectEvent(e, tr));
      body.appendChild(tr);
    });
  }

  /** Text from offset {@code base} with word highlights (article offsets) wrapped in marks. */
  function marked(text, base, highlights) {
    const hs = highlights.slice().sort((x, y) => x.start - y.start);
    let out = '';
    let pos = 0;
    hs.forEach((h) => {
      const s = h.start - base;
      const t = h.end - base;
      if (s < pos || t > text.length) return; // overlapping or outside: leave unmarked
      out += esc(text.slice(pos, s)) + '<mark class="w-' + esc(h.kind) + '">' + esc(text.slice(s, t)) + '</mark>';
      pos = t;
    });
    return out + esc(text.slice(pos));
  }

  // ---------------------------------------------------------------- an event: its article (or, in a report, its details)
  async function selectEvent(e, tr) {
    document.querySelectorAll('#events tr.selected').forEach((x) => x.classList.remove('selected'));
    if (tr) tr.classList.add('selected');
    state.event = e;
    if (REPORT) {
      showDetail(e);
      return;
    }
    try {
      const doc = await data.document(e.doc);
      showArticle(doc, e.id);
    } catch (err) {
      fail(err);
    }
  }

  function showDetail(e) {
    const d = $('event-detail');
    if (!d) return;
    d.innerHTML = '<h3>' + esc(e.code + ' ' + e.codeName) + '</h3><p>' + esc(actorLabel(e.source)) + ' → '
      + esc(actorLabel(e.target)) + ', ' + esc(e.date || 'no date') + (e.datePrecision ? ' (' + esc(PRECISION[e.datePrecision]) + ')' : '')
      + ', <span class="mode mode-' + esc(e.mode) + '">' + esc(e.mode) + '</span>, Goldstein ' + e.goldstein
      + ', confidence ' + e.confidence + '</p><p class="article"><mark class="evidence">'
      + marked(e.evidence, e.start, e.highlights.filter((h) => h.kind !== 'sentence')) + '</mark></p><p class="note">Document '
      + esc(e.doc) + (safeUrl(e.url) ? ' · <a href="' + esc(e.url) + '" rel="noreferrer">' + esc(e.url) + '</a>' : '') + '</p>';
  }

  function showArticle(doc, eventId) {
    const chosen = doc.events.find((x) => x.id === eventId);
    $('article-title').textContent = doc.title || doc.id;
    const meta = [doc.source, doc.published ? 'published ' + doc.published : null, 'document ' + doc.id].filter(Boolean);
    $('article-meta').innerHTML = esc(meta.join(' · '))
      + (safeUrl(doc.url) ? ' · <a href="' + esc(doc.url) + '" rel="noreferrer">source</a>' : '');
    const text = doc.text;
    // characters of other events' sentences, so they can be marked and clicked
    const others = new Array(text.length).fill(null);
    doc.events.forEach((x) => {
      if (chosen && x.start === chosen.start && x.end === chosen.end) return;
      for (let i = Math.max(0, x.start); i < Math.min(text.length, x.end); i++) if (others[i] === null) others[i] = x.id;
    });
    const plain = (from, to) => {
      let out = '';
      let i = from;
      while (i < to) {
        let j = i;
        while (j < to && others[j] === others[i]) j++;
        const piece = esc(text.slice(i, j));
        out += others[i] === null ? piece : '<span class="other-event" data-event="' + others[i] + '">' + piece + '</span>';
        i = j;
      }
      return out;
    };
    let html;
    if (chosen) {
      const words = chosen.highlights.filter((h) => h.kind !== 'sentence');
      html = plain(0, chosen.start) + '<mark class="evidence" data-event="' + chosen.id + '">'
        + marked(text.slice(chosen.start, chosen.end), chosen.start, words) + '</mark>' + plain(chosen.end, text.length);
    } else {
      html = plain(0, text.length);
    }
    const box = $('article');
    box.innerHTML = html;
    box.querySelectorAll('.other-event').forEach((el) => el.addEventListener('click', () => {
      const x = doc.events.find((y) => y.id === Number(el.dataset.event));
      if (x) showArticle(doc, x.id);
    }));
    const mark = box.querySelector('mark.evidence');
    if (mark) mark.scrollIntoView({ block: 'center' });
  }

  // ---------------------------------------------------------------- downloads of the current selection
  function updateDownloads() {
    ['csv', 'jsonl'].forEach((format) => {
      const link = $('download-' + format);
      if (!link) return;
      if (!state.dyad || REPORT) {
        link.removeAttribute('href');
        return;
      }
      const q = new URLSearchParams({ format, dyad: state.dyad.a + '-' + state.dyad.b });
      const from = state.period ? state.period.start : state.from;
      const to = state.period ? state.period.end : state.to;
      if (from) q.set('from', from);
      if (to) q.set('to', to);
      link.href = '/api/export?' + q;
    });
  }

  // ---------------------------------------------------------------- the picker and the network (server only)
  /** The key for what was typed: a suggestion's key or name, else the best match the API knows, else as typed. */
  async function actorKey(text) {
    const v = text.trim();
    const option = Array.from($('actor-list').options).find((o) => o.value.toUpperCase() === v.toUpperCase()
      || (o.dataset.name || '').toLowerCase() === v.toLowerCase());
    if (option) return option.value;
    if (/^[A-Za-z0-9]{2,18}$/.test(v) && v.length <= 4) return v.toUpperCase();
    const r = await api.actors(v);
    return r.actors.length ? r.actors[0].key : v.toUpperCase();
  }

  let lookup = null;
  function suggest(ev) {
    clearTimeout(lookup);
    const q = ev.target.value.trim();
    lookup = setTimeout(async () => {
      try {
        const r = await api.actors(q);
        $('actor-list').innerHTML = r.actors.map((a) => '<option value="' + esc(a.key) + '" data-name="' + esc(a.name || '')
          + '">' + esc((a.name ? a.name + ' · ' : '') + a.events + ' events' + (a.mentions.length ? ' · ' + a.mentions.join(', ') : ''))
          + '</option>').join('');
      } catch (e) {
        fail(e);
      }
    }, 200);
  }

  function balanceColor(b) {
    // -1 (conflict) red, 0 grey, +1 (cooperation) green
    const mix = (x, y, t) => Math.round(x + (y - x) * t);
    const grey = [150, 150, 150];
    const end = b >= 0 ? [27, 120, 55] : [178, 24, 43];
    const t = Math.min(1, Math.abs(b));
    return 'rgb(' + grey.map((g, i) => mix(g, end[i], t)).join(',') + ')';
  }

  async function drawNetwork() {
    const el = $('network');
    if (!el) return;
    const net = echarts.init(el);
    window.addEventListener('resize', () => net.resize());
    const r = await api.dyads(40);
    const nodes = new Map();
    r.dyads.forEach((d) => [d.a, d.b].forEach((x) => {
      const n = nodes.get(x.key) || { key: x.key, name: x.name, events: 0 };
      n.events += d.events;
      nodes.set(x.key, n);
    }));
    const maxNode = Math.max(1, ...Array.from(nodes.values()).map((n) => n.events));
    const maxEdge = Math.max(1, ...r.dyads.map((d) => d.events));
    net.setOption({
      animation: false,
      tooltip: {
        formatter(p) {
          if (p.dataType === 'edge') {
            const d = p.data.dyad;
            return esc(d.a.key + ' – ' + d.b.key) + ': ' + d.events + ' events, ' + d.cooperation + ' cooperative, '
              + d.conflict + ' conflictual, mean Goldstein ' + d.meanGoldstein;
          }
          return esc((p.data.fullName || p.data.name) + ': ' + p.data.value + ' events');
        },
      },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 220, edgeLength: [50, 150], gravity: 0.12 },
        label: { show: true, position: 'right', fontSize: 11 },
        data: Array.from(nodes.values()).map((n) => ({
          name: n.key, fullName: n.name, value: n.events, symbolSize: 8 + 26 * Math.sqrt(n.events / maxNode),
          itemStyle: { color: '#4a6fa5' },
        })),
        links: r.dyads.map((d) => ({
          source: d.a.key, target: d.b.key, value: d.events, dyad: d,
          lineStyle: { width: 1 + 7 * Math.sqrt(d.events / maxEdge), color: balanceColor(d.balance), opacity: 0.85 },
        })),
        emphasis: { focus: 'adjacency', lineStyle: { width: 8 } },
      }],
    });
    net.on('click', (p) => {
      if (p.dataType === 'edge') selectDyad(p.data.dyad.a.key, p.data.dyad.b.key);
      else if (p.dataType === 'node') $('actor-a').value = p.data.name;
    });
    window.detente.network = net;
    return r;
  }

  async function startServer() {
    $('picker').addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        const a = await actorKey($('actor-a').value);
        const b = await actorKey($('actor-b').value);
        if (a === b) {
          show('Pick two different actors.');
          return;
        }
        await selectDyad(a, b);
      } catch (e) {
        fail(e);
      }
    });
    $('actor-a').addEventListener('input', suggest);
    $('actor-b').addEventListener('input', suggest);
    $('dyad-select').addEventListener('change', (ev) => {
      if (ev.target.value) selectDyad(...ev.target.value.split('-'));
    });
    $('more').addEventListener('click', loadEvents);
    $('interval').addEventListener('change', (ev) => { state.interval = ev.target.value; loadSeries(); });
    $('from').addEventListener('change', (ev) => { state.from = ev.target.value; loadSeries(); });
    $('to').addEventListener('change', (ev) => { state.to = ev.target.value; loadSeries(); });
    let dyads;
    try {
      dyads = await drawNetwork();
      $('dyad-select').innerHTML = '<option value="">choose…</option>' + dyads.dyads.map((d) => '<option value="'
        + esc(d.a.key + '-' + d.b.key) + '">' + esc(d.a.key + ' – ' + d.b.key + ' (' + d.events + ')') + '</option>').join('');
      const total = dyads.dyads.reduce((n, d) => n + d.events, 0);
      $('totals').textContent = total + ' events between the ' + dyads.dyads.length + ' busiest pairs';
    } catch (e) {
      fail(e);
    }
    const hash = new URLSearchParams(location.hash.slice(1));
    const wanted = hash.get('dyad');
    if (hash.get('interval')) state.interval = $('interval').value = hash.get('interval');
    state.from = $('from').value = hash.get('from') || '';
    state.to = $('to').value = hash.get('to') || '';
    if (wanted && wanted.includes('-')) {
      await selectDyad(...wanted.split('-'), true);
    } else if (dyads && dyads.dyads.length) {
      await selectDyad(dyads.dyads[0].a.key, dyads.dyads[0].b.key);
    }
  }

  async function startReport() {
    $('more').addEventListener('click', loadEvents);
    $('interval').value = state.interval = REPORT.interval;
    $('interval').addEventListener('change', (ev) => { state.interval = ev.target.value; loadSeries(); });
    $('from').addEventListener('change', (ev) => { state.from = ev.target.value; loadSeries(); });
    $('to').addEventListener('change', (ev) => { state.to = ev.target.value; loadSeries(); });
    state.dyad = { a: REPORT.a, b: REPORT.b, names: {} };
    await loadSeries();
  }

  window.addEventListener('error', (ev) => show('The page failed: ' + ev.message));
  window.addEventListener('unhandledrejection', (ev) => show('The page failed: ' + (ev.reason && ev.reason.message || ev.reason)));
  if (!REPORT) {
    window.addEventListener('hashchange', () => {
      const h = new URLSearchParams(location.hash.slice(1));
      const d = h.get('dyad');
      if (d && d.includes('-') && (!state.dyad || d !== state.dyad.a + '-' + state.dyad.b)) selectDyad(...d.split('-'));
    });
  }

  window.detente = { chart, state, ready: null };
  window.detente.ready = (REPORT ? startReport() : startServer()).then(() => { document.body.dataset.ready = 'true'; });
})();
