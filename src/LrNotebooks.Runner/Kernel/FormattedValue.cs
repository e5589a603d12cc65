using System.Text.Json;

namespace LrNotebooks.Runner.Kernel;

/// <summary>One rendering of a value: a mime type and its text (e.g. text/html with the chart's markup).</summary>
/// <param name="MimeType">Mime type, e.g. <c>text/html</c>, <c>text/plain</c>.</param>
/// <param name="Value">The rendered text.</param>
/// <param name="SuppressDisplay">True when the kernel asks front ends not to show this rendering.</param>
internal sealed record FormattedValue(string MimeType, string Value, bool SuppressDisplay)
{
    /// <summary>Reads <c>event.formattedValues</c>; missing or malformed entries are skipped.</summary>
    public static IReadOnlyList<FormattedValue> ReadAll(JsonElement @event)
    {
        if (!@event.TryGetProperty("formattedValues", out var values) || values.ValueKind != JsonValueKind.Array)
            return [];
        var result = new List<FormattedValue>();
        foreach (var value in values.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.Object
                || !value.TryGetProperty("mimeType", out var mime) || mime.ValueKind != JsonValueKind.String
                || !value.TryGetProperty("value", out var text) || text.ValueKind != JsonValueKind.String)
                continue;
            var suppress = value.TryGetProperty("suppressDisplay", out var s) && s.ValueKind == JsonValueKind.True;
            result.Add(new FormattedValue(mime.GetString()!, text.GetString()!, suppress));
        }

        return result;
    }
}
