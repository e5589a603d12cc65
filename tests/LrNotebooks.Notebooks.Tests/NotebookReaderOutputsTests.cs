using LrNotebooks.Notebooks;

namespace LrNotebooks.Notebooks.Tests;

public sealed class NotebookReaderOutputsTests
{
    private const string Notebook = """
        {
          "cells": [
            { "cell_type": "markdown", "metadata": {}, "source": ["# Title\n", "text"],
              "attachments": { "a.png": { "image/png": "iVBORw0KGgo=" } } },
            { "cell_type": "code", "execution_count": 3, "metadata": { "polyglot_notebook": { "kernelName": "fsharp" } },
              "source": "let x = 1",
              "outputs": [
                { "output_type": "execute_result", "execution_count": 3, "metadata": {}, "data": { "text/plain": ["1\n", "2"], "application/json": { "a": 1 } } },
                { "output_type": "display_data", "metadata": {}, "data": { "text/html": "<b>x</b>" } },
                { "output_type": "stream", "name": "stderr", "text": ["warn"] },
                { "output_type": "error", "ename": "E", "evalue": "bad", "traceback": ["line 1", "line 2"] }
              ] },
            { "cell_type": "code", "execution_count": null, "metadata": {}, "source": [], "outputs": [] },
            { "cell_type": "raw", "metadata": {}, "source": "raw" },
            { "cell_type": "code", "metadata": { "polyglot_notebook": { "kernelName": "markdown" } }, "source": "*md*", "outputs": [] }
          ],
          "metadata": { "polyglot_notebook": { "kernelInfo": { "defaultKernelName": "csharp" } }, "kernelspec": { "language": "C#" } },
          "nbformat": 4, "nbformat_minor": 5
        }
        """;

    [Fact]
    public void Reads_cells_outputs_and_languages()
    {
        var notebook = NotebookReader.Parse("nb.ipynb", Notebook);
        Assert.Equal("nb", notebook.Name);
        Assert.Equal(5, notebook.Cells.Count);

        var markdown = notebook.Cells[0];
        Assert.True(markdown.IsMarkdown);
        Assert.Equal("# Title\ntext", markdown.Source);
        Assert.Equal(("image/png", "iVBORw0KGgo="), markdown.Attachments["a.png"]);
        Assert.Empty(markdown.Outputs);

        var code = notebook.Cells[1];
        Assert.Equal(("let x = 1", "fsharp", (int?)3), (code.Source, code.KernelName, code.ExecutionCount));
        var result = Assert.IsType<RichOutput>(code.Outputs[0]);
        Assert.Equal("1\n2", result.Data["text/plain"]);
        Assert.Equal("{\"a\":1}", result.Data["application/json"]);
        Assert.Equal("<b>x</b>", Assert.IsType<RichOutput>(code.Outputs[1]).Data["text/html"]);
        Assert.Equal(new StreamOutput("stderr", "warn"), code.Outputs[2]);
        var error = Assert.IsType<ErrorOutput>(code.Outputs[3]);
        Assert.Equal(("E", "bad"), (error.Name, error.Value));
        Assert.Equal(["line 1", "line 2"], error.Traceback);

        var empty = notebook.Cells[2];
        Assert.Equal(("", "csharp", (int?)null, false), (empty.Source, empty.KernelName, empty.ExecutionCount, empty.IsMarkdown));
        Assert.Equal("raw", notebook.Cells[3].CellType);
        Assert.False(notebook.Cells[3].IsMarkdown);
        Assert.True(notebook.Cells[4].IsMarkdown);
        Assert.Equal("*md*", notebook.Cells[4].Source);
    }

    [Fact]
    public void Outputs_of_unknown_type_and_non_objects_are_skipped()
    {
        var cell = (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(
            """{"outputs": [1, {"output_type": "mystery"}, {"output_type": "stream", "text": "a"}]}""")!;
        Assert.Equal([new StreamOutput("stdout", "a")], CellOutput.ReadAll(cell));
    }
}
