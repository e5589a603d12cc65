using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LrNotebooks.Runner.Tests.Support;
using LrNotebooks.Notebooks;

namespace LrNotebooks.Runner.Tests;

/// <summary>The rules of notebooks/README.md, checked on every committed notebook and on the README's template.</summary>
public sealed class NotebookConventionsTests
{
    /// <summary>Longest code cell, in lines (notebooks/README.md, rule 4).</summary>
    public const int MaxCodeCellLines = 15;

    /// <summary>Code cells allowed to be longer, as "notebook.ipynb:cellNumber", each with its reason. Empty.</summary>
    public static readonly IReadOnlyDictionary<string, string> CellLineExceptions = new Dictionary<string, string>();

    public static TheoryData<string> Notebooks => RepositoryPaths.CommittedNotebookNames;

    [SkippableTheory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_follows_every_convention(string name)
    {
        Skip.If(name == RepositoryPaths.NoNotebooks, "notebooks/ holds no notebook yet");
        var path = Path.Combine(RepositoryPaths.NotebooksDirectory, name);
        Assert.Matches(@"^\d\d-[a-z0-9]+(-[a-z0-9]+)*\.ipynb$", name);
        AssertConventions(NotebookReader.Read(path), name);
    }

    [Fact]
    public void The_readme_template_follows_every_convention()
    {
        var template = NotebookReader.Parse("notebooks/README.md template", ReadmeBlock("template", "json"));
        AssertConventions(template, "template");
        Assert.Equal(Normalize(ReadmeBlock("setup-cell", "csharp")), Normalize(template.CodeCells.First().Source));
    }

    [Fact]
    public void Every_notebook_starts_with_the_same_setup_cell()
    {
        var setup = Normalize(ReadmeBlock("setup-cell", "csharp"));
        Assert.Contains("#r \"nuget: Plotly.NET.Interactive, 6.0.0\"", setup);
        foreach (var path in RepositoryPaths.CommittedNotebooks)
        {
            var first = NotebookReader.Read(path).CodeCells.FirstOrDefault();
            Assert.True(first is not null && Normalize(first.Source) == setup,
                $"{Path.GetFileName(path)}: the first code cell is not the setup cell of notebooks/README.md:\n{first?.Source}");
        }
    }

    [Fact]
    public void The_exception_list_names_existing_long_cells_only()
    {
        foreach (var (key, reason) in CellLineExceptions)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason), $"{key} has no reason");
            var parts = key.Split(':');
            var notebook = NotebookReader.Read(Path.Combine(RepositoryPaths.NotebooksDirectory, parts[0]));
            var cell = notebook.Cells[int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) - 1];
            Assert.True(cell.LineCount > MaxCodeCellLines, $"{key} is no longer long; remove the exception");
        }
    }

    private static void AssertConventions(Notebook notebook, string name)
    {
        var metadata = (JsonObject)notebook.Document["metadata"]!;
        AssertJson("""{"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}""", metadata["kernelspec"], $"{name}: metadata.kernelspec");
        Assert.Equal("polyglot-notebook", (string?)metadata["language_info"]?["name"]);
        var kernelInfo = metadata["polyglot_notebook"]?["kernelInfo"];
        Assert.Equal("csharp", (string?)kernelInfo?["defaultKernelName"]);
        Assert.Contains(kernelInfo?["items"] as JsonArray ?? [], item => (string?)item?["name"] == "csharp");

        var expect = notebook.Expectations;
        Assert.True(expect is { Charts: not null, MinOutputs: not null }, $"{name}: metadata.lrnotebooks.expect must declare charts and minOutputs");

        if ((int)notebook.Document["nbformat_minor"]! >= 5)
        {
            var ids = notebook.Cells.Select(c => (string?)c.Json["id"]).ToList();
            Assert.All(ids, id => Assert.Matches("^[a-zA-Z0-9_-]{1,64}$", id));
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }

        Assert.NotEmpty(notebook.CodeCells);
        foreach (var cell in notebook.Cells)
        {
            var where = $"{name} cell {cell.Number} `{cell.FirstLine}`";
            if (!cell.IsCode)
            {
                Assert.False(cell.Json.ContainsKey("outputs"), $"{where}: a {cell.CellType} cell has outputs");
                continue;
            }

            Assert.True(cell.Json["polyglot_notebook"] is null, $"{where}: polyglot_notebook belongs in the cell's metadata");
            Assert.Equal("csharp", (string?)cell.Json["metadata"]?["polyglot_notebook"]?["kernelName"]);
            Assert.True(cell.Json["outputs"] is JsonArray { Count: 0 }, $"{where}: committed with outputs; clear them");
            Assert.True(cell.Json["execution_count"] is null, $"{where}: committed with an execution count; clear outputs");
            if (!CellLineExceptions.ContainsKey($"{name}:{cell.Number}"))
                Assert.True(cell.LineCount <= MaxCodeCellLines, $"{where}: {cell.LineCount} lines, more than {MaxCodeCellLines}");
        }
    }

    private static void AssertJson(string expected, JsonNode? actual, string what) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"{what} is {actual?.ToJsonString() ?? "missing"}, expected {expected}");

    /// <summary>The fenced block of <paramref name="language"/> between the README's <c>&lt;!-- marker:begin … --&gt;</c> and <c>&lt;!-- marker:end --&gt;</c>.</summary>
    private static string ReadmeBlock(string marker, string language)
    {
        var readme = File.ReadAllText(RepositoryPaths.NotebooksReadme).Replace("\r\n", "\n");
        var match = Regex.Match(readme, $@"<!-- {marker}:begin[^>]*-->\s*```{language}\n(?<body>.*?)\n```\s*<!-- {marker}:end -->", RegexOptions.Singleline);
        Assert.True(match.Success, $"notebooks/README.md has no ```{language} block between <!-- {marker}:begin --> and <!-- {marker}:end -->");
        return match.Groups["body"].Value;
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');
}
