using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LrNotebooks.Course.Tests.ClaimRobustness;

/// <summary>Which <c>Claim.Check</c> calls in the notebooks have a robustness test.</summary>
public static partial class ClaimCoverage
{
    /// <summary>Every "NN:id" of a Claim.Check in the notebooks with these number prefixes.</summary>
    public static SortedSet<string> ChecksIn(params string[] notebookPrefixes)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in Directory.GetFiles(Path.Combine(RepositoryRoot(), "notebooks"), "*.ipynb"))
        {
            string prefix = Path.GetFileName(path)[..2];
            if (!notebookPrefixes.Contains(prefix)) continue;
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var cell in doc.RootElement.GetProperty("cells").EnumerateArray())
            {
                if (cell.GetProperty("cell_type").GetString() != "code") continue;
                string source = string.Concat(cell.GetProperty("source").EnumerateArray().Select(s => s.GetString()));
                foreach (Match m in ClaimCall().Matches(source)) found.Add($"{prefix}:{m.Groups[1].Value}");
            }
        }
        return found;
    }

    /// <summary>Every "NN:id" that some test in this assembly declares with <see cref="ClaimRobustnessAttribute"/>.</summary>
    public static SortedSet<string> Covered() => new(
        typeof(ClaimCoverage).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
            .SelectMany(m => m.GetCustomAttributes<ClaimRobustnessAttribute>())
            .Select(a => $"{a.Notebook}:{a.ClaimId}"),
        StringComparer.Ordinal);

    /// <summary>The checks in these notebooks that no robustness test covers.</summary>
    public static string[] Missing(params string[] notebookPrefixes) =>
        ChecksIn(notebookPrefixes).Except(Covered()).ToArray();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LrNotebooks.sln"))) return dir.FullName;
        throw new InvalidOperationException("LrNotebooks.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"Claim\.Check\(\s*""([^""]+)""")]
    private static partial Regex ClaimCall();
}
