using System.Text;

namespace LrNotebooks.Runner.Kernel;

/// <summary>
/// How to start one kernel: the tool command (run from the repository root, where the tool manifest
/// is) plus the options the VS Code Polyglot extension also passes, so relative paths such as the
/// setup cell's <c>#r "../src/…"</c> resolve against the notebook's folder.
/// </summary>
/// <param name="Command">Command line that starts dotnet-interactive over stdio.</param>
/// <param name="ToolDirectory">Process working directory (the repository root).</param>
/// <param name="NotebookDirectory">The kernel's working directory (<c>--working-dir</c>).</param>
/// <param name="DefaultKernelName">The notebook's default subkernel (<c>--default-kernel</c>).</param>
/// <param name="RunId">Exported to the kernel's environment so its process tree can be found.</param>
/// <param name="Solutions">The solutions run: the kernel gets <c>LRNOTEBOOKS_SOLUTIONS=1</c>.</param>
internal sealed record KernelLaunch(string Command, string ToolDirectory, string NotebookDirectory, string DefaultKernelName, string RunId, bool Solutions = false)
{
    /// <summary>The values <c>dotnet-interactive stdio --default-kernel</c> accepts.</summary>
    private static readonly string[] DefaultKernelChoices = ["csharp", "fsharp", "pwsh", "http"];

    /// <summary>Program and arguments, the command split like a shell would (double quotes group).</summary>
    public (string FileName, IReadOnlyList<string> Arguments) Split()
    {
        var words = SplitWords(Command);
        if (words.Count == 0)
            throw new ArgumentException("The kernel command is empty.", nameof(Command));
        var arguments = words.Skip(1).ToList();
        if (DefaultKernelChoices.Contains(DefaultKernelName))
            arguments.AddRange(["--default-kernel", DefaultKernelName]);
        arguments.AddRange(["--working-dir", NotebookDirectory]);
        return (words[0], arguments);
    }

    private static List<string> SplitWords(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in command)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (any) words.Add(current.ToString());
                current.Clear();
                any = false;
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any) words.Add(current.ToString());
        return words;
    }
}
