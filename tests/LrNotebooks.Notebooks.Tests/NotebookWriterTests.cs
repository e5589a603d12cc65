using System.Text.Json.Nodes;
using LrNotebooks.Notebooks;

namespace LrNotebooks.Notebooks.Tests;

public sealed class NotebookWriterTests
{
    private static Notebook Sample()
    {
        var document = TestNotebook.Create([TestNotebook.Markdown + "# T", "1", "2"]);
        document["cells"]![2]!["id"] = "cell-3";
        return NotebookReader.Parse("n.ipynb", document.ToJsonString());
    }

    [Fact]
    public void Outputs_and_counts_fill_code_cells_and_every_cell_gets_a_unique_id()
    {
        var notebook = Sample();
        var output = new JsonArray(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "x" });
        var document = NotebookWriter.WithOutputs(notebook, new Dictionary<int, (JsonArray, int?)> { [2] = (output, 1) });

        Assert.Equal(5, (int)document["nbformat_minor"]!);
        var cells = (JsonArray)document["cells"]!;
        Assert.Equal(["cell-1", "cell-2", "cell-3"], cells.Select(c => (string?)c!["id"]));
        Assert.False(((JsonObject)cells[0]!).ContainsKey("outputs"));
        Assert.Equal(1, (int?)cells[1]!["execution_count"]);
        Assert.Equal("x", (string?)cells[1]!["outputs"]![0]!["text"]);
        Assert.Null(cells[2]!["execution_count"]);
        Assert.Empty((JsonArray)cells[2]!["outputs"]!);
        Assert.Null(notebook.Document["cells"]![0]!["id"]);
    }

    [Fact]
    public void Generated_ids_never_repeat_existing_ones()
    {
        var document = TestNotebook.Create(["1", "2"]);
        document["cells"]![1]!["id"] = "cell-1";
        var written = NotebookWriter.WithOutputs(NotebookReader.Parse("n", document.ToJsonString()), new Dictionary<int, (JsonArray, int?)>());
        Assert.Equal(["cell-1-2", "cell-1"], ((JsonArray)written["cells"]!).Select(c => (string?)c!["id"]));
    }

    [Fact]
    public void A_newer_minor_version_is_kept()
    {
        var document = TestNotebook.Create(["1"]);
        document["nbformat_minor"] = 7;
        var written = NotebookWriter.WithOutputs(NotebookReader.Parse("n", document.ToJsonString()), new Dictionary<int, (JsonArray, int?)>());
        Assert.Equal(7, (int)written["nbformat_minor"]!);
    }

    [Fact]
    public void Written_files_are_one_space_indented_unescaped_html_ending_in_a_newline_and_read_back_equal()
    {
        var notebook = Sample();
        var html = new JsonArray(new JsonObject { ["output_type"] = "display_data", ["data"] = new JsonObject { ["text/html"] = "<div>'&'</div>" }, ["metadata"] = new JsonObject() });
        var document = NotebookWriter.WithOutputs(notebook, new Dictionary<int, (JsonArray, int?)> { [3] = (html, 1) });
        var path = Path.Combine(Path.GetTempPath(), "lrnotebooks-tests", Guid.NewGuid().ToString("N"), "deep", "n.ipynb");
        try
        {
            NotebookWriter.Write(document, path);
            var text = File.ReadAllText(path);
            Assert.StartsWith("{\n \"cells\": [\n  {", text);
            Assert.EndsWith("}\n", text);
            Assert.Contains("<div>'&'</div>", text);
            Assert.True(JsonNode.DeepEquals(document, NotebookReader.Read(path).Document));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(path))!, recursive: true);
        }
    }
}
