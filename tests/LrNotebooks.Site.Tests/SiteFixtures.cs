namespace LrNotebooks.Site.Tests;

/// <summary>Locates the committed executed notebooks that the site tests export.</summary>
internal static class SiteFixtures
{
    /// <summary>The folder with the fixture notebooks (found from the test binary by walking up to the solution).</summary>
    public static string Directory { get; } = Locate();

    /// <summary>The fixture notebooks in course order.</summary>
    public static IReadOnlyList<string> Notebooks =>
        [.. System.IO.Directory.GetFiles(Directory, "*.ipynb").Order(StringComparer.Ordinal)];

    /// <summary>A fresh empty directory under the temp folder.</summary>
    public static string NewTemporaryDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "lrnotebooks-site-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "LrNotebooks.Site.Tests", "Fixtures");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"tests/LrNotebooks.Site.Tests/Fixtures not found above {AppContext.BaseDirectory}");
    }
}
