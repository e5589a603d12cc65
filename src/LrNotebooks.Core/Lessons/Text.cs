using System.Runtime.CompilerServices;

namespace LrNotebooks.Core.Lessons;

/// <summary>Argument checks for the text parameters of the lesson helpers.</summary>
internal static class Text
{
    /// <summary>Requires a non-null, non-blank string; the message names the parameter.</summary>
    public static string Required(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"{name} must be a non-empty text (at least one non-whitespace character), but was {(value is null ? "null" : $"\"{value}\"")}.", name);
        return value;
    }
}
