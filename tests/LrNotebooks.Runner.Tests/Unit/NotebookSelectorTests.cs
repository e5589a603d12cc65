using LrNotebooks.Runner.Tests.Support;
using LrNotebooks.Runner.Cli;

namespace LrNotebooks.Runner.Tests.Unit;

public sealed class NotebookSelectorTests : IDisposable
{
    private readonly FakeRepository _repository = new(withToolManifest: false, withLibrary: false);

    public NotebookSelectorTests()
    {
        foreach (var name in new[] { "02-too-high", "01-what", "10-extra" })
            TestNotebook.Write(_repository.Notebook(name + ".ipynb"), ["1"]);
        File.WriteAllText(_repository.Notebook("README.md"), "#");
    }

    public void Dispose() => _repository.Dispose();

    private IReadOnlyList<string> Select(params string[] patterns) =>
        NotebookSelector.Select(patterns, _repository.NotebooksDirectory, _repository.Root).Select(Path.GetFileName).ToList()!;

    [Fact]
    public void No_pattern_selects_every_notebook_in_name_order() =>
        Assert.Equal(["01-what.ipynb", "02-too-high.ipynb", "10-extra.ipynb"], Select());

    [Fact]
    public void Names_with_or_without_extension_globs_and_paths_select_in_argument_order_without_duplicates()
    {
        Assert.Equal(["02-too-high.ipynb", "01-what.ipynb"], Select("02-too-high", "01-what.ipynb", "02*"));
        Assert.Equal(["01-what.ipynb", "02-too-high.ipynb"], Select("0?-*"));
        Assert.Equal(["10-extra.ipynb"], Select("notebooks/10-extra.ipynb"));
        Assert.Equal(["10-extra.ipynb"], Select(_repository.Notebook("10-extra.ipynb")));
    }

    [Theory]
    [InlineData("03")]
    [InlineData("README")]
    [InlineData("notebooks/none.ipynb")]
    public void A_pattern_matching_nothing_is_a_usage_error_listing_what_exists(string pattern)
    {
        var e = Assert.Throws<UsageException>(() => Select(pattern));
        Assert.Contains($"--notebooks '{pattern}' matches no notebook", e.Message);
        Assert.Contains("01-what, 02-too-high, 10-extra", e.Message);
    }

    [Fact]
    public void An_empty_notebooks_folder_is_a_usage_error()
    {
        var e = Assert.Throws<UsageException>(() => NotebookSelector.Select([], Path.Combine(_repository.Root, "empty"), _repository.Root));
        Assert.Contains("there are no notebooks", e.Message);
    }
}
