using System.Text.Json;

namespace LrNotebooks.Runner.Site.Notebooks;

/// <summary>Reads nbformat 4 notebooks (as written by Polyglot Notebooks and Jupyter).</summary>
internal static class NotebookReader
{
    /// <summary>Reads and parses the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not an nbformat 4 notebook.</exception>
    public static NotebookDocument Read(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        try
        {
            return Parse(name, File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not valid notebook JSON: {exception.Message}", exception);
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDataException($"{path}: {exception.Message}", exception);
        }
    }

    /// <summary>Parses notebook JSON.</summary>
    public static NotebookDocument Parse(string name, string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("not a notebook: no \"cells\" array");
        }

        if (root.TryGetProperty("nbformat", out var format) && format.ValueKind == JsonValueKind.Number && format.GetInt32() != 4)
        {
            throw new InvalidDataException($"nbformat {format.GetInt32()} is not supported (4 is)");
        }

        var defaultLanguage = DefaultLanguage(root);
        var result = new List<NotebookCell>();
        foreach (var cell in cells.EnumerateArray())
        {
            var source = JoinText(cell, "source");
            switch (StringProperty(cell, "cell_type"))
            {
                case "markdown":
                    result.Add(new MarkdownCell(source, Attachments(cell)));
                    break;
                case "code":
                    var language = CellLanguage(cell) ?? defaultLanguage;
                    if (language == "markdown")
                    {
                        result.Add(new MarkdownCell(source, new Dictionary<string, (string, string)>()));
                        break;
                    }

                    int? count = cell.TryGetProperty("execution_count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null;
                    result.Add(new CodeCell(source, language, count, Outputs(cell)));
                    break;
            }
        }

        return new NotebookDocument(name, result);
    }

    private static string DefaultLanguage(JsonElement root)
    {
        if (root.TryGetProperty("metadata", out var metadata))
        {
            if (metadata.TryGetProperty("polyglot_notebook", out var polyglot) && StringProperty(polyglot, "defaultKernelName") is { } kernel)
            {
                return kernel;
            }

            if (metadata.TryGetProperty("kernelspec", out var spec) && StringProperty(spec, "language") is { } language)
            {
                return language switch { "C#" => "csharp", "F#" => "fsharp", "PowerShell" => "pwsh", _ => language };
            }
        }

        return "csharp";
    }

    private static string? CellLanguage(JsonElement cell)
    {
        if (!cell.TryGetProperty("metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (metadata.TryGetProperty("polyglot_notebook", out var polyglot) && StringProperty(polyglot, "kernelName") is { } kernel)
        {
            return kernel;
        }

        return metadata.TryGetProperty("dotnet_interactive", out var interactive) ? StringProperty(interactive, "language") : null;
    }

    private static List<CellOutput> Outputs(JsonElement cell)
    {
        var outputs = new List<CellOutput>();
        if (!cell.TryGetProperty("outputs", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return outputs;
        }

        foreach (var output in array.EnumerateArray())
        {
            switch (StringProperty(output, "output_type"))
            {
                case "display_data" or "execute_result" or "update_display_data":
                    var data = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    if (output.TryGetProperty("data", out var bundle) && bundle.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var item in bundle.EnumerateObject())
                        {
                            data[item.Name] = item.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                                ? item.Value.GetRawText()
                                : TextOf(item.Value);
                        }
                    }

                    outputs.Add(new RichOutput(data));
                    break;
                case "stream":
                    outputs.Add(new StreamOutput(StringProperty(output, "name") ?? "stdout", JoinText(output, "text")));
                    break;
                case "error":
                    var traceback = output.TryGetProperty("traceback", out var lines) && lines.ValueKind == JsonValueKind.Array
                        ? lines.EnumerateArray().Select(l => l.GetString() ?? "").ToList()
                        : [];
                    outputs.Add(new ErrorOutput(StringProperty(output, "ename") ?? "Error", StringProperty(output, "evalue") ?? "", traceback));
                    break;
            }
        }

        return outputs;
    }

    private static Dictionary<string, (string, string)> Attachments(JsonElement cell)
    {
        var attachments = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (cell.TryGetProperty("attachments", out var all) && all.ValueKind == JsonValueKind.Object)
        {
            foreach (var attachment in all.EnumerateObject())
            {
                var first = attachment.Value.EnumerateObject().FirstOrDefault();
                if (first.Value.ValueKind != JsonValueKind.Undefined)
                {
                    attachments[attachment.Name] = (first.Name, TextOf(first.Value));
                }
            }
        }

        return attachments;
    }

    private static string JoinText(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? TextOf(value) : "";

    // nbformat stores multi-line strings either as one string or as a list of lines.
    private static string TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Array => string.Concat(value.EnumerateArray().Select(l => l.ValueKind == JsonValueKind.String ? l.GetString() : l.GetRawText())),
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };

    private static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
