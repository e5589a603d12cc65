namespace LrNotebooks.Runner.Setup;

/// <summary>
/// Where things are in the repository: the notebooks, the library they reference and how to build it.
/// </summary>
/// <param name="Root">Absolute repository root.</param>
internal sealed record RepositoryLayout(string Root)
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "LrNotebooks.sln";

    /// <summary>The library project the notebooks' setup cell references, relative to the root.</summary>
    public const string CourseProject = "src/LrNotebooks.Course/LrNotebooks.Course.csproj";

    /// <summary>The assembly the setup cell references, relative to the root.</summary>
    public const string CourseAssembly = "src/LrNotebooks.Course/bin/Release/net10.0/LrNotebooks.Course.dll";

    /// <summary>The command a person runs to build the library.</summary>
    public const string BuildCommand = "dotnet build src/LrNotebooks.Course -c Release";

    /// <summary>The local tool manifest that pins the kernel, relative to the root.</summary>
    public const string ToolManifest = ".config/dotnet-tools.json";

    /// <summary>Absolute path of the tool manifest.</summary>
    public string ToolManifestPath => Path.Combine(Root, ToolManifest);

    /// <summary>Folder holding the course notebooks.</summary>
    public string NotebooksDirectory => Path.Combine(Root, "notebooks");

    /// <summary>Absolute path of the library assembly.</summary>
    public string CourseAssemblyPath => Path.Combine(Root, CourseAssembly);

    /// <summary>Default artifacts directory.</summary>
    public string DefaultOutputDirectory => Path.Combine(Root, "artifacts");

    /// <summary>
    /// Uses <paramref name="explicitRoot"/> when given, else the nearest folder at or above
    /// <paramref name="start"/> that holds <see cref="SolutionFileName"/>; null when there is none.
    /// </summary>
    public static RepositoryLayout? Locate(string? explicitRoot, string start)
    {
        if (explicitRoot is not null)
            return Directory.Exists(explicitRoot) ? new RepositoryLayout(Path.GetFullPath(explicitRoot)) : null;
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
                return new RepositoryLayout(dir.FullName);
        }

        return null;
    }
}
