using System.Text.Json;
using System.Text.Json.Nodes;

namespace LrNotebooks.Notebooks;

/// <summary>Reads and validates .ipynb files; every problem becomes a <see cref="NotebookFormatException"/>.</summary>
public static class NotebookReader
{
    private static readonly string[] CellTypes = ["code", "markdown", "raw"];

    /// <summary>Reads the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">Unreadable, not JSON, not nbformat 4, or cells missing or malformed.</exception>
    public static Notebook Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException(path, $"cannot be read: {e.Message}", e);
        }

        return Parse(path, text);
    }

    /// <summary>Parses notebook JSON <paramref name="text"/>; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="NotebookFormatException">Not JSON, not nbformat 4, or cells missing or malformed.</exception>
    public static Notebook Parse(string path, string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(path, $"is not valid JSON ({e.Message})", e);
        }

        if (root is not JsonObject document)
            throw new NotebookFormatException(path, "is not a notebook: the top-level JSON value is not an object");
        return FromDocument(path, document);
    }

    /// <summary>The notebook held by the parsed JSON <paramref name="document"/>; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="NotebookFormatException">Not nbformat 4, or cells missing or malformed.</exception>
    public static Notebook FromDocument(string path, JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document["nbformat"] is not JsonValue format || !format.TryGetValue<int>(out var major))
            throw new NotebookFormatException(path, "is not a notebook: 'nbformat' is missing");
        if (major != 4)
            throw new NotebookFormatException(path, $"is nbformat {major}; only nbformat 4 is supported");
        if (document["cells"] is not JsonArray cells)
            throw new NotebookFormatException(path, "has no 'cells' array");
        var metadata = document["metadata"] as JsonObject ?? [];
        if (document["metadata"] is not null and not JsonObject)
            throw new NotebookFormatException(path, "'metadata' is not an object");

        var defaultKernel = PolyglotDefaultKernel(metadata) ?? "csharp";
        NotebookExpectations? expectations;
        try
        {
            expectations = NotebookExpectations.FromMetadata(metadata);
        }
        catch (FormatException e)
        {
            throw new NotebookFormatException(path, e.Message, e);
        }

        var result = new List<NotebookCell>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
            result.Add(ReadCell(path, cells[i], i + 1, defaultKernel));
        return new Notebook(path, document, result, defaultKernel, expectations);
    }

    private static NotebookCell ReadCell(string path, JsonNode? node, int number, string defaultKernel)
    {
        if (node is not JsonObject cell)
            throw new NotebookFormatException(path, $"cell {number} is not an object");
        var type = (cell["cell_type"] as JsonValue)?.TryGetValue<string>(out var t) == true ? t : null;
        if (type is null || !CellTypes.Contains(type))
            throw new NotebookFormatException(path, $"cell {number} has no valid 'cell_type' (code, markdown or raw)");
        var source = cell["source"] switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonArray lines when lines.All(l => l is JsonValue lv && lv.TryGetValue<string>(out _)) =>
                string.Concat(lines.Select(l => l!.GetValue<string>())),
            _ => throw new NotebookFormatException(path, $"cell {number} has no 'source' (a string or an array of strings)"),
        };
        var kernel = CellKernel(cell) ?? defaultKernel;
        return new NotebookCell(number, type, source.Replace("\r\n", "\n"), kernel, cell);
    }

    private static string? PolyglotDefaultKernel(JsonObject metadata) =>
        metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string? CellKernel(JsonObject cell)
    {
        var metadata = cell["metadata"];
        if (metadata?["polyglot_notebook"]?["kernelName"] is JsonValue v && v.TryGetValue<string>(out var name))
            return name;
        // Notebooks saved by older .NET Interactive versions.
        return metadata?["dotnet_interactive"]?["language"] is JsonValue l && l.TryGetValue<string>(out var language) ? language : null;
    }
}
