using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LrNotebooks.Runner.Execution;

/// <summary>
/// An nbformat error output (ename, evalue, traceback) made from a kernel failure message such as
/// <c>System.Exception: boom\n   at …</c> or <c>(1,5): error CS0103: …</c>.
/// </summary>
/// <param name="Name">Exception type, <c>CompilationError</c>, or a runner-made name such as <c>CellTimeout</c>.</param>
/// <param name="Value">The one-line message.</param>
/// <param name="Traceback">The whole message, line by line.</param>
internal sealed partial record CellError(string Name, string Value, IReadOnlyList<string> Traceback)
{
    /// <summary>Reads an error from the kernel's message.</summary>
    public static CellError FromKernelMessage(string message)
    {
        var lines = message.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        var first = lines[0];
        var exception = ExceptionLine().Match(first);
        if (exception.Success)
            return new CellError(exception.Groups["type"].Value, exception.Groups["message"].Value, lines);
        if (CompilerLine().IsMatch(first))
            return new CellError("CompilationError", string.Join(" ", lines.Select(l => l.Trim())), lines);
        return new CellError("Error", first, lines);
    }

    /// <summary>The error output as nbformat JSON.</summary>
    public JsonObject ToOutput() => new()
    {
        ["output_type"] = "error",
        ["ename"] = Name,
        ["evalue"] = Value,
        ["traceback"] = new JsonArray([.. Traceback.Select(l => (JsonNode)JsonValue.Create(l))]),
    };

    /// <summary>One line for progress and summary: <c>ename: evalue</c>, plus a hint when there is one.</summary>
    public string Describe()
    {
        var text = $"{Name}: {Value}";
        if (Value.Contains("CS0006", StringComparison.Ordinal) || (Value.Contains("could not be found", StringComparison.Ordinal) && Value.Contains(".dll", StringComparison.Ordinal)))
            text += $" (a referenced library is missing; build this repository's libraries with: {Setup.RepositoryLayout.BuildCommand})";
        return text;
    }

    [GeneratedRegex(@"^(?<type>[A-Za-z_][\w.`]*(Exception|Error)):\s?(?<message>.*)$")]
    private static partial Regex ExceptionLine();

    [GeneratedRegex(@"error [A-Z]+\d+:")]
    private static partial Regex CompilerLine();
}
