using System.Reflection;
using System.Text.Json;
using LrNotebooks.Core;
using LrNotebooks.Training;

namespace LrNotebooks.Course.Tests;

/// <summary>
/// The libraries run anywhere .NET runs: the notebook kernel loads them, but none of them may depend on it
/// (Microsoft.DotNet.Interactive*), neither in the built assembly nor in the project or its restored packages.
/// </summary>
public sealed class KernelIndependenceTests
{
    private const string KernelPrefix = "Microsoft.DotNet.Interactive";

    public static TheoryData<string> Libraries => new() { "LrNotebooks.Core", "LrNotebooks.Training", "LrNotebooks.Course" };

    private static readonly Dictionary<string, Assembly> Assemblies = new()
    {
        ["LrNotebooks.Core"] = typeof(Guard).Assembly,
        ["LrNotebooks.Training"] = typeof(Trainer).Assembly,
        ["LrNotebooks.Course"] = typeof(Plots).Assembly,
    };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void The_built_assembly_references_no_kernel_assembly(string library)
    {
        var references = Assemblies[library].GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.Contains("System.Runtime", references); // the list is read, not empty
        Assert.DoesNotContain(references, IsKernel);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void The_project_references_no_kernel_package(string library)
    {
        string project = File.ReadAllText(Path.Combine(SourceFolder(library), library + ".csproj"));
        Assert.DoesNotContain(KernelPrefix, project, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void No_kernel_package_is_restored_for_the_project_even_indirectly(string library)
    {
        // project.assets.json lists every package the restore resolved, including transitive ones and those
        // added by Directory.Build.props or Directory.Packages.props.
        string assets = Path.Combine(SourceFolder(library), "obj", "project.assets.json");
        Assert.True(File.Exists(assets), $"{assets} is missing: restore the solution first.");
        using var json = JsonDocument.Parse(File.ReadAllText(assets));
        var packages = json.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name.Split('/')[0]).ToArray();
        Assert.Contains("MathNet.Numerics", packages); // the list is read, not empty
        Assert.DoesNotContain(packages, IsKernel);
    }

    [Fact]
    public void The_check_recognises_kernel_names()
    {
        Assert.True(IsKernel("Microsoft.DotNet.Interactive"));
        Assert.True(IsKernel("microsoft.dotnet.interactive.formatting"));
        Assert.False(IsKernel("Microsoft.DotNet.PlatformAbstractions"));
    }

    private static bool IsKernel(string name) => name.StartsWith(KernelPrefix, StringComparison.OrdinalIgnoreCase);

    private static string SourceFolder(string library)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LrNotebooks.sln")))
                return Path.Combine(dir.FullName, "src", library);
        throw new DirectoryNotFoundException($"No LrNotebooks.sln above {AppContext.BaseDirectory}.");
    }
}
