using System.Diagnostics;
using System.Text.Json.Nodes;
using LrNotebooks.Runner.Kernel;
using LrNotebooks.Notebooks;
using LrNotebooks.Runner.Progress;
using LrNotebooks.Runner.Setup;

namespace LrNotebooks.Runner.Execution;

/// <summary>
/// Runs one notebook top to bottom in a fresh kernel, stops at the first failing cell (later cells
/// depend on earlier ones), writes the executed copy and checks the declared expectations.
/// </summary>
/// <param name="kernelCommand">Command that starts the kernel.</param>
/// <param name="layout">Repository layout (the kernel process runs at its root, where the tool manifest is).</param>
/// <param name="cellTimeout">Per-cell timeout.</param>
/// <param name="progress">Progress output.</param>
/// <param name="runId">The run's id, exported to the kernel's environment.</param>
/// <param name="solutions">The solutions run: the kernel gets <c>LRNOTEBOOKS_SOLUTIONS=1</c>.</param>
internal sealed class NotebookExecutor(string kernelCommand, RepositoryLayout layout, TimeSpan cellTimeout, ProgressReporter progress, string runId,
    bool solutions = false)
{
    /// <summary>Longest the kernel may take to start and run its warm-up submission.</summary>
    public static readonly TimeSpan KernelStartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Executes <paramref name="notebook"/> and writes the executed copy to <paramref name="executedPath"/>.</summary>
    /// <exception cref="EnvironmentException">The kernel could not be started.</exception>
    /// <remarks>When <paramref name="cancellationToken"/> is cancelled the running cell is reported as interrupted,
    /// the partial notebook is written and the kernel ended; the caller checks the token.</remarks>
    public async Task<NotebookRunResult> ExecuteAsync(Notebook notebook, string executedPath, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var launch = new KernelLaunch(kernelCommand, layout.Root, Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!, notebook.DefaultKernelName, runId, solutions);
        KernelClient kernel;
        try
        {
            kernel = await KernelClient.StartAsync(launch, KernelStartTimeout, cancellationToken);
        }
        catch (KernelStartException e)
        {
            throw new EnvironmentException(
                $"the kernel for {notebook.FileName} did not start: {e.Message}\n" +
                "The kernel is the dotnet-interactive local tool pinned in .config/dotnet-tools.json; run: dotnet tool restore", e);
        }

        var kernelStart = clock.Elapsed;
        var processId = kernel.ProcessId;
        progress.KernelStarted(kernelStart, kernel.ReadyTime, kernel.WarmUpTime, processId);

        var recorder = new OutputRecorder();
        var outputs = new Dictionary<int, (JsonArray, int?)>();
        var results = new List<CellResult>();
        try
        {
            await RunCellsAsync(notebook, kernel, recorder, outputs, results, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Reported on the interrupted cell; the caller stops the run.
        }
        finally
        {
            await kernel.DisposeAsync();
        }

        foreach (var cell in notebook.CodeCells.Skip(results.Count))
            results.Add(new CellResult(cell.Number, cell.FirstLine, CellOutcome.NotRun, TimeSpan.Zero, null));

        var document = NotebookWriter.WithOutputs(notebook, outputs);
        NotebookWriter.Write(document, executedPath);
        var unmet = ForThisRun(notebook.Expectations) is { } expect && results.All(r => r.Outcome is CellOutcome.Succeeded or CellOutcome.Empty)
            ? expect.Unmet(OutputCensus.Of(NotebookReader.FromDocument(executedPath, document)))
            : [];
        var result = new NotebookRunResult(notebook.FileName, notebook.Path, executedPath, results, kernelStart, clock.Elapsed, processId, unmet);
        progress.NotebookFinished(result);
        return result;
    }

    /// <summary>The feedback of an unanswered exercise; a solutions run answers every exercise, so it cannot appear there.</summary>
    internal const string OpenExerciseFeedback = "✘ Not yet";

    private NotebookExpectations? ForThisRun(NotebookExpectations? declared) => solutions && declared is not null
        ? declared with { Contains = declared.Contains.Where(t => !t.Contains(OpenExerciseFeedback, StringComparison.Ordinal)).ToArray() }
        : declared;

    private async Task RunCellsAsync(
        Notebook notebook, KernelClient kernel, OutputRecorder recorder,
        Dictionary<int, (JsonArray, int?)> outputs, List<CellResult> results, CancellationToken cancellationToken)
    {
        var executionCount = 0;
        foreach (var cell in notebook.CodeCells)
        {
            if (string.IsNullOrWhiteSpace(cell.Source))
            {
                results.Add(new CellResult(cell.Number, "", CellOutcome.Empty, TimeSpan.Zero, null));
                continue;
            }

            recorder.BeginCell(++executionCount);
            outputs[cell.Number] = (recorder.Outputs, executionCount);
            progress.CellStarted(cell.Number, notebook.Cells.Count, cell.FirstLine);
            var clock = Stopwatch.StartNew();
            var command = KernelCommandEnvelope.SubmitCode(cell.Source, cell.KernelName);
            SubmissionResult submission;
            try
            {
                submission = await kernel.SubmitAsync(command, e => recorder.Record(e, command.Token), cellTimeout, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                const string message = "the run was interrupted (Ctrl+C or a termination signal); the kernel was stopped";
                var stopped = new CellResult(cell.Number, cell.FirstLine, CellOutcome.Interrupted, clock.Elapsed, message);
                recorder.AddError(new CellError("Interrupted", message, [message]));
                results.Add(stopped);
                progress.CellFinished(stopped);
                throw;
            }

            var result = Conclude(cell, submission, recorder, clock.Elapsed);
            results.Add(result);
            progress.CellFinished(result);
            if (result.Outcome != CellOutcome.Succeeded) return;
        }
    }

    private CellResult Conclude(NotebookCell cell, SubmissionResult submission, OutputRecorder recorder, TimeSpan elapsed)
    {
        switch (submission.Completion)
        {
            case SubmissionCompletion.Failed:
                var failure = CellError.FromKernelMessage(submission.Message ?? "the command failed");
                recorder.AddError(failure);
                return new CellResult(cell.Number, cell.FirstLine, CellOutcome.Failed, elapsed, failure.Describe());
            case SubmissionCompletion.TimedOut:
                var timeout = $"the cell did not finish within {ProgressReporter.Format(cellTimeout)} (--timeout); the kernel was stopped";
                recorder.AddError(new CellError("CellTimeout", timeout, [timeout]));
                return new CellResult(cell.Number, cell.FirstLine, CellOutcome.TimedOut, elapsed, timeout);
            case SubmissionCompletion.KernelExited:
                var died = submission.Message ?? "the kernel exited";
                recorder.AddError(new CellError("KernelDied", died.Split('\n')[0], died.Split('\n')));
                return new CellResult(cell.Number, cell.FirstLine, CellOutcome.KernelDied, elapsed, died);
            default:
                // A cell can report errors without failing its command (ErrorProduced).
                return recorder.ErrorMessages.Count == 0
                    ? new CellResult(cell.Number, cell.FirstLine, CellOutcome.Succeeded, elapsed, null)
                    : new CellResult(cell.Number, cell.FirstLine, CellOutcome.Failed, elapsed, recorder.ErrorMessages.First().Split('\n')[0]);
        }
    }
}
