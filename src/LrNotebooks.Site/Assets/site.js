// Draws every figure the exporter lifted into a JSON block, with the local plotly.js.
(function () {
  var figures = document.querySelectorAll('script.plotly-figure');
  for (var i = 0; i < figures.length; i++) {
    var figure = JSON.parse(figures[i].textContent);
    var target = document.getElementById(figures[i].getAttribute('data-target'));
    Plotly.newPlot(target, figure.data, figure.layout, figure.config);
  }
})();
