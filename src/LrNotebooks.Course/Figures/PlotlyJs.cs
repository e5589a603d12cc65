using Plotly.NET;

namespace LrNotebooks.Course.Figures;

/// <summary>
/// The plotly.js bundle Plotly.NET embeds in its assembly (the version its own formatter would load from a CDN),
/// read once. Figures draw with it offline; nothing is downloaded.
/// </summary>
public static class PlotlyJs
{
    /// <summary>The plotly.js version.</summary>
    public const string Version = global::Globals.PLOTLYJS_VERSION;

    private static readonly Lazy<string> Source = new(() => Read(".min.js"));

    /// <summary>The minified plotly.js source.</summary>
    public static string Code => Source.Value;

    /// <summary>The licence notice that comes with the bundle.</summary>
    public static string License => Read(".min.js.LICENSE.txt");

    private static string Read(string suffix)
    {
        var assembly = typeof(GenericChart).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith($"plotly-{Version}{suffix}", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no embedded plotly-{Version}{suffix}.");
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }
}
