using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LrNotebooks.Notebooks;

/// <summary>
/// Writes executed notebooks as nbformat 4.5: the source document with each code cell's outputs and
/// execution count filled in, every cell given an id (required from 4.5 on), nothing else changed.
/// </summary>
public static class NotebookWriter
{
    /// <summary>The nbformat minor version of executed notebooks (cell ids).</summary>
    public const int MinorVersion = 5;

    private static readonly JsonSerializerOptions Format = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        // Keep HTML readable in the file: no \u003C escapes (the JSON is equally valid either way).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// A copy of <paramref name="notebook"/> with <paramref name="outputs"/> (code cell number → outputs
    /// and execution count); code cells not in the map get no outputs and a null execution count.
    /// </summary>
    public static JsonObject WithOutputs(Notebook notebook, IReadOnlyDictionary<int, (JsonArray Outputs, int? ExecutionCount)> outputs)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(outputs);
        var document = (JsonObject)notebook.Document.DeepClone();
        var minor = document["nbformat_minor"] is JsonValue v && v.TryGetValue<int>(out var m) ? m : 0;
        document["nbformat_minor"] = Math.Max(minor, MinorVersion);
        var cells = (JsonArray)document["cells"]!;
        var ids = new HashSet<string>(cells.Select(c => c?["id"] is JsonValue id && id.TryGetValue<string>(out var s) ? s : null).OfType<string>());
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = (JsonObject)cells[i]!;
            if (cell["id"] is not JsonValue existing || !existing.TryGetValue<string>(out _))
                cell["id"] = NewId(i + 1, ids);
            if (!notebook.Cells[i].IsCode) continue;
            var (cellOutputs, count) = outputs.TryGetValue(i + 1, out var o) ? o : ([], null);
            cell["execution_count"] = count;
            cell["outputs"] = cellOutputs.Parent is null ? cellOutputs : cellOutputs.DeepClone();
        }

        return document;
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="path"/> (folders created), ending with a newline.</summary>
    public static void Write(JsonObject document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, document.ToJsonString(Format) + "\n");
    }

    private static string NewId(int number, HashSet<string> taken)
    {
        var id = $"cell-{number}";
        for (var n = 2; !taken.Add(id); n++) id = $"cell-{number}-{n}";
        return id;
    }
}
