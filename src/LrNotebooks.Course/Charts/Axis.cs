namespace LrNotebooks.Course;

/// <summary>How one axis of a chart is drawn.</summary>
/// <param name="Title">The axis title with its unit, e.g. "learning rate" or "loss f(x) - f*".</param>
/// <param name="Log">Whether the axis is logarithmic (all plotted values are then &gt; 0).</param>
/// <param name="Range">A fixed range in data units, or null for auto-range.</param>
/// <param name="TickFormat">A d3 format such as ".0%", or null for plotly's default.</param>
/// <param name="Category">Whether the values are category labels (heat maps).</param>
internal sealed record Axis(string Title, bool Log = false, (double Min, double Max)? Range = null, string? TickFormat = null, bool Category = false);
