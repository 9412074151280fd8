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
