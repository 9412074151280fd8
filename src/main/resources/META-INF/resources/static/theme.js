// Runs in <head>, before first paint: applies the saved colour scheme (no flash; "auto" follows the
// system) and, for visitors, the learning path they follow (the server keeps it for signed-in learners).
(function () {
  var root = document.documentElement;
  var pref = 'auto';
  try { pref = localStorage.getItem('academy-theme') || 'auto'; } catch (e) { /* storage disabled */ }
  root.setAttribute('data-theme-pref', pref);
  if (pref === 'light' || pref === 'dark') { root.setAttribute('data-theme', pref); }

  // A page on a path (the path page, or a lesson opened with ?path=) makes it the current path; a
  // lesson opened without one follows the current path when the lesson is on it.
  try {
    var following = root.getAttribute('data-path');
    if (following) {
      localStorage.setItem('academy-path', following);
    }
    var choices = (root.getAttribute('data-path-choices') || '').split(' ');
    var current = localStorage.getItem('academy-path');
    if (current && choices.indexOf(current) >= 0 && !/[?&]path=/.test(location.search)) {
      var query = location.search ? location.search + '&' : '?';
      location.replace(location.pathname + query + 'path=' + encodeURIComponent(current) + location.hash);
    }
  } catch (e) { /* storage disabled: lessons follow their module */ }
})();
