using System.Diagnostics;
using LrNotebooks.Runner.Cli;
using LrNotebooks.Runner.Execution;
using LrNotebooks.Notebooks;
using LrNotebooks.Runner.Processes;
using LrNotebooks.Runner.Progress;
using LrNotebooks.Runner.Setup;
using LrNotebooks.Site;

namespace LrNotebooks.Runner;

/// <summary>
/// The runner: selects notebooks, builds the library, restores the kernel tool, executes each
/// notebook in its own dotnet-interactive process, writes the executed notebooks and exports the site.
/// </summary>
public static class RunnerApp
{
    /// <summary>Runs with command-line <paramref name="args"/>, printing to <paramref name="output"/>; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var parsed = CommandLine.Parse(args);
        if (parsed.ShowHelp)
        {
            await output.WriteLineAsync(CommandLine.HelpText);
            return ExitCodes.Ok;
        }

        if (parsed.Options is null)
        {
            await output.WriteLineAsync($"error: {parsed.Error}");
            await output.WriteLineAsync("Run with --help for usage.");
            return ExitCodes.BadInput;
        }

        var report = await RunAsync(parsed.Options, output, cancellationToken);
        return report.ExitCode;
    }

    /// <summary>
    /// Runs with <paramref name="options"/>; never throws for bad input or a failing environment, it
    /// reports them on <paramref name="output"/> and in <see cref="RunReport.ExitCode"/>. Every kernel it
    /// started has ended when it returns.
    /// </summary>
    public static async Task<RunReport> RunAsync(RunnerOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        // A parent process may choose the id to find every process of the run; otherwise it is new.
        var runId = Environment.GetEnvironmentVariable(ChildEnvironment.RunIdVariable) is { Length: > 0 } inherited
            ? inherited
            : Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        var progress = new ProgressReporter(output);
        var results = new List<NotebookRunResult>();
        string? outputDirectory = null;
        var selected = 0;

        RunReport Report(int exitCode) => new(exitCode, runId, outputDirectory, results, clock.Elapsed);

        try
        {
            var currentDirectory = Directory.GetCurrentDirectory();
            var layout = RepositoryLayout.Locate(options.RepositoryRoot, currentDirectory)
                ?? throw new UsageException(options.RepositoryRoot is null
                    ? $"no {RepositoryLayout.SolutionFileName} in {currentDirectory} or above; run from the repository or pass --root <dir>."
                    : $"--root '{options.RepositoryRoot}' is not a directory.");
            var notebooks = ReadAll(NotebookSelector.Select(options.Notebooks, layout.NotebooksDirectory, currentDirectory));
            selected = notebooks.Count;
            outputDirectory = Path.GetFullPath(options.OutputDirectory
                ?? (options.Solutions ? Path.Combine(layout.DefaultOutputDirectory, "solutions") : layout.DefaultOutputDirectory), currentDirectory);
            // Checked and held before any kernel starts: a bad --output costs nothing, two runs never mix.
            using var folderLock = OutputFolderLock.Acquire(outputDirectory);
            progress.RunStarted(notebooks.Count, outputDirectory, options.CellTimeout);

            await Preparation.EnsureLibraryAsync(layout, options.Build, progress, runId, cancellationToken);
            if (options.Restore)
                await Preparation.RestoreToolAsync(layout, progress, runId, cancellationToken);

            var executor = new NotebookExecutor(
                options.KernelCommand ?? RunnerOptions.DefaultKernelCommand, layout, options.CellTimeout, progress, runId, options.Solutions);
            for (var i = 0; i < notebooks.Count; i++)
            {
                var notebook = notebooks[i];
                progress.NotebookStarted(i + 1, notebooks.Count, notebook.FileName, notebook.CodeCells.Count());
                var executedPath = Path.Combine(outputDirectory, "notebooks", notebook.FileName);
                results.Add(await executor.ExecuteAsync(notebook, executedPath, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (options.Site)
                Export(results, outputDirectory, Path.Combine(layout.NotebooksDirectory, "INSTRUCTORS.md"), progress);
            var exitCode = results.All(r => r.Succeeded) ? ExitCodes.Ok : ExitCodes.NotebookFailed;
            progress.Summary(Report(exitCode), selected);
            return Report(exitCode);
        }
        catch (Exception e) when (e is UsageException or NotebookFormatException)
        {
            progress.Error(e.Message);
            return Report(ExitCodes.BadInput);
        }
        catch (EnvironmentException e)
        {
            progress.Error(e.Message);
            if (results.Count > 0) progress.Summary(Report(ExitCodes.Environment), selected);
            return Report(ExitCodes.Environment);
        }
        catch (SiteExportException e)
        {
            progress.Error(e.Message);
            progress.Summary(Report(ExitCodes.SiteExportFailed), selected);
            return Report(ExitCodes.SiteExportFailed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            progress.Error("interrupted; every kernel this run started has been stopped.");
            progress.Summary(Report(ExitCodes.Interrupted), selected);
            return Report(ExitCodes.Interrupted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Writing an executed notebook or reading a file failed: the disk, not the notebooks.
            // Kernels are already ended: the executor disposes its kernel on every way out.
            progress.Error($"a file could not be read or written: {e.Message}");
            return Report(ExitCodes.Environment);
        }
        catch (Exception e)
        {
            // Whatever else happens ends here: named, a documented exit code, and kernels already
            // ended (the executor disposes its kernel on every way out; process exit kills any left).
            progress.Error($"internal error: {e.GetType().FullName}: {e.Message}\n{e.StackTrace}");
            return Report(ExitCodes.InternalError);
        }
    }

    /// <summary>Reads every selected notebook first, so that a malformed one stops the run before any kernel starts.</summary>
    private static List<Notebook> ReadAll(IReadOnlyList<string> paths)
    {
        var notebooks = new List<Notebook>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            try
            {
                notebooks.Add(NotebookReader.Read(path));
            }
            catch (NotebookFormatException e)
            {
                problems.Add(e.Message);
            }
        }

        if (problems.Count > 0)
            throw new UsageException("malformed notebook(s); fix or remove them:\n  " + string.Join("\n  ", problems));
        var clash = notebooks.GroupBy(n => n.FileName).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new UsageException($"two selected notebooks are both named {clash.Key}; their executed copies would overwrite each other.");
        return notebooks;
    }

    private static void Export(IReadOnlyList<NotebookRunResult> results, string outputDirectory, string instructorsGuide, ProgressReporter progress)
    {
        var siteDirectory = Path.Combine(outputDirectory, "site");
        var executed = results.Select(r => r.ExecutedPath).OfType<string>().ToList();
        try
        {
            var report = SiteExporter.Export(executed, siteDirectory, new SiteExportOptions { InstructorsGuide = instructorsGuide });
            foreach (var warning in report.Warnings)
                Console.Error.WriteLine($"site: warning: {warning}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exporter is a separate component: whatever it throws is reported as its failure, not a crash.
            throw new SiteExportException($"exporting the site to {siteDirectory} failed: {e.GetType().Name}: {e.Message}", e);
        }

        progress.Info($"Site: {Path.Combine(siteDirectory, "index.html")}");
    }
}
