// Loaded blocking in <head> on every page (external file: the CSP allows no inline script).
// 1. 公示 banners: <notice-window data-start data-end> is shown only while today (China time)
//    is inside the window (or, with data-when="upcoming|closed", before or after it). The element is defined before the body is parsed, so each banner
//    is decided the moment it is created, before the first paint: no layout shift.
// 2. 适老化 large-text mode: applied to <html> before paint, toggled by a header button,
//    remembered in localStorage.
// 3. The header search box's suggestions (src/scripts/search-box.js) load when the box is first
//    focused, so that no page carries search code it does not use.
(function () {
  var root = document.documentElement;
  // Marks that scripts run, before the first paint, so CSS shows the large-text button in
  // place from the start (un-hiding it later would shift the header).
  root.classList.add('has-js');
  var today = new Date(Date.now() + 8 * 36e5).toISOString().slice(0, 10);
  if (window.customElements && !customElements.get('notice-window')) {
    customElements.define('notice-window', class extends HTMLElement {
      connectedCallback() {
        var start = this.dataset.start || '', end = this.dataset.end || '';
        var state = today < start ? 'upcoming' : today > end ? 'closed' : 'open';
        this.hidden = (this.dataset.when || 'open') !== state;
      }
    });
  }
  var KEY = 'bangyang-large-text';
  var stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { /* storage blocked: no persistence */ }
  root.classList.toggle('large-text', stored === '1');
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('text-size');
    if (!button) return;
    var sync = function () { button.setAttribute('aria-pressed', String(root.classList.contains('large-text'))); };
    sync();
    button.addEventListener('click', function () {
      var on = root.classList.toggle('large-text');
      try { localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* ignore */ }
      sync();
    });
  });
  document.addEventListener('focusin', function loadSuggestions(event) {
    var box = event.target.closest && event.target.closest('form[data-suggest]');
    if (!box) return;
    document.removeEventListener('focusin', loadSuggestions);
    var script = document.createElement('script');
    script.type = 'module';
    script.src = box.getAttribute('data-script');
    document.head.appendChild(script);
  });
})();
