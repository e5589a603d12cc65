namespace LrNotebooks.Site.Assets;

/// <summary>
/// The plotly.js bundle that Plotly.NET ships inside its assembly (an embedded resource, same version its
/// formatter would load from the CDN). Extracted at export time so the site never needs the network and the
/// repository never holds a copy.
/// </summary>
internal static class PlotlyAsset
{
    /// <summary>The plotly.js version Plotly.NET renders with.</summary>
    public const string Version = global::Globals.PLOTLYJS_VERSION;

    /// <summary>File name of the bundle in the site directory.</summary>
    public const string FileName = $"plotly-{Version}.min.js";

    /// <summary>Copies the bundle and its licence notice into <paramref name="siteDirectory"/>.</summary>
    public static void WriteTo(string siteDirectory)
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        foreach (var (suffix, target) in new[] { (FileName, FileName), (FileName + ".LICENSE.txt", FileName + ".LICENSE.txt") })
        {
            var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + suffix, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no embedded resource ending in {suffix}");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var file = File.Create(Path.Combine(siteDirectory, target));
            stream.CopyTo(file);
        }
    }
}
