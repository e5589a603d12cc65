using LrNotebooks.Runner.Site;

namespace LrNotebooks.Notebooks.Tests;

// TEMPORARY stand-in for the notebook-run fixture: it executes nothing and builds the site from the committed
// executed fixture notebooks under Site/Fixtures. Replace it with the real fixture (which runs every course
// notebook with the kernel and exports the site into ArtifactsDirectory/site).

/// <summary>Produces the artifacts of a notebook run once per test run.</summary>
public sealed class NotebookRunFixture : IDisposable
{
    public NotebookRunFixture()
    {
        ArtifactsDirectory = Path.Combine(Path.GetTempPath(), "lrnotebooks-run-" + Guid.NewGuid().ToString("N"));
        var executed = Path.Combine(ArtifactsDirectory, "executed");
        Directory.CreateDirectory(executed);
        var notebooks = new List<string>();
        foreach (var source in Directory.GetFiles(Site.SiteFixtures.Directory, "*.ipynb").Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(executed, Path.GetFileName(source));
            File.Copy(source, target);
            notebooks.Add(target);
        }

        SiteExporter.Export(notebooks, Path.Combine(ArtifactsDirectory, "site"));
    }

    /// <summary>Folder holding the executed notebooks and the exported site (<c>site/</c>).</summary>
    public string ArtifactsDirectory { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(ArtifactsDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition("Notebook run")]
public sealed class NotebookRunCollection : ICollectionFixture<NotebookRunFixture>;
