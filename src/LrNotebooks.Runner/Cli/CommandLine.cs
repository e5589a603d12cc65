using System.Globalization;

namespace LrNotebooks.Runner.Cli;

/// <summary>
/// Parses the runner's command line. Kept dependency-free: the grammar is a handful of flags.
/// </summary>
public static class CommandLine
{
    /// <summary>Largest accepted <c>--timeout</c>, one day: anything longer is a typo, not a plan.</summary>
    public const double MaxTimeoutSeconds = 86_400;

    /// <summary>The text printed by <c>--help</c>.</summary>
    public const string HelpText = """
        Usage: dotnet run --project src/LrNotebooks.Runner -c Release -- [options]

        Executes notebooks/*.ipynb top to bottom with the real dotnet-interactive kernel (one kernel
        process per notebook), writes each executed notebook with its outputs to <output>/notebooks/
        and exports the offline HTML site to <output>/site/.

        Options:
          --notebooks <name|glob|path>...  Run only these notebooks: a file name with or without .ipynb,
                                           a glob over notebooks/ (e.g. "0*"), or a path to an .ipynb file.
          --output, -o <dir>               Artifacts directory (default: <root>/artifacts); it must not be
                                           an existing file, and one run at a time may use it.
          --timeout <seconds>              Per-cell timeout; a cell running longer is reported and its
                                           kernel stopped (default: 120).
          --no-build                       Do not build LrNotebooks.Course first (it must already be built).
          --no-restore                     Do not run 'dotnet tool restore' first.
          --no-site                        Do not export the HTML site.
          --solutions                      The solutions run: every exercise answer left null is checked with
                                           the library's solution, and an exercise that rejects it fails its
                                           cell (the kernels get LRNOTEBOOKS_SOLUTIONS=1). The notebooks are
                                           not changed; the default output is <root>/artifacts/solutions.
          --root <dir>                     Repository root (default: the nearest folder above the current
                                           directory that holds LrNotebooks.sln).
          --kernel <command>               Command that starts the kernel over stdio (default:
                                           "dotnet tool run dotnet-interactive -- stdio"); the runner adds
                                           --default-kernel and --working-dir.

        A value may also be joined with '=': --output=out, --timeout=300, --notebooks=02-too-high.
          --help, -h                       Show this help.

        Exit codes:
          0    every notebook ran without errors and met its declared expectations
          1    a cell failed or timed out, a kernel died, or an expectation was not met
          2    bad usage or input: unknown option, no matching notebook, malformed notebook, --output is
               a file or cannot be created, the output folder is in use by another run
          3    environment problem: build failed or library not built, kernel tool missing or not
               starting, a file that cannot be read or written
          4    the site export failed (the executed notebooks were written)
          5    internal error: anything unforeseen; the message names the error
          130  interrupted (Ctrl+C or a termination signal)
        """;

    /// <summary>
    /// Parses <paramref name="args"/>; never throws for bad input, it returns an error instead. Options may
    /// come in any order; a value may follow its option (<c>--output out</c>) or be joined by '='
    /// (<c>--output=out</c>, <c>-o=out</c>); <c>--notebooks</c> takes every following argument up to the next
    /// one that starts with '-'.
    /// </summary>
    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(a => a is "--help" or "-h" or "-?"))
            return new CommandLineResult(null, true, null);
        var options = RunnerOptions.Default;
        var notebooks = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, joined) = Split(args[i]);
            switch (name)
            {
                case "--notebooks":
                    var start = notebooks.Count;
                    if (joined is not null)
                    {
                        if (joined.Length > 0) notebooks.Add(joined);
                    }

                    while (i + 1 < args.Count && !IsOption(args[i + 1]))
                        notebooks.Add(args[++i]);
                    if (notebooks.Count == start)
                        return Fail("--notebooks needs at least one notebook name, glob or path.");
                    break;
                case "--output" or "-o":
                    if (!TryValue(args, ref i, joined, out var output)) return Fail($"{name} needs a directory.");
                    options = options with { OutputDirectory = output };
                    break;
                case "--timeout":
                    if (!TryValue(args, ref i, joined, out var text)) return Fail("--timeout needs a number of seconds.");
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                        || !double.IsFinite(seconds) || seconds <= 0 || seconds > MaxTimeoutSeconds)
                        return Fail($"--timeout must be a number of seconds in (0, {MaxTimeoutSeconds}], but was '{text}'.");
                    options = options with { CellTimeout = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--no-build" or "--no-restore" or "--no-site" when joined is not null:
                    return Fail($"{name} takes no value, but was given '{joined}'.");
                case "--no-build":
                    options = options with { Build = false };
                    break;
                case "--no-restore":
                    options = options with { Restore = false };
                    break;
                case "--no-site":
                    options = options with { Site = false };
                    break;
                case "--solutions":
                    options = options with { Solutions = true };
                    break;
                case "--root":
                    if (!TryValue(args, ref i, joined, out var root)) return Fail("--root needs a directory.");
                    options = options with { RepositoryRoot = root };
                    break;
                case "--kernel":
                    if (!TryValue(args, ref i, joined, out var kernel) || string.IsNullOrWhiteSpace(kernel))
                        return Fail("--kernel needs a command line, e.g. \"dotnet tool run dotnet-interactive -- stdio\".");
                    options = options with { KernelCommand = kernel };
                    break;
                default:
                    return Fail(IsOption(args[i])
                        ? $"unknown option '{name}'."
                        : $"unexpected argument '{args[i]}'; to select notebooks use --notebooks {args[i]}.");
            }
        }

        return new CommandLineResult(options with { Notebooks = notebooks }, false, null);
    }

    // An option starts with '-' followed by a letter or '-': a lone '-' and a negative number such as
    // "-1" are values (so "--timeout -1" reports the bad timeout, not a missing value).
    private static bool IsOption(string arg) => arg.Length > 1 && arg[0] == '-' && (char.IsLetter(arg[1]) || arg[1] is '-' or '?');

    // "--output=dir" is the option "--output" with the value "dir"; only options are split.
    private static (string Name, string? Value) Split(string arg)
    {
        if (!IsOption(arg)) return (arg, null);
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }

    private static bool TryValue(IReadOnlyList<string> args, ref int i, string? joined, out string value)
    {
        if (joined is not null)
        {
            value = joined;
            return joined.Length > 0;
        }

        if (i + 1 < args.Count && !IsOption(args[i + 1]))
        {
            value = args[++i];
            return true;
        }

        value = "";
        return false;
    }

    private static CommandLineResult Fail(string message) => new(null, false, message);
}
