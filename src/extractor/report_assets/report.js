// Draws the evidence report from the JSON block. Article text is untrusted: it only ever
// reaches the page through textContent / createTextNode / setAttribute of inert attributes,
// never through HTML parsing of strings, and links are kept only when they are http(s).
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var EVENTS = DATA.events || [];
  var CITES = DATA.citations || {};
  var DAY = 86400000;
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var COLORS = {
    air_patrol: '#4e79a7', naval_patrol: '#59a14f', naval_exercise: '#76b7b2',
    strategic_exercise: '#e15759', counter_terrorism_exercise: '#f28e2b',
    missile_defense_exercise: '#b07aa1', command_post_exercise: '#9c755f', exercise: '#8c8c8c'
  };
  var FIELD_LABELS = {
    event_type: 'Type', status: 'Status', date: 'Date', locations: 'Locations',
    participants: 'Participants', assets: 'Assets', troops: 'Troops', duration: 'Duration',
    name: 'Name'
  };
  var QUALIFIERS = { exact: '', more_than: 'more than ', less_than: 'fewer than ', about: 'about ', up_to: 'up to ' };
  var TENTATIVE = { planned: true, speculative: true };

  var state = { text: '', type: '', status: '', sortKey: 'date', sortDir: 1, selected: null, field: null };
  var byId = {};
  EVENTS.forEach(function (ev) { byId[ev.id] = ev; });

  // ------------------------------------------------------------------ small helpers

  function el(tag, opts) {
    var node = document.createElement(tag);
    opts = opts || {};
    if (opts.cls) node.className = opts.cls;
    if (opts.text !== undefined && opts.text !== null) node.textContent = String(opts.text);
    if (opts.attrs) Object.keys(opts.attrs).forEach(function (k) { node.setAttribute(k, opts.attrs[k]); });
    (opts.children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    if (opts.onclick) node.addEventListener('click', opts.onclick);
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function hasValue(v) {
    if (v === null || v === undefined || v === '') return false;
    if (Array.isArray(v)) return v.length > 0;
    if (typeof v === 'object') return Object.keys(v).length > 0;
    return true;
  }

  function typeLabel(t) { return String(t || '').replace(/_/g, ' '); }

  function safeUrl(u) {
    if (typeof u !== 'string') return null;
    try {
      var parsed = new URL(u);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) { return null; }
  }

  function parseDay(s) {
    if (typeof s !== 'string') return null;
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return null;
    var t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return isNaN(t) ? null : t;
  }

  function asList(v) { return Array.isArray(v) ? v : []; }

  // ------------------------------------------------------------------ value formatting

  var FORMAT = {
    event_type: typeLabel,
    status: String,
    name: String,
    duration: String,
    date: function (d) {
      if (!d) return '';
      if (d.anchor === 'unresolved') return '“' + d.text + '” (unresolved)';
      var s = '“' + d.text + '” → ' + (d.value || '?');
      var bits = [d.granularity, d.anchor && d.anchor !== 'absolute' ? 'from ' + d.anchor.replace(/_/g, ' ') : null, d.mod];
      bits = bits.filter(Boolean);
      if (d.start && d.end === null) bits.push('open end');
      return bits.length ? s + ' (' + bits.join(', ') + ')' : s;
    },
    participants: function (l) {
      return asList(l).map(function (p) { return p.code ? p.name + ' (' + p.code + ')' : p.name; }).join(', ');
    },
    locations: function (l) {
      return asList(l).map(function (x) {
        return x.name + (x.kind && x.kind !== 'unknown' ? ' (' + x.kind + ')' : '');
      }).join(', ');
    },
    assets: function (l) {
      return asList(l).map(function (a) {
        return a.name + (a.count ? ' ×' + a.count : '') + (a.category ? ' (' + typeLabel(a.category) + ')' : '');
      }).join(', ');
    },
    troops: function (t) {
      return t ? (QUALIFIERS[t.qualifier] || '') + Number(t.value).toLocaleString('en') : '';
    }
  };

  function formatValue(field, v) {
    try {
      if (FORMAT[field]) return FORMAT[field](v);
    } catch (e) { /* an unexpected shape falls through to JSON */ }
    return typeof v === 'string' ? v : JSON.stringify(v);
  }

  function dateLabel(ev) {
    var d = ev.date;
    if (!d) return '';
    if (d.anchor === 'unresolved') return d.text;
    return d.value || d.text;
  }

  function title(ev) {
    return ev.name || (typeLabel(ev.event_type) + (dateLabel(ev) ? ' ' + dateLabel(ev) : ''));
  }

  function docsOf(ev) {
    var seen = {};
    Object.keys(ev.cites || {}).forEach(function (cid) {
      var c = CITES[ev.cites[cid]];
      if (c) seen[c.doc_id] = true;
    });
    return Object.keys(seen);
  }

  function badges(ev) {
    var out = [];
    if (ev.kind === 'series') out.push(el('span', { cls: 'badge series', text: 'series' }));
    if (ev.status && ev.status !== 'occurred') out.push(el('span', { cls: 'badge ' + ev.status, text: ev.status }));
    if (ev.date && ev.date.anchor === 'unresolved') out.push(el('span', { cls: 'badge unresolved', text: 'unresolved date', attrs: { title: 'the date could not be resolved: no publication date or dateline' } }));
    if (ev.disagreements && Object.keys(ev.disagreements).length) {
      out.push(el('span', { cls: 'badge disputed', text: 'sources disagree: ' + Object.keys(ev.disagreements).join(', ') }));
    }
    var bad = Object.keys(ev.cites || {}).filter(function (cid) { var c = CITES[ev.cites[cid]]; return c && !c.verified; });
    if (bad.length) out.push(el('span', { cls: 'badge unverified', text: bad.length + ' unverified citation' + (bad.length > 1 ? 's' : '') }));
    return out;
  }

  // ------------------------------------------------------------------ filtering

  EVENTS.forEach(function (ev) {
    var parts = [ev.id, ev.name, ev.kind, typeLabel(ev.event_type), ev.status, ev.duration];
    if (ev.date) parts.push(ev.date.text, ev.date.value);
    asList(ev.participants).forEach(function (p) { parts.push(p.name, p.code); });
    asList(ev.locations).forEach(function (p) { parts.push(p.name); });
    asList(ev.assets).forEach(function (p) { parts.push(p.name, p.category); });
    Object.keys(ev.cites || {}).forEach(function (cid) {
      var c = CITES[ev.cites[cid]];
      if (c) parts.push(c.quote, c.source, c.doc_id);
    });
    ev._haystack = parts.filter(function (p) { return p !== null && p !== undefined; }).join(' \u0001 ').toLowerCase();
  });

  function visible(ev) {
    if (state.type && ev.event_type !== state.type) return false;
    if (state.status && ev.status !== state.status) return false;
    if (state.text) {
      var words = state.text.toLowerCase().split(/\s+/).filter(Boolean);
      for (var i = 0; i < words.length; i++) if (ev._haystack.indexOf(words[i]) === -1) return false;
    }
    return true;
  }

  // ------------------------------------------------------------------ timeline

  function interval(ev) {
    var d = ev.date;
    if (!d || d.anchor === 'unresolved') return null;
    var s = parseDay(d.start);
    if (s === null) return null;
    var e = parseDay(d.end);
    if (e !== null && e < s) e = s;
    return { s: s, e: e === null ? null : e + DAY, open: e === null, tick: e === s };
  }

  EVENTS.forEach(function (ev) { ev._iv = interval(ev); });
  var DATED = EVENTS.filter(function (ev) { return ev._iv; });

  function domain() {
    var lo = Infinity, hi = -Infinity;
    DATED.forEach(function (ev) {
      lo = Math.min(lo, ev._iv.s);
      hi = Math.max(hi, ev._iv.e === null ? ev._iv.s + DAY : ev._iv.e);
    });
    if (DATED.some(function (ev) { return ev._iv.open; })) hi = Math.max(hi, lo + 365 * DAY);
    var y0 = new Date(lo).getUTCFullYear(), y1 = new Date(hi - 1).getUTCFullYear() + 1;
    var span = y1 - y0;
    if (span <= 2) {
      // Short spans read better in months.
      var a = new Date(lo), b = new Date(hi);
      return { lo: Date.UTC(a.getUTCFullYear(), a.getUTCMonth() - 1, 1), hi: Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 1), months: true };
    }
    return { lo: Date.UTC(y0, 0, 1), hi: Date.UTC(y1, 0, 1), months: false };
  }

  function drawTimeline() {
    var box = document.getElementById('timeline');
    clear(box);
    var legend = document.getElementById('legend');
    clear(legend);
    if (!DATED.length) {
      box.appendChild(el('p', { cls: 'muted', text: 'No event has a resolved date.' }));
      drawUndated();
      return;
    }
    var dom = domain();
    var W = 1100, L = 190, R = 22, TOP = 26, ROW = 16, BAR = 12, LANE_PAD = 8;
    var xs = function (t) { return L + (t - dom.lo) / (dom.hi - dom.lo) * (W - L - R); };
    var types = DATA.event_types.slice();
    DATED.forEach(function (ev) { if (types.indexOf(ev.event_type) === -1) types.push(ev.event_type); });
    types = types.filter(function (t) { return DATED.some(function (ev) { return ev.event_type === t; }); });

    var lanes = types.map(function (t) {
      var evs = DATED.filter(function (ev) { return ev.event_type === t && visible(ev); })
        .sort(function (a, b) { return a._iv.s - b._iv.s; });
      var rowsEnd = [];
      var placed = evs.map(function (ev) {
        var x0 = xs(ev._iv.s);
        var x1 = ev._iv.open ? W - R : Math.max(xs(ev._iv.e), x0 + 3);
        if (ev._iv.tick) { x0 -= 2; x1 = x0 + 4; }
        var row = 0;
        while (row < rowsEnd.length && rowsEnd[row] > x0 - 2) row++;
        rowsEnd[row] = x1;
        return { ev: ev, x0: x0, x1: x1, row: row };
      });
      return { type: t, placed: placed, rows: Math.max(1, rowsEnd.length) };
    });
    var H = TOP + lanes.reduce(function (h, l) { return h + l.rows * ROW + LANE_PAD; }, 0) + 6;
    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img', 'aria-label': 'Timeline of events by type and date', id: 'timeline-svg' });

    // Axis: years, or months for short spans.
    var axis = svg('g', { 'class': 'axis' });
    var ticks = [];
    if (dom.months) {
      for (var t = dom.lo; t < dom.hi;) {
        var dt = new Date(t);
        ticks.push({ t: t, label: dt.getUTCMonth() === 0 || ticks.length === 0 ? dt.toISOString().slice(0, 7) : dt.toISOString().slice(5, 7) });
        t = Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 1);
      }
    } else {
      var y0 = new Date(dom.lo).getUTCFullYear(), y1 = new Date(dom.hi).getUTCFullYear();
      var step = Math.max(1, Math.ceil((y1 - y0) / 14));
      for (var y = y0; y <= y1; y += step) ticks.push({ t: Date.UTC(y, 0, 1), label: String(y) });
    }
    ticks.forEach(function (tk) {
      var x = xs(tk.t);
      axis.appendChild(svg('line', { x1: x, x2: x, y1: TOP - 6, y2: H - 4, 'class': 'grid' }));
      var label = svg('text', { x: x + 2, y: TOP - 10 });
      label.textContent = tk.label;
      axis.appendChild(label);
    });
    root.appendChild(axis);

    var y = TOP;
    lanes.forEach(function (lane, i) {
      var laneH = lane.rows * ROW + LANE_PAD;
      if (i % 2 === 0) root.appendChild(svg('rect', { x: 0, y: y, width: W, height: laneH, fill: '#f7f9fc' }));
      var name = svg('text', { x: 8, y: y + ROW, 'class': 'lane-label' });
      name.textContent = typeLabel(lane.type);
      root.appendChild(name);
      lane.placed.forEach(function (p) {
        var ev = p.ev;
        var cls = 'mark' + (TENTATIVE[ev.status] ? ' tentative' : '') + (ev.status === 'negated' ? ' negated' : '') + (ev.id === state.selected ? ' selected' : '');
        var top = y + 4 + p.row * ROW;
        var rect = svg('rect', {
          x: p.x0.toFixed(1), y: top, width: (p.x1 - p.x0).toFixed(1), height: BAR, rx: p.ev._iv.tick ? 1 : 2,
          fill: COLORS[ev.event_type] || '#8c8c8c', 'class': cls, tabindex: 0, role: 'button',
          'data-id': ev.id, 'aria-label': title(ev) + ', ' + ev.status
        });
        var tip = svg('title');
        tip.textContent = title(ev) + ' — ' + (ev.date ? ev.date.text + ' (' + (ev.date.value || '?') + ')' : '') + ' — ' + ev.status + (ev.kind === 'series' ? ', series' : '');
        rect.appendChild(tip);
        rect.addEventListener('click', function () { select(ev.id, true); });
        rect.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(ev.id, true); } });
        root.appendChild(rect);
        if (ev._iv.open) {
          var ay = top + BAR / 2;
          root.appendChild(svg('polygon', { points: (W - R) + ',' + (ay - 6) + ' ' + (W - R + 9) + ',' + ay + ' ' + (W - R) + ',' + (ay + 6), fill: COLORS[ev.event_type] || '#8c8c8c', 'class': 'open-end' }));
        }
      });
      y += laneH;
    });
    box.appendChild(root);

    types.forEach(function (t) {
      legend.appendChild(el('span', { cls: 'key', children: [swatch(COLORS[t] || '#8c8c8c'), typeLabel(t)] }));
    });
    legend.appendChild(el('span', { cls: 'key muted', text: 'thin tick = a day; bar = the month/season/year it denotes; ▶ = open end; pale dashed = planned/speculative; dotted = negated' }));
    drawUndated();
  }

  function swatch(color) {
    var s = svg('svg', { width: 12, height: 12, 'class': 'swatch', 'aria-hidden': 'true' });
    s.appendChild(svg('rect', { width: 12, height: 12, rx: 2, fill: color }));
    return s;
  }

  function drawUndated() {
    var box = document.getElementById('undated');
    clear(box);
    var rest = EVENTS.filter(function (ev) { return !ev._iv && visible(ev); });
    if (!rest.length) return;
    var list = el('ul');
    rest.forEach(function (ev) {
      var why = ev.date ? (ev.date.anchor === 'unresolved' ? '' : 'date not placeable') : 'no date stated';
      list.appendChild(el('li', {
        children: [
          el('button', { cls: 'linklike', text: title(ev), attrs: { 'data-id': ev.id }, onclick: function () { select(ev.id, true); } }),
          ' ', el('span', { cls: 'muted', text: typeLabel(ev.event_type) + (why ? ' · ' + why : '') + ' ' })
        ].concat(badges(ev))
      }));
    });
    box.appendChild(el('div', { cls: 'undated', attrs: { id: 'undated-list' }, children: [el('h3', { text: 'Undated or unresolved (' + rest.length + ')' }), list] }));
  }

  // ------------------------------------------------------------------ table

  var COLUMNS = [
    { key: 'id', label: 'ID', value: function (ev) { return ev.id; } },
    { key: 'name', label: 'Name', value: function (ev) { return (ev.name || '').toLowerCase(); } },
    { key: 'event_type', label: 'Type', value: function (ev) { return ev.event_type; } },
    { key: 'status', label: 'Status', value: function (ev) { return ev.status; } },
    { key: 'date', label: 'Date', value: function (ev) { return ev._iv ? ev._iv.s : null; } },
    { key: 'participants', label: 'Participants', value: function (ev) { return formatValue('participants', ev.participants).toLowerCase(); } },
    { key: 'locations', label: 'Locations', value: function (ev) { return formatValue('locations', ev.locations).toLowerCase(); } },
    { key: 'sources', label: 'Sources', value: function (ev) { return docsOf(ev).length; } }
  ];

  function drawHead() {
    var head = document.getElementById('events-head');
    clear(head);
    COLUMNS.forEach(function (col) {
      var th = el('th', { attrs: { scope: 'col', 'data-key': col.key }, children: [el('button', { text: col.label, attrs: { type: 'button' } })] });
      if (state.sortKey === col.key) th.setAttribute('aria-sort', state.sortDir > 0 ? 'ascending' : 'descending');
      th.addEventListener('click', function () {
        if (state.sortKey === col.key) state.sortDir = -state.sortDir; else { state.sortKey = col.key; state.sortDir = 1; }
        drawHead();
        drawRows();
      });
      head.appendChild(th);
    });
  }

  function compare(col) {
    return function (a, b) {
      var va = col.value(a), vb = col.value(b);
      // Missing values stay at the bottom in either direction.
      if (va === null || va === '') return vb === null || vb === '' ? 0 : 1;
      if (vb === null || vb === '') return -1;
      if (va < vb) return -state.sortDir;
      if (va > vb) return state.sortDir;
      return a.id < b.id ? -1 : 1;
    };
  }

  function drawRows() {
    var body = document.getElementById('events-body');
    clear(body);
    var col = COLUMNS.filter(function (c) { return c.key === state.sortKey; })[0] || COLUMNS[0];
    var rows = EVENTS.filter(visible).sort(compare(col));
    rows.forEach(function (ev) {
      var tr = el('tr', {
        cls: ev.id === state.selected ? 'selected' : '',
        attrs: { 'data-id': ev.id, tabindex: 0 },
        children: [
          el('td', { cls: 'id', text: ev.id }),
          el('td', { children: [ev.name || '', ' '].concat(ev.kind === 'series' ? [el('span', { cls: 'badge series', text: 'series' })] : []) }),
          el('td', { text: typeLabel(ev.event_type) }),
          el('td', { children: [ev.status !== 'occurred' ? el('span', { cls: 'badge ' + ev.status, text: ev.status }) : ev.status] }),
          el('td', { children: [dateLabel(ev), ' '].concat(ev.date && ev.date.anchor === 'unresolved' ? [el('span', { cls: 'badge unresolved', text: 'unresolved' })] : []) }),
          el('td', { text: formatValue('participants', ev.participants) }),
          el('td', { text: formatValue('locations', ev.locations) }),
          el('td', { text: String(docsOf(ev).length) })
        ]
      });
      tr.addEventListener('click', function () { select(ev.id); });
      tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') select(ev.id); });
      body.appendChild(tr);
    });
    document.getElementById('count').textContent = 'showing ' + rows.length + ' of ' + EVENTS.length;
  }

  function redraw() {
    drawRows();
    drawTimeline();
  }

  // ------------------------------------------------------------------ detail

  function citationCard(ev, cid) {
    var c = CITES[(ev.cites || {})[cid]];
    if (!c) return el('div', { cls: 'citation warn', text: 'citation ' + cid + ' is not in this record' });
    var meta = [c.doc_id];
    if (c.source) meta.push(c.source);
    meta.push(c.published ? 'published ' + c.published : 'no publication date');
    meta.push('sentence ' + c.sentence_index, 'chars ' + c.start + '–' + c.end);
    var metaLine = el('div', { cls: 'meta', children: [meta.join(' · ')] });
    var url = safeUrl(c.url);
    if (url) {
      metaLine.appendChild(document.createTextNode(' · '));
      metaLine.appendChild(el('a', { text: c.url, attrs: { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' } }));
    } else if (c.url) {
      metaLine.appendChild(document.createTextNode(' · ' + c.url));
    }
    var card = el('div', { cls: 'citation', attrs: { 'data-citation': cid }, children: [metaLine] });
    var attributed = asList((ev.attributions || {})[cid]);
    if (attributed.length) card.appendChild(el('div', { cls: 'meta', text: 'attributed to: ' + attributed.join('; ') }));
    if (!c.doc_found) card.appendChild(el('div', { cls: 'badge unverified', text: 'source document not found in the corpus: showing the feed quote' }));
    else if (!c.verified) card.appendChild(el('div', { cls: 'badge unverified', text: 'quote does not match the source text at these offsets' }));
    card.appendChild(el('p', {
      cls: 'context',
      children: [c.clipped_before ? '… ' : '', c.before, el('mark', { text: c.text }), c.after, c.clipped_after ? ' …' : '']
    }));
    if (c.doc_found && !c.verified) card.appendChild(el('p', { cls: 'context warn', children: ['feed quote: ', el('q', { text: c.quote })] }));
    return card;
  }

  function showEvidence(ev, field) {
    state.field = field;
    var box = document.getElementById('evidence');
    clear(box);
    document.querySelectorAll('.field-row').forEach(function (row) {
      row.classList.toggle('active', row.getAttribute('data-field') === field);
    });
    var ids = field === '*' ? ev.citation_ids : asList((ev.evidence || {})[field]);
    var heading = field === '*' ? 'All citations (' + ids.length + ')' : 'Evidence for ' + (FIELD_LABELS[field] || field) + ': ' + formatValue(field, ev[field]);
    box.appendChild(el('h3', { text: heading }));
    if (!ids.length) box.appendChild(el('p', { cls: 'warn', text: 'No sentence is cited for this field.' }));
    ids.forEach(function (cid) { box.appendChild(citationCard(ev, cid)); });
  }

  // reveal: the choice was made far from the detail panel (timeline, undated list).
  function select(id, reveal) {
    var ev = byId[id];
    if (!ev) return;
    state.selected = id;
    document.querySelectorAll('#events-body tr').forEach(function (tr) { tr.classList.toggle('selected', tr.getAttribute('data-id') === id); });
    document.querySelectorAll('#timeline .mark').forEach(function (m) { m.classList.toggle('selected', m.getAttribute('data-id') === id); });
    try { history.replaceState(null, '', '#' + encodeURIComponent(id)); } catch (e) { /* file:// in some browsers */ }

    var box = document.getElementById('detail');
    clear(box);
    box.appendChild(el('h2', { children: [title(ev), ' ', el('span', { cls: 'muted', text: ev.id })] }));
    box.appendChild(el('div', { cls: 'badges', children: badges(ev) }));
    var docs = docsOf(ev).map(function (d) {
      var info = (DATA.documents || {})[d] || {};
      return d + (info.source ? ' (' + info.source + (info.published ? ', ' + info.published : '') + ')' : info.published ? ' (' + info.published + ')' : '');
    });
    box.appendChild(el('p', { cls: 'muted', text: 'Sources: ' + (docs.join('; ') || 'none') }));

    var grid = el('div', { cls: 'fields', attrs: { id: 'fields' } });
    (DATA.claim_fields || Object.keys(FIELD_LABELS)).forEach(function (f) {
      var ids = asList((ev.evidence || {})[f]);
      var v = ev[f];
      if (!hasValue(v) && !ids.length) return;
      var btn = el('button', {
        cls: 'linklike field-btn', text: FIELD_LABELS[f] || f,
        attrs: { type: 'button', 'data-field': f, title: 'show the sentences that support this field' },
        onclick: function () { showEvidence(ev, f); }
      });
      var valueCell = el('div', {
        cls: 'field-value', attrs: { 'data-field': f },
        children: [hasValue(v) ? formatValue(f, v) : '—', ' ', el('span', { cls: 'muted', text: '(' + ids.length + ' sentence' + (ids.length === 1 ? '' : 's') + ')' })]
      });
      if (hasValue(v) && !ids.length) valueCell.appendChild(el('span', { cls: 'badge unverified', text: 'no evidence' }));
      valueCell.addEventListener('click', function () { showEvidence(ev, f); });
      grid.appendChild(el('div', { cls: 'field-link field-row', attrs: { 'data-field': f }, children: [el('div', { cls: 'field-name', children: [btn] }), valueCell] }));
    });
    box.appendChild(grid);
    box.appendChild(el('button', { cls: 'linklike', text: 'Show all ' + ev.citation_ids.length + ' citations', attrs: { type: 'button', id: 'all-citations' }, onclick: function () { showEvidence(ev, '*'); } }));
    box.appendChild(el('div', { cls: 'evidence', attrs: { id: 'evidence' }, children: [el('p', { cls: 'muted', text: 'Click a field to see the sentences that support it.' })] }));

    var dis = ev.disagreements || {};
    Object.keys(dis).forEach(function (f) {
      var cols = asList(dis[f]).map(function (variant) {
        var info = (DATA.documents || {})[variant.doc_id] || {};
        return el('div', {
          cls: 'variant',
          children: [
            el('h4', { text: formatValue(f, variant.value) }),
            el('div', { cls: 'meta muted', text: variant.doc_id + (info.source ? ' · ' + info.source : '') + (info.published ? ' · ' + info.published : '') + (variant.attribution ? ' · according to ' + variant.attribution : '') })
          ].concat(asList(variant.citations).map(function (cid) { return citationCard(ev, cid); }))
        });
      });
      box.appendChild(el('section', {
        cls: 'disagreement', attrs: { 'data-field': f },
        children: [el('h3', { text: 'Sources disagree on ' + (FIELD_LABELS[f] || f) }), el('div', { cls: 'side-by-side', children: cols })]
      }));
    });

    var hist = asList(ev.status_history);
    if (hist.length > 1) {
      box.appendChild(el('h3', { text: 'Status as reported, oldest first' }));
      box.appendChild(el('ul', {
        cls: 'history',
        children: hist.map(function (h) {
          return el('li', { text: (h.published || 'undated') + ' · ' + h.doc_id + ': ' + h.status + (h.citation ? ' (' + h.citation + ')' : '') });
        })
      }));
    }
    if (reveal && box.scrollIntoView) box.scrollIntoView({ block: 'nearest' });
  }

  // ------------------------------------------------------------------ wiring

  function fillSelect(id, values, label) {
    var s = document.getElementById(id);
    s.appendChild(el('option', { text: 'all ' + label, attrs: { value: '' } }));
    values.forEach(function (v) { s.appendChild(el('option', { text: typeLabel(v), attrs: { value: v } })); });
    s.addEventListener('change', function () { state[id === 'filter-type' ? 'type' : 'status'] = s.value; redraw(); });
  }

  function present(key, order) {
    var vals = order.filter(function (v) { return EVENTS.some(function (ev) { return ev[key] === v; }); });
    EVENTS.forEach(function (ev) { if (vals.indexOf(ev[key]) === -1) vals.push(ev[key]); });
    return vals;
  }

  var docCount = Object.keys(DATA.documents || {}).length;
  var unverified = Object.keys(CITES).filter(function (k) { return !CITES[k].verified; }).length;
  var summary = document.getElementById('summary');
  summary.textContent = EVENTS.length + ' events from ' + docCount + ' documents, ' + Object.keys(CITES).length +
    ' cited sentences · feed ' + DATA.feed + ' · corpus ' + DATA.corpus + ' · generated ' + DATA.generated + ' by extractor ' + DATA.extractor;
  if (unverified) summary.appendChild(el('span', { cls: 'warn', text: ' · ' + unverified + ' citation(s) do not match their source text' }));

  fillSelect('filter-type', present('event_type', DATA.event_types || []), 'types');
  fillSelect('filter-status', present('status', DATA.statuses || []), 'statuses');
  var input = document.getElementById('filter-text');
  input.addEventListener('input', function () { state.text = input.value.trim(); redraw(); });
  drawHead();
  redraw();

  function fromHash() {
    var id = decodeURIComponent((location.hash || '').slice(1));
    if (id && byId[id] && id !== state.selected) select(id);
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
