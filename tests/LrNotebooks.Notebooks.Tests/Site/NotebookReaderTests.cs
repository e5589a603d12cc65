using LrNotebooks.Runner.Site.Notebooks;

namespace LrNotebooks.Notebooks.Tests.Site;

public sealed class NotebookReaderTests
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
        var notebook = NotebookReader.Parse("nb", Notebook);
        Assert.Equal("nb", notebook.Name);
        Assert.Equal(4, notebook.Cells.Count);

        var markdown = Assert.IsType<MarkdownCell>(notebook.Cells[0]);
        Assert.Equal("# Title\ntext", markdown.Source);
        Assert.Equal(("image/png", "iVBORw0KGgo="), markdown.Attachments["a.png"]);

        var code = Assert.IsType<CodeCell>(notebook.Cells[1]);
        Assert.Equal(("let x = 1", "fsharp", (int?)3), (code.Source, code.Language, code.ExecutionCount));
        var result = Assert.IsType<RichOutput>(code.Outputs[0]);
        Assert.Equal("1\n2", result.Data["text/plain"]);
        Assert.Equal("{ \"a\": 1 }", result.Data["application/json"]);
        Assert.Equal("<b>x</b>", Assert.IsType<RichOutput>(code.Outputs[1]).Data["text/html"]);
        Assert.Equal(new StreamOutput("stderr", "warn"), code.Outputs[2]);
        var error = Assert.IsType<ErrorOutput>(code.Outputs[3]);
        Assert.Equal(("E", "bad"), (error.Name, error.Value));
        Assert.Equal(["line 1", "line 2"], error.Traceback);

        var empty = Assert.IsType<CodeCell>(notebook.Cells[2]);
        Assert.Equal(("", "csharp", (int?)null), (empty.Source, empty.Language, empty.ExecutionCount));
        Assert.Equal("*md*", Assert.IsType<MarkdownCell>(notebook.Cells[3]).Source);
    }

    [Fact]
    public void The_fixture_notebooks_read()
    {
        var notebook = NotebookReader.Read(SiteFixtures.Notebooks[1]);
        Assert.Equal("02-outputs-of-every-kind", notebook.Name);
        Assert.Equal(2, notebook.Cells.OfType<CodeCell>().SelectMany(c => c.Outputs).OfType<ErrorOutput>().Count());
    }

    [Theory]
    [InlineData("{ \"cells\": [], \"nbformat\": 3 }", "nbformat 3")]
    [InlineData("{ \"nbformat\": 4 }", "no \"cells\" array")]
    [InlineData("[1, 2]", "no \"cells\" array")]
    public void Rejects_what_is_not_an_nbformat_4_notebook(string json, string reason)
    {
        var exception = Assert.Throws<InvalidDataException>(() => NotebookReader.Parse("x", json));
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_names_the_file()
    {
        var path = Path.Combine(SiteFixtures.NewTemporaryDirectory(), "broken.ipynb");
        File.WriteAllText(path, "{ not json");
        var exception = Assert.Throws<InvalidDataException>(() => NotebookReader.Read(path));
        Assert.Contains("broken.ipynb", exception.Message, StringComparison.Ordinal);
    }
}
