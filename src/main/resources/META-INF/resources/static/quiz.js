// Quiz page: saves each answer to the server as it changes (so a reload or a closed tab loses nothing),
// keeps the "n / N answered" counter and the question navigator current, counts down to the server's
// deadline (auto-submit at zero), asks before submitting with unanswered questions, and submits with
// fetch so that a dropped connection keeps the page and its answers. The server enforces every rule on
// its own; without JavaScript the form posts normally and its "save" button stores a draft.
(function () {
  'use strict';
  var form = document.getElementById('quiz-form');
  if (!form) {
    return;
  }
  var submitting = false;
  var csrfField = form.querySelector('input[name="' + form.getAttribute('data-csrf-field') + '"]');
  var fieldsets = Array.prototype.slice.call(form.querySelectorAll('fieldset[data-question]'));
  var counter = document.getElementById('answered-count');
  var submitError = document.getElementById('quiz-submit-error');
  var submitButton = document.getElementById('quiz-submit');

  function answered(fieldset) {
    var inputs = fieldset.querySelectorAll('input, select');
    for (var i = 0; i < inputs.length; i++) {
      var el = inputs[i];
      if ((el.type === 'radio' || el.type === 'checkbox') ? el.checked
          : el.tagName === 'SELECT' ? !/^([^=]*=)?$/.test(el.value) : el.value.trim() !== '') {
        return true;
      }
    }
    return false;
  }

  function values(fieldset) {
    var out = [];
    fieldset.querySelectorAll('input, select').forEach(function (el) {
      if ((el.type === 'radio' || el.type === 'checkbox')) {
        if (el.checked) { out.push(el.value); }
      } else {
        out.push(el.value);
      }
    });
    return out;
  }

  function refresh() {
    var count = 0;
    fieldsets.forEach(function (f) {
      var done = answered(f);
      if (done) { count++; }
      var link = document.querySelector('#quiz-nav a[data-nav="' + f.getAttribute('data-question') + '"]');
      if (link) {
        link.classList.toggle('is-answered', done);
        var label = form.getAttribute(done ? 'data-answered-label' : 'data-open-label');
        link.title = label;
        var hidden = link.querySelector('.visually-hidden');
        if (hidden) { hidden.textContent = ' ' + label; }
      }
    });
    if (counter) {
      counter.textContent = counter.getAttribute('data-template').replace('__A__', String(count))
          .replace('__T__', String(fieldsets.length));
    }
  }

  function status(fieldset, key, failed) {
    var el = fieldset.querySelector('.save-status');
    if (el) {
      el.textContent = form.getAttribute(key);
      el.classList.toggle('is-failed', !!failed);
    }
  }

  // One request at a time per question; a change made meanwhile is sent when it returns.
  var pending = {};
  var inFlight = {};
  function save(fieldset) {
    var id = fieldset.getAttribute('data-question');
    if (inFlight[id]) {
      pending[id] = true;
      return;
    }
    inFlight[id] = true;
    pending[id] = false;
    status(fieldset, 'data-saving');
    var body = { answers: {} };
    body.answers[id] = values(fieldset);
    fetch(form.getAttribute('data-draft-url'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-TOKEN': csrfField.value },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        status(fieldset, 'data-saved');
        return;
      }
      return response.json().then(function (problem) {
        status(fieldset, 'data-save-failed', true);
        if (problem && problem.detail) { fieldset.querySelector('.save-status').textContent = problem.detail; }
      }, function () { status(fieldset, 'data-save-failed', true); });
    }, function () {
      status(fieldset, 'data-save-failed', true);
    }).then(function () {
      inFlight[id] = false;
      if (pending[id]) { save(fieldset); }
    });
  }

  var timers = {};
  fieldsets.forEach(function (f) {
    f.addEventListener('change', function () {
      refresh();
      clearTimeout(timers[f.id]);
      save(f);
    });
    // Typing is saved once the learner pauses.
    f.addEventListener('input', function (event) {
      if (event.target.tagName !== 'INPUT' || event.target.type !== 'text') { return; }
      refresh();
      clearTimeout(timers[f.id]);
      timers[f.id] = setTimeout(function () { save(f); }, 600);
    });
  });

  function busy(on) {
    submitting = on;
    form.setAttribute('aria-busy', on ? 'true' : 'false');
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = on; });
    if (submitButton) {
      if (!submitButton.hasAttribute('data-label')) { submitButton.setAttribute('data-label', submitButton.textContent); }
      submitButton.textContent = on ? form.getAttribute('data-submitting') : submitButton.getAttribute('data-label');
    }
  }

  form.addEventListener('submit', function (event) {
    if (submitting) {
      event.preventDefault(); // a double click sends one request; the server ignores repeats anyway
      return;
    }
    var saveOnly = event.submitter && event.submitter.hasAttribute('data-save-only');
    if (saveOnly) {
      return; // the no-JavaScript draft form post: nothing to ask
    }
    if (form.getAttribute('data-auto') !== 'true') {
      var open = fieldsets.filter(function (f) { return !answered(f); }).length;
      if (open > 0 && !window.confirm(form.getAttribute('data-confirm').replace('__N__', String(open)))) {
        event.preventDefault();
        return;
      }
    }
    if (!window.fetch || !window.URLSearchParams) {
      submitting = true;
      return;
    }
    event.preventDefault();
    busy(true);
    if (submitError) { submitError.hidden = true; }
    fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: new URLSearchParams(new FormData(form)).toString(),
      // Not followed here: a 303 to the result is success; followed by fetch, a 303 to the sign-in page
      // (an expired session) would end at the identity provider's origin and look like a network error.
      redirect: 'manual'
    }).then(function (response) {
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        window.location.assign(form.action); // the attempt's page: its result now, or the sign-in it needs
        return;
      }
      // The server answered with an error page (a rejected answer, a missing token): show it as a
      // normal post would. Nothing was graded, so posting again gives the same page.
      submitting = true;
      HTMLFormElement.prototype.submit.call(form);
    }, function () {
      busy(false);
      if (submitError) {
        submitError.hidden = false;
        submitError.scrollIntoView({ block: 'center' });
      }
    });
  });

  var timer = document.querySelector('.countdown[data-deadline]');
  if (timer) {
    var deadline = Number(timer.getAttribute('data-deadline'));
    var value = timer.querySelector('.countdown-value');
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var m = Math.floor(left / 60);
      var s = left % 60;
      value.textContent = m + ':' + (s < 10 ? '0' : '') + s;
      if (left <= 60) {
        timer.classList.add('countdown-low');
      }
      if (left === 0) {
        clearInterval(handle);
        form.setAttribute('data-auto', 'true');
        if (form.requestSubmit) { form.requestSubmit(submitButton || undefined); } else { form.submit(); }
      }
    };
    var handle = setInterval(tick, 1000);
    tick();
  }
  // Questions scrolled to (navigator links, focus) stop below the sticky bar, whatever its height.
  var bar = document.getElementById('quiz-bar');
  function measure() {
    if (bar) {
      var h = bar.getBoundingClientRect().height + 8;
      document.documentElement.style.scrollPaddingTop = h + 'px';
      document.documentElement.style.setProperty('--quiz-bar-height', h + 'px');
    }
  }
  window.addEventListener('resize', measure);
  measure();
  refresh();
})();
