using LrNotebooks.Core;
using Plotly.NET;

namespace LrNotebooks.Course;

public static partial class Plots
{
    /// <summary>
    /// The general line chart: any series, optional log axes, optional labelled vertical markers. Non-finite
    /// values leave a gap; on a log axis values &lt;= 0 are left out too, and the chart says how many.
    /// </summary>
    /// <param name="title">The chart title.</param>
    /// <param name="xLabel">The x-axis title with its unit.</param>
    /// <param name="yLabel">The y-axis title with its unit.</param>
    /// <param name="series">The lines (at least one), each with as many X as Y values.</param>
    /// <param name="logX">Logarithmic x axis.</param>
    /// <param name="logY">Logarithmic y axis.</param>
    /// <param name="markers">Labelled vertical lines, e.g. <c>new Marker(2 / L, "2/L")</c>.</param>
    /// <example><c>Plots.Lines("Gradient norm", "step", "|∇f|", [new Series("SGD", steps, norms)], logY: true)</c></example>
    public static Figure Lines(string title, string xLabel, string yLabel, IEnumerable<Series> series,
        bool logX = false, bool logY = false, params Marker[] markers)
    {
        Guard.NotBlank(title, nameof(title));
        Guard.NotBlank(xLabel, nameof(xLabel));
        Guard.NotBlank(yLabel, nameof(yLabel));
        var items = Guard.Items(series, nameof(series));
        Guard.NotNull(markers, nameof(markers));
        for (int i = 0; i < items.Length; i++)
        {
            CheckSeries(items[i], i, nameof(series));
            Guard.SameLength(items[i].X.Count, items[i].Y.Count, $"{nameof(series)}[{i}].Y", $"one per x value of series[{i}]");
        }
        for (int i = 0; i < markers.Length; i++) CheckMarker(markers[i], logX, $"{nameof(markers)}[{i}]");
        var figure = new FigureBuilder(title, new Axis(xLabel, logX), new Axis(yLabel, logY));
        int hidden = 0;
        var styles = NamedStyles.For(items.Select(s => s.Name).ToArray());
        for (int k = 0; k < items.Length; k++)
        {
            var s = items[k];
            var x = new double?[s.X.Count];
            var y = new double?[s.Y.Count];
            for (int i = 0; i < x.Length; i++)
            {
                bool ok = double.IsFinite(s.X[i]) && double.IsFinite(s.Y[i]) && (!logX || s.X[i] > 0) && (!logY || s.Y[i] > 0);
                if (!ok && double.IsFinite(s.X[i]) && double.IsFinite(s.Y[i])) hidden++;
                x[i] = ok ? s.X[i] : null;
                y[i] = ok ? s.Y[i] : null;
            }
            figure.Add(Traces.Line(s.Name, x, y, styles[k].Color, styles[k].Dash, markers: x.Length <= Traces.MarkerLimit, symbol: styles[k].Symbol)
                .Hover($"{PlotText.InTemplate(xLabel)} %{{x:.4g}}<br>{PlotText.InTemplate(yLabel)} %{{y:.4g}}"));
        }
        if (hidden > 0) figure.Note($"{hidden} value(s) ≤ 0 not shown on the log axis");
        foreach (var m in markers) AddMarker(figure, m);
        return figure.Build();
    }
}
