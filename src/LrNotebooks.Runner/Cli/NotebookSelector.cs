using System.Text.RegularExpressions;

namespace LrNotebooks.Runner.Cli;

/// <summary>
/// Resolves <c>--notebooks</c> arguments to .ipynb files: a path to a file, or a name or glob
/// (<c>*</c>, <c>?</c>) matched against the notebooks folder's file names with or without <c>.ipynb</c>.
/// </summary>
internal static class NotebookSelector
{
    /// <summary>The notebook files selected, in folder order for globs and argument order otherwise, without duplicates.</summary>
    /// <exception cref="UsageException">A pattern matches nothing, or there are no notebooks at all.</exception>
    public static IReadOnlyList<string> Select(IReadOnlyList<string> patterns, string notebooksDirectory, string currentDirectory)
    {
        var available = Directory.Exists(notebooksDirectory)
            ? Directory.GetFiles(notebooksDirectory, "*.ipynb").Order(StringComparer.Ordinal).ToList()
            : [];
        if (patterns.Count == 0)
        {
            if (available.Count == 0)
                throw new UsageException($"there are no notebooks (*.ipynb) in {notebooksDirectory}.");
            return available;
        }

        var selected = new List<string>();
        foreach (var pattern in patterns)
        {
            var matches = Match(pattern, available, currentDirectory);
            if (matches.Count == 0)
            {
                var names = available.Count == 0 ? "none" : string.Join(", ", available.Select(Path.GetFileNameWithoutExtension));
                throw new UsageException($"--notebooks '{pattern}' matches no notebook (available in {notebooksDirectory}: {names}).");
            }

            selected.AddRange(matches.Where(m => !selected.Contains(m)));
        }

        return selected;
    }

    private static List<string> Match(string pattern, List<string> available, string currentDirectory)
    {
        var asPath = Path.GetFullPath(pattern, currentDirectory);
        if (pattern.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) && File.Exists(asPath))
            return [asPath];
        if (pattern.Contains('/') || pattern.Contains(Path.DirectorySeparatorChar))
            return [];
        var glob = new Regex("^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$");
        return available
            .Where(f => glob.IsMatch(Path.GetFileName(f)) || glob.IsMatch(Path.GetFileNameWithoutExtension(f)))
            .ToList();
    }
}
