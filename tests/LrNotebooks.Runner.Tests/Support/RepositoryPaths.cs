namespace LrNotebooks.Runner.Tests.Support;

/// <summary>Paths in the repository the tests run from (found from the test assembly's folder).</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds LrNotebooks.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>notebooks/.</summary>
    public static string NotebooksDirectory => Path.Combine(Root, "notebooks");

    /// <summary>notebooks/README.md.</summary>
    public static string NotebooksReadme => Path.Combine(NotebooksDirectory, "README.md");

    /// <summary>The committed notebooks, in name order.</summary>
    public static IReadOnlyList<string> CommittedNotebooks =>
        Directory.Exists(NotebooksDirectory)
            ? Directory.GetFiles(NotebooksDirectory, "*.ipynb").Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The committed notebooks' file names, or one placeholder row when there are none (xunit needs a row; tests skip it).</summary>
    public static TheoryData<string> CommittedNotebookNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in CommittedNotebooks) data.Add(Path.GetFileName(path));
            if (data.Count == 0) data.Add(NoNotebooks);
            return data;
        }
    }

    /// <summary>The placeholder row used while notebooks/ holds no notebook.</summary>
    public const string NoNotebooks = "(no notebooks yet)";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LrNotebooks.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"No LrNotebooks.sln above {AppContext.BaseDirectory}.");
    }
}
