using System.Reflection;
using System.Runtime.Loader;

namespace LrNotebooks.Course.Tests;

public sealed class FSharpCoreRedirectTests
{
    [Fact]
    public void It_is_installed_as_soon_as_the_assembly_is_used()
    {
        _ = Palette.Colors;
        Assert.True(FSharpCoreRedirect.IsInstalled);
        FSharpCoreRedirect.Install(); // idempotent
        Assert.True(FSharpCoreRedirect.IsInstalled);
    }

    [Fact]
    public void A_request_for_a_newer_FSharp_Core_gets_the_one_already_loaded()
    {
        FSharpCoreRedirect.Install();
        var loaded = typeof(Microsoft.FSharp.Core.FSharpOption<int>).Assembly;
        // What the notebook kernel sees: Plotly.NET asks for a version newer than the FSharp.Core in the process.
        var asked = new AssemblyName($"FSharp.Core, Version={loaded.GetName().Version!.Major + 1}.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a");
        Assert.Same(loaded, AssemblyLoadContext.Default.LoadFromAssemblyName(asked));
    }

    [Fact]
    public void Other_assemblies_are_left_to_the_runtime()
    {
        FSharpCoreRedirect.Install();
        Assert.Throws<FileNotFoundException>(() => AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName("FSharp.Core.Missing.Companion, Version=1.0.0.0")));
    }
}
