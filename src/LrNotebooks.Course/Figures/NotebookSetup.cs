using System.Reflection;
using LrNotebooks.Course.Figures;
using Plotly.NET;

namespace LrNotebooks.Course;

/// <summary>
/// What the setup cell switches on: the FSharp.Core fix (<see cref="FSharpCoreRedirect"/>) and, inside a .NET
/// Interactive kernel, the course's figure formatter for every Plotly.NET chart, so that a chart a reader builds
/// with Plotly.NET in a try-it cell displays like the course's own figures (the JSON bundle, HTML that draws
/// offline) instead of Plotly.NET.Interactive's HTML, which loads require.js and plotly.js from CDNs. The kernel's
/// formatter API is called by reflection: this library references no kernel package. Outside a kernel only the
/// FSharp.Core fix is installed.
/// </summary>
public static class NotebookSetup
{
    private const string FormatterTypeName = "Microsoft.DotNet.Interactive.Formatting.Formatter";

    /// <summary>Installs the FSharp.Core fix and, in a kernel, the chart formatter; safe to call again.</summary>
    /// <returns>True when a kernel's formatter was found and the chart formatter registered.</returns>
    public static bool Install()
    {
        FSharpCoreRedirect.Install();
        var formatter = AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType(FormatterTypeName, throwOnError: false))
            .FirstOrDefault(t => t is not null);
        if (formatter is null) return false;
        var register = formatter.GetMethod("Register", BindingFlags.Public | BindingFlags.Static, [typeof(Type), typeof(Action<object, TextWriter>), typeof(string)])
            ?? throw new MissingMethodException(FormatterTypeName, "Register(Type, Action<object, TextWriter>, string)");
        var preferred = formatter.GetMethod("SetPreferredMimeTypesFor", BindingFlags.Public | BindingFlags.Static, [typeof(Type), typeof(string[])])
            ?? throw new MissingMethodException(FormatterTypeName, "SetPreferredMimeTypesFor(Type, string[])");
        foreach (var mimeType in FigureFormatterSource.MimeTypes)
        {
            Action<object, TextWriter> write = (chart, writer) => writer.Write(FigureFormatter.Write(Figure.From((GenericChart)chart), mimeType));
            register.Invoke(null, [typeof(GenericChart), write, mimeType]);
        }
        preferred.Invoke(null, [typeof(GenericChart), FigureFormatterSource.MimeTypes]);
        return true;
    }
}
