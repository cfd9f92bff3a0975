/*
 * mtlint HTML report, the browser side. Shipped verbatim inside every report (this is why it is
 * plain JavaScript: the project's TypeScript targets Node and has no DOM types).
 *
 * Safety rule: text from the report (articles, messages, file names) only ever reaches the page
 * through textContent and setAttribute, never through innerHTML, so nothing in an article can
 * become markup. The Content-Security-Policy would stop anything that did from running.
 *
 * The corrected text comes from `kernel.resolveChoices` (src/kernel/apply-decisions.ts), the
 * same code `mtlint apply` and `mtlint review` run.
 */
/* exported startReport */
function startReport(kernel) {
  'use strict';

  var data = JSON.parse(document.getElementById('mtlint-data').textContent);
  var app = document.getElementById('app');
  var SEVERITIES = ['critical', 'error', 'warning', 'info'];
  var SEVERITY_LABEL = { critical: 'Critical', error: 'Error', warning: 'Warning', info: 'Info' };
  var STORAGE_KEY = 'mtlint-report:' + data.id;

  // ---- State ---------------------------------------------------------------------------------

  /** choices[fileIndex][findingId] = { verdict, replacement?, baseline? } */
  var choices = data.files.map(function () { return {}; });
  var history = data.files.map(function () { return []; });
  var filters = data.files.map(function () { return { severities: SEVERITIES.slice(), category: '', rule: '' }; });
  var indexState = { key: data.files.some(hasScore) ? 'score' : 'path', dir: 1, query: '', show: 'all' };
  var view = { file: -1, current: -1, marks: {}, message: '' };

  restoreChoices();

  function hasScore(f) { return typeof f.score === 'number'; }

  function restoreChoices() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || 'null');
      if (!saved || !Array.isArray(saved.files)) return;
      saved.files.forEach(function (entries, i) {
        if (!choices[i] || !Array.isArray(entries)) return;
        entries.forEach(function (e) {
          var f = data.files[i].findings[e[0]];
          if (f && e[1] && /^(accept|reject|edit)$/.test(e[1].verdict)) choices[i][f.id] = e[1];
        });
      });
    } catch (err) {
      // Storage can be off (private windows, some file:// settings); decisions then last for the visit.
    }
  }

  function saveChoices() {
    try {
      var files = choices.map(function (c) { return Object.keys(c).map(function (id) { return [Number(id), c[id]]; }); });
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ files: files }));
    } catch (err) {
      // See restoreChoices.
    }
  }

  // ---- DOM helpers ---------------------------------------------------------------------------

  /** Builds an element. Strings become text nodes: nothing here parses HTML. */
  function h(tag, props, children) {
    var el = document.createElement(tag);
    props = props || {};
    Object.keys(props).forEach(function (k) {
      var v = props[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return el;
  }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many || one + 's'); }

  function quoted(s) { return s === '' ? '(delete)' : '“' + s + '”'; }

  function oneLine(s) { return s.replace(/\r?\n/g, ' ⏎ '); }

  // ---- Routing -------------------------------------------------------------------------------

  function parseRoute() {
    var m = /^#\/file\/(\d+)(?:\/(\d+))?$/.exec(window.location.hash);
    if (m && data.files[Number(m[1])]) return { file: Number(m[1]), current: m[2] === undefined ? -1 : Number(m[2]) };
    if (data.files.length === 1 && window.location.hash !== '#/') return { file: 0, current: -1 };
    return { file: -1, current: -1 };
  }

  function render() {
    var route = parseRoute();
    app.textContent = '';
    document.body.classList.remove('has-detail');
    view = { file: route.file, current: -1, marks: {}, message: '' };
    app.appendChild(masthead(route.file));
    if (route.file === -1) {
      document.title = data.files.length === 1 ? 'mtlint report: ' + data.files[0].path : 'mtlint report: ' + plural(data.files.length, 'article');
      app.appendChild(renderIndex());
    } else {
      document.title = 'mtlint: ' + data.files[route.file].path;
      app.appendChild(renderArticle(route.file));
      var first = visibleFindings()[0];
      select(route.current >= 0 && data.files[route.file].findings[route.current] ? route.current : first ? first.id : -1, { scroll: route.current >= 0, focusList: false });
    }
  }

  function masthead(fileIndex) {
    var crumbs = h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumbs' }, [
      fileIndex === -1 ? h('span', { text: plural(data.files.length, 'article') }) : h('a', { href: '#/', text: 'All articles' }),
      fileIndex === -1 ? null : h('span', { class: 'where', text: data.files[fileIndex].path }),
    ]);
    var keys = fileIndex === -1 ? null : h('p', { class: 'keys' }, [
      h('kbd', { text: 'j' }), ' / ', h('kbd', { text: 'k' }), ' next / previous · ',
      h('kbd', { text: 'a' }), ' accept · ', h('kbd', { text: 'r' }), ' reject · ', h('kbd', { text: 'e' }), ' edit · ', h('kbd', { text: 'u' }), ' undo',
    ]);
    return h('header', { class: 'masthead' }, [h('p', { class: 'brand', text: 'mtlint report' }), crumbs, keys]);
  }

  // ---- Index ---------------------------------------------------------------------------------

  function reviewed(i) {
    var f = data.files[i];
    return f.findings.length ? Object.keys(choices[i]).length / f.findings.length : 1;
  }

  var COLUMNS = [
    { key: 'path', label: 'Article', value: function (f) { return f.path.toLowerCase(); } },
    { key: 'score', label: 'Score', num: true, value: function (f) { return hasScore(f) ? f.score : Infinity; }, when: function () { return data.files.some(hasScore); } },
    { key: 'words', label: 'Words', num: true, value: function (f) { return typeof f.words === 'number' ? f.words : -1; }, when: function () { return data.files.some(function (f) { return typeof f.words === 'number'; }); } },
    { key: 'findings', label: 'Findings', num: true, value: function (f) { return f.findings.length; } },
    { key: 'critical', label: 'Critical', num: true, value: function (f) { return f.counts.critical; } },
    { key: 'error', label: 'Errors', num: true, value: function (f) { return f.counts.error; } },
    { key: 'warning', label: 'Warnings', num: true, value: function (f) { return f.counts.warning; } },
    { key: 'info', label: 'Info', num: true, value: function (f) { return f.counts.info; } },
    { key: 'categories', label: 'Top categories', value: function (f) { return f.categories.length ? f.categories[0][0] : ''; } },
    { key: 'reviewed', label: 'Reviewed', num: true, value: function (f, i) { return reviewed(i); } },
  ];

  function renderIndex() {
    var columns = COLUMNS.filter(function (c) { return !c.when || c.when(); });
    var total = data.files.reduce(function (n, f) { return n + f.findings.length; }, 0);
    var tbody = h('tbody');
    var table = h('table', { class: 'articles' }, [h('caption', { class: 'visually-hidden', text: 'Checked articles; select a column heading to sort' })]);
    var headRow = h('tr');
    columns.forEach(function (c) {
      var sorted = indexState.key === c.key;
      headRow.appendChild(h('th', { scope: 'col', class: c.num ? 'num' : '', 'aria-sort': sorted ? (indexState.dir === 1 ? 'ascending' : 'descending') : 'none' }, [
        h('button', { type: 'button', text: c.label, onclick: function () {
          indexState.dir = indexState.key === c.key ? -indexState.dir : c.key === 'path' || c.key === 'score' ? 1 : -1;
          indexState.key = c.key;
          render();
        } }),
      ]));
    });
    table.appendChild(h('thead', {}, [headRow]));
    table.appendChild(tbody);

    var query = h('input', { type: 'search', value: indexState.query, placeholder: 'part of a file name', 'aria-controls': 'article-rows' });
    var show = h('select', {}, [
      h('option', { value: 'all', text: 'All articles' }),
      h('option', { value: 'findings', text: 'With findings' }),
      h('option', { value: 'errors', text: 'With errors or critical findings' }),
      h('option', { value: 'failed', text: 'Failing the quality gate' }),
      h('option', { value: 'open', text: 'Not fully reviewed' }),
    ]);
    show.value = indexState.show;
    tbody.id = 'article-rows';

    function fill() {
      tbody.textContent = '';
      var column = COLUMNS.filter(function (c) { return c.key === indexState.key; })[0] || COLUMNS[0];
      var rows = data.files.map(function (f, i) { return i; }).filter(function (i) {
        var f = data.files[i];
        if (indexState.query && f.path.toLowerCase().indexOf(indexState.query.toLowerCase()) === -1) return false;
        if (indexState.show === 'findings') return f.findings.length > 0;
        if (indexState.show === 'errors') return f.counts.error + f.counts.critical > 0;
        if (indexState.show === 'failed') return f.passed === false || f.errors.length > 0;
        if (indexState.show === 'open') return reviewed(i) < 1;
        return true;
      });
      rows.sort(function (a, b) {
        var va = column.value(data.files[a], a);
        var vb = column.value(data.files[b], b);
        return (va < vb ? -1 : va > vb ? 1 : 0) * indexState.dir || a - b;
      });
      rows.forEach(function (i) { tbody.appendChild(indexRow(i, columns)); });
      if (!rows.length) tbody.appendChild(h('tr', {}, [h('td', { colspan: columns.length, class: 'empty', text: 'No article matches the filter.' })]));
    }
    query.addEventListener('input', function () { indexState.query = query.value; fill(); });
    show.addEventListener('change', function () { indexState.show = show.value; fill(); });
    fill();

    var scores = data.files.filter(hasScore);
    var summary = plural(data.files.length, 'article') + ', ' + plural(total, 'finding');
    if (scores.length) {
      var words = scores.reduce(function (n, f) { return n + (f.words || 0); }, 0);
      var penalty = scores.reduce(function (n, f) { return n + (f.penalty || 0); }, 0);
      if (words > 0) summary += '; overall score ' + (Math.round((100 - (penalty * 1000) / words) * 100) / 100);
    }
    return h('main', { class: 'index', id: 'index' }, [
      h('h1', { text: 'Articles' }),
      h('p', { class: 'summary', text: summary + '.' }),
      h('div', { class: 'filters', role: 'search' }, [h('label', {}, ['Find', query]), h('label', {}, ['Show', show])]),
      h('div', { class: 'table-wrap' }, [table]),
    ]);
  }

  function indexRow(i, columns) {
    var f = data.files[i];
    var cells = columns.map(function (c) {
      switch (c.key) {
        case 'path':
          return h('td', { class: 'path' }, [
            h('a', { href: '#/file/' + i, text: f.path }),
            f.errors.length ? h('div', { class: 'failed-note', text: f.errors.join('; ') }) : null,
            f.passed === false && f.gate ? h('div', { class: 'failed-note', text: 'Fails the gate: ' + f.gate.join('; ') }) : null,
          ]);
        case 'score':
          return h('td', { class: 'num' }, [hasScore(f) ? h('span', { class: 'score' + (f.passed === false ? ' low' : ''), text: String(f.score) }) : '—']);
        case 'words':
          return h('td', { class: 'num', text: typeof f.words === 'number' ? String(f.words) : '—' });
        case 'categories':
          return h('td', {}, f.categories.slice(0, 3).map(function (c) { return h('span', { class: 'pill', text: c[0] + ' ×' + c[1] }); }));
        case 'reviewed':
          return h('td', { class: 'num', text: f.findings.length ? Object.keys(choices[i]).length + ' / ' + f.findings.length : '—' });
        case 'findings':
          return h('td', { class: 'num', text: String(f.findings.length) });
        default:
          return h('td', { class: 'num' + (f.counts[c.key] && (c.key === 'critical' || c.key === 'error') ? ' count-' + c.key : ''), text: String(f.counts[c.key]) });
      }
    });
    return h('tr', { 'data-file': i }, cells);
  }

  // ---- Article -------------------------------------------------------------------------------

  function file() { return data.files[view.file]; }

  function renderArticle(i) {
    var f = data.files[i];
    var main = h('main', { class: 'article-view', id: 'article' });
    if (f.text === null) {
      main.appendChild(h('p', { class: 'notice', text: f.path + ' could not be checked: ' + f.errors.join('; ') }));
      return main;
    }
    main.appendChild(toolbar(f));
    main.appendChild(h('p', { class: 'progress', id: 'progress', 'aria-live': 'polite' }));
    f.errors.forEach(function (e) { main.appendChild(h('p', { class: 'notice', text: e })); });
    if (f.passed === false && f.gate) main.appendChild(h('p', { class: 'notice', text: 'Fails the quality gate: ' + f.gate.join('; ') }));
    var prose = h('div', { class: 'prose', id: 'prose', lang: 'en' });
    renderProse(f, prose);
    var panel = h('aside', { class: 'panel', 'aria-label': 'Findings' }, [
      h('section', { class: 'detail', id: 'detail', 'aria-live': 'polite' }),
      h('section', { class: 'list-box', 'aria-labelledby': 'list-title' }, [
        h('h2', { id: 'list-title', text: 'Findings' }),
        h('ol', { class: 'findings', id: 'findings' }),
      ]),
    ]);
    main.appendChild(h('div', { class: 'layout' }, [h('article', { class: 'page', 'aria-label': f.path }, [prose]), panel]));
    return main;
  }

  function toolbar(f) {
    var categories = uniq(f.findings.map(function (x) { return x.category; }));
    var rules = uniq(f.findings.map(function (x) { return x.ruleId; }));
    var filter = filters[view.file];
    var sev = h('fieldset', {}, [h('legend', { text: 'Severity' })].concat(SEVERITIES.filter(function (s) { return f.counts[s] > 0; }).map(function (s) {
      var box = h('input', { type: 'checkbox', name: 'severity', value: s, checked: filter.severities.indexOf(s) !== -1 });
      box.addEventListener('change', function () {
        filter.severities = SEVERITIES.filter(function (x) { return x === s ? box.checked : filter.severities.indexOf(x) !== -1; });
        refresh();
      });
      return h('label', {}, [box, ' ' + SEVERITY_LABEL[s] + ' (' + f.counts[s] + ')']);
    })));
    var cat = dropdown('Category', 'category', categories, filter.category, function (v) { filter.category = v; refresh(); });
    var rule = dropdown('Rule', 'rule', rules, filter.rule, function (v) { filter.rule = v; refresh(); });
    var fixable = f.findings.some(function (x) { return x.fix; });
    return h('div', { class: 'toolbar' }, [
      sev,
      h('div', { class: 'filters' }, [cat, rule]),
      h('div', { class: 'actions' }, [
        h('button', { type: 'button', class: 'btn', id: 'accept-all', disabled: !fixable, onclick: acceptAllOpen, text: 'Accept all open' }),
        h('button', { type: 'button', class: 'btn primary', id: 'download-text', onclick: downloadCorrected, text: 'Download corrected article' }),
        h('button', { type: 'button', class: 'btn', id: 'download-decisions', onclick: downloadDecisions, text: 'Download decisions' }),
      ]),
    ]);
  }

  function dropdown(label, name, values, current, onChange) {
    var el = h('select', { name: name }, [h('option', { value: '', text: 'All' })].concat(values.map(function (v) { return h('option', { value: v, text: v }); })));
    el.value = current;
    el.addEventListener('change', function () { onChange(el.value); });
    return h('label', {}, [label, el]);
  }

  function uniq(xs) { return xs.filter(function (x, i) { return xs.indexOf(x) === i; }).sort(); }

  /**
   * The article with every finding as a <mark>. Findings nest when one lies inside another
   * ("U.S." inside "U.S.-Iran"); one that crosses another's end is split into parts.
   */
  function renderProse(f, container) {
    var items = f.findings.map(function (x) { return { id: x.id, start: x.start, end: x.end, part: 0 }; });
    items.sort(byPosition);
    view.marks = {};
    fillRange(container, f.text, 0, f.text.length, items);
  }

  function byPosition(a, b) { return a.start - b.start || b.end - a.end || a.id - b.id; }

  function fillRange(parent, text, start, end, items) {
    var pos = start;
    while (items.length) {
      var top = items.shift();
      var inside = [];
      var rest = [];
      items.forEach(function (it) {
        if (it.start >= top.end) rest.push(it);
        else if (it.end <= top.end) inside.push(it);
        else {
          inside.push({ id: it.id, start: it.start, end: top.end, part: it.part });
          rest.push({ id: it.id, start: top.end, end: it.end, part: it.part + 1 });
        }
      });
      if (top.start > pos) parent.appendChild(document.createTextNode(text.slice(pos, top.start)));
      var finding = file().findings[top.id];
      var mark = h('mark', { class: 'hl sev-' + finding.severity + (top.start === top.end ? ' empty' : ''), 'data-id': top.id, 'data-part': top.part || null });
      mark.addEventListener('click', onMarkClick);
      (view.marks[top.id] = view.marks[top.id] || []).push(mark);
      fillRange(mark, text, top.start, top.end, inside.sort(byPosition));
      parent.appendChild(mark);
      pos = Math.max(pos, top.end);
      items = rest.sort(byPosition);
    }
    if (end > pos) parent.appendChild(document.createTextNode(text.slice(pos, end)));
  }

  function onMarkClick(event) {
    event.stopPropagation();
    var id = Number(event.currentTarget.getAttribute('data-id'));
    if (isVisible(file().findings[id])) select(id, { scroll: false, focusList: false });
  }

  function isVisible(x) {
    var filter = filters[view.file];
    return filter.severities.indexOf(x.severity) !== -1 && (!filter.category || x.category === filter.category) && (!filter.rule || x.ruleId === filter.rule);
  }

  function visibleFindings() {
    return file().findings.filter(isVisible).sort(function (a, b) { return a.start - b.start || a.end - b.end || a.id - b.id; });
  }

  // ---- Decisions -----------------------------------------------------------------------------

  function choiceList(i) {
    return Object.keys(choices[i]).map(function (id) {
      var c = choices[i][id];
      return { id: Number(id), verdict: c.verdict, replacement: c.replacement };
    });
  }

  function resolution(i) {
    return kernel.resolveChoices(data.files[i].text, data.files[i].plan, choiceList(i));
  }

  function decide(id, choice) {
    var c = choices[view.file];
    history[view.file].push({ id: id, prev: c[id] });
    if (choice) c[id] = choice;
    else delete c[id];
    saveChoices();
  }

  function accept(id) {
    var x = file().findings[id];
    if (!x) return;
    if (!x.fix) return say('“' + oneLine(x.text) + '” has no automatic fix: type your own replacement, or reject it.');
    decide(id, { verdict: 'accept' });
    advance(id);
  }

  function reject(id) {
    if (!file().findings[id]) return;
    var prev = choices[view.file][id];
    decide(id, { verdict: 'reject', baseline: prev && prev.verdict === 'reject' ? prev.baseline : undefined });
    advance(id);
  }

  function useOwn(id, text) {
    decide(id, { verdict: 'edit', replacement: text });
    advance(id);
  }

  function undo() {
    var step = history[view.file].pop();
    if (!step) return say('Nothing to undo.');
    if (step.prev) choices[view.file][step.id] = step.prev;
    else delete choices[view.file][step.id];
    saveChoices();
    say('Undone.');
    select(step.id, { scroll: true, focusList: true });
  }

  function acceptAllOpen() {
    var n = 0;
    visibleFindings().forEach(function (x) {
      if (x.fix && !choices[view.file][x.id]) {
        decide(x.id, { verdict: 'accept' });
        n++;
      }
    });
    say(n ? 'Accepted ' + plural(n, 'suggestion') + '.' : 'Every shown suggestion already has a decision.');
    refresh();
  }

  function advance(id) {
    var list = visibleFindings();
    var at = list.findIndex(function (x) { return x.id === id; });
    var next = list[at + 1];
    if (next) select(next.id, { scroll: true, focusList: true });
    else refresh();
  }

  function say(message) {
    view.message = message;
    var status = document.getElementById('status-line');
    if (status) status.textContent = message;
  }

  // ---- Selection, list and detail -----------------------------------------------------------

  function select(id, opts) {
    view.current = id;
    refresh();
    if (id < 0) return;
    if (window.history && window.history.replaceState) window.history.replaceState(null, '', '#/file/' + view.file + '/' + id);
    var marks = view.marks[id] || [];
    if (opts.scroll && marks[0] && marks[0].scrollIntoView) marks[0].scrollIntoView({ block: 'nearest', behavior: 'auto' });
    if (opts.focusList) {
      var button = document.querySelector('#findings button[data-id="' + id + '"]');
      if (button) button.focus({ preventScroll: !opts.scroll });
    }
  }

  function refresh() {
    if (view.file < 0 || file().text === null) return;
    var res = resolution(view.file);
    var applied = {};
    var conflicts = {};
    res.applied.forEach(function (id) { applied[id] = true; });
    res.conflicts.forEach(function (id) { conflicts[id] = true; });
    updateMarks();
    renderList(conflicts);
    renderDetail(applied, conflicts);
    renderProgress(res);
  }

  function stateOf(id) {
    var c = choices[view.file][id];
    return c ? c.verdict : '';
  }

  function updateMarks() {
    file().findings.forEach(function (x) {
      (view.marks[x.id] || []).forEach(function (m) {
        var state = stateOf(x.id);
        m.className = 'hl sev-' + x.severity + (x.start === x.end ? ' empty' : '') + (state ? ' is-' + state : '') + (isVisible(x) ? '' : ' is-muted') + (x.id === view.current ? ' is-current' : '');
        m.title = SEVERITY_LABEL[x.severity] + ': ' + x.message;
      });
    });
  }

  function stateLabel(id, conflicts) {
    var c = choices[view.file][id];
    if (!c) return null;
    if (conflicts[id]) return h('span', { class: 'state conflict', text: 'overlaps another change' });
    if (c.verdict === 'accept') return h('span', { class: 'state accept', text: '✓ accepted' });
    if (c.verdict === 'edit') return h('span', { class: 'state edit', text: '✎ your text' });
    return h('span', { class: 'state reject', text: '✗ rejected' + (c.baseline ? ', to baseline' : '') });
  }

  function renderList(conflicts) {
    var list = document.getElementById('findings');
    list.textContent = '';
    var shown = visibleFindings();
    document.getElementById('list-title').textContent = shown.length === file().findings.length ? 'Findings (' + shown.length + ')' : 'Findings (' + shown.length + ' of ' + file().findings.length + ')';
    if (!shown.length) list.appendChild(h('li', { class: 'empty', text: file().findings.length ? 'No finding matches the filters.' : 'No findings: nothing to review.' }));
    shown.forEach(function (x) {
      var suggestion = x.suggestions.length ? ' → ' + oneLine(quoted(x.suggestions[0])) : '';
      list.appendChild(h('li', {}, [
        h('button', { type: 'button', 'data-id': x.id, 'aria-current': x.id === view.current ? 'true' : 'false', onclick: function () { select(x.id, { scroll: true, focusList: false }); } }, [
          h('span', { class: 'finding-head' }, [
            h('span', { class: 'badge sev-' + x.severity, text: SEVERITY_LABEL[x.severity] }),
            h('span', { class: 'finding-text', text: '“' + oneLine(x.text) + '”' + suggestion }),
            stateLabel(x.id, conflicts),
          ]),
          h('span', { class: 'finding-message', text: 'Line ' + x.line + ': ' + x.message }),
          h('span', { class: 'finding-rule', text: x.ruleId }),
        ]),
      ]));
    });
  }

  function diffView(parts) {
    return h('p', { class: 'diff' }, parts.map(function (p) {
      return p[0] === 0 ? document.createTextNode(p[1]) : h(p[0] < 0 ? 'del' : 'ins', { text: p[1] });
    }));
  }

  /** The editor's own text in its sentence; computed here because it did not exist when the report was made. */
  function ownDiff(x, replacement) {
    var text = file().text;
    return [[0, text.slice(x.sentence.start, x.start)], [-1, text.slice(x.start, x.end)], [1, replacement], [0, text.slice(x.end, x.sentence.end)]].filter(function (p) { return p[1] !== ''; });
  }

  function renderDetail(applied, conflicts) {
    var panel = document.getElementById('detail');
    panel.textContent = '';
    var x = file().findings[view.current];
    document.body.classList.toggle('has-detail', Boolean(x && isVisible(x)));
    if (!x || !isVisible(x)) {
      panel.appendChild(h('p', { class: 'help', text: file().findings.length ? 'Select a finding in the text or in the list.' : 'mtlint found nothing to review in this article.' }));
      panel.appendChild(h('p', { class: 'status-line', id: 'status-line', role: 'status', text: view.message }));
      return;
    }
    var c = choices[view.file][x.id];
    var own = h('input', { type: 'text', id: 'own-text', value: c && c.verdict === 'edit' ? c.replacement : x.suggestions[0] || x.text, 'aria-describedby': 'own-help' });
    var ownForm = h('form', { class: 'own', onsubmit: function (e) { e.preventDefault(); useOwn(x.id, own.value); } }, [
      h('label', {}, ['Your replacement for “' + oneLine(x.text) + '”', own]),
      h('button', { type: 'submit', class: 'btn', text: 'Use my text' }),
    ]);
    var baseline = h('input', { type: 'checkbox', id: 'baseline', checked: Boolean(c && c.baseline), disabled: !(c && c.verdict === 'reject') });
    baseline.addEventListener('change', function () {
      choices[view.file][x.id] = { verdict: 'reject', baseline: baseline.checked || undefined };
      saveChoices();
      refresh();
    });
    var diffs;
    if (c && c.verdict === 'edit') diffs = [h('p', { class: 'diff-label', text: 'Your text:' }), diffView(ownDiff(x, c.replacement))];
    else if (x.diffs.length) diffs = [h('p', { class: 'diff-label', text: x.suggestions.length > 1 ? 'Suggestion (best of ' + x.suggestions.length + '):' : 'Suggestion:' }), diffView(x.diffs[0])];
    else diffs = [h('p', { class: 'diff-label', text: 'No automatic fix: the sentence needs an editor.' }), diffView([[0, x.context]])];
    if (x.wideFix && x.fix && !(c && c.verdict === 'edit')) diffs.push(h('p', { class: 'help', text: x.fix.text === '' ? 'Accepting removes the whole flagged passage, with the line break or space around it.' : 'Accepting also adjusts the text around the flagged words.' }));

    var status = '';
    if (c && conflicts[x.id]) status = 'Left out of the corrected article: it overlaps another change you made. Reject one of the two, or run mtlint again after applying.';
    else if (c && applied[x.id]) status = c.verdict === 'edit' ? 'Your text is in the corrected article.' : 'In the corrected article.';
    panel.appendChild(h('h2', {}, [h('span', { class: 'badge sev-' + x.severity, text: SEVERITY_LABEL[x.severity] }), ' “' + oneLine(x.text) + '”']));
    panel.appendChild(h('p', { class: 'message', id: 'detail-message', text: x.message }));
    if (x.description) panel.appendChild(h('p', { class: 'why', id: 'detail-why' }, [h('strong', { text: 'Why: ' }), x.description]));
    diffs.forEach(function (d) { panel.appendChild(d); });
    panel.appendChild(h('dl', { class: 'facts' }, [
      h('dt', { text: 'Rule' }), h('dd', {}, [h('code', { id: 'detail-rule', text: x.ruleId })]),
      h('dt', { text: 'Category' }), h('dd', { id: 'detail-category', text: x.category }),
      h('dt', { text: 'Where' }), h('dd', { text: 'line ' + x.line + ', column ' + x.column }),
    ]));
    panel.appendChild(h('div', { class: 'decide' }, [
      h('button', { type: 'button', class: 'btn accept', id: 'accept', disabled: !x.fix, title: x.fix ? 'Accept the suggestion (a)' : 'No automatic fix', onclick: function () { accept(x.id); }, text: 'Accept' }),
      h('button', { type: 'button', class: 'btn reject', id: 'reject', title: 'Reject: keep the text as it is (r)', onclick: function () { reject(x.id); }, text: 'Reject' }),
      h('button', { type: 'button', class: 'btn', id: 'undo', disabled: !history[view.file].length, title: 'Undo the last decision (u)', onclick: undo, text: 'Undo' }),
    ]));
    if (x.suggestions.length > 1) {
      panel.appendChild(h('div', { class: 'alternatives' }, ['Or use:'].concat(x.suggestions.slice(1).map(function (s) {
        return h('button', { type: 'button', class: 'btn', onclick: function () { useOwn(x.id, s); }, text: quoted(s) });
      }))));
    }
    panel.appendChild(ownForm);
    panel.appendChild(h('label', { class: 'baseline' }, [baseline, 'Rejected as fine here: add to the baseline so it is not reported again']));
    panel.appendChild(h('p', { class: 'status-line', id: 'status-line', role: 'status', text: view.message || status }));
  }

  function renderProgress(res) {
    var f = file();
    var counts = { accept: 0, reject: 0, edit: 0 };
    Object.keys(choices[view.file]).forEach(function (id) { counts[choices[view.file][id].verdict]++; });
    var open = f.findings.length - counts.accept - counts.reject - counts.edit;
    var parts = [plural(f.findings.length, 'finding'), counts.accept + ' accepted', counts.reject + ' rejected', counts.edit + ' edited', open + ' open'];
    if (typeof f.score === 'number') parts.unshift('Score ' + f.score + (typeof f.words === 'number' ? ' (' + f.words + ' words)' : ''));
    var text = parts.join(' · ');
    if (res.conflicts.length) text += ' — ' + plural(res.conflicts.length, 'change') + ' left out: overlapping';
    document.getElementById('progress').textContent = text;
  }

  // ---- Downloads -----------------------------------------------------------------------------

  /** The bytes `--fix` would write: same encoding, same byte-order mark. */
  function encodeText(text, encoding, bom) {
    if (encoding === 'utf-8') return new Blob([bom ? '\uFEFF' + text : text], { type: 'text/plain;charset=utf-8' });
    var bytes = new Uint8Array(2 + text.length * 2);
    var le = encoding === 'utf-16le';
    bytes[0] = le ? 0xff : 0xfe;
    bytes[1] = le ? 0xfe : 0xff;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      bytes[2 + 2 * i + (le ? 0 : 1)] = c & 0xff;
      bytes[2 + 2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return new Blob([bytes], { type: 'text/plain;charset=' + encoding });
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = h('a', { href: url, download: name, hidden: true });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function downloadCorrected() {
    var f = file();
    var res = resolution(view.file);
    save(encodeText(res.text, f.encoding, f.bom), f.downloadName);
    say('Downloaded ' + f.downloadName + ' with ' + plural(res.applied.length, 'change') + (res.conflicts.length ? '; ' + res.conflicts.length + ' left out (overlapping)' : '') + '.');
  }

  function decisionsFile() {
    return {
      format: data.decisionsFormat,
      version: 1,
      files: data.files.map(function (f, i) {
        var decisions = Object.keys(choices[i]).map(Number).sort(function (a, b) { return a - b; }).map(function (id) {
          var x = f.findings[id];
          var c = choices[i][id];
          var d = { id: id, verdict: c.verdict, ruleId: x.ruleId, text: x.text, start: x.start, end: x.end, context: x.context, contextHash: x.contextHash };
          if (c.verdict === 'edit') d.replacement = c.replacement;
          if (c.verdict === 'reject' && c.baseline) d.baseline = true;
          return d;
        });
        return { path: f.path, sha256: f.sha256, plan: f.plan, decisions: decisions };
      }).filter(function (f) { return f.decisions.length; }),
    };
  }

  function downloadDecisions() {
    var json = decisionsFile();
    var n = json.files.reduce(function (k, f) { return k + f.decisions.length; }, 0);
    save(new Blob([JSON.stringify(json, null, 2) + '\n'], { type: 'application/json' }), 'mtlint-decisions.json');
    say('Downloaded ' + plural(n, 'decision') + ' for ' + plural(json.files.length, 'article') + ': run “mtlint apply mtlint-decisions.json” in the folder you checked.');
  }

  // ---- Keyboard ------------------------------------------------------------------------------

  document.addEventListener('keydown', function (e) {
    if (view.file < 0 || e.ctrlKey || e.metaKey || e.altKey) return;
    var tag = e.target && e.target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
      if (e.key === 'Escape') e.target.blur();
      return;
    }
    var list = visibleFindings();
    var at = list.findIndex(function (x) { return x.id === view.current; });
    switch (e.key) {
      case 'j':
        if (list.length) select(list[Math.min(list.length - 1, at + 1)].id, { scroll: true, focusList: true });
        break;
      case 'k':
        if (list.length) select(list[Math.max(0, at - 1)].id, { scroll: true, focusList: true });
        break;
      case 'a':
        accept(view.current);
        break;
      case 'r':
        reject(view.current);
        break;
      case 'u':
        undo();
        break;
      case 'e':
        var own = document.getElementById('own-text');
        if (own) own.focus(), own.select();
        break;
      default:
        return;
    }
    e.preventDefault();
  });

  window.addEventListener('hashchange', function () {
    var route = parseRoute();
    if (route.file === view.file && route.file !== -1) {
      if (route.current !== view.current && route.current >= 0) select(route.current, { scroll: true, focusList: false });
      return;
    }
    render();
  });

  render();
}
