using System.ComponentModel;
using System.Diagnostics;
using LrNotebooks.Runner.Processes;
using LrNotebooks.Runner.Progress;

namespace LrNotebooks.Runner.Setup;

/// <summary>
/// What must hold before the first kernel starts: the library built (or already built with
/// <c>--no-build</c>) and the pinned kernel tool restored.
/// </summary>
internal static class Preparation
{
    /// <summary>Lines of a failing command's output shown in the error.</summary>
    private const int TailLines = 30;

    /// <summary>Builds the library in Release, or with <paramref name="build"/> false checks it is there.</summary>
    public static async Task EnsureLibraryAsync(
        RepositoryLayout layout, bool build, ProgressReporter progress, string runId, CancellationToken cancellationToken)
    {
        if (build)
        {
            var command = $"dotnet build {RepositoryLayout.CourseProject} -c Release";
            var result = await RunStepAsync("Building the library", command, layout,
                ["build", RepositoryLayout.CourseProject, "-c", "Release", "--nologo", "-v", "quiet", "--disable-build-servers"], progress, runId, cancellationToken);
            if (result.ExitCode != 0)
                throw new EnvironmentException(
                    $"building LrNotebooks.Course failed (exit code {result.ExitCode}):{Tail(result.Output)}" +
                    $"{Environment.NewLine}Fix the build, checking with: {RepositoryLayout.BuildCommand}");
        }

        if (!File.Exists(layout.CourseAssemblyPath))
            throw new EnvironmentException(
                $"LrNotebooks.Course is not built: {RepositoryLayout.CourseAssembly} is missing, and the notebooks' setup cell references it. " +
                $"Run: {RepositoryLayout.BuildCommand}" + (build ? "" : " (or drop --no-build)"));
    }

    /// <summary>Runs <c>dotnet tool restore</c> at the root so the pinned kernel tool is available.</summary>
    public static async Task RestoreToolAsync(RepositoryLayout layout, ProgressReporter progress, string runId, CancellationToken cancellationToken)
    {
        // Without a manifest 'dotnet tool restore' restores nothing and still exits 0.
        if (!File.Exists(layout.ToolManifestPath))
            throw new EnvironmentException(
                $"the tool manifest {RepositoryLayout.ToolManifest} is missing in {layout.Root}; it pins the dotnet-interactive kernel. " +
                "Restore the file from the repository (git checkout -- .config/dotnet-tools.json), then run: dotnet tool restore");
        var result = await RunStepAsync("Restoring the kernel tool", "dotnet tool restore", layout, ["tool", "restore"], progress, runId, cancellationToken);
        if (result.ExitCode != 0)
            throw new EnvironmentException(
                $"'dotnet tool restore' failed in {layout.Root} (exit code {result.ExitCode}):{Tail(result.Output)}" +
                $"{Environment.NewLine}The kernel is the local tool pinned in .config/dotnet-tools.json; run: dotnet tool restore");
    }

    private static async Task<ExternalCommand.Result> RunStepAsync(
        string title, string command, RepositoryLayout layout, string[] arguments,
        ProgressReporter progress, string runId, CancellationToken cancellationToken)
    {
        progress.StepStarted(title, command);
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await ExternalCommand.RunAsync("dotnet", arguments, layout.Root, runId, cancellationToken);
            progress.StepFinished(result.ExitCode == 0, clock.Elapsed);
            return result;
        }
        catch (Win32Exception e)
        {
            progress.StepFinished(false, clock.Elapsed);
            throw new EnvironmentException($"could not start 'dotnet' for '{command}': {e.Message}. Install the .NET SDK pinned in global.json.", e);
        }
    }

    private static string Tail(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tail = lines.Skip(Math.Max(0, lines.Length - TailLines));
        var nl = Environment.NewLine;
        return nl + string.Join(nl, tail.Select(l => "    " + l));
    }
}
