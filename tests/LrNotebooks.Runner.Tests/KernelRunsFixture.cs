using System.Text.Json.Nodes;
using LrNotebooks.Runner.Tests.Support;
using LrNotebooks.Runner;

namespace LrNotebooks.Runner.Tests;

/// <summary>
/// Two real runs over small notebooks in a throw-away repository, made once for all runner tests
/// that need a kernel (kernel start costs seconds): a run of four notebooks (ok, failing cell, missing
/// library, unmet expectation) and, alongside it, a run of a hanging cell with <c>--timeout 5</c>.
/// </summary>
public sealed class KernelRunsFixture : IAsyncLifetime
{
    public const string HangingCell = "System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);";
    public const string FailingCell = "throw new InvalidOperationException(\"boom-marker\");";
    public const string MissingLibraryCell = "#r \"../no-such-folder/LrNotebooks.Course.dll\"";

    public FakeRepository Repository { get; } = new();

    public string HangDirectory { get; } = Path.Combine(Path.GetTempPath(), "lrnotebooks-tests", Guid.NewGuid().ToString("N"));

    public RunReport Mixed { get; private set; } = null!;

    public string MixedOutput { get; private set; } = "";

    public RunReport Hang { get; private set; } = null!;

    public string HangOutput { get; private set; } = "";

    public string HangNotebook => Path.Combine(HangDirectory, "hang.ipynb");

    /// <summary>Output folder of a run whose site cannot be written: its <c>site</c> is a file.</summary>
    public string BrokenSiteDirectory { get; } = Path.Combine(Path.GetTempPath(), "lrnotebooks-tests", Guid.NewGuid().ToString("N"));

    public RunReport BrokenSite { get; private set; } = null!;

    public string BrokenSiteOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        TestNotebook.Write(Repository.Notebook("a-ok.ipynb"),
        [
            TestNotebook.Markdown + "# Title",
            "Console.WriteLine(\"out-marker\");\nConsole.Error.WriteLine(\"err-marker\");",
            "display(\"shown-marker\");",
            "",
            "new[] { 20, 1, 21 }.Sum()",
        ], new JsonObject { ["charts"] = 0, ["minOutputs"] = 4, ["contains"] = new JsonArray("out-marker", "shown-marker") });
        TestNotebook.Write(Repository.Notebook("b-fail.ipynb"), ["var x = 1;", FailingCell, "x"]);
        TestNotebook.Write(Repository.Notebook("c-missing-library.ipynb"), [MissingLibraryCell, "1"]);
        TestNotebook.Write(Repository.Notebook("d-unmet.ipynb"), ["1 + 1"], new JsonObject { ["charts"] = 1 });
        TestNotebook.Write(HangNotebook, [HangingCell, "2"]);

        var mixed = RunnerCall.RunAsync("--root", Repository.Root, "--no-build", "--notebooks", "a-ok", "b-fail.ipynb", "c-*", "d-unmet");
        var hang = RunnerCall.RunAsync("--root", Repository.Root, "--no-build", "--no-restore", "--no-site",
            "--timeout", "5", "--output", Path.Combine(HangDirectory, "artifacts"), "--notebooks", HangNotebook);
        Directory.CreateDirectory(BrokenSiteDirectory);
        File.WriteAllText(Path.Combine(BrokenSiteDirectory, "site"), "a file where the site folder goes");
        var brokenSite = RunnerCall.RunAsync("--root", Repository.Root, "--no-build", "--no-restore", "--notebooks", "a-ok", "-o", BrokenSiteDirectory);
        (Mixed, MixedOutput) = await mixed;
        (Hang, HangOutput) = await hang;
        (BrokenSite, BrokenSiteOutput) = await brokenSite;
    }

    public Task DisposeAsync()
    {
        Repository.Dispose();
        if (Directory.Exists(HangDirectory)) Directory.Delete(HangDirectory, recursive: true);
        if (Directory.Exists(BrokenSiteDirectory)) Directory.Delete(BrokenSiteDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
