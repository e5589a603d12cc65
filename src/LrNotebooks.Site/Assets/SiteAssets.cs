namespace LrNotebooks.Site.Assets;

/// <summary>
/// The site's own files, <c>site.css</c> and <c>site.js</c>: kept as real files in this folder and compiled
/// into the assembly as embedded resources, so an exported site never depends on the source tree.
/// </summary>
internal static class SiteAssets
{
    /// <summary>The one stylesheet: readable text column, code and output styling, print rules.</summary>
    public const string StylesheetFileName = "site.css";

    /// <summary>The one script: draws the figures of a page with the local plotly.js.</summary>
    public const string ScriptFileName = "site.js";

    /// <summary>The presenter mode (one section per screen), loaded on every page.</summary>
    public const string PresenterScriptFileName = "presenter.js";

    /// <summary>The presenter mode's stylesheet.</summary>
    public const string PresenterStylesheetFileName = "presenter.css";

    /// <summary>The text of the embedded asset <paramref name="fileName"/>.</summary>
    /// <exception cref="InvalidOperationException">The assembly was built without the asset.</exception>
    public static string Read(string fileName)
    {
        var assembly = typeof(SiteAssets).Assembly;
        using var stream = assembly.GetManifestResourceStream("LrNotebooks.Site." + fileName)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no embedded asset '{fileName}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Writes both assets into <paramref name="siteDirectory"/>.</summary>
    public static void WriteTo(string siteDirectory)
    {
        foreach (var name in new[] { StylesheetFileName, ScriptFileName, PresenterScriptFileName, PresenterStylesheetFileName })
            File.WriteAllText(Path.Combine(siteDirectory, name), Read(name));
    }
}
