using System.Net;
using System.Text.RegularExpressions;
using LrNotebooks.Runner.Tests.Support;

namespace LrNotebooks.Runner.Tests;

/// <summary>
/// The answer key proves itself: run with <c>--solutions</c>, every exercise of every notebook passes with the library's
/// solution; run as a student gets it, every exercise is open and its check cell shows neither the answer nor the
/// explanation.
/// </summary>
[Collection("Notebook run")]
[Trait("Category", "Kernel")]
public sealed partial class SolutionsKernelRunTests(NotebookRunFixture run)
{
    public static TheoryData<string> Notebooks => RepositoryPaths.CommittedNotebookNames;

    [GeneratedRegex(@"^Exercises\.(?<class>[A-Z]\w*)\.(?<id>E\d+)\.Check\(")]
    private static partial Regex CheckCall();

    // A passed check: "… is right. ", "… is close enough. " or "… random tests (seed n). ", then the explanation.
    [GeneratedRegex(@"(is right|close enough|\(seed \d+\))\. (?<explanation>.+)$", RegexOptions.Singleline)]
    private static partial Regex PassedFeedback();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [SkippableFact]
    public async Task The_solutions_run_passes_every_notebook()
    {
        Skip.IfNot(run.HasNotebooks, "notebooks/ holds no notebook yet");
        var report = await run.SolutionsRun;

        Assert.True(report.ExitCode == 0, $"exit code {report.ExitCode}; runner output:\n{run.SolutionsOutput}");
        Assert.Equal(RepositoryPaths.CommittedNotebooks.Count, report.Notebooks.Count);
        Assert.All(report.Notebooks, n => Assert.True(n.Succeeded, $"{n.Name}: {n.FirstFailure?.Error}"));
        Assert.Empty(KernelProcesses.AliveFor(report.RunId));
    }

    [SkippableTheory]
    [MemberData(nameof(Notebooks))]
    public async Task With_the_solutions_every_exercise_passes(string name)
    {
        Skip.If(name == RepositoryPaths.NoNotebooks, "notebooks/ holds no notebook yet");
        await run.SolutionsRun;
        var checks = CheckCells(run.SolvedNotebook(name));

        if (IsLesson(name)) Assert.NotEmpty(checks);
        Assert.All(checks, c =>
        {
            Assert.True(c.Text.StartsWith("✔ Correct", StringComparison.Ordinal) && c.Text.Contains("(solutions run)", StringComparison.Ordinal),
                $"{name} {c.Exercise}: {c.Text}");
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Notebooks))]
    public async Task Without_the_solutions_every_exercise_is_open_and_keeps_its_answer(string name)
    {
        Skip.If(name == RepositoryPaths.NoNotebooks, "notebooks/ holds no notebook yet");
        var open = CheckCells(run.ExecutedNotebook(name));
        await run.SolutionsRun;
        var solved = CheckCells(run.SolvedNotebook(name)).ToDictionary(c => c.Exercise, c => c.Text);

        if (IsLesson(name)) Assert.NotEmpty(open);
        Assert.All(open, c =>
        {
            Assert.True(c.Text.StartsWith("✘ Not yet", StringComparison.Ordinal) && c.Text.Contains("no answer yet", StringComparison.Ordinal),
                $"{name} {c.Exercise}: {c.Text}");
            Assert.DoesNotContain("Solution:", c.Text, StringComparison.Ordinal);
            // What the solved check says after its verdict is the explanation; the open check must not say it.
            string explanation = Explanation(solved[c.Exercise]);
            Assert.True(explanation.Length == 0 || !c.Text.Contains(explanation, StringComparison.Ordinal),
                $"{name} {c.Exercise} shows its explanation before an answer: {c.Text}");
        });
    }

    /// <summary>The lessons (00-09) end with exercises; the chart gallery has none.</summary>
    private static bool IsLesson(string name) => name.StartsWith('0');

    /// <summary>The check cells of an executed notebook: exercise (class.E<i>n</i>) and the text of its output.</summary>
    private static IReadOnlyList<(string Exercise, string Text)> CheckCells(string executed)
    {
        Assert.True(File.Exists(executed), $"{executed} was not written");
        return NotebookReader.Read(executed).CodeCells
            .Select(cell => (cell, call: CheckCall().Match(cell.Source.Trim())))
            .Where(x => x.call.Success)
            .Select(x => ($"{x.call.Groups["class"].Value}.{x.call.Groups["id"].Value}", OutputText(x.cell)))
            .ToList();
    }

    private static string OutputText(NotebookCell cell) => string.Join("\n", cell.Outputs.Select(o => o switch
    {
        RichOutput r when r.Data.TryGetValue("text/plain", out var text) => text,
        RichOutput r when r.Data.TryGetValue("text/html", out var html) => WebUtility.HtmlDecode(Tag().Replace(html, "")),
        StreamOutput s => s.Text,
        ErrorOutput e => $"{e.Name}: {e.Value}",
        _ => "",
    })).Trim();

    private static string Explanation(string solvedText) => PassedFeedback().Match(solvedText) is { Success: true } m
        ? m.Groups["explanation"].Value.Trim()
        : "";
}
