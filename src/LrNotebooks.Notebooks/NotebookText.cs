using System.Text.Json;
using System.Text.Json.Nodes;

namespace LrNotebooks.Notebooks;

/// <summary>nbformat's multiline strings: one string, or an array of lines to be joined.</summary>
public static class NotebookText
{
    /// <summary>
    /// <paramref name="node"/> as one string: a string as is, an array's items joined (non-string items as
    /// their JSON), null as empty, any other value as its JSON.
    /// </summary>
    public static string Of(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonArray lines => string.Concat(lines.Select(Of)),
        _ => node.ToJsonString(),
    };
}
