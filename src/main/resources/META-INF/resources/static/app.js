// Page behaviour: theme toggle, code highlighting with copy buttons, Mermaid diagrams (readable size,
// an enlarge view with pan and zoom, re-drawn on a theme change), section permalinks and the
// table of contents' current section.
(function () {
  'use strict';
  var root = document.documentElement;
  var texts = document.body.dataset;

  function t(key, fallback) {
    return texts[key] || fallback;
  }

  function effectiveTheme() {
    var pref = root.getAttribute('data-theme-pref') || 'auto';
    if (pref === 'auto') {
      return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    }
    return pref;
  }

  function applyCodeTheme() {
    var dark = effectiveTheme() === 'dark';
    var light = document.getElementById('hljs-light');
    var darkSheet = document.getElementById('hljs-dark');
    if (light && darkSheet) {
      light.media = dark ? 'not all' : 'all';
      darkSheet.media = dark ? 'all' : 'not all';
    }
  }

  var themeListeners = [];
  function themeChanged() {
    applyCodeTheme();
    themeListeners.forEach(function (listener) { listener(effectiveTheme()); });
  }

  var toggle = document.getElementById('theme-toggle');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      try { localStorage.setItem('academy-theme', next); } catch (e) { /* storage disabled */ }
      root.setAttribute('data-theme-pref', next);
      root.setAttribute('data-theme', next);
      toggle.setAttribute('aria-pressed', String(next === 'dark'));
      themeChanged();
    });
  }
  if (window.matchMedia) {
    var systemDark = window.matchMedia('(prefers-color-scheme: dark)');
    var onSystemChange = function () {
      if ((root.getAttribute('data-theme-pref') || 'auto') === 'auto') { themeChanged(); }
    };
    if (systemDark.addEventListener) { systemDark.addEventListener('change', onSystemChange); }
  }
  applyCodeTheme();

  // On narrow screens the table of contents starts folded so the lesson comes first.
  if (window.matchMedia && window.matchMedia('(max-width: 1099px)').matches) {
    document.querySelectorAll('.lesson-toc details').forEach(function (d) { d.removeAttribute('open'); });
  }

  // Section permalinks: a "#" after each lesson heading that has an anchor.
  document.querySelectorAll('.lesson-body h2[id], .lesson-body h3[id]').forEach(function (heading) {
    var link = document.createElement('a');
    link.className = 'permalink';
    link.href = '#' + heading.id;
    link.textContent = '#';
    link.setAttribute('aria-label', t('tPermalink', 'Link to this section') + ': ' + heading.textContent);
    heading.appendChild(link);
  });

  // The table of contents marks the section being read.
  var tocLinks = Array.prototype.slice.call(document.querySelectorAll('.lesson-toc a[href^="#"]'));
  if (tocLinks.length && 'IntersectionObserver' in window) {
    var byId = {};
    var headings = [];
    tocLinks.forEach(function (a) {
      var id = decodeURIComponent(a.getAttribute('href').slice(1));
      var h = document.getElementById(id);
      if (h) { byId[id] = a; headings.push(h); }
    });
    var markCurrent = function () {
      var current = null;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= 120) { current = headings[i]; } else { break; }
      }
      if (!current && headings.length) { current = headings[0]; }
      tocLinks.forEach(function (a) { a.classList.remove('is-current'); a.removeAttribute('aria-current'); });
      if (current && byId[current.id]) {
        byId[current.id].classList.add('is-current');
        byId[current.id].setAttribute('aria-current', 'location');
      }
    };
    var observer = new IntersectionObserver(markCurrent, { rootMargin: '0px 0px -60% 0px' });
    headings.forEach(function (h) { observer.observe(h); });
    window.addEventListener('hashchange', function () { setTimeout(markCurrent, 50); });
    markCurrent();
  }

  // Highlight fenced code and give each block a copy button.
  document.querySelectorAll('pre > code').forEach(function (code) {
    if (window.hljs) {
      window.hljs.highlightElement(code);
    }
    var pre = code.parentElement;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    var label = t('tCopy', 'Copy');
    var done = t('tCopied', 'Copied');
    button.textContent = label;
    button.setAttribute('aria-label', label);
    button.addEventListener('click', function () {
      var text = code.innerText;
      var finish = function () {
        button.textContent = done;
        setTimeout(function () { button.textContent = label; }, 1500);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(finish, finish);
      } else {
        var area = document.createElement('textarea');
        area.value = text;
        document.body.appendChild(area);
        area.select();
        try { document.execCommand('copy'); } catch (e) { /* nothing else to try */ }
        document.body.removeChild(area);
        finish();
      }
    });
    pre.classList.add('has-copy');
    pre.appendChild(button);
  });

  // ---- Mermaid diagrams ----
  // Labels are drawn at 16 px; a diagram is never shrunk below this scale (12 px labels):
  // a wider one scrolls sideways inside its own box instead.
  var MIN_SCALE = 0.75;
  var diagrams = Array.prototype.slice.call(document.querySelectorAll('pre.mermaid'));
  diagrams.forEach(function (pre) {
    pre.dataset.source = pre.textContent;
    var box = document.createElement('div');
    box.className = 'diagram';
    pre.parentNode.insertBefore(box, pre);
    box.appendChild(pre);
    var enlarge = document.createElement('button');
    enlarge.type = 'button';
    enlarge.className = 'outline secondary small diagram-enlarge';
    enlarge.textContent = '⤢ ' + t('tEnlarge', 'Enlarge');
    enlarge.title = t('tEnlargeTitle', 'Enlarge the diagram');
    enlarge.hidden = true;
    enlarge.addEventListener('click', function () { openDiagram(pre); });
    box.appendChild(enlarge);
  });

  function naturalSize(svg) {
    var vb = svg.viewBox && svg.viewBox.baseVal;
    if (vb && vb.width > 0 && vb.height > 0) { return { w: vb.width, h: vb.height }; }
    var r = svg.getBBox();
    return { w: r.width || 1, h: r.height || 1 };
  }

  function fitDiagram(pre) {
    var svg = pre.querySelector(':scope > svg');
    if (!svg) { return; }
    var size = naturalSize(svg);
    var style = getComputedStyle(pre);
    var avail = pre.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    var scale = Math.max(MIN_SCALE, Math.min(1, avail / size.w));
    svg.style.maxWidth = 'none';
    svg.style.width = Math.round(size.w * scale) + 'px';
    svg.style.height = Math.round(size.h * scale) + 'px';
    svg.removeAttribute('height');
    svg.setAttribute('width', Math.round(size.w * scale));
    pre.dataset.scale = scale.toFixed(3);
    pre.classList.toggle('is-wide', size.w * scale > avail + 1);
    if (pre.classList.contains('is-wide')) { pre.tabIndex = 0; } else { pre.removeAttribute('tabindex'); }
    var enlarge = pre.parentNode.querySelector('.diagram-enlarge');
    if (enlarge) { enlarge.hidden = false; }
  }

  function fitAll() { diagrams.forEach(fitDiagram); }

  var drawing = null;
  function drawDiagrams() {
    var theme = effectiveTheme();
    window.mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: theme === 'dark' ? 'dark' : 'default',
      fontFamily: 'inherit'
    });
    document.body.setAttribute('data-mermaid', 'drawing');
    drawing = window.mermaid.run({ nodes: diagrams, suppressErrors: true }).then(function () {
      fitAll();
      document.body.setAttribute('data-mermaid-theme', theme);
      document.body.setAttribute('data-mermaid', 'done');
      drawing = null;
    });
    return drawing;
  }

  // Re-draw from the kept source text: Mermaid bakes the theme's colours into each SVG.
  function redrawDiagrams() {
    if (!window.mermaid) { return; }
    var start = function () {
      diagrams.forEach(function (pre) {
        pre.removeAttribute('data-processed');
        pre.textContent = pre.dataset.source;
      });
      drawDiagrams();
    };
    if (drawing) { drawing.then(start); } else { start(); }
  }

  if (diagrams.length) {
    // Mermaid is large (3 MB): fetch it only on pages that have diagrams.
    var script = document.createElement('script');
    var fingerprinted = document.querySelector('meta[name="academy-mermaid"]');
    script.src = fingerprinted ? fingerprinted.content : '/webjars/mermaid/dist/mermaid.min.js';
    script.onload = function () {
      // Mermaid sizes label boxes by measuring text: load the font parts the labels need first (the
      // served CJK font is fetched lazily per unicode-range), but never wait more than 3 s for them.
      var text = diagrams.map(function (pre) { return pre.dataset.source; }).join(' ');
      var family = getComputedStyle(diagrams[0]).fontFamily;
      var fontsReady = document.fonts && document.fonts.load ? document.fonts.load('16px ' + family, text) : Promise.resolve();
      var timeout = new Promise(function (resolve) { setTimeout(resolve, 3000); });
      Promise.race([fontsReady, timeout]).catch(function () { /* draw anyway */ }).then(function () {
        drawDiagrams();
        themeListeners.push(redrawDiagrams);
      });
    };
    script.onerror = function () { document.body.setAttribute('data-mermaid', 'failed'); };
    document.head.appendChild(script);
    var resizeTimer = null;
    window.addEventListener('resize', function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(fitAll, 100);
    });
  } else {
    document.body.setAttribute('data-mermaid', 'none');
  }

  // ---- The enlarge view: a full-screen dialog with pan and zoom (wheel, pinch, drag, keys) ----
  var dialog = null;
  var stage = null;
  var canvas = null;
  var view = { s: 1, x: 0, y: 0, w: 1, h: 1 };
  var shown = null;

  function button(label, text, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'outline secondary small';
    b.textContent = text;
    b.title = label;
    b.setAttribute('aria-label', label);
    b.dataset.action = action;
    return b;
  }

  function buildDialog() {
    dialog = document.createElement('dialog');
    dialog.className = 'diagram-dialog';
    dialog.setAttribute('aria-label', t('tDialog', 'Diagram'));
    var bar = document.createElement('div');
    bar.className = 'diagram-toolbar';
    bar.appendChild(button(t('tZoomIn', 'Zoom in'), '+', 'in'));
    bar.appendChild(button(t('tZoomOut', 'Zoom out'), '−', 'out'));
    bar.appendChild(button(t('tReset', 'Reset'), '0', 'reset'));
    var close = button(t('tClose', 'Close'), '✕ ' + t('tClose', 'Close'), 'close');
    close.classList.add('diagram-close');
    bar.appendChild(close);
    var hint = document.createElement('small');
    hint.className = 'diagram-hint';
    hint.textContent = t('tDialog', '');
    bar.appendChild(hint);
    stage = document.createElement('div');
    stage.className = 'diagram-stage';
    stage.tabIndex = 0;
    canvas = document.createElement('div');
    canvas.className = 'diagram-canvas';
    stage.appendChild(canvas);
    dialog.appendChild(bar);
    dialog.appendChild(stage);
    document.body.appendChild(dialog);

    bar.addEventListener('click', function (e) {
      var action = e.target.closest('button') && e.target.closest('button').dataset.action;
      if (action === 'in') { zoomBy(1.25); }
      if (action === 'out') { zoomBy(0.8); }
      if (action === 'reset') { resetView(); }
      if (action === 'close') { dialog.close(); }
    });
    dialog.addEventListener('keydown', function (e) {
      var step = 60;
      var handled = true;
      switch (e.key) {
        case '+': case '=': zoomBy(1.25); break;
        case '-': case '_': zoomBy(0.8); break;
        case '0': resetView(); break;
        case 'ArrowLeft': panBy(step, 0); break;
        case 'ArrowRight': panBy(-step, 0); break;
        case 'ArrowUp': panBy(0, step); break;
        case 'ArrowDown': panBy(0, -step); break;
        default: handled = false;
      }
      if (handled) { e.preventDefault(); }
    });
    dialog.addEventListener('close', restoreDiagram);
    stage.addEventListener('wheel', function (e) {
      e.preventDefault();
      var r = stage.getBoundingClientRect();
      zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });

    // Drag with one pointer pans; two pointers pinch-zoom around their midpoint.
    var pointers = {};
    var last = null;
    function gesture() {
      var ids = Object.keys(pointers);
      if (ids.length === 1) { return { x: pointers[ids[0]].x, y: pointers[ids[0]].y, d: 0 }; }
      var a = pointers[ids[0]], b = pointers[ids[1]];
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, d: Math.hypot(a.x - b.x, a.y - b.y) };
    }
    stage.addEventListener('pointerdown', function (e) {
      stage.setPointerCapture(e.pointerId);
      pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
      last = gesture();
      stage.classList.add('is-dragging');
    });
    stage.addEventListener('pointermove', function (e) {
      if (!pointers[e.pointerId]) { return; }
      pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
      var now = gesture();
      if (last && now.d > 0 && last.d > 0) {
        var r = stage.getBoundingClientRect();
        zoomAt(now.d / last.d, now.x - r.left, now.y - r.top);
      }
      if (last) { panBy(now.x - last.x, now.y - last.y); }
      last = now;
    });
    function release(e) {
      delete pointers[e.pointerId];
      last = Object.keys(pointers).length ? gesture() : null;
      if (!last) { stage.classList.remove('is-dragging'); }
    }
    stage.addEventListener('pointerup', release);
    stage.addEventListener('pointercancel', release);
  }

  function render() {
    canvas.style.transform = 'translate(' + view.x + 'px,' + view.y + 'px) scale(' + view.s + ')';
    dialog.dataset.scale = view.s.toFixed(3);
  }

  function zoomAt(factor, px, py) {
    var next = Math.min(8, Math.max(0.1, view.s * factor));
    view.x = px - (px - view.x) * (next / view.s);
    view.y = py - (py - view.y) * (next / view.s);
    view.s = next;
    render();
  }

  function zoomBy(factor) {
    zoomAt(factor, stage.clientWidth / 2, stage.clientHeight / 2);
  }

  function panBy(dx, dy) {
    view.x += dx;
    view.y += dy;
    render();
  }

  // Start with the whole diagram on screen, but never with labels below the readable size.
  function resetView() {
    var fit = Math.min(stage.clientWidth / view.w, stage.clientHeight / view.h);
    view.s = Math.min(2, Math.max(MIN_SCALE, fit));
    view.x = Math.max(0, (stage.clientWidth - view.w * view.s) / 2);
    view.y = Math.max(0, (stage.clientHeight - view.h * view.s) / 2);
    render();
  }

  function openDiagram(pre) {
    var svg = pre.querySelector(':scope > svg');
    if (!svg) { return; }
    if (!dialog) { buildDialog(); }
    var size = naturalSize(svg);
    view.w = size.w;
    view.h = size.h;
    // The SVG itself moves into the dialog (a copy would duplicate its ids and style rules).
    shown = pre;
    svg.style.width = size.w + 'px';
    svg.style.height = size.h + 'px';
    canvas.style.width = size.w + 'px';
    canvas.style.height = size.h + 'px';
    canvas.appendChild(svg);
    dialog.showModal();
    resetView();
    stage.focus();
  }

  function restoreDiagram() {
    if (!shown) { return; }
    var svg = canvas.querySelector('svg');
    if (svg) { shown.appendChild(svg); }
    fitDiagram(shown);
    var enlarge = shown.parentNode.querySelector('.diagram-enlarge');
    shown = null;
    if (enlarge) { enlarge.focus(); }
  }
})();

// completion record: print / save as PDF (no inline handlers: the CSP forbids them)
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});

// Header search box: results as you type (ARIA combobox + listbox); without JavaScript the form opens /search.
(function () {
  'use strict';
  var input = document.getElementById('site-search-q');
  var list = document.getElementById('site-search-list');
  var form = document.getElementById('site-search');
  if (!input || !list || !form || !window.fetch) { return; }
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'site-search-list');
  list.setAttribute('role', 'listbox');
  var timer = null;
  var pending = null;
  var active = -1;
  var lastQuery = '';

  // The server's snippet is escaped text with <mark>; keep only text and <mark>, whatever arrives.
  function snippetNodes(html, into) {
    var t = document.createElement('template');
    t.innerHTML = html;
    (function copy(from, to) {
      from.childNodes.forEach(function (n) {
        if (n.nodeType === 3) { to.appendChild(document.createTextNode(n.textContent)); }
        else if (n.nodeName === 'MARK') { var m = document.createElement('mark'); copy(n, m); to.appendChild(m); }
        else { copy(n, to); }
      });
    })(t.content, into);
  }

  function options() { return list.querySelectorAll('[role="option"]'); }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(i) {
    var opts = options();
    if (!opts.length) { return; }
    active = (i + opts.length) % opts.length;
    opts.forEach(function (o, j) { o.setAttribute('aria-selected', j === active ? 'true' : 'false'); });
    input.setAttribute('aria-activedescendant', opts[active].id);
    opts[active].scrollIntoView({ block: 'nearest' });
  }

  function option(id, href, title, detail, snippet) {
    var li = document.createElement('li');
    li.setAttribute('role', 'option');
    li.id = id;
    li.setAttribute('aria-selected', 'false');
    li.dataset.href = href;
    var strong = document.createElement('strong');
    strong.textContent = title;
    li.appendChild(strong);
    if (detail) { var small = document.createElement('small'); small.textContent = ' ' + detail; li.appendChild(small); }
    if (snippet) { var p = document.createElement('span'); p.className = 'snippet'; snippetNodes(snippet, p); li.appendChild(p); }
    li.addEventListener('mousedown', function (e) { e.preventDefault(); window.location.href = href; });
    return li;
  }

  function show(data, q) {
    list.textContent = '';
    var n = 0;
    (data.terms || []).forEach(function (t) {
      list.appendChild(option('site-search-opt-' + (n++), t.url, t.term + (t.en && t.en !== t.term ? ' · ' + t.en : ''), list.dataset.term, t.definition));
    });
    (data.results || []).forEach(function (h) {
      list.appendChild(option('site-search-opt-' + (n++), h.url, h.title + (h.heading ? ' › ' + h.heading : ''), h.moduleTitle, h.snippet));
    });
    if (!n && data.suggestions && data.suggestions.length) {
      data.suggestions.forEach(function (s) {
        list.appendChild(option('site-search-opt-' + (n++), '/search?q=' + encodeURIComponent(s), s, '', ''));
      });
    }
    list.appendChild(option('site-search-opt-' + (n++), '/search?q=' + encodeURIComponent(q), list.dataset.all, '', ''));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    input.removeAttribute('aria-activedescendant');
  }

  function run() {
    var q = input.value.trim();
    if (q === lastQuery && !list.hidden) { return; }
    lastQuery = q;
    if (pending) { pending.abort(); }
    if (!q) { close(); return; }
    pending = new AbortController();
    fetch('/api/search?limit=8&q=' + encodeURIComponent(q), { signal: pending.signal, headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data && input.value.trim() === q) { show(data, q); } })
      .catch(function () { /* aborted or offline: the form still works */ });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 180);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) { run(); } else { setActive(active + 1); } }
    else if (e.key === 'ArrowUp') { e.preventDefault(); if (!list.hidden) { setActive(active - 1); } }
    else if (e.key === 'Enter' && !list.hidden && active >= 0) { e.preventDefault(); window.location.href = options()[active].dataset.href; }
    else if (e.key === 'Escape') { if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ''; } }
  });
  input.addEventListener('blur', function () { setTimeout(close, 150); });
})();

// Glossary term links in lessons: a card with the definition on hover and keyboard focus; Escape closes it.
(function () {
  'use strict';
  var open = null;
  function hide() { if (open) { open.hidden = true; open = null; } }
  document.querySelectorAll('.lesson-body a.term-link').forEach(function (link) {
    var id = decodeURIComponent((link.getAttribute('href') || '').split('#')[1] || '');
    var card = document.getElementById('term-card-' + id);
    if (!card) { return; }
    link.setAttribute('aria-describedby', card.id);
    function show() {
      hide();
      var r = link.getBoundingClientRect();
      var body = link.closest('.lesson-body').getBoundingClientRect();
      card.style.left = Math.max(0, r.left - body.left) + 'px';
      card.style.top = (r.bottom - body.top + 6) + 'px';
      card.hidden = false;
      open = card;
    }
    link.addEventListener('mouseenter', show);
    link.addEventListener('focus', show);
    link.addEventListener('mouseleave', hide);
    link.addEventListener('blur', hide);
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(); } });
})();

// Glossary page: filter the list as one types (the form filters on the server without JavaScript).
(function () {
  'use strict';
  var input = document.getElementById('glossary-q');
  var count = document.getElementById('glossary-count');
  if (!input) { return; }
  input.addEventListener('input', function () {
    var q = input.value.trim().toLowerCase();
    var shown = 0;
    document.querySelectorAll('.glossary-group').forEach(function (g) {
      var any = false;
      g.querySelectorAll('.glossary-term').forEach(function (t) {
        var hit = !q || t.dataset.filter.indexOf(q) >= 0;
        t.hidden = !hit;
        if (hit) { any = true; shown++; }
      });
      g.hidden = !any;
    });
    if (count && count.dataset.template) { count.textContent = count.dataset.template.replace('999999', shown); }
  });
})();
