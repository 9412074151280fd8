// Applies the saved colour scheme before first paint (no flash). "auto" follows the system.
(function () {
  var pref = 'auto';
  try { pref = localStorage.getItem('academy-theme') || 'auto'; } catch (e) { /* storage disabled */ }
  var root = document.documentElement;
  root.setAttribute('data-theme-pref', pref);
  if (pref === 'light' || pref === 'dark') { root.setAttribute('data-theme', pref); }
})();
