using System.Text.Json.Nodes;

namespace LrNotebooks.Notebooks.Tests;

/// <summary>Builds small notebooks with the course's Polyglot metadata for runner tests.</summary>
public static class TestNotebook
{
    /// <summary>Prefix that turns a cell into a markdown cell.</summary>
    public const string Markdown = "md:";

    /// <summary>
    /// A notebook whose cells are <paramref name="cells"/> (code, or markdown when prefixed with
    /// <see cref="Markdown"/>) and, when given, the declared outputs <paramref name="expect"/>.
    /// </summary>
    public static JsonObject Create(IEnumerable<string> cells, JsonObject? expect = null)
    {
        var metadata = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
            ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
            ["polyglot_notebook"] = new JsonObject
            {
                ["kernelInfo"] = new JsonObject
                {
                    ["defaultKernelName"] = "csharp",
                    ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                },
            },
        };
        if (expect is not null) metadata["lrnotebooks"] = new JsonObject { ["expect"] = expect };
        var array = new JsonArray();
        foreach (var cell in cells)
            array.Add(cell.StartsWith(Markdown, StringComparison.Ordinal) ? MarkdownCell(cell[Markdown.Length..]) : CodeCell(cell));
        return new JsonObject { ["cells"] = array, ["metadata"] = metadata, ["nbformat"] = 4, ["nbformat_minor"] = 2 };
    }

    /// <summary>Writes <see cref="Create"/>'s notebook to <paramref name="path"/> and returns the path.</summary>
    public static string Write(string path, IEnumerable<string> cells, JsonObject? expect = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Create(cells, expect).ToJsonString());
        return path;
    }

    private static JsonObject CodeCell(string code) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
        ["outputs"] = new JsonArray(),
        ["source"] = Lines(code),
    };

    private static JsonObject MarkdownCell(string text) => new()
    {
        ["cell_type"] = "markdown",
        ["metadata"] = new JsonObject(),
        ["source"] = Lines(text),
    };

    // nbformat's usual form: one string per line, each but the last ending in \n.
    private static JsonArray Lines(string text)
    {
        var lines = text.Split('\n');
        var array = new JsonArray();
        for (var i = 0; i < lines.Length; i++)
            array.Add(i < lines.Length - 1 ? lines[i] + "\n" : lines[i]);
        return array;
    }
}
