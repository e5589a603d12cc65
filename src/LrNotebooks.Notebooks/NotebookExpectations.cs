using System.Text.Json.Nodes;

namespace LrNotebooks.Notebooks;

/// <summary>
/// The outputs a notebook declares it must produce when executed, read from its metadata:
/// <c>"lrnotebooks": {"expect": {"charts": 5, "minOutputs": 10, "contains": ["diverged at step"]}}</c>.
/// Every key is optional; unknown keys are errors so that a typo cannot switch a check off.
/// </summary>
/// <param name="Charts">Exact number of outputs that hold a Plotly chart.</param>
/// <param name="MinOutputs">Least number of outputs (display, result and stream outputs; errors do not count).</param>
/// <param name="Contains">Texts each of which must appear in some output (text/plain, text/html or stream).</param>
public sealed record NotebookExpectations(int? Charts, int? MinOutputs, IReadOnlyList<string> Contains)
{
    /// <summary>Metadata key of the project's own notebook metadata.</summary>
    public const string MetadataKey = "lrnotebooks";

    /// <summary>Key below <see cref="MetadataKey"/> that holds the expectations.</summary>
    public const string ExpectKey = "expect";

    private static readonly string[] Keys = ["charts", "minOutputs", "contains"];

    /// <summary>Reads the expectations from notebook-level <paramref name="metadata"/>; null when none are declared.</summary>
    /// <exception cref="FormatException">The declaration is malformed; the message says where and how.</exception>
    public static NotebookExpectations? FromMetadata(JsonObject metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var own = metadata[MetadataKey];
        if (own is null) return null;
        if (own is not JsonObject ownObject)
            throw new FormatException($"metadata.{MetadataKey} must be an object");
        foreach (var (key, _) in ownObject)
        {
            if (key != ExpectKey)
                throw new FormatException($"metadata.{MetadataKey} has the unknown key '{key}' (allowed: {ExpectKey})");
        }

        if (ownObject[ExpectKey] is not JsonObject expect)
            throw new FormatException($"metadata.{MetadataKey}.{ExpectKey} must be an object");
        foreach (var (key, _) in expect)
        {
            if (!Keys.Contains(key))
                throw new FormatException($"metadata.{MetadataKey}.{ExpectKey} has the unknown key '{key}' (allowed: {string.Join(", ", Keys)})");
        }

        return new NotebookExpectations(Count(expect, "charts"), Count(expect, "minOutputs"), Texts(expect));
    }

    /// <summary>The expectations <paramref name="census"/> does not meet, one sentence each; empty when all hold.</summary>
    public IReadOnlyList<string> Unmet(OutputCensus census)
    {
        ArgumentNullException.ThrowIfNull(census);
        var unmet = new List<string>();
        if (Charts is { } charts && census.Charts != charts)
            unmet.Add($"expected {charts} Plotly chart output(s), found {census.Charts}");
        if (MinOutputs is { } min && census.Outputs < min)
            unmet.Add($"expected at least {min} output(s), found {census.Outputs}");
        foreach (var text in Contains)
        {
            if (!census.Texts.Any(t => t.Contains(text, StringComparison.Ordinal)))
                unmet.Add($"expected an output containing \"{text}\", found none");
        }

        return unmet;
    }

    private static int? Count(JsonObject expect, string key)
    {
        var node = expect[key];
        if (node is null) return null;
        if (node is JsonValue v && v.TryGetValue<int>(out var n) && n >= 0) return n;
        throw new FormatException($"metadata.{MetadataKey}.{ExpectKey}.{key} must be an integer >= 0, but was {node.ToJsonString()}");
    }

    private static IReadOnlyList<string> Texts(JsonObject expect)
    {
        var node = expect["contains"];
        if (node is null) return [];
        if (node is JsonArray array && array.All(t => t is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0))
            return array.Select(t => t!.GetValue<string>()).ToList();
        throw new FormatException($"metadata.{MetadataKey}.{ExpectKey}.contains must be an array of non-empty strings, but was {node.ToJsonString()}");
    }
}
