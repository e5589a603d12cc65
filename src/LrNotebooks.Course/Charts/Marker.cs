namespace LrNotebooks.Course;

/// <summary>A labelled vertical reference line, e.g. <c>new Marker(2 / L, "2/L")</c> for the stability limit of gradient descent.</summary>
/// <param name="X">Where the line is drawn, in data units of the x axis.</param>
/// <param name="Label">The text at the top of the line; the value is appended, e.g. "2/L = 1".</param>
public sealed record Marker(double X, string Label);
