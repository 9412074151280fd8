// Page behaviour: theme toggle, code highlighting with copy buttons, Mermaid diagrams.
(function () {
  'use strict';
  var root = document.documentElement;

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

  var toggle = document.getElementById('theme-toggle');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      try { localStorage.setItem('academy-theme', next); } catch (e) { /* storage disabled */ }
      root.setAttribute('data-theme-pref', next);
      root.setAttribute('data-theme', next);
      applyCodeTheme();
      toggle.setAttribute('aria-pressed', String(next === 'dark'));
    });
  }
  applyCodeTheme();

  // On narrow screens the table of contents starts folded so the lesson comes first.
  var toc = document.querySelector('.lesson-toc details');
  if (toc && window.matchMedia && window.matchMedia('(max-width: 1099px)').matches) {
    toc.removeAttribute('open');
  }

  // Highlight fenced code and give each block a copy button.
  var blocks = document.querySelectorAll('pre > code');
  blocks.forEach(function (code) {
    if (window.hljs) {
      window.hljs.highlightElement(code);
    }
    var pre = code.parentElement;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    var label = root.lang === 'en' ? 'Copy' : '复制';
    var done = root.lang === 'en' ? 'Copied' : '已复制';
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

  // Draw Mermaid diagrams; a diagram with a syntax error shows its source instead of breaking the page.
  var diagrams = document.querySelectorAll('pre.mermaid');
  function drawDiagrams() {
    window.mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: effectiveTheme() === 'dark' ? 'dark' : 'default',
      fontFamily: 'inherit'
    });
    window.mermaid.run({ nodes: diagrams, suppressErrors: true }).then(function () {
      document.body.setAttribute('data-mermaid', 'done');
    });
  }
  if (diagrams.length) {
    // Mermaid is large (3 MB): fetch it only on pages that have diagrams.
    var script = document.createElement('script');
    var fingerprinted = document.querySelector('meta[name="academy-mermaid"]');
    script.src = fingerprinted ? fingerprinted.content : '/webjars/mermaid/dist/mermaid.min.js';
    script.onload = drawDiagrams;
    script.onerror = function () { document.body.setAttribute('data-mermaid', 'failed'); };
    document.head.appendChild(script);
  } else {
    document.body.setAttribute('data-mermaid', 'none');
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
