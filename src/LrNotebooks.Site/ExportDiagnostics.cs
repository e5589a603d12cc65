namespace LrNotebooks.Site;

/// <summary>Collects what went less than perfectly during an export, attributed to the notebook it came from.</summary>
internal sealed class ExportDiagnostics
{
    private readonly List<string> _warnings = [];
    private readonly SortedSet<string> _unknownCommands = new(StringComparer.Ordinal);

    /// <summary>The notebook being exported (prefixes warnings).</summary>
    public string CurrentNotebook { get; set; } = "";

    /// <summary>The 1-based number of the cell being rendered (in the notebook's own order), or 0 between cells.</summary>
    public int CurrentCell { get; set; }

    /// <summary>All warnings, in order.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Every unknown TeX command seen, sorted.</summary>
    public IReadOnlyCollection<string> UnknownCommands => _unknownCommands;

    /// <summary>Records a warning about the current notebook.</summary>
    public void Warn(string message)
    {
        var cell = CurrentCell > 0 ? $"cell {CurrentCell}: " : "";
        _warnings.Add(CurrentNotebook.Length > 0 ? $"{CurrentNotebook}: {cell}{message}" : cell + message);
    }

    /// <summary>Records the math problems of a rendered markdown fragment.</summary>
    public void AddMath(RenderedMarkdown markdown)
    {
        if (markdown.UnknownCommands.Count > 0)
        {
            _unknownCommands.UnionWith(markdown.UnknownCommands);
            Warn("unknown TeX commands " + string.Join(", ", markdown.UnknownCommands));
        }

        foreach (var error in markdown.MathErrors)
        {
            Warn("malformed TeX: " + error);
        }
    }
}
