// Presenter mode: one section (split at h2) per screen, large type, charts resized to the screen.
// Keys: p toggles; arrows, PageUp/PageDown, space, Home/End navigate; Escape returns to the page at the same place.
(function () {
  'use strict';
  var main = document.querySelector('main');
  if (!main) return;

  // The slide units in document order: the blocks of the page, with markdown cells opened up so an h2 inside one starts a slide.
  var units = [];
  (function collect(container) {
    for (var i = 0; i < container.children.length; i++) {
      var child = container.children[i];
      if (child.matches('article, section.markdown-cell, .notebook-body')) collect(child);
      else units.push(child);
    }
  })(main);
  if (units.length === 0) return;

  var slides = [[]];
  units.forEach(function (unit) {
    if (unit.tagName === 'H2' && slides[slides.length - 1].length > 0) slides.push([]);
    slides[slides.length - 1].push(unit);
    unit.setAttribute('data-slide', String(slides.length - 1));
  });

  var current = 0;
  var active = false;
  var sizes = new Map();

  var toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'presenter-toggle';
  toggle.textContent = 'Present (p)';
  toggle.setAttribute('aria-keyshortcuts', 'p');
  var headerInner = document.querySelector('.site-header-inner') || document.body;
  headerInner.appendChild(toggle);

  var bar = document.createElement('nav');
  bar.className = 'presenter-bar';
  bar.setAttribute('aria-label', 'Presenter navigation');
  var previous = button('presenter-previous', '◀', 'Previous section (Left arrow, PageUp)');
  var counter = document.createElement('span');
  counter.className = 'presenter-counter';
  counter.setAttribute('aria-live', 'polite');
  var next = button('presenter-next', '▶', 'Next section (Right arrow, PageDown)');
  var close = button('presenter-close', '✕', 'Back to the page (Escape)');
  bar.appendChild(previous);
  bar.appendChild(counter);
  bar.appendChild(next);
  bar.appendChild(close);
  document.body.appendChild(bar);

  function button(className, text, label) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = className;
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.title = label;
    return b;
  }

  function charts(slide) {
    var found = [];
    slides[slide].forEach(function (unit) {
      if (unit.classList.contains('js-plotly-plot')) found.push(unit);
      unit.querySelectorAll('.js-plotly-plot').forEach(function (chart) { found.push(chart); });
    });
    return found;
  }

  function fit(slide) {
    if (typeof Plotly === 'undefined') return;
    charts(slide).forEach(function (chart) {
      if (!sizes.has(chart)) sizes.set(chart, { width: chart.layout ? chart.layout.width : undefined, height: chart.layout ? chart.layout.height : undefined });
      // The room the page gives the chart (main's padding and the output's margins taken off), so nothing is cut off.
      var room = chart.parentElement ? chart.parentElement.clientWidth : main.clientWidth;
      var width = Math.max(320, Math.floor(room - 2));
      var height = Math.max(240, Math.floor(Math.min(window.innerHeight * 0.72, width * 0.62)));
      Plotly.relayout(chart, { width: width, height: height }).then(function () { Plotly.Plots.resize(chart); });
    });
  }

  function restoreCharts() {
    if (typeof Plotly === 'undefined') return;
    sizes.forEach(function (size, chart) {
      Plotly.relayout(chart, { width: size.width === undefined ? null : size.width, height: size.height === undefined ? null : size.height })
        .then(function () { Plotly.Plots.resize(chart); });
    });
    sizes.clear();
  }

  function show(slide) {
    current = Math.max(0, Math.min(slides.length - 1, slide));
    units.forEach(function (unit) {
      unit.classList.toggle('presenter-hidden', unit.getAttribute('data-slide') !== String(current));
    });
    counter.textContent = (current + 1) + ' / ' + slides.length;
    previous.disabled = current === 0;
    next.disabled = current === slides.length - 1;
    window.scrollTo(0, 0);
    fit(current);
  }

  // The slide the reader is looking at: the last one whose first block starts above the upper third of the window.
  function slideInView() {
    var found = 0;
    if (window.scrollY < 1) return 0;
    for (var i = 0; i < slides.length; i++) {
      if (slides[i][0].getBoundingClientRect().top <= window.innerHeight / 3) found = i;
    }
    return found;
  }

  function enter() {
    if (active) return;
    var slide = slideInView();
    active = true;
    document.body.classList.add('presenter');
    toggle.setAttribute('aria-pressed', 'true');
    show(slide);
    next.focus({ preventScroll: true });
  }

  function leave() {
    if (!active) return;
    active = false;
    document.body.classList.remove('presenter');
    toggle.setAttribute('aria-pressed', 'false');
    units.forEach(function (unit) { unit.classList.remove('presenter-hidden'); });
    restoreCharts();
    slides[current][0].scrollIntoView({ block: 'start' });
    toggle.focus({ preventScroll: true });
  }

  toggle.addEventListener('click', function () { if (active) leave(); else enter(); });
  previous.addEventListener('click', function () { show(current - 1); });
  next.addEventListener('click', function () { show(current + 1); });
  close.addEventListener('click', leave);
  window.addEventListener('resize', function () { if (active) fit(current); });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    // Keys typed into a control (an explorable figure's slider or a form field) belong to that control.
    if (target && target.closest && target.closest('input, select, textarea, [contenteditable], .js-plotly-plot, [role=slider]')) return;
    if (!active) {
      if (event.key === 'p' || event.key === 'P') { event.preventDefault(); enter(); }
      return;
    }
    switch (event.key) {
      case 'ArrowRight': case 'ArrowDown': case 'PageDown': case ' ': show(current + 1); break;
      case 'ArrowLeft': case 'ArrowUp': case 'PageUp': show(current - 1); break;
      case 'Home': show(0); break;
      case 'End': show(slides.length - 1); break;
      case 'Escape': case 'p': case 'P': leave(); break;
      default: return;
    }
    event.preventDefault();
  });

  // For tests and for a remote control: the current state, read-only.
  window.lrPresenter = {
    get active() { return active; },
    get slide() { return current; },
    get slides() { return slides.length; },
    enter: enter,
    leave: leave,
    show: function (i) { if (active) show(i); }
  };
})();
