using System.Globalization;
using LrNotebooks.Runner.Execution;

namespace LrNotebooks.Runner.Progress;

/// <summary>
/// Prints what the run is doing as it happens: preparation steps, notebook i of n, cell j of m with
/// its first line and elapsed time, kernel start time, and the closing summary with every failure.
/// </summary>
internal sealed class ProgressReporter(TextWriter output)
{
    private readonly Lock _gate = new();

    /// <summary>Formats a duration for people: <c>0.42 s</c>, <c>12.3 s</c>, <c>2 min 05 s</c>.</summary>
    public static string Format(TimeSpan elapsed) => elapsed.TotalSeconds switch
    {
        < 10 => elapsed.TotalSeconds.ToString("0.00 's'", CultureInfo.InvariantCulture),
        < 60 => elapsed.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture),
        _ => $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds:00} s",
    };

    /// <summary>First line of the run.</summary>
    public void RunStarted(int notebooks, string outputDirectory, TimeSpan cellTimeout) =>
        Line($"Running {notebooks} notebook(s) with the dotnet-interactive kernel; per-cell timeout {Format(cellTimeout)}; artifacts in {outputDirectory}");

    /// <summary>A preparation step (build, tool restore) begins.</summary>
    public void StepStarted(string title, string command) => Write($"{title} ({command}) ... ");

    /// <summary>The preparation step ended.</summary>
    public void StepFinished(bool succeeded, TimeSpan elapsed) => Line($"{(succeeded ? "done" : "FAILED")} in {Format(elapsed)}");

    /// <summary>Notebook <paramref name="index"/> of <paramref name="count"/> begins.</summary>
    public void NotebookStarted(int index, int count, string name, int codeCells) =>
        Line($"[{index}/{count}] {name} ({codeCells} code cell(s))");

    /// <summary>The kernel answered its warm-up submission.</summary>
    public void KernelStarted(TimeSpan elapsed, TimeSpan ready, TimeSpan warmUp, int processId) =>
        Line($"  kernel started in {Format(elapsed)} (ready {Format(ready)} + warm-up {Format(warmUp)}; pid {processId})");

    /// <summary>A cell was submitted; the line is finished by <see cref="CellFinished"/>.</summary>
    public void CellStarted(int number, int cells, string firstLine) => Write($"  cell {number}/{cells} `{firstLine}` ... ");

    /// <summary>The submitted cell ended.</summary>
    public void CellFinished(CellResult cell)
    {
        var text = cell.Outcome switch
        {
            CellOutcome.Succeeded => $"ok {Format(cell.Elapsed)}",
            CellOutcome.TimedOut => $"TIMED OUT after {Format(cell.Elapsed)}; kernel stopped",
            _ => $"{cell.Outcome.ToString().ToUpperInvariant()} after {Format(cell.Elapsed)}: {cell.Error}",
        };
        Line(text);
    }

    /// <summary>The notebook ended (its kernel is gone).</summary>
    public void NotebookFinished(NotebookRunResult result)
    {
        var ran = result.Cells.Count(c => c.Outcome is not CellOutcome.NotRun and not CellOutcome.Empty);
        var status = result.Succeeded ? "ok" : "FAILED";
        Line($"  {status}: {ran} cell(s) run in {Format(result.Elapsed)} (kernel start {Format(result.KernelStartTime)})"
            + (result.ExecutedPath is null ? "" : $" -> {result.ExecutedPath}"));
        foreach (var unmet in result.UnmetExpectations)
            Line($"  expectation not met: {unmet}");
    }

    /// <summary>A message on its own line.</summary>
    public void Info(string message) => Line(message);

    /// <summary>An error on its own line.</summary>
    public void Error(string message) => Line($"error: {message}");

    /// <summary>Closing lines: counts, total time, and each failing notebook with its cell and error.</summary>
    public void Summary(RunReport report, int selected)
    {
        var failed = report.Notebooks.Where(n => !n.Succeeded).ToList();
        Line("");
        Line($"Summary: {report.Notebooks.Count - failed.Count} of {selected} notebook(s) ok, {failed.Count} failed, total {Format(report.Elapsed)}");
        foreach (var notebook in report.Notebooks)
            Line($"  {(notebook.Succeeded ? "ok    " : "FAILED")} {notebook.Name,-40} {Format(notebook.Elapsed),10}  kernel start {Format(notebook.KernelStartTime)}");
        foreach (var notebook in failed)
        {
            if (notebook.FirstFailure is { } cell)
                Line($"FAILED {notebook.SourcePath}, cell {cell.Number} `{cell.FirstLine}`: {cell.Error}");
            foreach (var unmet in notebook.UnmetExpectations)
                Line($"FAILED {notebook.SourcePath}: {unmet}");
        }
    }

    private void Write(string text)
    {
        lock (_gate)
        {
            output.Write(text);
            output.Flush();
        }
    }

    private void Line(string text)
    {
        lock (_gate)
        {
            output.WriteLine(text);
            output.Flush();
        }
    }
}
