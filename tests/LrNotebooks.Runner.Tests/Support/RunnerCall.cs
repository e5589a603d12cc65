using LrNotebooks.Runner;
using LrNotebooks.Runner.Cli;

namespace LrNotebooks.Runner.Tests.Support;

/// <summary>Runs the runner in-process with command-line arguments, capturing what it prints.</summary>
public static class RunnerCall
{
    /// <summary>The report and printed output of a run with <paramref name="args"/> (which must parse).</summary>
    public static async Task<(RunReport Report, string Output)> RunAsync(params string[] args)
    {
        var parsed = CommandLine.Parse(args);
        Assert.True(parsed.Options is not null, $"arguments did not parse: {parsed.Error}");
        using var output = new StringWriter();
        var report = await RunnerApp.RunAsync(parsed.Options!, output, CancellationToken.None);
        return (report, output.ToString());
    }

    /// <summary>The exit code and printed output of <c>RunnerApp.RunAsync(string[] …)</c>.</summary>
    public static async Task<(int ExitCode, string Output)> RunArgsAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await RunnerApp.RunAsync(args, output, CancellationToken.None);
        return (exitCode, output.ToString());
    }
}
