using LrNotebooks.Core;
using Plotly.NET;

namespace LrNotebooks.Course;

public static partial class Plots
{
    /// <summary>
    /// A grid of two hyper-parameters (e.g. learning rate x momentum) coloured by a result, every cell annotated
    /// with its value (3 significant digits). Non-finite cells (diverged runs) stay grey and read "diverged".
    /// The colour scale is logarithmic when all values are positive and span two decades or more.
    /// Colour scale: viridis (perceptually uniform, colour-blind safe).
    /// </summary>
    /// <param name="title">The chart title.</param>
    /// <param name="xLabels">Column labels, e.g. the learning rates as text.</param>
    /// <param name="yLabels">Row labels.</param>
    /// <param name="values">values[row, column], rows = yLabels.Count, columns = xLabels.Count.</param>
    /// <param name="xTitle">The x-axis title.</param>
    /// <param name="yTitle">The y-axis title.</param>
    /// <param name="valueTitle">What the colour means, with its unit (colour-bar title).</param>
    /// <example><c>Plots.HeatMap("Final loss", ["0.01", "0.1"], ["0", "0.9"], grid, "learning rate", "momentum", "final loss")</c></example>
    public static Figure HeatMap(string title, IReadOnlyList<string> xLabels, IReadOnlyList<string> yLabels, double[,] values,
        string xTitle, string yTitle, string valueTitle)
    {
        Guard.NotBlank(title, nameof(title));
        Guard.NotNull(xLabels, nameof(xLabels));
        Guard.NotNull(yLabels, nameof(yLabels));
        Guard.NotNull(values, nameof(values));
        Guard.NotBlank(xTitle, nameof(xTitle));
        Guard.NotBlank(yTitle, nameof(yTitle));
        Guard.NotBlank(valueTitle, nameof(valueTitle));
        if (xLabels.Count == 0 || yLabels.Count == 0)
            throw new ArgumentException($"{(xLabels.Count == 0 ? nameof(xLabels) : nameof(yLabels))} must contain at least one label.", xLabels.Count == 0 ? nameof(xLabels) : nameof(yLabels));
        if (values.GetLength(0) != yLabels.Count || values.GetLength(1) != xLabels.Count)
            throw new ArgumentException($"{nameof(values)} must have {yLabels.Count} rows (yLabels) x {xLabels.Count} columns (xLabels), but was {values.GetLength(0)} x {values.GetLength(1)}.", nameof(values));
        if (xLabels.Distinct().Count() != xLabels.Count || yLabels.Distinct().Count() != yLabels.Count)
            throw new ArgumentException("xLabels and yLabels must each be distinct (they name the grid's columns and rows).", xLabels.Distinct().Count() != xLabels.Count ? nameof(xLabels) : nameof(yLabels));

        int rows = yLabels.Count, cols = xLabels.Count;
        var finite = values.Cast<double>().Where(double.IsFinite).ToArray();
        // Colour by log10 when the values span decades (final losses), or every cell but one is the same colour.
        bool log = finite.Length > 0 && finite.All(v => v > 0) && LogScale.SpansDecades(finite, 2);
        var z = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, cols)
            .Select(c => double.IsFinite(values[r, c]) ? (log ? Math.Log10(values[r, c]) : values[r, c]) : (double?)null).ToArray()).ToArray();
        var text = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, cols)
            .Select(c => double.IsFinite(values[r, c]) ? NumberText.Cell(values[r, c]) : "").ToArray()).ToArray();
        var colorBar = new ColorBar().Set("title", PlotlyObjects.Title(valueTitle, 13)).Set("thickness", 14).Set("outlinewidth", 0);
        if (log)
        {
            int lo = (int)Math.Floor(Math.Log10(finite.Min())), hi = (int)Math.Ceiling(Math.Log10(finite.Max()));
            var ticks = NumberText.DecadeTicks(lo, hi);
            colorBar.Set("tickvals", ticks.Select(t => (double)t).ToArray()).Set("ticktext", ticks.Select(NumberText.PowerOfTen).ToArray());
        }
        var heat = new Trace2D("heatmap")
            .Set("name", valueTitle).Set("x", xLabels.ToArray()).Set("y", yLabels.ToArray()).Set("z", z)
            .Set("text", text).Set("texttemplate", "%{text}").Set("textfont", PlotlyObjects.Font(13))
            .Set("colorscale", "Viridis").Set("xgap", 2).Set("ygap", 2).Set("hoverongaps", true)
            .Set("colorbar", colorBar)
            .Hover($"{PlotText.InTemplate(xTitle)} %{{x}}<br>{PlotText.InTemplate(yTitle)} %{{y}}<br>{PlotText.InTemplate(valueTitle)} %{{text}}<extra></extra>");
        var figure = new FigureBuilder(title, new Axis(xTitle, Category: true), new Axis(yTitle, Category: true),
            Math.Clamp(140 + 48 * rows, 360, 640));
        figure.CustomizeLayout = layout => layout.Set("plot_bgcolor", "#EEEEEE").Set("showlegend", false);
        figure.Add(heat);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                // On a category axis a numeric position is the category index (a label like "1" would be read as index 1).
                if (!double.IsFinite(values[r, c])) figure.Label(c, r, NumberText.Cell(values[r, c]), "#444444");
        if (log) figure.Note("colour on a log scale");
        return figure.Build();
    }
}
