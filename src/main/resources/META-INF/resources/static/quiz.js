// Quiz page: countdown to the server's deadline (auto-submit at zero) and a confirmation before
// submitting with unanswered questions. The server enforces both rules on its own.
(function () {
  'use strict';
  var form = document.getElementById('quiz-form');
  if (!form) {
    return;
  }
  var submitting = false;

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

  form.addEventListener('submit', function (event) {
    if (submitting) {
      event.preventDefault(); // a double click sends one request; the server ignores repeats anyway
      return;
    }
    if (form.getAttribute('data-auto') !== 'true') {
      var open = Array.prototype.filter.call(form.querySelectorAll('fieldset[data-question]'), function (f) {
        return !answered(f);
      }).length;
      if (open > 0 && !window.confirm(form.getAttribute('data-confirm').replace('__N__', String(open)))) {
        event.preventDefault();
        return;
      }
    }
    submitting = true;
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
        if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
      }
    };
    var handle = setInterval(tick, 1000);
    tick();
  }
})();
