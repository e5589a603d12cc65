namespace LrNotebooks.Runner.Tests.Support;

/// <summary>
/// A throw-away repository root in a temp folder for runner tests: a notebooks/ folder, optionally
/// the real tool manifest (so the pinned kernel starts there) and a stand-in for the built library
/// (the runner only checks that the file exists; test notebooks never load it).
/// </summary>
public sealed class FakeRepository : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public FakeRepository(bool withToolManifest = true, bool withLibrary = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "lrnotebooks-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(NotebooksDirectory);
        if (withToolManifest)
        {
            Directory.CreateDirectory(Path.Combine(Root, ".config"));
            File.Copy(Path.Combine(RepositoryPaths.Root, ".config", "dotnet-tools.json"), Path.Combine(Root, ".config", "dotnet-tools.json"));
        }

        if (withLibrary)
        {
            var library = Path.Combine(Root, "src", "LrNotebooks.Course", "bin", "Release", "net10.0", "LrNotebooks.Course.dll");
            Directory.CreateDirectory(Path.GetDirectoryName(library)!);
            File.WriteAllBytes(library, []);
        }
    }

    /// <summary>The fake root.</summary>
    public string Root { get; }

    /// <summary>Its notebooks/ folder.</summary>
    public string NotebooksDirectory => Path.Combine(Root, "notebooks");

    /// <summary>Default artifacts folder of a run with this root and no --output.</summary>
    public string Artifacts => Path.Combine(Root, "artifacts");

    /// <summary>Path of notebooks/<paramref name="name"/>.</summary>
    public string Notebook(string name) => Path.Combine(NotebooksDirectory, name);

    /// <summary>Deletes the folder.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; never fail a test on cleanup.
        }
    }
}
