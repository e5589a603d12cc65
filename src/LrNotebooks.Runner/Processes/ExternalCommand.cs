using System.Diagnostics;
using System.Text;

namespace LrNotebooks.Runner.Processes;

/// <summary>
/// Runs a short-lived command (build, tool restore) to completion, capturing its output, and ends
/// its process tree when cancelled.
/// </summary>
internal static class ExternalCommand
{
    /// <summary>Result of a finished command: exit code and combined stdout + stderr.</summary>
    public sealed record Result(int ExitCode, string Output);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The program could not be started.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the process tree was killed.</exception>
    public static async Task<Result> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, string runId, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        ChildEnvironment.Apply(info.Environment, runId);

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        ChildProcessRegistry.Add(process);
        try
        {
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await process.WaitForExitAsync(cancellationToken);
            return new Result(process.ExitCode, Snapshot(output));
        }
        finally
        {
            ChildProcessRegistry.KillAndRemove(process);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output) return output.ToString();
    }
}
