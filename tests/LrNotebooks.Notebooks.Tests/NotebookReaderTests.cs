using LrNotebooks.Notebooks;

namespace LrNotebooks.Notebooks.Tests;

public sealed class NotebookReaderTests
{
    [Fact]
    public void Cells_sources_kernels_and_expectations_are_read()
    {
        var json = TestNotebook.Create([TestNotebook.Markdown + "# T", "var a = 1;\r\nvar b = 2;", ""], new() { ["charts"] = 2, ["minOutputs"] = 3 }).ToJsonString();
        var notebook = NotebookReader.Parse("n.ipynb", json);
        Assert.Equal("csharp", notebook.DefaultKernelName);
        Assert.Equal([(1, "markdown"), (2, "code"), (3, "code")], notebook.Cells.Select(c => (c.Number, c.CellType)));
        var code = notebook.Cells[1];
        Assert.Equal(("var a = 1;\nvar b = 2;", "csharp", 2, "var a = 1;"), (code.Source, code.KernelName, code.LineCount, code.FirstLine));
        Assert.Equal(0, notebook.Cells[2].LineCount);
        Assert.Equal(new NotebookExpectations(2, 3, []), notebook.Expectations! with { Contains = [] });
    }

    [Fact]
    public void Source_may_be_one_string_and_kernels_fall_back_to_the_notebook_default()
    {
        const string json = """
            {"nbformat": 4, "nbformat_minor": 4,
             "metadata": {"polyglot_notebook": {"kernelInfo": {"defaultKernelName": "fsharp"}}},
             "cells": [{"cell_type": "code", "source": "1 + 1\n", "metadata": {}},
                       {"cell_type": "code", "source": "x", "metadata": {"dotnet_interactive": {"language": "pwsh"}}}]}
            """;
        var notebook = NotebookReader.Parse("n.ipynb", json);
        Assert.Equal(["fsharp", "pwsh"], notebook.Cells.Select(c => c.KernelName));
        Assert.Equal(1, notebook.Cells[0].LineCount);
        Assert.Null(notebook.Expectations);
    }

    [Fact]
    public void Long_first_lines_are_cut_for_messages()
    {
        var line = new string('x', 100);
        var cell = NotebookReader.Parse("n", TestNotebook.Create(["\n  \n" + line]).ToJsonString()).Cells[0];
        Assert.Equal(NotebookCell.MaxFirstLineLength, cell.FirstLine.Length);
        Assert.EndsWith("...", cell.FirstLine);
    }

    [Theory]
    [InlineData("""{"nbformat": "4", "cells": []}""", "'nbformat' is missing")]
    [InlineData("""{"nbformat": 4, "cells": {}}""", "has no 'cells' array")]
    [InlineData("""{"nbformat": 4, "cells": [], "metadata": []}""", "'metadata' is not an object")]
    [InlineData("""{"nbformat": 4, "cells": [1]}""", "cell 1 is not an object")]
    [InlineData("""{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["a", 1]}]}""", "cell 1 has no 'source'")]
    public void Problems_name_the_file(string json, string problem)
    {
        var e = Assert.Throws<NotebookFormatException>(() => NotebookReader.Parse("dir/n.ipynb", json));
        Assert.Equal("dir/n.ipynb", e.Path);
        Assert.Contains(problem, e.Message);
        Assert.StartsWith("dir/n.ipynb: ", e.Message);
    }

    [Fact]
    public void A_missing_file_is_a_format_problem_naming_it()
    {
        var e = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read("/no/such/n.ipynb"));
        Assert.Contains("cannot be read", e.Message);
    }
}
