namespace LrNotebooks.Site.Math;

/// <summary>The result of converting one TeX formula.</summary>
/// <param name="Markup">The <c>&lt;math&gt;</c> element (always present; malformed input renders as <c>&lt;merror&gt;</c>).</param>
/// <param name="UnknownCommands">Commands and environments that were not recognised (empty when all were).</param>
/// <param name="Error">Why the formula could not be parsed, or null.</param>
/// <param name="PlainText">The formula as plain Unicode text when it has no two-dimensional layout (e.g. "η" for <c>\eta</c>), else null.</param>
internal sealed record MathMLConversion(string Markup, IReadOnlyList<string> UnknownCommands, string? Error, string? PlainText);
