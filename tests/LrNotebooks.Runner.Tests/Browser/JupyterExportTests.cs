using System.Diagnostics;
using LrNotebooks.Notebooks;
using LrNotebooks.Runner.Tests.Support;
using LrNotebooks.Site.Tests;

namespace LrNotebooks.Runner.Tests.Browser;

/// <summary>
/// A course notebook executed by Jupyter instead of the runner (<c>jupyter nbconvert --execute --to html</c>, the
/// .NET kernel registered by <c>dotnet-interactive jupyter install</c>) and exported to HTML: every chart output
/// draws in headless Chromium with the network blocked, from the <c>text/html</c> the course's figure formatter
/// writes (plotly.js inline once, hidden from the require.js the export loads). The executed notebook also carries
/// every figure as <c>application/vnd.plotly.v1+json</c>.
/// </summary>
[Trait("Category", "Kernel")]
[Trait("Category", "Browser")]
public sealed class JupyterExportTests
{
    private const string NotebookName = "01-what-the-learning-rate-does.ipynb";

    [SkippableFact]
    public async Task A_notebook_executed_and_exported_by_jupyter_draws_every_chart_offline()
    {
        Chromium.RequireOrSkip();
        RequireJupyterOrSkip();
        var source = Path.Combine(RepositoryPaths.NotebooksDirectory, NotebookName);
        var output = Path.Combine(Path.GetTempPath(), "lrnotebooks-jupyter-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(output);
        try
        {
            // Executed in notebooks/ (nbconvert's default), where the setup cell's #r paths and the tool manifest resolve.
            var (code, log) = Run("jupyter", RepositoryPaths.NotebooksDirectory, "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=600", "--output-dir", output, source);
            Assert.True(code == 0, $"jupyter nbconvert --execute failed ({code}):\n{log}");
            var executed = Path.Combine(output, NotebookName);
            (code, log) = Run("jupyter", output, "nbconvert", "--to", "html", executed);
            Assert.True(code == 0, $"jupyter nbconvert --to html failed ({code}):\n{log}");

            var notebook = NotebookReader.Read(executed);
            int figures = notebook.Cells.SelectMany(c => c.Outputs).Count(Figure.IsFigure);
            int declared = notebook.Expectations?.Charts ?? -1;
            Assert.Equal(declared, figures);

            await using var browser = await OfflineBrowser.LaunchAsync();
            var html = Path.Combine(output, Path.ChangeExtension(NotebookName, ".html"));
            var drawn = await browser.CountDrawnFiguresAsync(html, ".lrnotebooks-figure");
            // Every request off the machine was blocked. The .NET kernel's own bootstrap output asks for require.js on a
            // CDN; nothing a figure needs may be among them, and the figures must draw all the same (below).
            Assert.DoesNotContain(drawn.ExternalRequests, u => u.Contains("plot", StringComparison.OrdinalIgnoreCase));
            Assert.Empty(drawn.PageErrors);
            Assert.Equal(figures, drawn.Figures);
            Assert.Equal(figures, drawn.Drawn);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>Skips without Jupyter and the .NET kernel on a developer machine; under CI (CI=true) their absence fails.</summary>
    private static void RequireJupyterOrSkip()
    {
        string problem;
        try
        {
            var (code, log) = Run("jupyter", RepositoryPaths.Root, "kernelspec", "list");
            problem = code != 0 ? $"jupyter kernelspec list failed: {log}"
                : !log.Contains(".net-csharp", StringComparison.Ordinal) ? "the .NET (C#) Jupyter kernel is not registered (dotnet tool run dotnet-interactive -- jupyter install)" : "";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            problem = "jupyter is not installed (apt-get install jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel)";
        }
        if (problem.Length == 0) return;
        if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException($"CI=true but {problem}; .ci/run installs and registers it.");
        Skip.If(true, problem);
    }

    private static (int Code, string Log) Run(string file, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after 15 minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
