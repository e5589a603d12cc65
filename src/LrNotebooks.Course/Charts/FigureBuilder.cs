using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace LrNotebooks.Course;

/// <summary>
/// Collects the traces, annotations and reference lines of one chart and builds it in the shared
/// <see cref="ChartStyle"/>. Knows the axis types, so positions given in data units land where they should
/// (plotly.js wants log10 positions for annotations on log axes, data positions for shapes). Every text given to
/// an annotation, note or line label is plain text and escaped here (see <see cref="PlotText"/>).
/// </summary>
internal sealed class FigureBuilder(string title, Axis x, Axis y, int height = ChartStyle.Height)
{
    private readonly List<Trace> traces = [];
    private readonly List<Annotation> annotations = [];
    private readonly List<Shape> shapes = [];
    private readonly List<string> notes = [];
    private readonly List<(double At, string Label, string Color)> lineLabels = [];

    /// <summary>Draw one unit of x as long as one unit of y (contour plots).</summary>
    public bool EqualAspect { get; set; }

    /// <summary>Extra layout attributes set after the shared style, e.g. a colour axis.</summary>
    public Action<Layout>? CustomizeLayout { get; set; }

    public Axis X => x;

    public Axis Y => y;

    public int TraceCount => traces.Count;

    public FigureBuilder Add(Trace trace)
    {
        traces.Add(trace);
        return this;
    }

    /// <summary>A text label with an arrow pointing at (px, py) in data units.</summary>
    public void Annotate(double px, double py, string text, string color, int ax = 30, int ay = -30)
    {
        var a = PlotlyObjects.Annotation(ToAxis(px, x.Log), ToAxis(py, y.Log), PlotText.Plain(text), color).Set("ax", ax).Set("ay", ay);
        annotations.Add(a);
    }

    /// <summary>A plain text label centred at a position given in axis units (category names on category axes).</summary>
    public void Label(object px, object py, string text, string color) =>
        annotations.Add(new Annotation().Set("xref", "x").Set("yref", "y").Set("x", px).Set("y", py)
            .Set("text", PlotText.Plain(text)).Set("showarrow", false).Set("font", PlotlyObjects.Font(12, color)));

    /// <summary>An arrow from (x0, y0) to (x1, y1) in data units (linear axes), e.g. one optimizer step.</summary>
    public void Arrow(double x0, double y0, double x1, double y1, string color)
    {
        annotations.Add(new Annotation()
            .Set("xref", "x").Set("yref", "y").Set("axref", "x").Set("ayref", "y")
            .Set("x", ToAxis(x1, x.Log)).Set("y", ToAxis(y1, y.Log)).Set("ax", ToAxis(x0, x.Log)).Set("ay", ToAxis(y0, y.Log))
            .Set("text", "").Set("showarrow", true).Set("arrowhead", 3).Set("arrowsize", 1.1).Set("arrowwidth", 1.4)
            .Set("arrowcolor", color).Set("standoff", 4).Set("startstandoff", 4).Set("opacity", 0.85));
    }

    /// <summary>Small grey text just above the plot (a key to the symbols, why a test stopped, what was left out).</summary>
    public void Note(string text) => notes.Add(text);

    /// <summary>A dashed vertical line across the plot at x = <paramref name="at"/>, labelled at its top inside the plot.</summary>
    public void VerticalLine(double at, string label, string color, string dash = "dash")
    {
        shapes.Add(new Shape()
            .Set("type", "line").Set("xref", "x").Set("yref", "paper")
            .Set("x0", at).Set("x1", at).Set("y0", 0).Set("y1", 1)
            .Set("line", PlotlyObjects.Line(color, 1.5, dash)));
        lineLabels.Add((at, label, color));
    }

    private const int LabelRow = 17;

    /// <summary>Heights (rows) the labels of vertical lines cycle through, left to right.</summary>
    private const int LabelRows = 3;

    public Figure Build()
    {
        AddLineLabels();
        // Above the plot: one row of notes, then the title.
        if (notes.Count > 0)
            annotations.Add(new Annotation()
                .Set("xref", "paper").Set("yref", "paper").Set("x", 0).Set("y", 1).Set("xanchor", "left").Set("yanchor", "bottom")
                .Set("yshift", 2).Set("showarrow", false).Set("align", "left")
                .Set("text", PlotText.Plain(string.Join("   ·   ", notes))).Set("font", PlotlyObjects.Font(12, "#555555")));
        int top = 50 + (notes.Count > 0 ? LabelRow : 0);
        var layout = ChartStyle.Layout(title, x, y, height + top - 50, top);
        if (annotations.Count > 0) layout.Set("annotations", annotations.ToArray());
        if (shapes.Count > 0) layout.Set("shapes", shapes.ToArray());
        if (EqualAspect)
        {
            // "domain": shrink the drawing area rather than widen the fixed ranges to keep one unit square.
            layout.TryGetTypedPropertyValue<LinearAxis>("xaxis").Value.Set("constrain", "domain");
            layout.TryGetTypedPropertyValue<LinearAxis>("yaxis").Value.Set("scaleanchor", "x").Set("scaleratio", 1).Set("constrain", "domain");
        }
        CustomizeLayout?.Invoke(layout);
        var json = Figure.From(ChartStyle.Chart(traces, layout)).ToJson();
        LogTicks.Apply(json);
        return new Figure(json);
    }

    /// <summary>
    /// The labels of the vertical lines hang from the top edge of the plot area, just right of their line. Left to
    /// right they step down through <see cref="LabelRows"/> heights, so the labels of neighbouring lines (restarts a
    /// few steps apart) do not cover each other, and none of them rises into the title and notes above the plot.
    /// </summary>
    private void AddLineLabels()
    {
        var ordered = lineLabels.OrderBy(l => l.At).ToArray();
        for (int i = 0; i < ordered.Length; i++)
        {
            var (at, label, color) = ordered[i];
            annotations.Add(new Annotation()
                .Set("xref", "x").Set("yref", "paper").Set("x", ToAxis(at, x.Log)).Set("y", 1)
                .Set("xanchor", "left").Set("yanchor", "top").Set("xshift", 3).Set("yshift", -LabelRow * (i % LabelRows))
                .Set("showarrow", false).Set("text", PlotText.Plain(label)).Set("font", PlotlyObjects.Font(12, color))
                .Set("bgcolor", "rgba(255,255,255,0.8)"));
        }
    }

    /// <summary>plotly.js places annotations on a log axis by log10 of the position.</summary>
    private static double ToAxis(double value, bool log) => log ? Math.Log10(value) : value;
}
