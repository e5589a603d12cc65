using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace LrNotebooks.Course;

/// <summary>
/// Lets Plotly.NET 6.0.0 (built against FSharp.Core 10.1.0.0) run inside a host that has already loaded an
/// older FSharp.Core, such as the dotnet-interactive 1.0.712001 kernel (FSharp.Core 10.0.0.0). Without it every
/// chart call fails with <see cref="FileNotFoundException"/> for FSharp.Core 10.1.0.0.
/// </summary>
/// <remarks>
/// The default load context cannot load a second FSharp.Core next to the host's, so when the binder fails it
/// raises <see cref="AssemblyLoadContext.Resolving"/>; the handler answers with the FSharp.Core that is already
/// loaded (found by name among the loaded assemblies; asking for a type would re-enter the binder and recurse).
/// It answers for FSharp.Core only and only when the binder could not; in a normal process (tests, the runner)
/// the requested FSharp.Core is found first and the handler is never asked.
/// </remarks>
public static class FSharpCoreRedirect
{
    private const string FSharpCore = "FSharp.Core";
    private static int installed;

    [ThreadStatic]
    private static bool resolving;

    /// <summary>Whether the handler is registered (it is, as soon as any type of this assembly is used).</summary>
    public static bool IsInstalled => Volatile.Read(ref installed) == 1;

    /// <summary>
    /// Registers the handler once (idempotent). Runs automatically as the module initializer of this assembly;
    /// the notebook setup cell calls it explicitly so that it is active before Plotly.NET.Interactive is loaded.
    /// </summary>
    // CA2255 warns that libraries rarely need module initializers; this one must run before any Plotly.NET call.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 0)
            AssemblyLoadContext.Default.Resolving += Resolve;
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (resolving || !string.Equals(name.Name, FSharpCore, StringComparison.OrdinalIgnoreCase))
            return null;
        resolving = true;
        try
        {
            Assembly? best = null;
            foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
            {
                var candidate = assembly.GetName();
                if (string.Equals(candidate.Name, FSharpCore, StringComparison.OrdinalIgnoreCase)
                    && (best is null || candidate.Version > best.GetName().Version))
                    best = assembly;
            }
            return best;
        }
        finally
        {
            resolving = false;
        }
    }
}
