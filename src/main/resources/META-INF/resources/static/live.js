// Live classroom: keeps the learner's and the host's screen current through server-sent events.
// Events carry no question and no answer: "state"/"ping" give the session version, and when it differs from the
// one shown the page fetches its own panel (rendered and authorized by the server); "counts" updates numbers.
(function () {
  'use strict';
  var screen = document.getElementById('live-screen');
  if (!screen || !window.EventSource) {
    return;
  }
  var host = screen.getAttribute('data-role') === 'host';
  var status = document.getElementById('live-status');
  var timer = null;
  var refreshing = false;
  var again = false;

  function panel() { return document.getElementById('live-panel'); }
  function shownVersion() { var p = panel(); return p ? parseInt(p.getAttribute('data-version'), 10) : -1; }
  function shownIndex() { var p = panel(); return p ? parseInt(p.getAttribute('data-index'), 10) : -1; }
  function text(key, values) {
    var t = screen.getAttribute('data-t-' + key) || '';
    Object.keys(values).forEach(function (k) { t = t.replace(k, String(values[k])); });
    return t;
  }

  function refresh() {
    if (refreshing) { again = true; return; }
    refreshing = true;
    fetch(screen.getAttribute('data-panel'), { credentials: 'same-origin', headers: { 'Accept': 'text/html' }, cache: 'no-store' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.text(); })
      .then(function (html) {
        var box = document.createElement('div');
        box.innerHTML = html;
        var fresh = box.querySelector('#live-panel');
        if (fresh && panel()) {
          panel().replaceWith(fresh);
          bind();
        }
      })
      .catch(function () { /* the next event or heartbeat tries again */ })
      .then(function () {
        refreshing = false;
        if (again) { again = false; refresh(); }
      });
  }

  function onVersion(e) {
    var v;
    try { v = JSON.parse(e.data).version; } catch (err) { return; }
    if (v !== shownVersion()) { refresh(); }
  }

  function onCounts(e) {
    var c;
    try { c = JSON.parse(e.data); } catch (err) { return; }
    var joined = document.getElementById('live-joined');
    if (joined) { joined.textContent = text('joined', { '33333': c.joined }); }
    if (c.index !== shownIndex()) { return; }
    var answered = document.getElementById(host ? 'live-answered' : 'live-answered-count');
    if (answered) {
      answered.textContent = text('answered', { '11111': c.answered, '22222': c.joined });
      answered.setAttribute('data-answered', c.answered);
    }
    if (host && c.histogram) {
      var total = c.answered || 0;
      Object.keys(c.histogram).forEach(function (code) {
        var li = document.querySelector('#live-histogram li[data-code="' + code + '"]');
        if (!li) { return; }
        var n = c.histogram[code];
        var bar = li.querySelector('.live-bar');
        var count = li.querySelector('.live-bar-count');
        if (bar) { bar.style.setProperty('--pct', (total ? Math.round(100 * n / total) : 0) + '%'); }
        if (count) { count.textContent = n; count.setAttribute('data-count', n); }
      });
    }
  }

  function startTimer() {
    if (timer) { clearInterval(timer); timer = null; }
    var el = document.getElementById('live-timer');
    if (!el) { return; }
    var deadline = Date.now() + parseInt(el.getAttribute('data-remaining-ms'), 10);
    var tick = function () {
      var left = Math.ceil((deadline - Date.now()) / 1000);
      if (left > 0) {
        el.textContent = text('left', { '99999': left });
        return;
      }
      el.textContent = screen.getAttribute('data-t-up');
      el.classList.add('is-up');
      var form = document.getElementById('live-answer');
      if (form) { Array.prototype.forEach.call(form.elements, function (f) { f.disabled = true; }); }
      clearInterval(timer);
      timer = null;
    };
    tick();
    timer = setInterval(tick, 250);
  }

  function bindAnswer() {
    var form = document.getElementById('live-answer');
    if (!form) { return; }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var error = document.getElementById('live-answer-error');
      var picked = Array.prototype.filter.call(form.querySelectorAll('input[name="answer"]'), function (i) { return i.checked; })
        .map(function (i) { return i.value; });
      var token = form.querySelector('input[type="hidden"]:not([name="index"])');
      var button = form.querySelector('button[type="submit"]');
      if (button) { button.disabled = true; button.setAttribute('aria-busy', 'true'); }
      fetch(screen.getAttribute('data-answer-api'), {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-TOKEN': token ? token.value : '' },
        body: JSON.stringify({ index: parseInt(form.querySelector('input[name="index"]').value, 10), answer: picked })
      }).then(function (r) {
        if (r.ok) { refresh(); return null; }
        return r.json().then(function (p) { throw new Error(p.detail || ('HTTP ' + r.status)); }, function () { throw new Error('HTTP ' + r.status); });
      }).catch(function (err) {
        if (button) { button.disabled = false; button.removeAttribute('aria-busy'); }
        if (error) { error.textContent = err.message; error.hidden = false; }
        setTimeout(refresh, 1500);
      });
    });
  }

  function bindConfirm() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-confirm]'), function (f) {
      f.addEventListener('submit', function (e) {
        if (!window.confirm(f.getAttribute('data-confirm'))) { e.preventDefault(); }
      });
    });
  }

  function bind() { startTimer(); bindAnswer(); bindConfirm(); }

  var source = new EventSource(screen.getAttribute('data-events'));
  source.addEventListener('state', onVersion);
  source.addEventListener('ping', onVersion);
  source.addEventListener('counts', onCounts);
  source.onopen = function () { if (status) { status.hidden = true; } };
  source.onerror = function () {
    if (status) { status.textContent = screen.getAttribute('data-t-reconnecting'); status.hidden = false; }
  };
  bind();
})();
