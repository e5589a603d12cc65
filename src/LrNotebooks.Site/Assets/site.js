// Draws every figure the exporter lifted into a JSON block, with the local plotly.js. The whole figure object goes to
// newPlot, so sliders and buttons (in the layout) and animation frames work as in a notebook.
(function () {
  var figures = document.querySelectorAll('script.plotly-figure');
  for (var i = 0; i < figures.length; i++) {
    var figure = JSON.parse(figures[i].textContent);
    var target = document.getElementById(figures[i].getAttribute('data-target'));
    Plotly.newPlot(target, figure);
  }
})();
