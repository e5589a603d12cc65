// The site's one script (the pages' Content-Security-Policy runs no other): draws the figures of a page with
// the local plotly.js, gives explorable figures keyboard controls and a description that follows their state,
// and makes blocks that scroll sideways reachable by keyboard.
(function () {
  'use strict';

  function json(selector, target) {
    var block = document.querySelector(selector + '[data-target="' + target + '"]');
    return block ? JSON.parse(block.textContent) : null;
  }

  function describe(chart, text) {
    var description = document.getElementById(chart.id + '-description');
    if (description && typeof text === 'string' && description.textContent !== text) description.textContent = text;
  }

  // A slider step or a button runs its own command, as Plotly's own control would: the method named by the step
  // with the step's arguments. Commands of one chart run one after another, so fast key presses end in the
  // state of the last one; then Plotly's SVG control is moved to the same step.
  var commands = { restyle: 'restyle', relayout: 'relayout', update: 'update', animate: 'animate' };
  function run(chart, method, args, activeKey, index) {
    var queue = chart.lrnotebooksQueue || Promise.resolve();
    chart.lrnotebooksQueue = queue.then(function () {
      var change = {};
      change[activeKey] = index;
      var apply = commands[method] ? Plotly[commands[method]].apply(null, [chart].concat(args || [])) : null;
      return Promise.resolve(apply).then(function () { return Plotly.relayout(chart, change); });
    }).catch(function (error) {
      console.error('The chart could not show this step: ' + (error && error.message ? error.message : error));
    });
    return chart.lrnotebooksQueue;
  }

  // Plotly's sliders and buttons are SVG and cannot be focused: the same steps as HTML controls, which run the
  // step's own command (update, restyle, relayout, animate) and move Plotly's control along.
  function addControls(chart, layout, states) {
    var sliders = layout.sliders || [], menus = layout.updatemenus || [];
    if (sliders.length === 0 && menus.length === 0) return;
    var panel = document.createElement('div');
    panel.className = 'chart-controls';
    var inputs = [], groups = [];

    sliders.forEach(function (slider, s) {
      var steps = slider.steps || [];
      if (steps.length === 0) return;
      var label = document.createElement('label');
      var name = document.createElement('span');
      name.textContent = ((slider.currentvalue && slider.currentvalue.prefix) || 'Step ').trim();
      var input = document.createElement('input');
      input.type = 'range';
      input.min = '0';
      input.max = String(steps.length - 1);
      input.step = '1';
      var value = document.createElement('output');
      function show(i) {
        input.value = String(i);
        input.setAttribute('aria-valuetext', String(steps[i].label));
        value.textContent = String(steps[i].label);
        describe(chart, states && states.sliders[s] && states.sliders[s][i]);
      }
      input.addEventListener('input', function () {
        var i = Number(input.value);
        show(i);
        run(chart, steps[i].method, steps[i].args, 'sliders[' + s + '].active', i);
      });
      show(slider.active || 0);
      label.appendChild(name);
      label.appendChild(input);
      label.appendChild(value);
      panel.appendChild(label);
      inputs[s] = show;
    });

    menus.forEach(function (menu, m) {
      var buttons = menu.buttons || [];
      if (buttons.length === 0) return;
      var group = document.createElement('div');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', menu.name || 'Views of the chart');
      var elements = buttons.map(function (button, b) {
        var element = document.createElement('button');
        element.type = 'button';
        element.textContent = String(button.label);
        element.addEventListener('click', function () {
          press(b);
          run(chart, button.method, button.args, 'updatemenus[' + m + '].active', b);
        });
        group.appendChild(element);
        return element;
      });
      function press(b) {
        elements.forEach(function (element, k) { element.setAttribute('aria-pressed', String(k === b)); });
        describe(chart, states && states.menus[m] && states.menus[m][b]);
      }
      elements.forEach(function (element, k) { element.setAttribute('aria-pressed', String(k === (menu.active || 0))); });
      panel.appendChild(group);
      groups[m] = press;
    });

    // A step chosen with the mouse on Plotly's own control moves the HTML control and the description too.
    chart.on('plotly_sliderchange', function (event) {
      var show = inputs[event.slider._index];
      if (show) show(event.step._index);
    });
    chart.on('plotly_buttonclicked', function (event) {
      var press = groups[event.menu._index];
      if (press) press(event.button._index);
    });
    chart.parentNode.insertBefore(panel, chart.nextSibling);
  }

  function drawFigures() {
    if (typeof Plotly === 'undefined') return Promise.resolve();
    var blocks = Array.prototype.slice.call(document.querySelectorAll('script.plotly-figure'));
    return Promise.all(blocks.map(function (block) {
      var figure = JSON.parse(block.textContent);
      var chart = document.getElementById(block.getAttribute('data-target'));
      return Plotly.newPlot(chart, figure).then(function () {
        addControls(chart, figure.layout || {}, json('script.figure-states', chart.id));
      });
    }));
  }

  // A block that scrolls sideways must be focusable to be scrolled with the keyboard; whether it scrolls
  // depends on the window's width, so this runs again when the window changes size.
  var scrollers = 'pre, .output, table, math[display="block"]';
  var names = { PRE: 'Code or output', TABLE: 'Table', MATH: 'Formula', DIV: 'Output' };
  function markScrollingBlocks() {
    Array.prototype.forEach.call(document.querySelectorAll(scrollers), function (element) {
      var scrolls = element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible';
      if (scrolls && !element.hasAttribute('tabindex')) {
        element.setAttribute('tabindex', '0');
        element.setAttribute('data-scrolls', '');
        if (element.tagName === 'PRE' || element.tagName === 'DIV') element.setAttribute('role', 'region');
        element.setAttribute('aria-label', (names[element.tagName.toUpperCase()] || 'Block') + ', scrolls sideways');
      } else if (!scrolls && element.hasAttribute('data-scrolls')) {
        ['tabindex', 'data-scrolls', 'role', 'aria-label'].forEach(function (name) { element.removeAttribute(name); });
      }
    });
  }

  var resizing = 0;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(markScrollingBlocks, 150);
  });
  markScrollingBlocks();
  drawFigures().then(markScrollingBlocks, markScrollingBlocks);
})();
