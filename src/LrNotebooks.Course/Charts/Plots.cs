namespace LrNotebooks.Course;

/// <summary>
/// The chart vocabulary of the course: every method turns run results into one interactive Plotly.NET chart
/// (a <see cref="Plotly.NET.Figure"/>, which a notebook displays when it is a cell's last expression).
/// All charts share one style (white background, Okabe–Ito colours, axis titles with units, log axes where the
/// data spans decades), never contain NaN or infinity, and label diverged runs with the step they diverged at.
/// </summary>
public static partial class Plots
{
}
